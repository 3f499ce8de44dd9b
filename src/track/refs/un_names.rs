//! The UN bodies' names as citations write them, around a resolution's number: the names of
//! [`UN_BODY_NAMES`] (the input layer's one table), their Russian cases, and "Assembly" or
//! "Council" alone, in the six languages.

use crate::input::un_bodies::UN_BODY_NAMES;
use crate::model::Body;

/// A name as a citation writes it: a body's, or "Assembly" / "Council" alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Name {
    /// A body's full name.
    Full(Body),
    /// "Assembly" alone: the General Assembly.
    Assembly,
    /// "Council" alone: the council named before.
    Council,
}

/// The forms citations give the names beyond the formulas' ([`UN_BODY_NAMES`]): the Russian
/// cases, the Chinese short name of the Security Council.
const INFLECTED: &[(Body, &str)] = &[
    (Body::Unga, "Генеральной Ассамблеи"),
    (Body::Unga, "Генеральной Ассамблеей"),
    (Body::Unga, "Генеральной Ассамблее"),
    (Body::Ecosoc, "Экономического и Социального Совета"),
    (Body::Ecosoc, "Экономическим и Социальным Советом"),
    (Body::Ecosoc, "Экономическому и Социальному Совету"),
    (Body::Ecosoc, "Экономическом и Социальном Совете"),
    (Body::Hrc, "Совета по правам человека"),
    (Body::Hrc, "Советом по правам человека"),
    (Body::Hrc, "Совету по правам человека"),
    (Body::Hrc, "Совете по правам человека"),
    (Body::Unsc, "Совета Безопасности"),
    (Body::Unsc, "Советом Безопасности"),
    (Body::Unsc, "Совету Безопасности"),
    (Body::Unsc, "Совете Безопасности"),
    (Body::Unsc, "安理会"),
];

/// "Assembly" alone, in the six languages (the Chinese "大会" is the full name).
const ASSEMBLY: &[&str] = &[
    "Assembly",
    "Assemblée",
    "Asamblea",
    "Ассамблеи",
    "Ассамблеей",
    "Ассамблея",
    "الجمعية",
];

/// "Council" alone, in the six languages.
const COUNCIL: &[&str] = &[
    "Council",
    "Conseil",
    "Consejo",
    "Совета",
    "Советом",
    "Совету",
    "Совете",
    "Совет",
    "المجلس",
    "理事会",
];

/// Every name and what it names.
pub(super) fn names() -> impl Iterator<Item = (&'static str, Name)> {
    let full = UN_BODY_NAMES
        .iter()
        .flat_map(|(b, ns)| ns.iter().map(move |n| (*n, Name::Full(*b))));
    let inflected = INFLECTED.iter().map(|(b, n)| (*n, Name::Full(*b)));
    let assembly = ASSEMBLY.iter().map(|n| (*n, Name::Assembly));
    let council = COUNCIL.iter().map(|n| (*n, Name::Council));
    full.chain(inflected).chain(assembly).chain(council)
}

/// How far before the keyword a body's name may end and still govern it ("the General Assembly
/// in its resolution" is 8 characters away; a name a sentence earlier is not).
pub(super) const NEAR: usize = 24;

/// The longest name, in characters: a name ending [`NEAR`] characters before may start this much
/// further back.
const LONGEST: usize = 40;

/// The name ending nearest `at`, within [`NEAR`] characters before it (the longest where two end
/// there: "Economic and Social Council" over "Council").
pub(super) fn name_before(text: &str, at: usize) -> Option<Name> {
    let near = at - before(text, at, NEAR).len();
    let window = before(text, at, NEAR + LONGEST);
    let from = at - window.len();
    names()
        .filter_map(|(n, name)| {
            let end = from + window.rfind(n)? + n.len();
            (end >= near).then_some(((end, n.len()), name))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// The name at the start of `s`, after a joining word ("de la", "du", "of the"): its length.
pub(super) fn name_at(s: &str) -> Option<(usize, Name)> {
    let lead = [
        "of the ", "de la ", "de l’", "de l'", "del ", "du ", "de ", "",
    ]
    .iter()
    .find_map(|l| s.strip_prefix(l))?;
    names()
        .filter(|(n, _)| lead.starts_with(n))
        .max_by_key(|(n, _)| n.len())
        .map(|(n, name)| (s.len() - lead.len() + n.len(), name))
}

/// The `n` characters before `at`.
pub(super) fn before(text: &str, at: usize, n: usize) -> &str {
    let from = text[..at].char_indices().rev().nth(n).map_or(0, |(i, _)| i);
    &text[from..at]
}
