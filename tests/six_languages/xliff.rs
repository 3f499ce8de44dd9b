//! The projection's XLIFF 2.0, as a CAT tool uses it (issue 26, item 9): unit ids that name the
//! paragraph across years, units for the title and the footnotes, footnote marks as inline codes,
//! the previous translation as a translation candidate, drift as a note; read by translate-toolkit
//! and valid against the OASIS XLIFF 2.0 schemas.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::{common, un};
use common::{resdiff, tool_available};
use quick_xml::escape::unescape;
use resdiff::align::{ClauseAlign, Paired, align};
use resdiff::model::{ClausePath, Document};
use resdiff::track::parallel::place;
use resdiff::track::project::{Status, project};

const S: &str = "unga/ict4sd";

/// `resdiff project S@OLD:en S@NEW:en --lang ar --format xliff`, written once per pair under
/// target/test-artifacts/xliff/.
fn xliff_file(old: &str, new: &str) -> PathBuf {
    static MADE: OnceLock<std::sync::Mutex<HashMap<String, PathBuf>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let key = format!("{old}->{new}");
    let mut made = made.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = made.get(&key) {
        return p.clone();
    }
    let file = common::artifacts("xliff").join(format!("{old}_{new}.ar.xlf"));
    let out = resdiff()
        .args([
            "project",
            &format!("{S}@{old}:en"),
            &format!("{S}@{new}:en"),
            "--lang",
            "ar",
            "--format",
            "xliff",
            "--force",
            "-o",
        ])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    made.insert(key, file.clone());
    file
}

/// A unit: its id, its name, the XML inside it.
struct Unit {
    id: String,
    name: String,
    body: String,
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let at = tag.find(&key).map(|i| i + key.len()).expect(name);
    let end = tag[at..].find('"').expect("closing quote") + at;
    unescape(&tag[at..end]).expect("escaped").into_owned()
}

fn units(path: &Path) -> Vec<Unit> {
    let xml = std::fs::read_to_string(path).expect("xliff");
    xml.split("<unit ")
        .skip(1)
        .map(|u| {
            let tag_end = u.find('>').expect("unit tag");
            let body_end = u.find("</unit>").expect("unit end");
            Unit {
                id: attr(&format!(" {}", &u[..tag_end]), "id"),
                name: attr(&format!(" {}", &u[..tag_end]), "name"),
                body: u[tag_end + 1..body_end].to_string(),
            }
        })
        .collect()
}

/// The XML with the elements named cut out (their content too).
fn without(xml: &str, name: &str) -> String {
    let (open, close) = (format!("<{name}>"), format!("</{name}>"));
    let mut out = String::new();
    let mut rest = xml;
    while let Some(a) = rest.find(&open) {
        out.push_str(&rest[..a]);
        let b = rest[a..].find(&close).expect("closed") + a + close.len();
        rest = &rest[b..];
    }
    out + rest
}

/// What the projection calls a clause: `1 preambular ¶3`.
fn heading(doc: &Document, path: &ClausePath) -> String {
    let kind = doc.sections[path.section()].kind.as_str();
    format!("{} {kind} {}", path.section() + 1, place(doc, path))
}

fn pairs<'a>(rows: &'a [ClauseAlign<'a>], out: &mut Vec<&'a Paired<'a>>) {
    for r in rows {
        if let ClauseAlign::Matched(p) | ClauseAlign::MovedIn(p) = r {
            out.push(p);
            pairs(&p.children, out);
        }
    }
}

/// OLD path -> NEW path for every clause the alignment keeps.
fn kept(old: &Document, new: &Document) -> HashMap<ClausePath, ClausePath> {
    let alignment = align(old, new);
    let mut all = Vec::new();
    for s in &alignment.sections {
        pairs(&s.clauses, &mut all);
    }
    all.iter()
        .map(|p| (p.old.path.clone(), p.new.path.clone()))
        .collect()
}

