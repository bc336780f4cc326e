//! Dates and times as a person writes them in their language, with ICU4X: `29 December
//! 2026`, `29 декември 2026 г.`, a moment in the reader's zone with the zone named, and a
//! deadline with the days left. Formatters are costly to build, so each thread keeps one set
//! per language.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Offset, Timelike};
use fluent_templates::fluent_bundle::FluentValue;
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{self, zone};
use icu_datetime::input::{Date, Time, TimeZoneInfo, UtcOffset};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_time::zone::{IanaParser, ZoneNameTimestamp, models::AtTime};

use super::{FALLBACK, LANGUAGES};

/// The ICU locale a language's dates are written in. English is written as in Europe: day
/// before month, 24-hour clock.
fn icu_locale(lang: &str) -> icu_locale_core::Locale {
    let tag = if lang == "en" { "en-GB" } else { lang };
    icu_locale_core::Locale::try_from_str(tag).unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMDT>,
    time: NoCalendarFormatter<fieldsets::T>,
    zone: NoCalendarFormatter<zone::SpecificShort>,
}

impl Formatters {
    fn new(lang: &str) -> Self {
        let prefs = icu_locale(lang);
        let build = |prefs: &icu_locale_core::Locale| {
            Some(Formatters {
                date: FixedCalendarDateTimeFormatter::try_new(
                    prefs.clone().into(),
                    fieldsets::YMD::long(),
                )
                .ok()?,
                date_time: FixedCalendarDateTimeFormatter::try_new(
                    prefs.clone().into(),
                    fieldsets::YMD::long().with_time_hm(),
                )
                .ok()?,
                time: NoCalendarFormatter::try_new(prefs.clone().into(), fieldsets::T::hm())
                    .ok()?,
                zone: NoCalendarFormatter::try_new(prefs.clone().into(), zone::SpecificShort)
                    .ok()?,
            })
        };
        build(&prefs)
            .or_else(|| build(&icu_locale(FALLBACK)))
            .expect("English date data is compiled in")
    }
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<&'static str, Rc<Formatters>>> = RefCell::new(HashMap::new());
}

/// This thread's formatters for `lang` (a supported language, else English), built once.
fn formatters(lang: &str) -> Rc<Formatters> {
    let code = LANGUAGES
        .iter()
        .map(|(c, _)| *c)
        .find(|c| *c == lang)
        .unwrap_or(FALLBACK);
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(code)
            .or_insert_with(|| Rc::new(Formatters::new(code)))
            .clone()
    })
}

fn gregorian(day: NaiveDate) -> Date<Gregorian> {
    Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8)
        .or_else(|_| Date::try_new_gregorian(1970, 1, 1))
        .expect("a Gregorian date")
}

fn icu_time(t: chrono::NaiveTime) -> Time {
    Time::try_new(
        t.hour() as u8,
        t.minute() as u8,
        t.second().min(59) as u8,
        0,
    )
    .unwrap_or(Time::start_of_day())
}

/// A UTC moment in `time_zone` (an IANA name; unknown names are UTC): the local date and
/// time, and the zone as ICU names it at that moment.
fn local(time_zone: &str, utc: NaiveDateTime) -> (NaiveDateTime, TimeZoneInfo<AtTime>) {
    let tz: chrono_tz::Tz = time_zone.parse().unwrap_or(chrono_tz::UTC);
    let at = utc.and_utc().with_timezone(&tz);
    let offset = UtcOffset::try_from_seconds(at.offset().fix().local_minus_utc()).ok();
    let zone = IanaParser::new()
        .parse(tz.name())
        .with_offset(offset)
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(
            utc.and_utc().timestamp(),
        ));
    (at.naive_local(), zone)
}

/// Today in `time_zone` (an IANA name; unknown names are UTC).
pub fn today_in(time_zone: &str) -> NaiveDate {
    let tz: chrono_tz::Tz = time_zone.parse().unwrap_or(chrono_tz::UTC);
    chrono::Utc::now().with_timezone(&tz).date_naive()
}

/// A day as written in the language: `29 December 2026`, `29 декември 2026 г.`,
/// `2026. december 29.`.
pub fn format_date(lang: &str, day: NaiveDate) -> String {
    formatters(lang).date.format(&gregorian(day)).to_string()
}

