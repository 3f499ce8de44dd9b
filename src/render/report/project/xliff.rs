//! The projection as XLIFF 2.0 for CAT tools (written with quick-xml's writer, which escapes).
//!
//! A unit for the title, for each NEW clause and for each NEW footnote, in that order. A unit's
//! id is the paragraph's id across revisions (see [`crate::track::project::birth_id`]), so a
//! tool's memory of last year's file applies to this year's. A carried unit has its target and
//! state `final`; one to translate has state `initial` and its previous translation as a
//! translation candidate of the Translation Candidates module (`mtc:match`, with the source it
//! translated and how similar that source is); a new one has neither. Footnote marks are inline
//! codes (`<ph/>`, their `[^mark]` kept as original data), not words. The source change and any
//! drift are notes of the unit; suppressed clauses and footnotes are notes of the file.

use std::collections::HashMap;
use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::escape::escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::{heading, marks};
use crate::diff::{Op, Segment};
use crate::model::Language;
use crate::render::shown;
use crate::track::project::marks::{Piece, pieces};
use crate::track::project::{Drift, ProjectedNote, Projection, Status};

type W = Writer<Cursor<Vec<u8>>>;
type Io = std::io::Result<()>;

const XLIFF: &str = "urn:oasis:names:tc:xliff:document:2.0";
const MTC: &str = "urn:oasis:names:tc:xliff:matches:2.0";

/// An element holding text; quick-xml escapes markup, [`shown`] the control characters XML
/// 1.0 forbids (a reader would refuse the whole file).
fn element(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> Io {
    open(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::new(&shown(text))))?;
    close(w, name)
}

fn open(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> Io {
    w.write_event(Event::Start(start(name, attrs)))
}

fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
    let mut start = BytesStart::new(name);
    for (key, value) in attrs {
        start.push_attribute((*key, shown(value).as_ref()));
    }
    start
}

fn close(w: &mut W, name: &str) -> Io {
    w.write_event(Event::End(BytesEnd::new(name)))
}

/// XLIFF 2.0 of the projection; `source_language` is SOURCE_NEW's.
pub fn xliff(p: &Projection, source_language: Language) -> String {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 1);
    match write_xliff(&mut w, p, source_language) {
        Ok(()) => String::from_utf8(w.into_inner().into_inner()).unwrap_or_default() + "\n",
        // Writing to memory does not fail; an empty document would say so to the reader.
        Err(_) => String::new(),
    }
}

/// What a unit is made of, whether a clause, the title or a footnote.
struct Unit<'a> {
    id: &'a str,
    name: String,
    status: Status,
    source: &'a str,
    target: Option<&'a str>,
    source_diff: &'a [Segment],
    drift: Option<&'a Drift>,
}

fn write_xliff(w: &mut W, p: &Projection, source_language: Language) -> Io {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let (src, trg) = (source_language.as_str(), p.target_language.as_str());
    open(
        w,
        "xliff",
        &[
            ("xmlns", XLIFF),
            ("xmlns:mtc", MTC),
            ("version", "2.0"),
            ("srcLang", src),
            ("trgLang", trg),
        ],
    )?;
    open(w, "file", &[("id", "f1"), ("original", &p.source_new)])?;
    file_notes(w, p)?;
    if let Some(t) = &p.title {
        unit(w, p, &note_unit(t, "title".into()))?;
    }
    let drift: HashMap<&str, &Drift> = p.drift.iter().map(|d| (d.id.as_str(), d)).collect();
    for c in p.clauses.iter().filter(|c| c.status != Status::Suppressed) {
        let u = Unit {
            id: &c.id,
            name: heading(c),
            status: c.status,
            source: &c.source,
            target: c.target.as_deref(),
            source_diff: &c.source_diff,
            drift: drift.get(c.id.as_str()).copied(),
        };
        unit(w, p, &u)?;
    }
    for f in p
        .footnotes
        .iter()
        .filter(|f| f.status != Status::Suppressed)
    {
        unit(w, p, &note_unit(f, footnote_name(f)))?;
    }
    close(w, "file")?;
    close(w, "xliff")
}

