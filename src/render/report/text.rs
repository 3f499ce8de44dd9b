//! Terminal output of the tracking commands: `log`, `blame`, `refs`, `outcome`, and the
//! conflict list of `merge`. Plain aligned text; colour only marks what needs attention (stale
//! citations, conflicts, verdicts other than "adopted").

use std::fmt::Write;

use crate::render::{Style, look, shown};
use crate::track::history::{BlameLine, Entry, Log};
use crate::track::merge::Conflict;
use crate::track::outcome::{Outcome, Verdict};
use crate::track::refs::{Citation, Kind, Staleness, Standing};

fn entry(out: &mut String, e: &Entry, width: usize) {
    let when = e.date.map_or_else(|| e.year.to_string(), |d| d.to_string());
    let mut facts = Vec::new();
    facts.extend(e.venue.as_deref().map(|v| shown(v).into_owned()));
    facts.extend(e.proposer.as_ref().map(|p| format!("by {}", shown(p))));
    facts.push(format!("{} clauses", e.clauses));
    let step = match (&e.from, &e.changes) {
        (Some(from), Some(c)) => format!("  from {from}: {c}"),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "  {:width$}  {when:10}  {}{step}",
        e.revision,
        facts.join(", ")
    );
}

/// `log`: adopted texts, then proposals, each with the counts of its step.
pub fn log(l: &Log, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({})  {}",
        style.paint(&l.resolution, look::BOLD),
        l.language,
        shown(&l.title)
    );
    let width = l
        .adopted
        .iter()
        .chain(&l.proposals)
        .map(|e| e.revision.chars().count())
        .max()
        .unwrap_or(0);
    for (name, list) in [("adopted", &l.adopted), ("proposals", &l.proposals)] {
        let _ = writeln!(out, "\n{name}");
        if list.is_empty() {
            let _ = writeln!(out, "  (none)");
        }
        for e in list {
            entry(&mut out, e, width);
        }
    }
    out
}

/// The first `n` characters on one line (items of a clause are joined by " / ").
fn short(s: &str, n: usize) -> String {
    crate::model::text::excerpt(&shown(s).replace('\n', " / "), n)
}

/// `blame`: for each clause, where it first appeared and where its text last changed; an
/// unlabelled preambular paragraph of a UN text (`un`) numbered as the UN counts them (PP3).
pub fn blame(lines: &[BlameLine], un: bool, style: Style) -> String {
    // A UN revision, named by its symbol (`78-132`), is shown with its year.
    let with_year = |id: &str, year: u16| {
        if crate::model::UnSymbol::parse(id).is_none() || id.contains(&year.to_string()) {
            id.to_string()
        } else {
            format!("{year} {id}")
        }
    };
    let named: Vec<(String, String)> = lines
        .iter()
        .map(|l| {
            (
                with_year(&l.introduced, l.introduced_year),
                with_year(&l.changed, l.changed_year),
            )
        })
        .collect();
    let w = named
        .iter()
        .flat_map(|(i, c)| [i.chars().count(), c.chars().count()])
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let mut section = "";
    let labels = super::history_html::labels(lines, un);
    for ((l, (introduced, changed)), label) in lines.iter().zip(&named).zip(&labels) {
        if l.section != section {
            section = &l.section;
            let _ = writeln!(out, "\n{}", style.paint(&shown(section), look::BOLD));
        }
        let _ = writeln!(
            out,
            "{:w$}  {:w$}  {}{}  {}",
            introduced,
            changed,
            "  ".repeat(l.depth),
            shown(label),
            short(&l.text, 70)
        );
    }
    out.trim_start().to_string()
}

fn place(c: &Citation) -> String {
    let path: Vec<&str> = c
        .path
        .iter()
        .map(|p| if p.is_empty() { "¶" } else { p })
        .collect();
    format!("{} {}", c.section, shown(&path.join(" ")))
}

/// `refs`: every citation, with what it cites.
pub fn refs(list: &[Citation], style: Style) -> String {
    let mut out = String::new();
    for c in list {
        let what = match c.kind {
            Kind::Resolution => {
                let mut w = format!(
                    "{} Res. {}",
                    c.body.map_or("?".into(), |b| b.as_str().to_uppercase()),
                    c.number.unwrap_or(0)
                );
                match (&c.venue, c.year, c.revised) {
                    (Some(v), Some(y), true) => w.push_str(&format!(" (Rev. {}, {y})", shown(v))),
                    (Some(v), Some(y), false) => w.push_str(&format!(" ({}, {y})", shown(v))),
                    (None, Some(y), _) => w.push_str(&format!(" (Mod. {y})")),
                    _ => {}
                }
                w
            }
            Kind::UnSymbol => match c.lookalike {
                Some(l) => style.paint(
                    &format!("UN symbol, with look-alike {l} U+{:04X}", u32::from(l)),
                    look::YELLOW,
                ),
                None => "UN symbol".into(),
            },
            Kind::UnResolution => {
                let mut w = format!(
                    "{} resolution {}",
                    c.body.map_or("?".into(), |b| b.as_str().to_uppercase()),
                    c.symbol.as_deref().unwrap_or_default()
                );
                if let Some(why) = &c.body_guessed {
                    w.push_str(&format!(" (body guessed: {})", shown(why)));
                }
                w
            }
            Kind::ActionLine => "WSIS action line".into(),
            Kind::Sdg => "SDGs / 2030 Agenda".into(),
        };
        let _ = writeln!(out, "{}  {}  {}", place(c), shown(&c.text), what);
    }
    out
}