/// A moment stored in UTC, in the viewer's zone and language, with the zone named:
/// `4 December 2026 at 10:30 CET`, `4 декабря 2026 г. в 12:30 GMT+2`. Unknown zones are UTC.
pub fn format_datetime(lang: &str, time_zone: &str, utc: NaiveDateTime) -> String {
    let f = formatters(lang);
    let (at, zone) = local(time_zone, utc);
    let date_time = icu_datetime::input::DateTime {
        date: gregorian(at.date()),
        time: icu_time(at.time()),
    };
    format!(
        "{} {}",
        f.date_time.format(&date_time),
        f.zone.format(&zone)
    )
}

/// The time of day of a UTC moment in the viewer's zone, with the zone named: `10:30 CET`.
pub fn format_time(lang: &str, time_zone: &str, utc: NaiveDateTime) -> String {
    let f = formatters(lang);
    let (at, zone) = local(time_zone, utc);
    format!(
        "{} {}",
        f.time.format(&icu_time(at.time())),
        f.zone.format(&zone)
    )
}

/// A deadline with the days left, counted from `today`: `29 December 2026 (28 days left)`,
/// `4 December 2026 (due today)`, `1 December 2026 (3 days overdue)`.
pub fn format_deadline(lang: &str, day: NaiveDate, today: NaiveDate) -> String {
    let date = format_date(lang, day);
    let days = (day - today).num_days();
    let (id, count) = match days {
        0 => ("date-deadline-today", 0),
        d if d > 0 => ("date-deadline-left", d),
        d => ("date-deadline-overdue", -d),
    };
    super::t_args(
        lang,
        id,
        &[
            ("date", FluentValue::from(date)),
            ("days", FluentValue::from(count)),
        ],
    )
}

/// A value as a log or record stores it, for a person: an ISO 8601 day (`2026-12-07`) or a
/// UTC moment (`2026-12-07T09:00:00`, `2026-12-07 09:00:00`) written in the language (the
/// moment in UTC, zone named); any other text as it is.
pub fn format_stored(lang: &str, value: &str) -> String {
    if value.len() == 10
        && let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d")
    {
        return format_date(lang, day);
    }
    match value.replacen(' ', "T", 1).parse::<NaiveDateTime>() {
        Ok(utc) => format_datetime(lang, "UTC", utc),
        Err(_) => value.to_string(),
    }
}

