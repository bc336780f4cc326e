//! Human case references: `ADR-2026-000042`, numbered without gaps per year.
use crate::db::{self, DbConn, DbResult};

pub fn format(year: i32, number: i32) -> String {
    format!("ADR-{year}-{number:06}")
}

/// Takes the next reference of the year; call in the filing transaction.
pub fn next(conn: &mut DbConn, year: i32) -> DbResult<String> {
    Ok(format(year, db::cases::next_number(conn, year)?))
}

pub fn looks_like(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts[0] == "ADR"
        && parts[1].len() == 4
        && parts[1].chars().all(|c| c.is_ascii_digit())
        && parts[2].len() >= 6
        && parts[2].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_are_zero_padded_per_year() {
        assert_eq!(super::format(2026, 42), "ADR-2026-000042");
        assert!(super::looks_like("ADR-2026-000042"));
        assert!(!super::looks_like("ADR-26-42"));
    }
}
