//! A clause tree as Akoma Ntoso 3.0 (`<statement name="resolution">`, as AKN4UN and ITU's AKN
//! converter write resolutions), for any corpus text, ITU or UN:
//!
//! - FRBR identification: `/akn/itu/statement/deliberation/wtdc/2014-04-10/res-30/ara@` (UN:
//!   `/akn/un/statement/deliberation/unga/2023-12-19/78-132/eng@`);
//! - each section of the leading preamble a `<container name="KIND">` (its heading as `<p class="heading">`,
//!   its clauses as a `<blockList>` of `<item>`s, nested items as nested lists);
//! - every section after them, in order (operative ones, and a text adopted in parts or a
//!   section of unknown part), an `<hcontainer name="KIND">` with its `<heading>` and a
//!   `<paragraph>` per clause (`<num>`, `<content>`, or `<intro>` and nested paragraphs);
//! - the list of earlier revisions under the title as `<p class="revisions">` in the preface;
//! - footnotes as `<authorialNote>` where they are referred to, calls as italic spans;
//! - what AKN has no place for (series, revision id, status, proposer, ...) in `<proprietary>`,
//!   so that importing the file gives the text back (`input::akn` reads this shape).
//!
//! Text is escaped by quick-xml, control characters XML forbids shown (`\u{1b}`); the whitespace of clause texts is kept (`xml:space`).

use std::collections::HashMap;
use std::fmt::Write;

use super::xml_escape as escape;

use crate::model::{Body, Clause, Document, Footnote, Language, Part, ResNumber, RevisionId};

/// The namespace of the `<proprietary>` element resdiff writes.
pub const RESDIFF_NS: &str = "https://github.com/resdiff/ns/akn";

/// The three-letter code FRBR uses.
pub fn language_code(l: Language) -> &'static str {
    match l {
        Language::Ar => "ara",
        Language::Zh => "zho",
        Language::En => "eng",
        Language::Fr => "fra",
        Language::Ru => "rus",
        Language::Es => "spa",
    }
}

/// The FRBR author: AKN4UN's names for UN bodies, the body itself for ITU.
pub fn author(body: Option<Body>) -> &'static str {
    match body {
        Some(Body::Unga) => "ga",
        Some(Body::Unsc) => "sc",
        other => crate::model::unknown::body_name(other),
    }
}

/// The eIds the export gave: each section's container, each clause's item or paragraph.
#[derive(Debug, Default)]
pub struct Ids {
    /// By the section's 0-based index in the document.
    pub sections: HashMap<usize, String>,
    /// By the section's index and the 0-based path down to the clause.
    pub clauses: HashMap<(usize, Vec<usize>), String>,
}

struct Writer<'d> {
    out: String,
    notes: &'d [Footnote],
    ids: usize,
    /// The section being written and the path to the clause being written.
    at: (usize, Vec<usize>),
    given: Ids,
}

