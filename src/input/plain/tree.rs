//! Building the clause tree from a flat run of labelled lines, and the checks a person would want
//! to hear about (duplicate labels, jumps in numbering, labels that hold two letters).
//!
//! Nesting follows label schemes: a clause whose scheme is already open on the stack closes what
//! is below it and becomes a sibling; a new scheme opens a level under the last clause. So `9`,
//! `'1'`, `'2'`, `1` puts the quoted items under 9, and dash items go under the clause before them.
//! An unlabelled paragraph always starts at the top of its section.

use rustc_hash::FxHashMap;

use super::Warning;
use crate::model::{Clause, Label, Scheme, Section, SectionKind};

/// The siblings placed so far at one depth, kept as what the checks ask of them, so that each
/// clause costs the same however many siblings came before (a list searched per clause made a
/// 200k-clause import quadratic).
struct Level {
    scheme: Scheme,
    /// The dots of a decimal level's labels (`1.11` one, `1.11.1` two); 0 for other schemes.
    dots: usize,
    /// The line of the first sibling with each normalised label.
    first_line: FxHashMap<String, usize>,
    /// The ordinal of the last sibling, if it had one.
    last_ordinal: Option<u32>,
    /// The ordinal of the last sibling that had one.
    prev_ordinal: Option<u32>,
    /// That sibling's normalised label, for the jump warning.
    prev_norm: String,
    empty: bool,
}

impl Level {
    /// The level of `label`'s siblings.
    fn of(label: &Label) -> Level {
        let mut level = Level::new(label.scheme());
        if let Some(dots) = label.decimal_depth() {
            level.dots = dots;
        }
        level
    }

    fn new(scheme: Scheme) -> Level {
        Level {
            scheme,
            dots: 0,
            first_line: FxHashMap::default(),
            last_ordinal: None,
            prev_ordinal: None,
            prev_norm: String::new(),
            empty: true,
        }
    }
}

