//! The HTML proposal in a real browser: headless Chromium loads it, a probe script reads the
//! laid-out DOM (direction, `ins`/`del` counts, where the label of a clause actually sits), and
//! a screenshot is kept in `target/test-artifacts/markup-html/` for a person to look at.

use std::path::Path;
use std::process::Command as Std;

use resdiff::diff::Op;
use resdiff::markup::MarkupOptions;

use crate::common;
use common::{artifacts, res30_proposal, resdiff, tool_available};

const PROBE: &str = r##"<script>
const main = document.querySelector('main');
const clause = [...document.querySelectorAll('p.Normal')].find(p => p.querySelector('.label'));
const label = clause.querySelector('.label').getBoundingClientRect();
const box = clause.getBoundingClientRect();
const pre = document.createElement('pre');
pre.id = 'probe';
pre.textContent = JSON.stringify({
  dir: document.documentElement.dir,
  direction: getComputedStyle(main).direction,
  ins: document.querySelectorAll('ins').length,
  del: document.querySelectorAll('del').length,
  delStruck: getComputedStyle(document.querySelector('del')).textDecorationLine,
  insUnderlined: getComputedStyle(document.querySelector('ins')).textDecorationLine,
  labelAtRight: Math.abs(box.right - label.right) < 2 && label.left > box.left + box.width / 2,
  sections: document.querySelectorAll('main section').length,
  navLinks: document.querySelectorAll('nav a[href^="#s"]').length,
  external: document.querySelectorAll('[src], link[href]').length,
});
document.body.appendChild(pre);
</script>"##;

fn chromium(args: &[&str], page: &Path) -> std::process::Output {
    let profile = tempfile::tempdir().expect("profile dir");
    Std::new("chromium")
        .args(common::print::CHROMIUM_HEADLESS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(page)
        .output()
        .expect("run chromium")
}

#[test]
fn chromium_renders_the_arabic_proposal_right_to_left_with_every_mark() {
    if !tool_available("Chromium", Std::new("chromium").arg("--version")) {
        return;
    }
    let dir = artifacts("markup-html");
    let html = dir.join("RCC-23A1.html");
    resdiff()
        .args([
            "markup",
            "wtdc/30@dubai-2014:ar",
            "wtdc/30@rcc-wtdc17:ar",
            "--annex",
            "1",
        ])
        .args(["--format", "html", "--force", "-o"])
        .arg(&html)
        .assert()
        .code(0);

    // What the page must hold, counted on the proposal itself.
    let p = res30_proposal(&MarkupOptions::default());
    let count = |op: Op| {
        p.paragraphs
            .iter()
            .flat_map(|q| q.runs())
            .filter(|r| r.op == op && !r.text.trim_end_matches('\t').is_empty())
            .count()
    };

    let probed = dir.join("probe.html");
    let page = std::fs::read_to_string(&html).expect("html");
    std::fs::write(
        &probed,
        page.replace("</body>", &format!("{PROBE}\n</body>")),
    )
    .expect("write");
    let out = chromium(&["--dump-dom"], &probed);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    let json = dom
        .split("<pre id=\"probe\">")
        .nth(1)
        .and_then(|s| s.split("</pre>").next())
        .unwrap_or_else(|| panic!("no probe output in the DOM"));
    let probe: serde_json::Value =
        serde_json::from_str(&json.replace("&quot;", "\"")).expect("probe JSON");
    assert_eq!(probe["dir"], "rtl");
    assert_eq!(probe["direction"], "rtl");
    assert_eq!(probe["ins"], count(Op::Insert));
    assert_eq!(probe["del"], count(Op::Delete));
    assert_eq!(probe["delStruck"], "line-through");
    assert_eq!(probe["insUnderlined"], "underline");
    assert_eq!(probe["labelAtRight"], true, "{probe}");
    assert_eq!(probe["sections"], p.sections.len());
    assert_eq!(probe["navLinks"], p.sections.len());
    assert_eq!(
        probe["external"], 0,
        "the page must load nothing from outside"
    );

    let shot = dir.join("RCC-23A1.png");
    let _ = std::fs::remove_file(&shot);
    let arg = format!("--screenshot={}", shot.display());
    let out = chromium(
        &[&arg, "--window-size=1000,1600", "--hide-scrollbars"],
        &html,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
    eprintln!("screenshot: {}", shot.display());
}
