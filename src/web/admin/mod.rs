pub mod organisations;
pub mod outbox;
pub mod users;

/// Keyset pagination cursor: the last row's sort key, as `value|id` in the query string.
pub fn parse_cursor(after: Option<&str>) -> Option<(String, String)> {
    let (a, b) = after?.split_once('|')?;
    Some((a.to_string(), b.to_string()))
}

pub const PAGE_SIZE: i64 = 50;
