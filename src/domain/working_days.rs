//! Working days for the trader's answer deadline: weekends and the country's public holidays
//! (the centre keeps the calendar) do not count.
use chrono::{Datelike, NaiveDate, Weekday};

pub fn is_working_day(day: NaiveDate, holidays: &[NaiveDate]) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&day)
}

/// The day on which `n` working days after `start` have passed (`start` itself not counted).
pub fn add(start: NaiveDate, n: u32, holidays: &[NaiveDate]) -> NaiveDate {
    let mut day = start;
    let mut left = n;
    while left > 0 {
        day = day.succ_opt().expect("date in range");
        if is_working_day(day, holidays) {
            left -= 1;
        }
    }
    day
}

/// Working days from `from` (exclusive) up to `to` (inclusive); 0 when `to` is not later.
pub fn between(from: NaiveDate, to: NaiveDate, holidays: &[NaiveDate]) -> i64 {
    from.iter_days()
        .skip(1)
        .take_while(|d| *d <= to)
        .filter(|d| is_working_day(*d, holidays))
        .count() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekends_do_not_count() {
        // Monday 2026-11-23 + 5 working days = Monday 2026-11-30.
        assert_eq!(add(d("2026-11-23"), 5, &[]), d("2026-11-30"));
        // From a Friday, one working day is the Monday.
        assert_eq!(add(d("2026-11-27"), 1, &[]), d("2026-11-30"));
        assert_eq!(add(d("2026-11-23"), 20, &[]), d("2026-12-21"));
    }

    #[test]
    fn holidays_push_the_deadline() {
        let christmas = [d("2026-12-24"), d("2026-12-25")];
        // 20 working days from 2026-12-01 without holidays end on 2026-12-29.
        assert_eq!(add(d("2026-12-01"), 20, &[]), d("2026-12-29"));
        assert_eq!(add(d("2026-12-01"), 20, &christmas), d("2026-12-31"));
        assert_eq!(between(d("2026-12-01"), d("2026-12-31"), &christmas), 20);
        assert_eq!(between(d("2026-12-31"), d("2026-12-01"), &[]), 0);
    }
}
