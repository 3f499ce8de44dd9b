//! The calendar of ITU conferences (WTDC, PP, WTSA, RA): venue in English and Arabic, year and
//! dates, from `data/conferences.tsv` (copied from `../shared/data/`). Used to name revisions
//! (`dubai-2014`) from a title formula and to know which revision was current at a date.

use std::sync::LazyLock;

use super::Body;

/// One conference of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conference {
    /// The body that meets.
    pub body: Body,
    /// `WTDC-17`
    pub short: String,
    /// Venue in English, e.g. `Dubai`.
    pub venue_en: String,
    /// Venue as the Arabic texts write it, e.g. `دبي`.
    pub venue_ar: String,
    /// The year it met.
    pub year: u16,
    /// As written in the table, e.g. `9-20 Oct 2017`; may be empty.
    pub dates: String,
}

const TSV: &str = include_str!("../../data/conferences.tsv");

/// All conferences of the calendar, in table order.
pub fn conferences() -> &'static [Conference] {
    static ALL: LazyLock<Vec<Conference>> = LazyLock::new(|| parse(TSV));
    &ALL
}

fn parse(tsv: &str) -> Vec<Conference> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            Some(Conference {
                body: c.first()?.parse().ok()?,
                short: c.get(1)?.to_string(),
                venue_en: c.get(2)?.to_string(),
                year: c.get(3)?.parse().ok()?,
                dates: c.get(4).unwrap_or(&"").to_string(),
                venue_ar: c.get(5).unwrap_or(&"").to_string(),
            })
        })
        .collect()
}

/// The English venue for an Arabic or English spelling (`دبي` -> `Dubai`).
pub fn venue_in_english(venue: &str) -> Option<&'static str> {
    let v = venue.trim();
    conferences()
        .iter()
        .find(|c| c.venue_ar == v || c.venue_en.eq_ignore_ascii_case(v))
        .map(|c| c.venue_en.as_str())
}

/// The conference a name means, in any usual spelling: `WTDC-17`, `WTDC-2017`, `wtdc2017`,
/// `WTDC 2017`, `wtdc_17` (and the calendar's other names, `WTDC-21` for Kigali).
pub fn conference_named(name: &str) -> Option<&'static Conference> {
    let wanted = conference_key(name)?;
    conferences().iter().find(|c| {
        (c.body, c.year) == wanted
            || c.short
                .split(|ch: char| ch.is_whitespace() || ch == '(' || ch == ')')
                .filter_map(conference_key)
                .any(|k| k == wanted)
    })
}

/// `WTDC-17` -> (wtdc, 2017): letters naming a body, then a two- or four-digit year.
fn conference_key(name: &str) -> Option<(Body, u16)> {
    let t = name.trim();
    let letters: String = t.chars().take_while(char::is_ascii_alphabetic).collect();
    let rest = t[letters.len()..].trim_start_matches([' ', '-', '_', '/', '.']);
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let body = letters.parse::<Body>().ok()?;
    let n: u16 = rest.parse().ok()?;
    let year = match rest.len() {
        2 if n >= 60 => 1900 + n,
        2 => 2000 + n,
        4 => n,
        _ => return None,
    };
    Some((body, year))
}

/// `Buenos Aires`, 2017 -> `buenos-aires-2017`
pub fn revision_slug(venue_en: &str, year: u16) -> String {
    let mut slug = String::new();
    for c in venue_en.chars() {
        let c = match c {
            'á' | 'à' | 'â' => 'a',
            'é' | 'è' => 'e',
            'í' => 'i',
            'ó' | 'ô' => 'o',
            'ú' => 'u',
            other => other.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    format!("{}-{year}", slug.trim_end_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_has_the_wtdc_and_pp_conferences_of_res_30() {
        let find = |short: &str| conferences().iter().find(|c| c.short == short);
        let dubai = find("WTDC-14").expect("WTDC-14");
        assert_eq!((dubai.venue_en.as_str(), dubai.year), ("Dubai", 2014));
        assert_eq!(find("PP-14").map(|c| c.venue_ar.as_str()), Some("بوسان"));
    }

    #[test]
    fn conference_names_in_any_usual_spelling() {
        for name in [
            "WTDC-17",
            "WTDC-2017",
            "wtdc2017",
            "WTDC 2017",
            "wtdc_17",
            " wtdc-17 ",
        ] {
            let c = conference_named(name).map(|c| c.short.as_str());
            assert_eq!(c, Some("WTDC-17"), "{name}");
        }
        assert_eq!(
            conference_named("WTDC-21").map(|c| c.venue_en.as_str()),
            Some("Kigali")
        );
        assert_eq!(conference_named("PP-94").map(|c| c.year), Some(1994));
        assert_eq!(
            conference_named("WRC-19").map(|c| c.venue_en.as_str()),
            Some("Sharm el-Sheikh")
        );
        for bad in ["WTDC", "WTDC-171", "XYZ-17", "17", "WTDC-17b"] {
            assert!(conference_named(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn arabic_venues_map_to_english_and_slugs() {
        assert_eq!(venue_in_english("بوينس آيرس"), Some("Buenos Aires"));
        assert_eq!(venue_in_english("غوادالاخارا"), Some("Guadalajara"));
        assert_eq!(revision_slug("Buenos Aires", 2017), "buenos-aires-2017");
        assert_eq!(revision_slug("Florianópolis", 2004), "florianopolis-2004");
    }
}
