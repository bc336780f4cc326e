//! The training log of mediators and staff, which the biennial report to the authority
//! lists (Art. 19(3) with Art. 6(6) of Directive 2013/11/EU).
use chrono::NaiveDate;

use crate::db::models::Training;
use crate::db::{new_id, now};
use crate::domain::accounts::FieldErrors;

/// A course can be at most this many hours.
const MAX_TENTHS: i32 = 10_000;

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct TrainingForm {
    pub title: String,
    pub provider: String,
    pub started_on: String,
    pub ended_on: String,
    pub hours: String,
}

/// Hours with at most one decimal, either separator: `7`, `7.5`, `7,5` → tenths.
fn tenths(s: &str) -> Option<i32> {
    let s = s.trim().replace(',', ".");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, "0"));
    if whole.is_empty() || frac.len() != 1 {
        return None;
    }
    let whole: i32 = whole
        .parse()
        .ok()
        .filter(|w: &i32| *w >= 0 && *w < MAX_TENTHS)?;
    let frac: i32 = frac.parse().ok()?;
    Some(whole * 10 + frac)
}

/// Checks a course taken by `user_id`; it must have ended by `today`.
pub fn check(
    form: &TrainingForm,
    user_id: &str,
    today: NaiveDate,
) -> Result<Training, FieldErrors> {
    let mut errors = FieldErrors::new();
    let text = |errors: &mut FieldErrors, field: &'static str, s: &str| {
        let s = s.trim();
        if s.is_empty() {
            errors.push((field, "error-required"));
        } else if s.chars().count() > 200 {
            errors.push((field, "error-too-long"));
        }
        s.to_string()
    };
    let title = text(&mut errors, "title", &form.title);
    let provider = text(&mut errors, "provider", &form.provider);
    let mut date = |field: &'static str, s: &str| {
        crate::domain::dates::parse(s, crate::domain::dates::DateKind::Past, today)
            .map_err(|id| {
                // Only a course taken counts; say so rather than just "in the future".
                let id = match (field, id) {
                    ("ended_on", "error-date-future") => "error-training-in-future",
                    _ => id,
                };
                errors.push((field, id))
            })
            .ok()
    };
    let started = date("started_on", &form.started_on);
    let ended = date("ended_on", &form.ended_on);
    if let (Some(s), Some(e)) = (started, ended)
        && e < s
    {
        errors.push(("ended_on", "error-training-end-before-start"));
    }
    let hours = tenths(&form.hours).filter(|t| *t > 0 && *t <= MAX_TENTHS);
    if hours.is_none() {
        errors.push(("hours", "error-training-hours"));
    }
    match (started, ended, hours, errors.is_empty()) {
        (Some(started_on), Some(ended_on), Some(hours_tenths), true) => Ok(Training {
            id: new_id(),
            user_id: user_id.to_string(),
            title,
            provider,
            started_on,
            ended_on,
            hours_tenths,
            created_at: now(),
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(hours: &str, start: &str, end: &str) -> TrainingForm {
        TrainingForm {
            title: "Mediation skills".into(),
            provider: "ADR Academy".into(),
            started_on: start.into(),
            ended_on: end.into(),
            hours: hours.into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn hours_take_one_decimal_with_either_separator() {
        assert_eq!(tenths("7"), Some(70));
        assert_eq!(tenths("7.5"), Some(75));
        assert_eq!(tenths(" 7,5 "), Some(75));
        assert_eq!(tenths("7.25"), None);
        assert_eq!(tenths(".5"), None);
        assert_eq!(tenths("-1"), None);
        assert_eq!(tenths("seven"), None);
    }

    #[test]
    fn a_complete_course_is_kept_in_tenths_of_an_hour() {
        let t = check(&form("12,5", "2026-10-01", "2026-10-02"), "u1", today()).unwrap();
        assert_eq!((t.hours_tenths, t.user_id.as_str()), (125, "u1"));
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut f = form("0", "2026-10-03", "2026-10-02");
        f.title = " ".into();
        assert_eq!(
            check(&f, "u1", today()).unwrap_err(),
            vec![
                ("title", "error-required"),
                ("ended_on", "error-training-end-before-start"),
                ("hours", "error-training-hours"),
            ]
        );
        assert_eq!(
            check(&form("3", "2026-11-24", "2026-12-01"), "u1", today()).unwrap_err(),
            vec![("ended_on", "error-training-in-future")]
        );
        assert_eq!(
            check(&form("3", "yesterday", "2026-11-01"), "u1", today()).unwrap_err(),
            vec![("started_on", "error-date-invalid")]
        );
    }
}