/// `refs --stale`: each resolution citation and its standing at the date.
pub fn stale(list: &[Staleness], as_of: crate::model::Date, style: Style) -> String {
    let mut out = String::new();
    let n = list.iter().filter(|s| s.status == Standing::Stale).count();
    let _ = writeln!(
        out,
        "as of {as_of}: {n} stale of {} resolution citations",
        list.len()
    );
    for s in list {
        let status = match (s.status, &s.superseded_by) {
            (Standing::Stale, Some(by)) => {
                let stale = style.paint(&format!("stale: superseded at {by}"), look::RED);
                match &s.reason {
                    Some(caveat) => format!("{stale} ({caveat})"),
                    None => stale,
                }
            }
            (Standing::Current, _) => "current".to_string(),
            _ => format!(
                "unknown ({})",
                s.reason.as_deref().unwrap_or("no revision cited")
            ),
        };
        let _ = writeln!(
            out,
            "{}  {}  {status}",
            place(&s.citation),
            shown(&s.citation.text)
        );
    }
    out
}

/// `outcome`: the summary, then each change of the proposal and its verdict.
pub fn outcome(o: &Outcome, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} proposed against {}, judged by {}",
        o.proposal, o.base, o.adopted
    );
    let summary: Vec<String> = o.summary.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let _ = writeln!(out, "{}\n", summary.join(", "));
    for i in &o.items {
        let verdict = i.verdict.as_str();
        let verdict = match i.verdict {
            Verdict::Adopted => verdict.to_string(),
            Verdict::Partly => style.paint(verdict, look::YELLOW),
            _ => style.paint(verdict, look::RED),
        };
        let share = i
            .share
            .filter(|s| *s > 0.0 && *s < 1.0)
            .map_or(String::new(), |s| {
                format!(" ({:.0}% of its word changes)", s * 100.0)
            });
        let text = i
            .proposed
            .as_deref()
            .or(i.base.as_deref())
            .unwrap_or_default();
        // The base's numbering, as the conference reads it; the proposal's beside it.
        let mut label = match (&i.base_label, &i.label) {
            (Some(b), Some(p)) => format!("{b} (proposal: {p})"),
            _ => i.label.clone().unwrap_or_else(|| "¶".into()),
        };
        label.push_str(&renumbered(&i.renumbered));
        let _ = writeln!(
            out,
            "{} {}  {:6} {verdict}{share}  {}",
            i.section,
            shown(&label),
            i.change.symbol(),
            short(text, 60)
        );
    }
    out
}

/// The provisions a move renumbers, after its label: " [renumbers 1.11 → 1.10 … 1.13 → 1.12]".
pub(crate) fn renumbered(list: &[crate::track::outcome::Renumbered]) -> String {
    let pair = |r: &crate::track::outcome::Renumbered| format!("{} → {}", r.base, r.proposal);
    match list {
        [] => String::new(),
        [one] => format!(" [renumbers {}]", pair(one)),
        [first, .., last] => format!(
            " [renumbers {} … {}, {} provisions]",
            pair(first),
            pair(last),
            list.len()
        ),
    }
}

/// `merge`: one line per conflict.
pub fn conflicts(list: &[Conflict]) -> String {
    let mut out = String::new();
    for c in list {
        if c.sides.len() > 2 {
            let sides: Vec<String> = c
                .sides
                .iter()
                .map(|s| {
                    let text = match (&c.base, &s.text) {
                        (Some(b), Some(t)) => crate::track::apply::around(b, t).1,
                        (None, Some(t)) => short(t, 60),
                        (_, None) => "suppressed".to_string(),
                    };
                    format!("{} `{}`", shown(&s.proposal), shown(&text))
                })
                .collect();
            let _ = writeln!(
                out,
                "conflict: {}: {}; the base text stays",
                shown(&c.place),
                sides.join(", ")
            );
            continue;
        }
        // Both amend it: show where they part, not the words they share.
        let (first, second) = match (&c.first, &c.second) {
            (Some(a), Some(b)) => crate::track::apply::around(a, b),
            (a, b) => {
                let v = |t: &Option<String>| {
                    t.as_deref()
                        .map_or("suppressed".to_string(), |t| short(t, 60))
                };
                (v(a), v(b))
            }
        };
        // A provision or note both add has no base text: added ones are left out, and a note
        // keeps the first's text so that the draft's citations still load.
        let stays = match (&c.base, c.place.starts_with("footnote ")) {
            (Some(_), _) => "the base text stays",
            (None, true) => "the first proposal's note stands",
            (None, false) => "neither is added",
        };
        let _ = writeln!(
            out,
            "conflict: {}: first `{}`, second `{}`; {stays}",
            shown(&c.place),
            shown(&first),
            shown(&second)
        );
    }
    out
}
