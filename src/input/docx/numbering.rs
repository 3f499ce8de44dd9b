//! Automatic numbering: the labels Word and LibreOffice print in front of a paragraph from
//! `word/numbering.xml` (`1)`, `a)`, `ii)`, `1.2`), computed as Word displays them so that a
//! document whose labels are generated reads like one whose labels are typed.
//!
//! A paragraph is numbered by its own `w:numPr` (`w:numId` + `w:ilvl`), else by its style's
//! (`styles.xml`, through `w:basedOn`). `w:numId` names a `w:num`, which names an
//! `w:abstractNum` holding up to nine `w:lvl`: a start value, a format (`decimal`,
//! `lowerLetter`, `lowerRoman`, ...) and a pattern (`%1.%2)` is level 0's number, a dot, level
//! 1's number and a parenthesis). Counters belong to the abstract list, as in Word: two `w:num`
//! of one list count on together unless one restarts a level (`w:startOverride`). A level
//! restarts after any higher level is used, or only after the one `w:lvlRestart` names.
//!
//! One pass over the paragraphs, nine counters per list: linear in the document.

use std::collections::{HashMap, HashSet};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::DocxError;
use super::numfmt::{bullet, format};
use super::xml::attr;

/// Levels a list has (`w:ilvl` 0-8).
const LEVELS: usize = 9;

/// The longest level text read (Word's own are a few characters: `%1.%2.%3)`); with letters
/// repeated at most [`MAX_REPEAT`] times, a label stays short whatever the file says, so that
/// labels cost at most a constant per paragraph ([`super::numfmt`] caps the letters).
const MAX_PATTERN: usize = 32;

/// A paragraph's numbering reference as written: which list (`w:numId`) at which level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NumPr {
    /// `w:numId`; `Some(0)` is "no numbering", which overrides a style's.
    pub num_id: Option<u32>,
    /// `w:ilvl`.
    pub ilvl: Option<u8>,
}

impl NumPr {
    /// Records `w:numId` or `w:ilvl` with its `w:val`; a value that is not a number is ignored,
    /// as Word does.
    pub fn set(&mut self, element: &str, value: &str) {
        match element {
            "w:numId" => self.num_id = value.trim().parse().ok(),
            "w:ilvl" => {
                self.ilvl = value
                    .trim()
                    .parse::<u8>()
                    .ok()
                    .filter(|l| usize::from(*l) < LEVELS)
            }
            _ => {}
        }
    }

    pub(super) fn is_set(&self) -> bool {
        self.num_id.is_some() || self.ilvl.is_some()
    }

    /// This reference with what it leaves out taken from `under` (a style's).
    pub fn over(self, under: NumPr) -> NumPr {
        NumPr {
            num_id: self.num_id.or(under.num_id),
            ilvl: self.ilvl.or(under.ilvl),
        }
    }
}

/// One level of a list.
#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<u32>,
    format: String,
    text: Option<String>,
    /// `w:lvlRestart`: restart after level `n - 1` (0-based) or higher is used; 0 never.
    restart: Option<u32>,
}

/// `word/numbering.xml`, read.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<u32, [Level; LEVELS]>,
    /// `w:num` -> its abstract list and the levels it restarts at (`w:startOverride`).
    nums: HashMap<u32, (u32, Vec<(usize, u32)>)>,
}

/// An element's start tag (and whether it is empty, `<x/>`), or its end.
pub(super) enum Tag<'a, 'e> {
    Open(&'a BytesStart<'e>, bool),
    Close,
}

