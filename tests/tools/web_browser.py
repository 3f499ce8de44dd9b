#!/usr/bin/env python3
"""Drives headless Chromium (through chromedriver and Selenium) over a running `resdiff serve`.

usage: web_browser.py BASE_URL ARTIFACT_DIR OLD_FILE NEW_FILE ADOPTED_FILE BASE PROPOSAL

Opens the corpus, the Res. 30 series page (lineage chart), the Res. 30 diff, uploads two files
through the form (once to see the diff, once to download the DOCX), the three texts of the
outcome form (base, proposal, adopted), every kind of corpus page in English and Arabic, the
synoptic table of BASE and PROPOSAL through its form, and prints what it saw as
one JSON object on stdout; screenshots go to ARTIFACT_DIR. The Rust test
(tests/cli/web_browser.rs) checks the figures against the JSON diff. Nothing is fetched from
outside: the browser is told not to, and the test server is on loopback.
"""

import json
import os
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, out, old_file, new_file, adopted_file, compile_base, compile_proposal = sys.argv[1:8]
downloads = os.path.join(out, "downloads")
os.makedirs(downloads, exist_ok=True)
for f in os.listdir(downloads):
    os.remove(os.path.join(downloads, f))

profile = tempfile.mkdtemp(prefix="resdiff-chromium-")
opts = webdriver.ChromeOptions()
opts.binary_location = "/usr/bin/chromium"
for a in [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    f"--user-data-dir={profile}",
    "--window-size=1400,1800",
]:
    opts.add_argument(a)
opts.add_experimental_option(
    "prefs",
    {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
    },
)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
driver.execute_cdp_cmd(
    "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads}
)
# One page of each kind, English and Arabic (kind name -> page).
PAGES = [
    ("index", "index.html"),
    ("series-en", "res_unga_ict4sd_en.html"),
    ("series-ar", "res_unga_ict4sd_ar.html"),
    ("series-itu-ar", "res_wtdc_30_ar.html"),
    ("text-en", "text_unga_ict4sd_80-118_en.html"),
    ("text-ar", "text_unga_ict4sd_80-118_ar.html"),
    ("history-en", "blame_unga_ict4sd_80-118_en.html"),
    ("history-ar", "blame_unga_ict4sd_80-118_ar.html"),
    ("diff-en", "diff_unga_ict4sd_79-194_80-118_en.html"),
    ("diff-ar", "diff_unga_ict4sd_79-194_80-118_ar.html"),
    ("sbs-en", "sbs_unga_ict4sd_79-194_80-118_en.html"),
    ("sbs-ar", "sbs_unga_ict4sd_79-194_80-118_ar.html"),
    ("compile-ar", "compile_wtdc_30_dubai-2014_ar.html"),
    ("parallel", "parallel_unga_ict4sd_80-118.html"),
]

# What a page shows a reader: its visible text (folds opened, the small address line left
# out) checked for corpus addresses and literal footnote marks; the legend; side-by-side
# headings; whether every footnote link has its note; the lineage chart's row labels.
LOOK = r"""
document.querySelectorAll('details').forEach(d => d.open = true);
const hide = [...document.querySelectorAll('.address')];
hide.forEach(e => e.style.display = 'none');
const text = document.body.innerText;
hide.forEach(e => e.style.display = '');
const addr = text.match(/[a-z]+\/[a-z0-9-]+@[a-z0-9-]+(:[a-z]{2})?/);
const head = document.querySelector('.diff.sbs .row.head');
const notes = [...document.querySelectorAll('sup.fn a')];
const missing = notes.filter(a => !document.getElementById(a.getAttribute('href').slice(1)));
const labels = [...document.querySelectorAll('svg.lineage g.provision .row-label text')]
  .map(t => t.textContent.trim());
return {
  address: addr ? addr[0] : null,
  literalMark: text.includes('[^'),
  legend: document.querySelectorAll('dl.legend dt').length,
  heading: head ? [head.querySelector('.old').innerText, head.querySelector('.new').innerText] : null,
  noteLinks: notes.length,
  notesMissing: missing.map(a => a.getAttribute('href')),
  lineageRows: labels.length,
  lineageUnlabelled: labels.filter(l => l === '' || l === '¶').length,
  lineageNumbered: labels.filter(l => /^(PP\d+|\S+)\s\S/.test(l)).length,
  hasAddressLine: document.querySelectorAll('.address').length > 0,
  legendLangs: [...new Set([...document.querySelectorAll('dl.legend dd')].map(d => d.lang))],
  legendNote: document.querySelectorAll('p.legend-note[lang="en"]').length,
  title: document.title,
};
"""

