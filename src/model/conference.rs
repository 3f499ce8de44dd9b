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
    fn arabic_venues_map_to_english_and_slugs() {
        assert_eq!(venue_in_english("بوينس آيرس"), Some("Buenos Aires"));
        assert_eq!(venue_in_english("غوادالاخارا"), Some("Guadalajara"));
        assert_eq!(revision_slug("Buenos Aires", 2017), "buenos-aires-2017");
        assert_eq!(revision_slug("Florianópolis", 2004), "florianopolis-2004");
    }
}