/// Every paragraph of 79/194 that 78/132 had and 80/118 keeps has one unit id in the 78->79
/// file and the 79->80 file, so a CAT tool's memory of last year's file applies. Positional
/// ids (`u1`, `u2` …) kept 2 of them.
#[test]
fn a_paragraph_keeps_its_unit_id_across_years() {
    let (en78, en79, en80) = (
        un(S, "78-132", "en"),
        un(S, "79-194", "en"),
        un(S, "80-118", "en"),
    );
    let by_name = |path: &Path| -> HashMap<String, String> {
        units(path).into_iter().map(|u| (u.name, u.id)).collect()
    };
    let (a, b) = (
        by_name(&xliff_file("78-132", "79-194")),
        by_name(&xliff_file("79-194", "80-118")),
    );
    let (from_78, to_80) = (kept(en78, en79), kept(en79, en80));
    let mut shared = 0;
    for p79 in from_78.values() {
        let Some(p80) = to_80.get(p79) else { continue };
        let (name_a, name_b) = (heading(en79, p79), heading(en80, p80));
        let id_a = a.get(&name_a).unwrap_or_else(|| panic!("no unit {name_a}"));
        let id_b = b.get(&name_b).unwrap_or_else(|| panic!("no unit {name_b}"));
        assert_eq!(id_a, id_b, "{name_a} (79/194) is {name_b} in 80/118");
        shared += 1;
    }
    // 121 when written; positional ids kept 4 of them.
    assert!(shared >= 100, "{shared} paragraphs in all three texts");
    // The title too.
    assert_eq!(a.get("title"), Some(&"title".to_string()));
    assert_eq!(b.get("title"), Some(&"title".to_string()));
}

/// 79->80: a unit for the title, each clause and each of the 26 footnotes; every footnote mark a
/// `<ph/>` (its `[^N]` only in the original data); the previous translation a candidate with
/// its similarity; each drift a note of its unit.
#[test]
fn units_for_title_and_footnotes_with_marks_as_codes() {
    let file = xliff_file("79-194", "80-118");
    let all = units(&file);
    let en80 = un(S, "80-118", "en");
    assert_eq!(en80.footnotes.len(), 26);
    assert_eq!(all.len(), 1 + en80.clause_count() + 26);
    assert_eq!(all[0].id, "title");
    let notes: Vec<&Unit> = all
        .iter()
        .filter(|u| u.name.starts_with("footnote "))
        .collect();
    assert_eq!(notes.len(), 26);
    assert!(notes.iter().any(|u| u.name == "footnote 6 (was 4)"));
    let mut ids: Vec<&str> = all.iter().map(|u| u.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len(), "unit ids are unique");

    let citations: usize = en80
        .clauses()
        .iter()
        .map(|(_, c)| c.text.matches("[^").count())
        .sum();
    let mut codes = 0;
    for u in &all {
        let texts = without(&without(&u.body, "notes"), "originalData");
        assert!(!texts.contains("[^"), "{}: {texts}", u.name);
        let segment = &texts[texts.find("<segment").expect("segment")..];
        let source = &segment[..segment.find("</source>").expect("source")];
        codes += source.matches("<ph ").count();
    }
    assert_eq!(codes, citations, "a <ph/> per footnote citation");

    let p = project(
        un(S, "79-194", "en"),
        en80,
        un(S, "79-194", "ar"),
        Some(un(S, "80-118", "ar")),
    );
    let xml = std::fs::read_to_string(&file).expect("xliff");
    let candidates = p
        .clauses
        .iter()
        .filter(|c| c.status == Status::Translate && c.target.is_some())
        .count()
        + p.footnotes
            .iter()
            .filter(|f| f.status == Status::Translate && f.target.is_some())
            .count();
    assert!(candidates > 20);
    assert_eq!(xml.matches("<mtc:match ").count(), candidates);
    assert_eq!(xml.matches(" similarity=\"").count(), candidates);
    assert_eq!(xml.matches("category=\"drift\"").count(), p.drift.len());
    let drifted = &p.drift[0];
    let unit = all
        .iter()
        .find(|u| u.id == drifted.id)
        .expect("drifted unit");
    assert!(unit.body.contains("category=\"drift\""), "{}", unit.name);
}

/// Reads an XLIFF 2.0 file with translate-toolkit's XLIFF 2.0 reader (`translate.storage.xliff2`,
/// from 3.17). Prints `version units targets trgLang`, then each unit's id and whether its
/// source holds a literal mark.
const READ_XLIFF: &str = r#"
import sys
from translate.__version__ import sver
from translate.storage.xliff2 import Xliff2File
f = Xliff2File.parsefile(sys.argv[1])
u = list(f.units)
print(sver, len(u), sum(1 for x in u if x.target), f.gettargetlanguage())
for x in u:
    print(x.getid(), "[^" in x.source, bool(x.source.strip()))
"#;

