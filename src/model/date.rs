//! A calendar date, parsed once from `YYYY-MM-DD` and valid by construction: every date the tool
//! holds (a revision's date, `markup --date`, `refs --as-of`, the DOCX `w:date`) is one that
//! exists, so nothing downstream writes `2017-13-45` or compares it as text.

use std::fmt;
use std::str::FromStr;

/// A day of the Gregorian calendar, years 0001 to 9999. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // Field order is the chronological order the derived `Ord` follows.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date; each names the value.
#[allow(missing_docs)] // each variant's #[error] message is its documentation
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadDate {
    #[error("`{0}` is not a date (YYYY-MM-DD)")]
    Shape(String),
    #[error("`{value}` is not a date: there is no month {month}")]
    Month { value: String, month: u32 },
    #[error("`{value}` is not a date: month {month} of {year} has {days} days")]
    Day {
        value: String,
        year: u16,
        month: u8,
        days: u8,
    },
}

/// Whether `year` has a 29 February.
pub fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

/// The number of days of `month` (1-12) in `year`.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, when it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, BadDate> {
        let value = || format!("{year:04}-{month:02}-{day:02}");
        if !(1..=9999).contains(&year) {
            return Err(BadDate::Shape(value()));
        }
        if !(1..=12).contains(&month) {
            return Err(BadDate::Month {
                value: value(),
                month: month.into(),
            });
        }
        let days = days_in_month(year, month);
        if !(1..=days).contains(&day) {
            return Err(BadDate::Day {
                value: value(),
                year,
                month,
                days,
            });
        }
        Ok(Date { year, month, day })
    }

    /// The last day of `month` (1-12) of `year`.
    pub fn end_of_month(year: u16, month: u8) -> Result<Date, BadDate> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// The year, e.g. 2014.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days), clamped to
    /// 0001-01-01 ..= 9999-12-31.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days.clamp(-719_162, 2_932_896) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        // In range by the clamp: year 1..=9999, month 1..=12, day 1..=31.
        Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Today's date in UTC, from the system clock (1970-01-01 if the clock is before it).
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_unix_days(i64::try_from(secs / 86_400).unwrap_or(i64::MAX))
    }
}

impl FromStr for Date {
    type Err = BadDate;
    fn from_str(s: &str) -> Result<Date, BadDate> {
        let shape = || BadDate::Shape(s.to_string());
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(shape());
        }
        if !(digits(0..4) && digits(5..7) && digits(8..10)) {
            return Err(shape());
        }
        // Ten ASCII bytes in shape: each slice is digits, so each parse succeeds.
        let year: u16 = s[0..4].parse().map_err(|_| shape())?;
        let month: u8 = s[5..7].parse().map_err(|_| shape())?;
        let day: u8 = s[8..10].parse().map_err(|_| shape())?;
        Date::new(year, month, day).map_err(|e| match e {
            BadDate::Shape(_) => shape(),
            BadDate::Month { month, .. } => BadDate::Month {
                value: s.to_string(),
                month,
            },
            BadDate::Day {
                year, month, days, ..
            } => BadDate::Day {
                value: s.to_string(),
                year,
                month,
                days,
            },
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Result<Date, BadDate> {
        s.parse()
    }

    #[test]
    fn leap_days_follow_the_gregorian_rule() {
        assert!(date("2016-02-29").is_ok());
        assert!(date("2000-02-29").is_ok());
        assert_eq!(
            date("2015-02-29").map_err(|e| e.to_string()),
            Err("`2015-02-29` is not a date: month 2 of 2015 has 28 days".into())
        );
        assert!(date("1900-02-29").is_err());
        assert!(date("2014-02-31").is_err());
        assert!(date("2014-04-31").is_err());
        assert!(date("2014-12-31").is_ok());
    }

    #[test]
    fn months_and_shapes_are_checked() {
        assert_eq!(
            date("2017-13-45").map_err(|e| e.to_string()),
            Err("`2017-13-45` is not a date: there is no month 13".into())
        );
        assert!(matches!(
            date("9999-99-99"),
            Err(BadDate::Month { month: 99, .. })
        ));
        for bad in [
            "",
            "2014-4-10",
            "10/04/2014",
            "2014-04-10T00",
            "+014-04-10",
            "2014-0a-10",
            "0000-01-01",
            "٢٠١٤-٠٤-١٠",
        ] {
            assert!(
                matches!(date(bad), Err(BadDate::Shape(_))),
                "{bad}: {:?}",
                date(bad)
            );
        }
        assert!(date("2014-00-10").is_err());
        assert!(date("2014-04-00").is_err());
    }

    #[test]
    fn dates_print_as_read_and_order_by_time() {
        for s in ["2014-04-10", "0999-01-01", "2017-10-09"] {
            assert_eq!(date(s).map(|d| d.to_string()), Ok(s.to_string()));
        }
        assert!(date("2014-04-10").ok() < date("2014-10-01").ok());
        assert!(date("2013-12-31").ok() < date("2014-01-01").ok());
        assert_eq!(
            serde_json::to_string(&date("2014-04-10").ok()).ok(),
            Some("\"2014-04-10\"".into())
        );
        assert!(serde_json::from_str::<Date>("\"2014-02-31\"").is_err());
    }

    #[test]
    fn days_since_1970_count_the_calendar() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_days(10_957).to_string(), "2000-01-01");
        assert_eq!(Date::from_unix_days(16_860).to_string(), "2016-02-29");
        assert_eq!(Date::from_unix_days(-1).to_string(), "1969-12-31");
        assert!(
            date("2026-11-23").is_ok_and(|d| Date::today() >= d),
            "written on 2026-11-23"
        );
        assert_eq!(
            Date::end_of_month(2016, 2).map(|d| d.to_string()),
            Ok("2016-02-29".into())
        );
    }
}