/// `footnote 6`, `footnote 6 (was 4)`.
pub(super) fn footnote_name(f: &ProjectedNote) -> String {
    let mark = f.mark.as_deref().unwrap_or("");
    match &f.old_mark {
        Some(was) => format!("footnote {mark} (was {was})"),
        None => format!("footnote {mark}"),
    }
}

fn note_unit(n: &ProjectedNote, name: String) -> Unit<'_> {
    Unit {
        id: &n.id,
        name,
        status: n.status,
        source: &n.source,
        target: n.target.as_deref(),
        source_diff: &n.source_diff,
        drift: n.drift.as_ref(),
    }
}

fn file_notes(w: &mut W, p: &Projection) -> Io {
    let clauses = p
        .clauses
        .iter()
        .filter(|c| c.status == Status::Suppressed)
        .map(|c| (heading(c), c.target.as_deref().unwrap_or(&c.source)));
    let notes = p
        .footnotes
        .iter()
        .filter(|f| f.status == Status::Suppressed)
        .map(|f| (footnote_name(f), f.target.as_deref().unwrap_or(&f.source)));
    let gone: Vec<(String, &str)> = clauses.chain(notes).collect();
    if gone.is_empty() {
        return Ok(());
    }
    open(w, "notes", &[])?;
    for (name, text) in gone {
        let text = format!("suppressed {name}: {text}");
        element(w, "note", &[("category", "suppressed")], &text)?;
    }
    close(w, "notes")
}

fn unit(w: &mut W, p: &Projection, u: &Unit) -> Io {
    open(w, "unit", &[("id", u.id), ("name", &u.name)])?;
    let old_source = old_side(u.source_diff);
    let candidate = match (u.status, u.target) {
        (Status::Translate, Some(t)) if !u.source_diff.is_empty() => Some((old_source.as_str(), t)),
        _ => None,
    };
    let target = match u.status {
        Status::Carried => u.target,
        _ => None,
    };
    // Inline codes are numbered by the marks of the whole unit, so a mark is the same code in
    // the source, the target and the candidate.
    let codes = Codes::of(
        [
            Some(u.source),
            target,
            candidate.map(|c| c.0),
            candidate.map(|c| c.1),
        ]
        .into_iter()
        .flatten(),
    );
    if let Some((old_source, old_target)) = candidate {
        open(w, "mtc:matches", &[])?;
        let similarity = format!("{:.1}", similarity(u.source_diff));
        let attrs = [
            ("ref", "#m1"),
            ("type", "tm"),
            ("similarity", similarity.as_str()),
            ("origin", p.target_old.as_str()),
        ];
        open(w, "mtc:match", &attrs)?;
        codes.original_data(w, [old_source, old_target])?;
        codes.text(w, "source", old_source, false)?;
        codes.text(w, "target", old_target, false)?;
        close(w, "mtc:match")?;
        close(w, "mtc:matches")?;
    }
    open(w, "notes", &[])?;
    element(w, "note", &[("category", "status")], u.status.as_str())?;
    if u.status == Status::Translate && !u.source_diff.is_empty() {
        let change = marks(u.source_diff);
        element(w, "note", &[("category", "source-change")], &change)?;
    }
    if let Some(d) = u.drift {
        let text = format!(
            "drift ({}): {} reads: {}",
            d.kind.as_str(),
            p.target_new.as_deref().unwrap_or("TARGET_NEW"),
            d.new
        );
        let attrs = [("category", "drift"), ("appliesTo", "target")];
        element(w, "note", &attrs, &text)?;
    }
    close(w, "notes")?;
    codes.original_data(w, [Some(u.source), target].into_iter().flatten())?;
    let state = if u.status == Status::Carried {
        "final"
    } else {
        "initial"
    };
    open(w, "segment", &[("state", state)])?;
    codes.text(w, "source", u.source, candidate.is_some())?;
    if let Some(t) = target {
        codes.text(w, "target", t, false)?;
    }
    close(w, "segment")?;
    close(w, "unit")
}