/// The XLIFF opens in translate-toolkit, with a unit per title, NEW clause and footnote, the
/// carried translations as targets, our ids, and sources free of `[^N]`.
#[test]
fn xliff_reads_in_translate_toolkit() {
    // Debian bookworm's translate-toolkit (3.8.4) has no XLIFF 2.0 reader: .ci/run installs
    // PyPI's into this virtual environment.
    let python = common::repo().join("target/tools-python/bin/python");
    let mut probe = std::process::Command::new(&python);
    probe.args(["-c", "import translate.storage.xliff2"]);
    if !tool_available(
        "translate-toolkit >= 3.17 in target/tools-python (made by .ci/run)",
        &mut probe,
    ) {
        return;
    }
    let file = xliff_file("79-194", "80-118");
    let r = std::process::Command::new(&python)
        .args(["-c", READ_XLIFF])
        .arg(&file)
        .output()
        .expect("python");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let said = String::from_utf8_lossy(&r.stdout);
    let mut lines = said.lines();
    let n: Vec<&str> = lines.next().expect("counts").split_whitespace().collect();
    let en_new = un(S, "80-118", "en");
    assert_eq!(n[1], (1 + en_new.clause_count() + 26).to_string(), "{said}");
    let p = project(un(S, "79-194", "en"), en_new, un(S, "79-194", "ar"), None);
    let carried = p
        .clauses
        .iter()
        .filter(|c| c.status == Status::Carried)
        .count()
        + p.footnotes
            .iter()
            .filter(|f| f.status == Status::Carried)
            .count()
        + usize::from(
            p.title
                .as_ref()
                .is_some_and(|t| t.status == Status::Carried),
        );
    assert_eq!(n[2], carried.to_string(), "{said}");
    assert_eq!(n[3], "ar");
    let ours: Vec<String> = units(&file).into_iter().map(|u| u.id).collect();
    let read: Vec<(&str, &str, &str)> = lines
        .map(|l| {
            let mut w = l.split(' ');
            (
                w.next().unwrap_or(""),
                w.next().unwrap_or(""),
                w.next().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(read.iter().map(|r| r.0).collect::<Vec<_>>(), ours);
    assert!(
        read.iter().all(|r| r.1 == "False" && r.2 == "True"),
        "{said}"
    );
}

/// Where `.ci/run` unpacks Debian's php-symfony-translation, whose XLIFF linter carries the
/// OASIS XLIFF 2.0 core schema ("OASIS Standard, 05 August 2014") and W3C's `xml.xsd`.
const DEBIAN_SCHEMAS: &str =
    "target/tools-xliff/usr/share/php/Symfony/Component/Translation/Resources/schemas";

/// The OASIS XLIFF 2.0 schemas: the folder `RESDIFF_XLIFF_SCHEMAS` names, else the Debian
/// package's (see [`DEBIAN_SCHEMAS`]). The core schema is `xliff_core_2.0.xsd` as OASIS names
/// it or `xliff-core-2.0.xsd` as Symfony does; the Translation Candidates module's
/// `matches.xsd` (beside it or under `modules/`, as OASIS lays them out) is used where the
/// folder has it: no Python, Debian or npm package we found ships it.
struct Schemas {
    core: PathBuf,
    matches: Option<PathBuf>,
    /// W3C's schema of `xml:lang`, which the core schema imports from
    /// `informativeCopiesOf3rdPartySchemas/w3c/xml.xsd` beside it (OASIS's layout).
    xml: PathBuf,
}

fn xliff_schemas() -> Option<Schemas> {
    let dir = std::env::var_os("RESDIFF_XLIFF_SCHEMAS")
        .map_or_else(|| common::repo().join(DEBIAN_SCHEMAS), PathBuf::from);
    let dir = dir.canonicalize().ok()?;
    let first = |names: &[&str]| names.iter().map(|n| dir.join(n)).find(|p| p.is_file());
    Some(Schemas {
        core: first(&["xliff_core_2.0.xsd", "xliff-core-2.0.xsd"])?,
        matches: first(&["matches.xsd", "modules/matches.xsd"]),
        xml: first(&["informativeCopiesOf3rdPartySchemas/w3c/xml.xsd", "xml.xsd"])?,
    })
}

/// Both years' files validate with xmllint against the OASIS XLIFF 2.0 core schema, and
/// against the Translation Candidates module schema where one is at hand (else the unit's
/// `mtc:matches` are checked only for where they stand, the core's extension point being lax).
/// The core schema's import of `xml.xsd` is read from the package's own copy through an XML
/// catalog, so nothing is fetched. A copy with a misnamed core element must fail, so the
/// schema is known to bite.
#[test]
fn xliff_validates_against_the_oasis_schemas() {
    let Some(schemas) = xliff_schemas() else {
        let required = std::env::var_os("RESDIFF_REQUIRE_TOOLS").is_some_and(|v| v == "1");
        assert!(
            !required,
            "the OASIS XLIFF 2.0 schemas are required (RESDIFF_REQUIRE_TOOLS=1) but missing: \
             .ci/run unpacks them into {DEBIAN_SCHEMAS}"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: no XLIFF 2.0 core schema in RESDIFF_XLIFF_SCHEMAS or {DEBIAN_SCHEMAS} (Debian: see .ci/run)"
        );
        return;
    };
    if !tool_available(
        "xmllint (libxml2-utils)",
        std::process::Command::new("xmllint").arg("--version"),
    ) {
        return;
    }
    let dir = common::artifacts("xliff");
    // The import as the core schema writes it, resolved beside the core schema, plain and as a
    // URL (it is reached both ways), and by W3C's address.
    let beside = schemas
        .core
        .with_file_name("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd");
    let xml = format!("file://{}", schemas.xml.display());
    let entries: String = [
        beside.display().to_string(),
        format!("file://{}", beside.display()),
        "http://www.w3.org/2001/xml.xsd".to_string(),
    ]
    .iter()
    .map(|id| {
        format!("<system systemId=\"{id}\" uri=\"{xml}\"/>\n<uri name=\"{id}\" uri=\"{xml}\"/>\n")
    })
    .collect();
    let catalog = dir.join("catalog.xml");
    std::fs::write(
        &catalog,
        format!(
            "<?xml version=\"1.0\"?>\n<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n\
             {entries}</catalog>\n"
        ),
    )
    .expect("catalog");
    let schema = match &schemas.matches {
        // One schema for both namespaces: the unit's `mtc:matches` are validated, not skipped.
        Some(matches) => {
            let both = dir.join("xliff_with_matches.xsd");
            std::fs::write(
                &both,
                format!(
                    "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n\
                     <xs:import namespace=\"urn:oasis:names:tc:xliff:document:2.0\" schemaLocation=\"file://{}\"/>\n\
                     <xs:import namespace=\"urn:oasis:names:tc:xliff:matches:2.0\" schemaLocation=\"file://{}\"/>\n\
                     </xs:schema>\n",
                    schemas.core.display(),
                    matches.display()
                ),
            )
            .expect("schema");
            both
        }
        None => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "NOTE: no matches.xsd beside {}: the mtc module's content is not validated",
                schemas.core.display()
            );
            schemas.core.clone()
        }
    };
    let good = [
        xliff_file("78-132", "79-194"),
        xliff_file("79-194", "80-118"),
    ];
    let broken = dir.join("misnamed-segment.xlf");
    let text = std::fs::read_to_string(&good[0]).expect("xliff");
    std::fs::write(
        &broken,
        text.replacen("<segment", "<segmnt", 1)
            .replacen("</segment>", "</segmnt>", 1),
    )
    .expect("broken copy");
    let xmllint = |files: &[PathBuf]| {
        let out = std::process::Command::new("xmllint")
            .env("XML_CATALOG_FILES", &catalog)
            .args(["--nonet", "--noout", "--schema"])
            .arg(&schema)
            .args(files)
            .output()
            .expect("xmllint runs");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, stderr) = xmllint(&good);
    assert!(ok, "xmllint:\n{stderr}");
    assert_eq!(stderr.matches(" validates").count(), good.len(), "{stderr}");
    let (ok, stderr) = xmllint(&[broken]);
    assert!(
        !ok && stderr.contains("segmnt") && stderr.contains("fails to validate"),
        "{stderr}"
    );
}

/// Drift of the title and the footnotes is told as a clause's is, and is a note on its unit:
/// 78/132 -> 79/194 in Russian, whose notes 3 and 18 (17 before) went from `См. резолюцию …`
/// ("see resolution") to `Резолюция …` although the English did not change.
#[test]
fn footnote_drift_is_a_note_on_its_unit() {
    let p = project(
        un(S, "78-132", "en"),
        un(S, "79-194", "en"),
        un(S, "78-132", "ru"),
        Some(un(S, "79-194", "ru")),
    );
    let drifted: Vec<(&str, &str, &str)> = p
        .footnotes
        .iter()
        .filter_map(|f| {
            let d = f.drift.as_ref()?;
            Some((f.mark.as_deref()?, d.kind.as_str(), d.new.as_str()))
        })
        .collect();
    assert_eq!(
        drifted,
        [
            ("3", "wording", "Резолюция 71/256, приложение."),
            ("18", "wording", "Резолюция 69/313, приложение.")
        ]
    );
    assert_eq!(p.all_drift().count(), p.drift.len() + 2);
    let xml = resdiff::render::report::project::xliff(&p, resdiff::Language::En);
    let note = xml
        .split("<unit ")
        .find(|u| u.contains("name=\"footnote 3\""))
        .expect("unit of footnote 3");
    assert!(
        note.contains("category=\"drift\" appliesTo=\"target\">drift (wording)"),
        "{note}"
    );
}
