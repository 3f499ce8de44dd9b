//! Which body a citation names: in words after it ("of the Plenipotentiary Conference", "of the
//! WTDC"), just before it ("WTSA Resolution 2", "مؤتمر المندوبين المفوضين، في قراره 140"), or
//! through the conference its revision tag names (Busan, 2014 is PP-14).

use super::SPACES;
use crate::model::Body;

/// Words after (or just before) a citation that name the body adopting the cited resolution.
const BODIES: &[(&str, Option<Body>)] = &[
    ("Plenipotentiary Conference", Some(Body::Pp)),
    (
        "World Telecommunication Standardization Assembly",
        Some(Body::Wtsa),
    ),
    (
        "World Telecommunication Development Conference",
        Some(Body::Wtdc),
    ),
    ("Radiocommunication Assembly", Some(Body::Ra)),
    ("Council", Some(Body::Council)),
    ("this conference", None),
    ("this Conference", None),
    ("this assembly", None),
    ("مؤتمر المندوبين المفوضين", Some(Body::Pp)),
    ("للجمعية العالمية لتقييس الاتصالات", Some(Body::Wtsa)),
    ("للمؤتمر العالمي لتنمية الاتصالات", Some(Body::Wtdc)),
    ("لجمعية الاتصالات الراديوية", Some(Body::Ra)),
    ("للمجلس", Some(Body::Council)),
    ("عن المجلس", Some(Body::Council)),
    ("لهذا المؤتمر", None),
    ("لهذه الجمعية", None),
];

/// Bodies' short names, read only as whole words: right before the keyword ("WTSA Resolution
/// 2", "PP Resolution 140") or after "of the" ("Resolution 30 (Rev. Dubai, 2014) of the WTDC").
const SHORT: &[(&str, Body)] = &[
    ("WTSA", Body::Wtsa),
    ("WTDC", Body::Wtdc),
    ("PP", Body::Pp),
    ("RA", Body::Ra),
    ("Council", Body::Council),
];

/// The body whose short name is the word just before `start`.
pub(super) fn short_before(text: &str, start: usize) -> Option<Body> {
    let before = text[..start].trim_end_matches(SPACES);
    SHORT.iter().find_map(|(n, b)| {
        let lead = before.strip_suffix(n)?;
        (!lead.ends_with(|c: char| c.is_alphanumeric() || c == '-')).then_some(*b)
    })
}

/// The body `window` (the words after a citation) names as "of the WTSA", "of WTDC".
pub(super) fn short_after(window: &str) -> Option<Body> {
    let rest = window
        .trim_start_matches(SPACES)
        .strip_prefix("of ")?
        .trim_start_matches("the ");
    SHORT.iter().find_map(|(n, b)| {
        let tail = rest.strip_prefix(n)?;
        (!tail.starts_with(|c: char| c.is_alphanumeric() || c == '-')).then_some(*b)
    })
}

/// The body named in `window` nearest its start (after a citation) or, with `before`, nearest
/// its end; a `None` in the table means "this conference" (the citing text's own body, which a
/// compared text may not name).
pub(super) fn body_in(window: &str, own: Option<Body>, before: bool) -> Option<Body> {
    let found = BODIES.iter().filter_map(|(w, b)| {
        let at = if before {
            window.rfind(w)
        } else {
            window.find(w)
        };
        at.map(|i| (i, b.or(own)))
    });
    let nearest = if before {
        found.max_by_key(|(i, _)| *i)
    } else {
        found.min_by_key(|(i, _)| *i)
    };
    nearest.and_then(|(_, b)| b)
}

/// The body whose conference met at `venue` (English) in `year`, if exactly one did.
pub(crate) fn body_of_conference(venue: &str, year: u16) -> Option<Body> {
    let mut bodies = crate::model::conferences()
        .iter()
        .filter(|c| c.year == year && c.venue_en.eq_ignore_ascii_case(venue))
        .map(|c| c.body);
    let first = bodies.next()?;
    bodies.all(|b| b == first).then_some(first)
}