/// Every message id the formatting here uses, for the translation checks.
pub const DATE_MESSAGES: &[&str] = &[
    "date-deadline-today",
    "date-deadline-left",
    "date-deadline-overdue",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        s.parse().unwrap()
    }

    #[test]
    fn a_date_is_written_as_in_each_language() {
        let day = d("2026-12-29");
        for (lang, written) in [
            ("en", "29 December 2026"),
            ("bg", "29 декември 2026\u{202f}г."),
            ("ru", "29 декабря 2026\u{202f}г."),
            ("he", "29 בדצמבר 2026"),
            ("hu", "2026. december 29."),
            ("et", "29 detsember 2026"),
            ("zz", "29 December 2026"),
        ] {
            assert_eq!(format_date(lang, day), written, "{lang}");
        }
    }

    #[test]
    fn a_moment_is_shown_in_the_viewers_zone_and_language_with_the_zone_named() {
        let winter = at("2026-12-04T09:30:00");
        assert_eq!(
            format_datetime("en", "Europe/Berlin", winter),
            "4 December 2026 at 10:30 CET"
        );
        assert_eq!(
            format_datetime("en", "Europe/Sofia", winter),
            "4 December 2026 at 11:30 EET"
        );
        assert_eq!(
            format_datetime("en", "UTC", winter),
            "4 December 2026 at 09:30 UTC"
        );
        assert_eq!(
            format_datetime("hu", "Europe/Budapest", winter),
            "2026. december 4. 10:30 CET"
        );
        assert_eq!(
            format_datetime("bg", "Europe/Sofia", winter),
            "4 декември 2026\u{202f}г. в 11:30 ч. Гринуич+2"
        );
        assert_eq!(
            format_datetime("ru", "Europe/Moscow", winter),
            "4 декабря 2026\u{202f}г. в 12:30 GMT+3"
        );
        // Summer time has its own name, and an unknown zone is UTC.
        let summer = at("2026-07-04T09:30:00");
        assert_eq!(
            format_datetime("en", "Europe/Tallinn", summer),
            "4 July 2026 at 12:30 EEST"
        );
        assert!(format_datetime("et", "Europe/Tallinn", summer).starts_with("4 juuli 2026"));
        assert!(format_datetime("en", "Not/AZone", winter).ends_with("09:30 UTC"));
        // The local day, not the UTC one.
        assert!(
            format_datetime("en", "Europe/Sofia", at("2026-12-31T23:30:00"))
                .starts_with("1 January 2027")
        );
    }

    #[test]
    fn a_time_has_its_zone() {
        let winter = at("2026-12-04T09:30:00");
        assert_eq!(format_time("en", "Europe/Berlin", winter), "10:30 CET");
        assert_eq!(format_time("hu", "Europe/Budapest", winter), "10:30 CET");
        assert_eq!(format_time("ru", "UTC", winter), "09:30 UTC");
    }

    #[test]
    fn a_deadline_says_the_days_left_with_the_languages_plural_forms() {
        let today = d("2026-12-01");
        let cases: &[(&str, i64, &str)] = &[
            ("en", 28, "29 December 2026 (28 days left)"),
            ("en", 1, "2 December 2026 (1 day left)"),
            ("en", 0, "1 December 2026 (due today)"),
            ("en", -3, "28 November 2026 (3 days overdue)"),
            ("en", -1, "30 November 2026 (1 day overdue)"),
            ("ru", 1, "2 декабря 2026\u{202f}г. (остался 1 день)"),
            ("ru", 2, "3 декабря 2026\u{202f}г. (осталось 2 дня)"),
            ("ru", 5, "6 декабря 2026\u{202f}г. (осталось 5 дней)"),
            ("ru", 21, "22 декабря 2026\u{202f}г. (остался 21 день)"),
            ("ru", 0, "1 декабря 2026\u{202f}г. (срок сегодня)"),
            ("ru", -2, "29 ноября 2026\u{202f}г. (просрочено на 2 дня)"),
            ("ru", -5, "26 ноября 2026\u{202f}г. (просрочено на 5 дней)"),
            ("bg", 1, "2 декември 2026\u{202f}г. (остава 1 ден)"),
            ("bg", 2, "3 декември 2026\u{202f}г. (остават 2 дни)"),
            ("bg", 5, "6 декември 2026\u{202f}г. (остават 5 дни)"),
            ("bg", 21, "22 декември 2026\u{202f}г. (остават 21 дни)"),
            ("bg", -1, "30 ноември 2026\u{202f}г. (просрочено с 1 ден)"),
            ("he", 1, "2 בדצמבר 2026 (נותר יום אחד)"),
            ("he", 2, "3 בדצמבר 2026 (נותרו יומיים)"),
            ("he", 5, "6 בדצמבר 2026 (נותרו 5 ימים)"),
            ("he", 21, "22 בדצמבר 2026 (נותרו 21 ימים)"),
            ("he", -2, "29 בנובמבר 2026 (באיחור של יומיים)"),
            ("hu", 5, "2026. december 6. (még 5 nap)"),
            ("hu", 0, "2026. december 1. (ma esedékes)"),
            ("et", 1, "2 detsember 2026 (jäänud 1 päev)"),
            ("et", 5, "6 detsember 2026 (jäänud 5 päeva)"),
            ("et", -5, "26 november 2026 (5 päeva üle tähtaja)"),
        ];
        for (lang, days, written) in cases {
            let day = today + chrono::Duration::days(*days);
            assert_eq!(format_deadline(lang, day, today), *written, "{lang} {days}");
        }
    }

    #[test]
    fn stored_days_and_moments_are_written_and_other_text_is_kept() {
        assert_eq!(format_stored("en", "2026-12-07"), "7 December 2026");
        assert_eq!(
            format_stored("en", "2026-12-07 09:00:00"),
            "7 December 2026 at 09:00 UTC"
        );
        assert_eq!(
            format_stored("hu", "2026-12-07T09:00:00"),
            "2026. december 7. 9:00 UTC"
        );
        for kept in ["We take part.", "2026-12-07 is fine", "Europe/Sofia", "12"] {
            assert_eq!(format_stored("en", kept), kept);
        }
    }

    #[test]
    fn formatters_are_built_once_per_language_and_thread() {
        let a = formatters("bg");
        let b = formatters("bg");
        assert!(Rc::ptr_eq(&a, &b));
        assert!(Rc::ptr_eq(&formatters("zz"), &formatters("en")));
    }
}