/// The footnote marks of a unit: each mark's number, in order of first appearance.
struct Codes<'a> {
    marks: Vec<&'a str>,
}

impl<'a> Codes<'a> {
    fn of(texts: impl Iterator<Item = &'a str>) -> Codes<'a> {
        let mut marks = Vec::new();
        for t in texts {
            for p in pieces(t) {
                if let Piece::Mark(m) = p
                    && !marks.contains(&m)
                {
                    marks.push(m);
                }
            }
        }
        Codes { marks }
    }

    fn number(&self, mark: &str) -> usize {
        self.marks
            .iter()
            .position(|m| *m == mark)
            .map_or(0, |i| i + 1)
    }

    /// `<originalData>` with a `<data>` per mark the texts cite: the `[^mark]` the code stands
    /// for, so a tool can write the text back.
    fn original_data<'t>(&self, w: &mut W, texts: impl IntoIterator<Item = &'t str>) -> Io {
        let mut cited: Vec<&str> = Vec::new();
        for t in texts {
            for p in pieces(t) {
                if let Piece::Mark(m) = p
                    && !cited.contains(&m)
                {
                    cited.push(m);
                }
            }
        }
        if cited.is_empty() {
            return Ok(());
        }
        open(w, "originalData", &[])?;
        cited.sort_by_key(|m| self.number(m));
        for m in cited {
            let id = format!("d{}", self.number(m));
            element(w, "data", &[("id", &id)], &format!("[^{m}]"))?;
        }
        close(w, "originalData")
    }

    /// `<source>` or `<target>`: the words, and a `<ph/>` per mark (the k-th citation of a mark
    /// in a text is `fnN`, then `fnN.k`). `whole`: wrapped in the `<mrk>` the candidate refers to.
    /// The content is written as one run: the indenting writer would put line breaks between
    /// the words and the codes, which would become part of the text.
    fn text(&self, w: &mut W, name: &str, text: &str, whole: bool) -> Io {
        let mut inner = String::new();
        if whole {
            inner.push_str("<mrk id=\"m1\" type=\"mtc:match\">");
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for p in pieces(text) {
            match p {
                Piece::Text(t) => inner.push_str(&escape(shown(t).as_ref())),
                Piece::Mark(m) => {
                    let n = self.number(m);
                    let k = seen.entry(m).or_insert(0);
                    *k += 1;
                    let id = match *k {
                        1 => format!("fn{n}"),
                        k => format!("fn{n}.{k}"),
                    };
                    inner.push_str(&format!(
                        "<ph id=\"{id}\" dataRef=\"d{n}\" disp=\"{}\" equiv=\"\" canDelete=\"no\"/>",
                        escape(shown(m).as_ref())
                    ));
                }
            }
        }
        if whole {
            inner.push_str("</mrk>");
        }
        w.write_event(Event::Start(BytesStart::new(name)))?;
        w.write_event(Event::Text(BytesText::from_escaped(inner)))?;
        close(w, name)
    }
}

/// The OLD side of a source change.
fn old_side(runs: &[Segment]) -> String {
    runs.iter()
        .filter(|s| s.op != Op::Insert)
        .map(|s| s.text.as_str())
        .collect()
}

/// How much of the OLD and NEW sources the change keeps, 0 to 100: twice the characters kept
/// over the characters of both sides.
fn similarity(runs: &[Segment]) -> f64 {
    let count = |op: Op| -> usize {
        runs.iter()
            .filter(|s| s.op == op)
            .map(|s| s.text.chars().count())
            .sum()
    };
    let (kept, gone, added) = (count(Op::Equal), count(Op::Delete), count(Op::Insert));
    let both = 2 * kept + gone + added;
    if both == 0 {
        return 100.0;
    }
    200.0 * kept as f64 / both as f64
}