/// Collects sections and clauses in reading order.
pub struct Builder {
    pub sections: Vec<Section>,
    section_lines: Vec<usize>,
    stack: Vec<Level>,
    /// The scheme of the clause placed last: a new scheme nests under that clause.
    last_scheme: Scheme,
    /// The layout's level of each clause open on the stack, where the layout gave levels.
    levels: Vec<usize>,
    pub warnings: Vec<Warning>,
}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            sections: Vec::new(),
            section_lines: Vec::new(),
            stack: Vec::new(),
            last_scheme: Scheme::None,
            levels: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Warning {
            chosen: None,
            line,
            message,
        });
    }

    pub fn section(&mut self, kind: SectionKind, heading: &str, line: usize) {
        self.finish_section();
        self.sections.push(Section {
            kind,
            heading: heading.trim().to_string(),
            clauses: Vec::new(),
        });
        self.section_lines.push(line);
        self.stack.clear();
        self.levels.clear();
        self.last_scheme = Scheme::None;
    }

    /// Adds a clause; returns false when there is no section to put it in.
    pub fn clause(&mut self, label: Label, text: String, line: usize) -> bool {
        self.clause_at(label, text, line, None)
    }

    /// [`Builder::clause`] at the layout's `level` if it gives one (see [`Builder::place_at`]).
    pub fn clause_at(
        &mut self,
        label: Label,
        text: String,
        line: usize,
        level: Option<usize>,
    ) -> bool {
        if self.sections.is_empty() {
            return false;
        }
        let label = self.as_roman_if_expected(label);
        let depth = match level {
            Some(level) => self.place_at(&label, level),
            None => {
                self.levels.clear();
                self.place(&label)
            }
        };
        self.last_scheme = label.scheme();
        self.check_label(&label, depth, line);
        if let Some(section) = self.sections.last_mut() {
            let mut siblings = &mut section.clauses;
            for _ in 0..depth {
                if siblings.is_empty() {
                    break;
                }
                let last = siblings.len() - 1;
                siblings = &mut siblings[last].children;
            }
            siblings.push(Clause {
                label,
                text,
                children: Vec::new(),
                call: None,
            });
        }
        true
    }

    /// The depth at which a clause labelled `label` goes, adjusting the stack.
    fn place(&mut self, label: &Label) -> usize {
        if let Some(depth) = self.place_decimal(label) {
            return depth;
        }
        let scheme = label.scheme();
        if scheme == Scheme::None {
            self.stack.truncate(1);
            if self.stack.is_empty() {
                self.stack.push(Level::new(scheme));
            }
            return 0;
        }
        if let Some(k) = self.stack.iter().rposition(|l| l.scheme == scheme) {
            self.stack.truncate(k + 1);
            return k;
        }
        let top_is_empty = self.stack.first().is_none_or(|l| l.empty);
        if top_is_empty {
            self.stack = vec![Level::of(label)];
            return 0;
        }
        self.stack.push(Level::of(label));
        self.stack.len() - 1
    }

    /// A decimal label goes by its own numbering, as the DOCX reader reads it: `1.11.1` under
    /// the open `1.11` (one dot fewer), `1.12` beside it and closing `1.11.1`'s level, whatever
    /// the indentation (ITU prints every decimal clause at the margin). `None`: no decimal level
    /// with as many dots or fewer is open, and the scheme decides.
    fn place_decimal(&mut self, label: &Label) -> Option<usize> {
        let dots = label.decimal_depth()?;
        let decimal = |l: &Level| l.scheme == Scheme::Decimal;
        if let Some(k) = self
            .stack
            .iter()
            .rposition(|l| decimal(l) && l.dots == dots)
        {
            self.stack.truncate(k + 1);
            return Some(k);
        }
        let k = self
            .stack
            .iter()
            .rposition(|l| decimal(l) && l.dots < dots)?;
        self.stack.truncate(k + 1);
        self.stack.push(Level::of(label));
        Some(k + 1)
    }

    /// The depth of a clause the layout puts at `level`: under the nearest open clause of a
    /// lower level, closing those at its level or deeper.
    fn place_at(&mut self, label: &Label, level: usize) -> usize {
        let scheme = label.scheme();
        while self.levels.last().is_some_and(|l| *l >= level) {
            self.levels.pop();
        }
        let depth = self.levels.len().min(self.stack.len());
        self.levels.truncate(depth);
        self.levels.push(level);
        self.stack.truncate(depth + 1);
        match self.stack.get_mut(depth) {
            Some(l) if l.scheme == scheme => {}
            Some(l) => *l = Level::of(label),
            None => self.stack.push(Level::of(label)),
        }
        depth
    }

    /// `i)` under a lettered clause, or any of `i` `v` `x` where roman numerals are open, is a
    /// roman numeral, not a letter. Only what the tree shows decides (the clause it would nest
    /// under, its roman siblings), so the corpus loader reads a written file the same way.
    fn as_roman_if_expected(&self, label: Label) -> Label {
        if label.scheme() != Scheme::LatinLetter || !matches!(label.norm(), "i" | "v" | "x") {
            return label;
        }
        let roman_open = self.stack.iter().any(|l| l.scheme == Scheme::Roman);
        let letter_level = self.stack.iter().find(|l| l.scheme == Scheme::LatinLetter);
        let continues_letters = letter_level
            .and_then(|l| l.last_ordinal)
            .is_some_and(|prev| prev.checked_add(1) == label.ordinal());
        let under_letter = self.last_scheme == Scheme::LatinLetter && label.norm() == "i";
        if (roman_open || under_letter) && !continues_letters {
            return label.as_roman();
        }
        label
    }

    fn check_label(&mut self, label: &Label, depth: usize, line: usize) {
        let Some(level) = self.stack.get_mut(depth) else {
            return;
        };
        let mut found = Vec::new();
        if label.is_compound() {
            found.push(format!(
                "label `{}` holds two labels ({}): the residue of a tracked relabelling? kept as written",
                label.written().trim(),
                label.norm()
            ));
        } else if !label.scheme().is_repeating() {
            if let Some(first) = level.first_line.get(label.norm()) {
                found.push(format!(
                    "label `{}` repeats the label of line {first}; the corpus loader refuses duplicate labels",
                    label.written().trim()
                ));
            }
            if let (Some(ord), Some(prev)) = (label.ordinal(), level.prev_ordinal)
                && Some(ord) != prev.checked_add(1)
                && label.suffix().is_none()
            {
                found.push(jump_message(label, &level.prev_norm, prev));
            }
        }
        level
            .first_line
            .entry(label.norm().to_string())
            .or_insert(line);
        level.last_ordinal = label.ordinal();
        if label.ordinal().is_some() {
            label.norm().clone_into(&mut level.prev_norm);
        }
        level.prev_ordinal = label.ordinal().or(level.prev_ordinal);
        level.empty = false;
        for message in found {
            self.warn(line, message);
        }
    }

    fn finish_section(&mut self) {
        if let (Some(s), Some(&line)) = (self.sections.last(), self.section_lines.last())
            && s.clauses.is_empty()
        {
            let msg = format!("section `{}` ({}) has no clauses", s.heading, s.kind);
            self.warn(line, msg);
        }
    }

    pub fn finish(mut self) -> (Vec<Section>, Vec<Warning>) {
        self.finish_section();
        (self.sections, self.warnings)
    }
}

/// ``label `45` follows `4` (expected `5`)``: the previous label as the reader saw it, and the
/// one that would have continued it (`1.12` after `1.11`, whatever label jumped).
fn jump_message(label: &Label, prev_norm: &str, prev: u32) -> String {
    let before = Label::parse(prev_norm).ok();
    let shown = label
        .same_scheme_at(prev)
        .unwrap_or_else(|| prev_norm.to_string());
    // The largest ordinal (4294967295) has no successor: said, never wrapped.
    let expected = match prev.checked_add(1) {
        Some(next) => before
            .and_then(|b| b.same_scheme_at(next))
            .or_else(|| label.same_scheme_at(next))
            .map(|e| format!(" (expected `{e}`)"))
            .unwrap_or_default(),
        None => " (the largest number a label may have, so nothing can follow it)".into(),
    };
    format!(
        "label `{}` follows `{shown}`{expected}",
        label.written().trim()
    )
}