/// Calls `each(element, tag)` for every start and end tag of `xml`, refusing a DTD as the
/// document's reader does.
pub(super) fn walk(
    xml: &str,
    part: &'static str,
    mut each: impl FnMut(&str, Tag<'_, '_>),
) -> Result<(), DocxError> {
    let mut reader = Reader::from_str(xml);
    loop {
        match super::xml::next_event(&mut reader, part)? {
            Event::Start(e) => each(e.name().as_ref(), Tag::Open(&e, false)),
            Event::Empty(e) => each(e.name().as_ref(), Tag::Open(&e, true)),
            Event::End(e) => each(e.name().as_ref(), Tag::Close),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

fn number(e: &BytesStart<'_>, name: &str) -> Option<u32> {
    attr(e, name)?.trim().parse().ok()
}

impl Numbering {
    /// Reads `word/numbering.xml`.
    pub fn parse(xml: &str) -> Result<Numbering, DocxError> {
        let mut out = Numbering::default();
        // Where we are: the abstract list or num being read, the level, the override's level.
        let mut abstract_id: Option<u32> = None;
        let mut num_id: Option<u32> = None;
        let mut level: Option<usize> = None;
        let mut override_level: Option<usize> = None;
        walk(xml, "word/numbering.xml", |name, tag| {
            let Tag::Open(e, empty) = tag else {
                match name {
                    "w:abstractNum" => (abstract_id, level) = (None, None),
                    "w:lvl" => level = None,
                    "w:num" => num_id = None,
                    "w:lvlOverride" => override_level = None,
                    _ => {}
                }
                return;
            };
            match name {
                "w:abstractNum" if !empty => {
                    abstract_id = number(e, "w:abstractNumId");
                    if let Some(id) = abstract_id {
                        out.abstracts.insert(id, Default::default());
                    }
                }
                "w:num" if !empty => {
                    num_id = number(e, "w:numId");
                    override_level = None;
                }
                "w:lvl" if !empty && abstract_id.is_some() => {
                    level = number(e, "w:ilvl")
                        .and_then(|l| usize::try_from(l).ok())
                        .filter(|l| *l < LEVELS);
                }
                "w:abstractNumId" => {
                    if let (Some(n), Some(a)) = (num_id, number(e, "w:val")) {
                        out.nums.insert(n, (a, Vec::new()));
                    }
                }
                "w:lvlOverride" if !empty => {
                    override_level = number(e, "w:ilvl")
                        .and_then(|l| usize::try_from(l).ok())
                        .filter(|l| *l < LEVELS);
                }
                "w:startOverride" => {
                    let entry = num_id.and_then(|n| out.nums.get_mut(&n));
                    if let (Some((_, restarts)), Some(l), Some(v)) =
                        (entry, override_level, number(e, "w:val"))
                    {
                        restarts.push((l, v));
                    }
                }
                _ => {
                    let lvl = abstract_id
                        .zip(level)
                        .and_then(|(a, l)| Some(&mut out.abstracts.get_mut(&a)?[l]));
                    let (Some(lvl), Some(v)) = (lvl, attr(e, "w:val")) else {
                        return;
                    };
                    match name {
                        "w:start" => lvl.start = v.trim().parse().ok(),
                        "w:numFmt" => lvl.format = v,
                        "w:lvlText" => lvl.text = Some(v),
                        "w:lvlRestart" => lvl.restart = v.trim().parse().ok(),
                        _ => {}
                    }
                }
            }
        })?;
        Ok(out)
    }

    /// A counter for the paragraphs of one view of the document, in reading order.
    pub fn counter(&self) -> Counter<'_> {
        Counter {
            numbering: self,
            counts: HashMap::new(),
            started: HashSet::new(),
        }
    }
}

/// The running counts of every list while the paragraphs of one view are read.
pub struct Counter<'n> {
    numbering: &'n Numbering,
    /// Abstract list -> the count at each level (`None`: not used since it last restarted).
    counts: HashMap<u32, [Option<u32>; LEVELS]>,
    /// The `w:num` whose level overrides were applied already.
    started: HashSet<u32>,
}

/// What a numbered paragraph shows in front of its text, and at which list level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The label as displayed (`1)`, `a)`, `1.2`); empty when the level prints nothing.
    pub label: String,
    /// The list level (`w:ilvl`).
    pub level: usize,
    /// Set when the label is not the one Word shows: a format resdiff does not compute (the
    /// number is then in decimal), or a level text past [`MAX_PATTERN`] characters (not read).
    pub problem: Option<String>,
}

