//! What a user can switch on for a diff: [`DiffOptions`], and [`Normalisation`], the one list
//! of those switches that `apply`, `markup`, [`crate::Comparison`] and the command line name
//! theirs from.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Normalisations a user can switch on; all off compares texts exactly as written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOptions {
    /// A clause whose only change is its label is NOC, not (MOD).
    pub ignore_labels: bool,
    /// Any run of whitespace (spaces, no-break spaces, tabs) equals any other.
    pub ignore_whitespace: bool,
    /// Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) equal their letters (NFKC).
    pub ignore_presentation_forms: bool,
    /// Cyrillic and Greek look-alike letters in UN symbols (А/70/125) equal Latin ones.
    pub ignore_lookalikes: bool,
    /// Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef) and tatweel, which
    /// translators add and drop freely, do not count. Written only when on, so changesets made
    /// before it read the same.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ignore_diacritics: bool,
}

impl DiffOptions {
    /// Whether words are compared in a normalised form rather than as written.
    pub fn normalises_words(&self) -> bool {
        self.normalisations()
            .iter()
            .any(|n| *n != Normalisation::IgnoreLabels)
    }

    /// The normalisations switched on, in the order of the fields; none for an exact diff,
    /// the only kind whose runs give back both texts as written.
    pub fn normalisations(&self) -> Vec<Normalisation> {
        Normalisation::ALL
            .into_iter()
            .filter(|n| n.is_on(self))
            .collect()
    }
}

/// One normalisation of [`DiffOptions`]. [`Normalisation::ALL`] is the one list of them:
/// `apply` and `markup` refuse a diff made with any of them, [`crate::Comparison`] switches
/// them, and the command line names its flags from it, so a new one cannot be left out of any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Normalisation {
    /// [`DiffOptions::ignore_labels`]
    IgnoreLabels,
    /// [`DiffOptions::ignore_whitespace`]
    IgnoreWhitespace,
    /// [`DiffOptions::ignore_presentation_forms`]
    IgnorePresentationForms,
    /// [`DiffOptions::ignore_lookalikes`]
    IgnoreLookalikes,
    /// [`DiffOptions::ignore_diacritics`]
    IgnoreDiacritics,
}

impl Normalisation {
    /// Every normalisation, in the order of the fields of [`DiffOptions`].
    pub const ALL: [Normalisation; 5] = [
        Normalisation::IgnoreLabels,
        Normalisation::IgnoreWhitespace,
        Normalisation::IgnorePresentationForms,
        Normalisation::IgnoreLookalikes,
        Normalisation::IgnoreDiacritics,
    ];

    /// The field of [`DiffOptions`] (and key of the JSON `options`) that switches it on.
    pub fn field(self) -> &'static str {
        match self {
            Normalisation::IgnoreLabels => "ignore_labels",
            Normalisation::IgnoreWhitespace => "ignore_whitespace",
            Normalisation::IgnorePresentationForms => "ignore_presentation_forms",
            Normalisation::IgnoreLookalikes => "ignore_lookalikes",
            Normalisation::IgnoreDiacritics => "ignore_diacritics",
        }
    }

    /// The command line's long flag for it, `ignore-labels`: the field, kebab-cased. Library
    /// errors name the field; only the binary shows this.
    pub fn flag(self) -> &'static str {
        match self {
            Normalisation::IgnoreLabels => "ignore-labels",
            Normalisation::IgnoreWhitespace => "ignore-whitespace",
            Normalisation::IgnorePresentationForms => "ignore-presentation-forms",
            Normalisation::IgnoreLookalikes => "ignore-lookalikes",
            Normalisation::IgnoreDiacritics => "ignore-diacritics",
        }
    }

    /// Whether `options` has it on.
    pub fn is_on(self, options: &DiffOptions) -> bool {
        let mut copy = *options;
        *self.switch(&mut copy)
    }

    /// Switches it on or off in `options`.
    pub fn set(self, options: &mut DiffOptions, on: bool) {
        *self.switch(options) = on;
    }

    fn switch(self, options: &mut DiffOptions) -> &mut bool {
        match self {
            Normalisation::IgnoreLabels => &mut options.ignore_labels,
            Normalisation::IgnoreWhitespace => &mut options.ignore_whitespace,
            Normalisation::IgnorePresentationForms => &mut options.ignore_presentation_forms,
            Normalisation::IgnoreLookalikes => &mut options.ignore_lookalikes,
            Normalisation::IgnoreDiacritics => &mut options.ignore_diacritics,
        }
    }
}

impl fmt::Display for Normalisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.field())
    }
}
