//! The one parser of the dates people type, with the range that makes sense for each kind
//! of date: a purchase is not in the future nor decades ago, a due date or a hearing is not
//! in the year 9999. Each refusal is a message id for the field.
use chrono::{Datelike, Months, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// Something that has happened: a purchase, a complaint, a letter, a course. From ten
    /// years back to today.
    Past,
    /// A deadline set now: an obligation's due date. From today to two years ahead.
    Due,
    /// The day of a hearing; whether its hour has passed is checked with the time. From
    /// yesterday (the hearing's zone may be behind) to two years ahead.
    Hearing,
    /// A bound of a report's period: from 2000 to the end of next year.
    Report,
    /// A day of the holiday calendar: from 2000 to the end of the tenth year ahead.
    Calendar,
}

/// How many years back a past date may be.
const PAST_YEARS: u32 = 10;
/// How far ahead a deadline or a hearing may be.
const AHEAD_YEARS: u32 = 2;
const CALENDAR_YEARS: i32 = 10;

fn first_of_2000() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date")
}

fn end_of_year(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

fn years_from(today: NaiveDate, years: u32, ahead: bool) -> NaiveDate {
    let months = Months::new(12 * years);
    if ahead {
        today.checked_add_months(months)
    } else {
        today.checked_sub_months(months)
    }
    .unwrap_or(today)
}

impl DateKind {
    /// The first and last day accepted, and the message for a day before or after them.
    fn range(self, today: NaiveDate) -> (NaiveDate, &'static str, NaiveDate, &'static str) {
        match self {
            DateKind::Past => (
                years_from(today, PAST_YEARS, false),
                "error-date-too-old",
                today,
                "error-date-future",
            ),
            DateKind::Due => (
                today,
                "error-due-in-past",
                years_from(today, AHEAD_YEARS, true),
                "error-date-too-far",
            ),
            DateKind::Hearing => (
                today.pred_opt().unwrap_or(today),
                "error-hearing-in-past",
                years_from(today, AHEAD_YEARS, true),
                "error-date-too-far",
            ),
            DateKind::Report => (
                first_of_2000(),
                "error-date-report-range",
                end_of_year(today.year() + 1),
                "error-date-report-range",
            ),
            DateKind::Calendar => (
                first_of_2000(),
                "error-date-calendar-range",
                end_of_year(today.year() + CALENDAR_YEARS),
                "error-date-calendar-range",
            ),
        }
    }
}

/// A date typed as `YYYY-MM-DD` (what a date field sends), within the range of its kind.
/// The error is a message id for the field.
pub fn parse(input: &str, kind: DateKind, today: NaiveDate) -> Result<NaiveDate, &'static str> {
    let s = input.trim();
    let b = s.as_bytes();
    // Exactly four digits of year, two of month and day: chrono alone also takes `+12345`.
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let day = shaped
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or("error-date-invalid")?;
    let (first, too_early, last, too_late) = kind.range(today);
    if day < first {
        Err(too_early)
    } else if day > last {
        Err(too_late)
    } else {
        Ok(day)
    }
}

/// Every message id `parse` can give, for the translation checks.
pub const MESSAGES: &[&str] = &[
    "error-date-invalid",
    "error-date-too-old",
    "error-date-future",
    "error-due-in-past",
    "error-date-too-far",
    "error-hearing-in-past",
    "error-date-report-range",
    "error-date-calendar-range",
];

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const TODAY: &str = "2026-11-24";

    #[test]
    fn each_kind_of_date_has_its_range_and_says_which_end_was_crossed() {
        let today = d(TODAY);
        use DateKind::*;
        for (kind, typed, expected) in [
            (Past, "2026-11-24", Ok(d("2026-11-24"))),
            (Past, "2016-11-24", Ok(d("2016-11-24"))),
            (Past, "2016-11-23", Err("error-date-too-old")),
            (Past, "2026-11-25", Err("error-date-future")),
            (Past, "9999-12-31", Err("error-date-future")),
            (Due, "2026-11-24", Ok(d("2026-11-24"))),
            (Due, "2026-11-23", Err("error-due-in-past")),
            (Due, "2028-11-24", Ok(d("2028-11-24"))),
            (Due, "2028-11-25", Err("error-date-too-far")),
            (Due, "9999-01-01", Err("error-date-too-far")),
            (Hearing, "2026-11-23", Ok(d("2026-11-23"))),
            (Hearing, "2026-11-22", Err("error-hearing-in-past")),
            (Hearing, "9999-01-01", Err("error-date-too-far")),
            (Report, "2000-01-01", Ok(d("2000-01-01"))),
            (Report, "1999-12-31", Err("error-date-report-range")),
            (Report, "2027-12-31", Ok(d("2027-12-31"))),
            (Report, "2028-01-01", Err("error-date-report-range")),
            (Calendar, "2036-12-31", Ok(d("2036-12-31"))),
            (Calendar, "2037-01-01", Err("error-date-calendar-range")),
            (Calendar, "1970-01-01", Err("error-date-calendar-range")),
            (Past, " 2026-01-05 ", Ok(d("2026-01-05"))),
            (Past, "2026-1-5", Err("error-date-invalid")),
            (Past, "2026-02-30", Err("error-date-invalid")),
            (Past, "+2026-01-01", Err("error-date-invalid")),
            (Past, "-002026-01-01", Err("error-date-invalid")),
            (Past, "14.03.2026", Err("error-date-invalid")),
            (Past, "", Err("error-date-invalid")),
            (Past, "２０２６-01-01", Err("error-date-invalid")),
        ] {
            assert_eq!(parse(typed, kind, today), expected, "{kind:?} {typed:?}");
        }
    }

    fn kinds() -> impl Strategy<Value = DateKind> {
        prop_oneof![
            Just(DateKind::Past),
            Just(DateKind::Due),
            Just(DateKind::Hearing),
            Just(DateKind::Report),
            Just(DateKind::Calendar),
        ]
    }

    proptest! {
        #[test]
        fn any_text_is_parsed_without_panicking_and_every_error_is_a_known_message(
            s in "\\PC{0,16}", kind in kinds()
        ) {
            if let Err(id) = parse(&s, kind, d(TODAY)) {
                prop_assert!(MESSAGES.contains(&id));
            }
        }

        #[test]
        fn an_accepted_date_is_within_its_kinds_range(
            y in 0i32..=9999, m in 1u32..=12, day in 1u32..=31, kind in kinds(),
            offset in -20_000i64..20_000
        ) {
            let today = d(TODAY) + chrono::Duration::days(offset);
            let typed = format!("{y:04}-{m:02}-{day:02}");
            let (first, _, last, _) = kind.range(today);
            match parse(&typed, kind, today) {
                Ok(date) => {
                    prop_assert!(first <= date && date <= last);
                    prop_assert_eq!(date.to_string(), typed);
                }
                Err(id) => prop_assert!(MESSAGES.contains(&id)),
            }
        }
    }
}