impl Writer<'_> {
    fn id(&mut self, kind: &str) -> String {
        self.ids += 1;
        format!("{kind}_{}", self.ids)
    }

    /// Clause text: the call in italics, `[^mark]` as the note itself.
    fn inline(&mut self, text: &str, call: Option<&str>) {
        let (before, call, after) = match call.and_then(|c| text.find(c).map(|at| (at, c))) {
            Some((at, c)) => (&text[..at], Some(c), &text[at + c.len()..]),
            None => ("", None, text),
        };
        self.notes_in(before);
        if let Some(c) = call {
            let _ = write!(self.out, "<span class=\"italic\">{}</span>", escape(c));
        }
        self.notes_in(after);
    }

    fn notes_in(&mut self, text: &str) {
        let mut rest = text;
        while let Some(at) = rest.find("[^") {
            let Some(end) = rest[at..].find(']').map(|e| at + e) else {
                break;
            };
            let mark = &rest[at + 2..end];
            let Some(note) = self.notes.iter().find(|n| n.mark == mark) else {
                self.out.push_str(&escape(&rest[..=end]));
                rest = &rest[end + 1..];
                continue;
            };
            self.out.push_str(&escape(&rest[..at]));
            let id = self.id("note");
            let _ = write!(
                self.out,
                "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"{id}\"><p xml:space=\"preserve\">{}</p></authorialNote>",
                escape(&note.mark),
                escape(&note.text)
            );
            rest = &rest[end + 1..];
        }
        self.out.push_str(&escape(rest));
    }

    fn p(&mut self, text: &str, call: Option<&str>) {
        self.out.push_str("<p xml:space=\"preserve\">");
        self.inline(text, call);
        self.out.push_str("</p>");
    }

    fn num(&mut self, c: &Clause) {
        if !c.label.written().is_empty() {
            let _ = write!(self.out, "<num>{}</num>", escape(c.label.written()));
        }
    }

    fn items(&mut self, clauses: &[Clause], indent: &str) {
        let id = self.id("list");
        let _ = writeln!(self.out, "{indent}<blockList eId=\"{id}\">");
        for (i, c) in clauses.iter().enumerate() {
            let id = self.id("item");
            self.at.1.push(i);
            self.given.clauses.insert(self.at.clone(), id.clone());
            let _ = write!(self.out, "{indent}  <item eId=\"{id}\">");
            self.num(c);
            self.p(&c.text, c.call.as_deref());
            if c.children.is_empty() {
                self.out.push_str("</item>\n");
            } else {
                self.out.push('\n');
                self.items(&c.children, &format!("{indent}    "));
                let _ = writeln!(self.out, "{indent}  </item>");
            }
            self.at.1.pop();
        }
        let _ = writeln!(self.out, "{indent}</blockList>");
    }

    fn paragraphs(&mut self, clauses: &[Clause], indent: &str) {
        for (i, c) in clauses.iter().enumerate() {
            let id = self.id("para");
            self.at.1.push(i);
            self.given.clauses.insert(self.at.clone(), id.clone());
            let _ = write!(self.out, "{indent}<paragraph eId=\"{id}\">");
            self.num(c);
            if c.children.is_empty() {
                self.out.push_str("<content>");
                self.p(&c.text, c.call.as_deref());
                self.out.push_str("</content></paragraph>\n");
            } else {
                self.out.push_str("<intro>");
                self.p(&c.text, c.call.as_deref());
                self.out.push_str("</intro>\n");
                self.paragraphs(&c.children, &format!("{indent}  "));
                let _ = writeln!(self.out, "{indent}</paragraph>");
            }
            self.at.1.pop();
        }
    }
}

fn attr(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = write!(out, " {name}=\"{}\"", escape(v));
    }
}

/// The FRBR work component: `res-30` (ITU), `78-132` (UN).
fn work_number(doc: &Document) -> String {
    match &doc.resolution.number {
        Some(ResNumber::Series(_)) => doc.revision.id_shown().to_string(),
        Some(ResNumber::Recommendation(r)) => format!("rec-{r}"),
        _ => format!("res-{}", doc.resolution.number_shown()),
    }
}

/// The FRBR work IRI (`/akn/un/statement/deliberation/unga/2023-12-19/78-132`) and its date.
fn work(doc: &Document) -> (String, String, &'static str) {
    let r = &doc.resolution;
    let v = &doc.revision;
    let country = if r.is_un() { "un" } else { "itu" };
    let (date, date_name) = match &v.date {
        Some(d) => (d.to_string(), "adoption"),
        None => (format!("{}-01-01", v.year_shown()), "year"),
    };
    let work = format!(
        "/akn/{country}/statement/deliberation/{}/{date}/{}",
        r.body_shown(),
        work_number(doc)
    );
    (work, date, date_name)
}

/// The FRBR expression IRI: `/akn/itu/statement/deliberation/wtdc/2014-04-10/res-30/ara@`.
pub fn expression_uri(doc: &Document) -> String {
    format!("{}/{}@", work(doc).0, language_code(doc.language))
}

/// The whole document.
pub fn render(doc: &Document) -> String {
    render_with_ids(doc).0
}