impl Counter<'_> {
    /// The label of the next paragraph, numbered `num`; `None` when it is not numbered.
    pub fn next(&mut self, num: NumPr) -> Option<Shown> {
        let num_id = num.num_id.filter(|n| *n != 0)?;
        let level = usize::from(num.ilvl.unwrap_or(0));
        let (abstract_id, restarts) = self.numbering.nums.get(&num_id)?;
        let levels = self.numbering.abstracts.get(abstract_id)?;
        let counts = self.counts.entry(*abstract_id).or_default();
        if self.started.insert(num_id) {
            // A restarted list (Word's "Restart at 1") counts from the override on first use.
            for &(l, v) in restarts {
                if let Some(c) = counts.get_mut(l) {
                    *c = Some(v.saturating_sub(1));
                }
            }
        }
        let start = |l: usize| levels[l].start.unwrap_or(0);
        counts[level] = Some(match counts[level] {
            Some(c) => c.saturating_add(1),
            None => start(level),
        });
        for (deeper, count) in counts.iter_mut().enumerate().skip(level + 1) {
            let restarts_here = match levels[deeper].restart {
                None => true,
                Some(0) => false,
                Some(r) => usize::try_from(r).is_ok_and(|r| level < r),
            };
            if restarts_here {
                *count = None;
            }
        }
        let lvl = &levels[level];
        let mut problem = None;
        let too_long = lvl
            .text
            .as_ref()
            // At most MAX_PATTERN + 1 characters read per paragraph, however long the text.
            .is_some_and(|t| t.chars().nth(MAX_PATTERN).is_some());
        let label = match lvl.format.as_str() {
            _ if too_long => {
                problem = Some(format!(
                    "a numbering level text longer than {MAX_PATTERN} characters is not read"
                ));
                String::new()
            }
            "bullet" => bullet(lvl.text.as_deref().unwrap_or_default()),
            "none" => String::new(),
            _ => {
                let pattern = lvl.text.clone().unwrap_or_default();
                let mut out = String::with_capacity(pattern.len());
                let mut chars = pattern.chars().peekable();
                while let Some(c) = chars.next() {
                    let digit = chars.peek().and_then(|d| d.to_digit(10));
                    match digit {
                        Some(d @ 1..=9) if c == '%' => {
                            chars.next();
                            let l = d as usize - 1;
                            let n = counts[l].unwrap_or_else(|| start(l));
                            let (shown, known) = format(&levels[l].format, n);
                            if !known && problem.is_none() {
                                problem = Some(format!(
                                    "automatic numbering in format `{}` (number {n}) is not computed; read in decimal",
                                    levels[l].format
                                ));
                            }
                            out.push_str(&shown);
                        }
                        _ => out.push(c),
                    }
                }
                out
            }
        };
        Some(Shown {
            label: label.trim().to_string(),
            level,
            problem,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbering(levels: &str, nums: &str) -> Numbering {
        let xml = format!(
            r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="3">{levels}</w:abstractNum>{nums}</w:numbering>"#
        );
        Numbering::parse(&xml).expect("parses")
    }

    fn lvl(i: u8, fmt: &str, text: &str, start: u32) -> String {
        format!(
            r#"<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>"#
        )
    }

    fn at(num_id: u32, ilvl: u8) -> NumPr {
        NumPr {
            num_id: Some(num_id),
            ilvl: Some(ilvl),
        }
    }

    #[test]
    fn levels_count_restart_and_compose() {
        let n = numbering(
            &[
                lvl(0, "decimal", "%1)", 1),
                lvl(1, "lowerLetter", "%2)", 1),
                lvl(2, "lowerRoman", "%1.%2.%3", 1),
            ]
            .concat(),
            r#"<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>"#,
        );
        let mut c = n.counter();
        let labels: Vec<String> = [0, 1, 1, 2, 2, 0, 1, 0]
            .iter()
            .map(|l| c.next(at(7, *l)).expect("numbered").label)
            .collect();
        assert_eq!(
            labels,
            ["1)", "a)", "b)", "1.b.i", "1.b.ii", "2)", "a)", "3)"]
        );
        assert_eq!(c.next(at(0, 0)), None, "numId 0 is no numbering");
        assert_eq!(c.next(at(99, 0)), None, "an unknown list numbers nothing");
    }

    #[test]
    fn a_second_num_continues_the_list_unless_it_restarts() {
        let n = numbering(
            &lvl(0, "decimal", "%1", 1),
            r#"<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
               <w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>
               <w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#,
        );
        let mut c = n.counter();
        let labels: Vec<String> = [1, 1, 2, 3, 3, 1]
            .iter()
            .map(|id| c.next(at(*id, 0)).expect("numbered").label)
            .collect();
        assert_eq!(labels, ["1", "2", "3", "1", "2", "3"]);
    }

    #[test]
    fn lvl_restart_zero_never_restarts() {
        let levels = format!(
            "{}{}",
            lvl(0, "decimal", "%1", 1),
            r#"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>"#
        );
        let n = numbering(
            &levels,
            r#"<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>"#,
        );
        let mut c = n.counter();
        let labels: Vec<String> = [0, 1, 0, 1]
            .iter()
            .map(|l| c.next(at(1, *l)).expect("numbered").label)
            .collect();
        assert_eq!(labels, ["1", "A.", "2", "B."]);
    }

    #[test]
    fn a_long_level_text_is_not_read() {
        let n = numbering(
            &lvl(0, "decimal", &"%1".repeat(1000), 1),
            r#"<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>"#,
        );
        let shown = n.counter().next(at(1, 0)).expect("numbered");
        assert_eq!(shown.label, "");
        assert!(shown.problem.is_some());
    }
}