seen = {}
try:
    # The corpus, then Res. 30 by its link.
    driver.get(base)
    driver.save_screenshot(os.path.join(out, "1-corpus.png"))
    seen["corpus_rows"] = len(driver.find_elements(By.CSS_SELECTOR, "table.corpus tbody tr"))
    driver.find_element(By.LINK_TEXT, "WTDC Res. 30").click()
    seen["series_url"] = driver.current_url
    seen["lineage_provisions"] = len(
        driver.find_elements(By.CSS_SELECTOR, "svg.lineage g.provision")
    )
    seen["lineage_columns"] = len(
        driver.find_elements(By.CSS_SELECTOR, "svg.lineage g.column")
    )
    seen["lineage_hover"] = driver.execute_script(
        "const t = document.querySelector('svg.lineage g.mark title');"
        "return t ? t.textContent : null;"
    )
    chart = driver.find_element(By.CSS_SELECTOR, "div.chart")
    driver.execute_script("arguments[0].scrollIntoView()", chart)
    driver.save_screenshot(os.path.join(out, "2-lineage.png"))

    # The Res. 30 diff: from the log, the step that led to rcc-wtdc17.
    driver.get(base + "diff_wtdc_30_dubai-2014_rcc-wtdc17_ar.html")
    seen["diff"] = driver.execute_script(
        """
        const d = document.querySelector('div.diff');
        const row = [...d.querySelectorAll('.row.clause.chg-mod')][0];
        const sym = row.querySelector('.sym').getBoundingClientRect();
        const text = row.querySelector('.text').getBoundingClientRect();
        return {
          dir: d.getAttribute('dir'),
          direction: getComputedStyle(d).direction,
          ins: d.querySelectorAll('.row .text ins').length,
          del: d.querySelectorAll('.row .text del').length,
          symbolAtRight: sym.left > text.left,
          folds: d.querySelectorAll('details.fold').length,
          openFolds: d.querySelectorAll('details.fold[open]').length,
          links: d.querySelectorAll('a.sym[href*="#p"]').length,
          external: document.querySelectorAll('script, [src], link[href^="http"]').length,
          insUnderlined: getComputedStyle(d.querySelector('ins')).textDecorationLine,
        };
        """
    )
    driver.save_screenshot(os.path.join(out, "3-diff.png"))
    # A change's link leads to its provision in the text.
    link = driver.find_element(By.CSS_SELECTOR, "div.diff a.sym[href*='#p']")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    seen["provision_link"] = {
        "url": driver.current_url,
        "found": len(driver.find_elements(By.ID, target)),
    }

    # Compare two files: see the diff.
    def upload(button):
        driver.get(base + "compare")
        driver.find_element(By.NAME, "old").send_keys(old_file)
        driver.find_element(By.NAME, "new").send_keys(new_file)
        driver.find_element(By.CSS_SELECTOR, f"button[value='{button}']").click()

    upload("page")
    # The upload's answer is a new page: wait for it (the diff, or an error page).
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "div.diff, p.error")
    )
    seen["upload"] = driver.execute_script(
        """
        const d = document.querySelector('div.diff');
        return {
          heading: document.querySelector('main h2').textContent,
          ins: d ? d.querySelectorAll('.row .text ins').length : -1,
          del: d ? d.querySelectorAll('.row .text del').length : -1,
          direction: d ? getComputedStyle(d).direction : null,
        };
        """
    )
    driver.save_screenshot(os.path.join(out, "4-upload.png"))

    # And download the proposal as DOCX.
    upload("docx")
    name = None
    for _ in range(100):
        done = [f for f in os.listdir(downloads) if f.endswith(".docx")]
        if done:
            name = done[0]
            break
        time.sleep(0.1)
    seen["download"] = name and os.path.join(downloads, name)

    # What became of the proposal: the outcome form with the adopted text.
    driver.get(base + "outcome")
    driver.find_element(By.NAME, "base").send_keys(old_file)
    driver.find_element(By.NAME, "proposal").send_keys(new_file)
    driver.find_element(By.NAME, "adopted").send_keys(adopted_file)
    driver.find_element(By.CSS_SELECTOR, "button[value='page']").click()
    # Three texts read and judged: wait for the answer (a table, or an error page) to load.
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "table.outcome, p.error")
    )
    seen["outcome"] = driver.execute_script(
        """
        const t = document.querySelector('table.outcome');
        const rows = t ? [...t.querySelectorAll('tr[class]')] : [];
        return {
          rows: rows.length,
          verdicts: rows.map(r => r.querySelector('td.verdict').textContent.replace(/ \\(.*/, '')),
          direction: t ? getComputedStyle(t).direction : null,
        };
        """
    )
    driver.save_screenshot(os.path.join(out, "5-outcome.png"))

    # Every kind of corpus page, in English and in Arabic, as a delegate reads it.
    seen["pages"] = {}
    for kind, name in PAGES:
        driver.get(base + name)
        seen["pages"][kind] = driver.execute_script(LOOK)
        driver.save_screenshot(os.path.join(out, f"page-{kind}.png"))
        # The lineage chart stands below the revisions: its own screenshot, scrolled to it.
        charts = driver.find_elements(By.CSS_SELECTOR, "div.chart")
        if charts:
            driver.execute_script("arguments[0].scrollIntoView()", charts[0])
            driver.save_screenshot(os.path.join(out, f"page-{kind}-chart.png"))
        # The first footnote link, followed: the note it lands on is the page's target.
        links = driver.find_elements(By.CSS_SELECTOR, "sup.fn a")
        if links:
            driver.execute_script("arguments[0].scrollIntoView()", links[0])
            want = links[0].get_attribute("href").split("#")[1]
            links[0].click()
            seen["pages"][kind]["followed"] = driver.execute_script(
                "const t = document.querySelector(':target');"
                "const r = t ? t.getBoundingClientRect() : null;"
                "return {want: arguments[0], landed: t ? (t.id || t.parentElement.id) : null,"
                " onScreen: r ? r.top >= 0 && r.top < innerHeight : false};",
                want,
            )
            driver.save_screenshot(os.path.join(out, f"page-{kind}-note.png"))
    # A paragraph's own page, by its § link from the diff, in English and Arabic.
    for lang in ["en", "ar"]:
        driver.get(base + f"diff_unga_ict4sd_79-194_80-118_{lang}.html")
        driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        driver.find_elements(By.CSS_SELECTOR, "div.diff a.para")[9].click()
        look = driver.execute_script(LOOK)
        look["rows"] = len(driver.find_elements(By.CSS_SELECTOR, "table.paragraph tbody tr"))
        seen["pages"][f"paragraph-{lang}"] = look
        driver.save_screenshot(os.path.join(out, f"page-paragraph-{lang}.png"))
    # The synoptic table of English texts, through the form (the corpus has proposals to an
    # Arabic text only): WTSA Res. 1 and the EUR proposal fixture.
    driver.get(base + "compile")
    driver.find_element(By.NAME, "base").send_keys(compile_base)
    driver.find_element(By.NAME, "proposals").send_keys(compile_proposal)
    driver.find_element(By.CSS_SELECTOR, "button[value='page']").click()
    WebDriverWait(driver, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "div.compile, p.error")
    )
    seen["pages"]["compile-en"] = driver.execute_script(LOOK)
    driver.save_screenshot(os.path.join(out, "page-compile-en.png"))
    # The languages page, disagreements only (CSS :target, no script).
    driver.get(base + "parallel_unga_ict4sd_80-118.html")
    rows = "return [...document.querySelectorAll('table.parallel#all tr')]" \
        ".filter(r => r.offsetParent !== null).length;"
    before = driver.execute_script(rows)
    driver.find_element(By.LINK_TEXT, "disagreements only").click()
    seen["disagreements"] = {
        "before": before,
        "after": driver.execute_script(rows),
        "bad": len(driver.find_elements(By.CSS_SELECTOR, "table.parallel#all tr.bad")),
    }
    driver.save_screenshot(os.path.join(out, "page-parallel-disagreements.png"))
finally:
    driver.quit()
print(json.dumps(seen))