/// The whole document, and the eIds it gave each section and clause.
pub fn render_with_ids(doc: &Document) -> (String, Ids) {
    let r = &doc.resolution;
    let v = &doc.revision;
    let country = if r.is_un() { "un" } else { "itu" };
    let (work, date, date_name) = work(doc);
    let lang = language_code(doc.language);
    let by = author(r.body);
    let mut w = Writer {
        out: String::new(),
        notes: &doc.footnotes,
        ids: 0,
        at: (0, Vec::new()),
        given: Ids::default(),
    };
    let o = &mut w.out;
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        o,
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" xmlns:resdiff=\"{RESDIFF_NS}\">"
    );
    o.push_str("<statement name=\"resolution\">\n<meta>\n<identification source=\"#resdiff\">\n");
    let _ = writeln!(
        o,
        "<FRBRWork><FRBRthis value=\"{work}/!main\"/><FRBRuri value=\"{work}\"/><FRBRdate date=\"{date}\" name=\"{date_name}\"/><FRBRauthor href=\"#{by}\" as=\"#author\"/><FRBRcountry value=\"{country}\"/></FRBRWork>"
    );
    let _ = writeln!(
        o,
        "<FRBRExpression><FRBRthis value=\"{work}/{lang}@/!main\"/><FRBRuri value=\"{work}/{lang}@\"/><FRBRdate date=\"{date}\" name=\"{date_name}\"/><FRBRauthor href=\"#{by}\" as=\"#author\"/><FRBRlanguage language=\"{lang}\"/></FRBRExpression>"
    );
    let _ = writeln!(
        o,
        "<FRBRManifestation><FRBRthis value=\"{work}/{lang}@/!main.xml\"/><FRBRuri value=\"{work}/{lang}@.xml\"/><FRBRdate date=\"{date}\" name=\"{date_name}\"/><FRBRauthor href=\"#resdiff\" as=\"#editor\"/></FRBRManifestation>"
    );
    o.push_str("</identification>\n<proprietary source=\"#resdiff\"><resdiff:text");
    attr(o, "body", Some(r.body_shown()));
    let number = r.number_shown();
    match &r.number {
        Some(ResNumber::Series(s)) => attr(o, "series", Some(s)),
        Some(ResNumber::Recommendation(r)) => attr(o, "recommendation", Some(r)),
        _ => attr(o, "number", Some(&number)),
    }
    attr(o, "revision", Some(v.id_shown()));
    attr(o, "status", Some(v.stage.status().as_str()));
    attr(o, "year", Some(&v.year_shown().to_string()));
    attr(o, "date", v.date.map(|d| d.to_string()).as_deref());
    attr(o, "venue", v.venue.as_deref());
    attr(o, "proposer", v.stage.proposer().map(|p| p.as_str()));
    attr(o, "source", v.source.as_deref());
    attr(o, "base", v.base.as_ref().map(RevisionId::as_str));
    attr(o, "symbol", v.symbol.as_deref());
    o.push_str("/></proprietary>\n</meta>\n");
    let _ = write!(o, "<preface><p>");
    if let Some(s) = &v.symbol {
        let _ = write!(o, "<docNumber>{}</docNumber> ", escape(s));
    }
    let _ = write!(o, "<docTitle>{}</docTitle></p>", escape(r.title_shown()));
    // The list of earlier revisions under the title, its notes where it cites them.
    if let Some(l) = &doc.revision_line {
        w.out
            .push_str("<p class=\"revisions\" xml:space=\"preserve\">");
        w.notes_in(l);
        w.out.push_str("</p>");
    }
    w.out.push_str("</preface>\n");
    // The preamble holds the leading run of preambular sections; everything after it, in
    // order, goes in the main body, so that a text adopted in parts (A/RES/78/80 A-B) or a
    // section of unknown part (`other`) comes back as it was.
    let lead = doc
        .sections
        .iter()
        .take_while(|s| s.kind.part() == Part::Preamble)
        .count();
    if doc.formula.is_some() || lead > 0 {
        w.out.push_str("<preamble>\n");
        if let Some(f) = &doc.formula {
            let _ = writeln!(
                w.out,
                "<formula name=\"enactingFormula\"><p xml:space=\"preserve\">{}</p></formula>",
                escape(f)
            );
        }
        for (si, s) in doc.sections.iter().enumerate().take(lead) {
            let id = w.id("container");
            w.at = (si, Vec::new());
            w.given.sections.insert(si, id.clone());
            let _ = writeln!(
                w.out,
                "<container name=\"{}\" eId=\"{id}\"><p class=\"heading\" xml:space=\"preserve\">{}</p>",
                s.kind,
                escape(&s.heading)
            );
            if !s.clauses.is_empty() {
                w.items(&s.clauses, "  ");
            }
            w.out.push_str("</container>\n");
        }
        w.out.push_str("</preamble>\n");
    }
    w.out.push_str("<mainBody>\n");
    for (si, s) in doc.sections.iter().enumerate().skip(lead) {
        let id = w.id("hcontainer");
        w.at = (si, Vec::new());
        w.given.sections.insert(si, id.clone());
        let _ = write!(w.out, "<hcontainer name=\"{}\" eId=\"{id}\">", s.kind);
        let _ = writeln!(
            w.out,
            "<heading xml:space=\"preserve\">{}</heading>",
            escape(&s.heading)
        );
        if s.clauses.is_empty() {
            w.out.push_str("<content><p/></content>\n");
        }
        w.paragraphs(&s.clauses, "  ");
        w.out.push_str("</hcontainer>\n");
    }
    // The schema wants something in the main body; an empty paragraph reads back as nothing.
    if lead == doc.sections.len() {
        w.out.push_str("<p/>\n");
    }
    w.out.push_str("</mainBody>\n</statement>\n</akomaNtoso>\n");
    (w.out, w.given)
}
