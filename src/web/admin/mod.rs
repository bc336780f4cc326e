pub mod holidays;
pub mod organisations;
pub mod outbox;
pub mod users;

/// Keyset pagination cursor: the last row's sort key, as `value|id` in the query string.
/// Split at the last `|`: ids never contain one, names may.
pub fn parse_cursor(after: Option<&str>) -> Option<(String, String)> {
    let (a, b) = after?.rsplit_once('|')?;
    Some((a.to_string(), b.to_string()))
}

pub const PAGE_SIZE: i64 = 50;

const CURSOR_TIME: &str = "%Y-%m-%dT%H:%M:%S%.6f";

/// A cursor whose sort key is a time (lists ordered by creation).
pub fn parse_time_cursor(after: Option<&str>) -> Option<(chrono::NaiveDateTime, String)> {
    let (at, id) = parse_cursor(after)?;
    chrono::NaiveDateTime::parse_from_str(&at, CURSOR_TIME)
        .ok()
        .map(|t| (t, id))
}

pub fn time_key(at: &chrono::NaiveDateTime, id: &str) -> String {
    format!("{}|{id}", at.format(CURSOR_TIME))
}

/// Cuts a page loaded with `PAGE_SIZE + 1` rows to size and gives the next page's cursor,
/// if there is a next page.
pub fn split_page<T>(mut rows: Vec<T>, key: impl Fn(&T) -> String) -> (Vec<T>, Option<String>) {
    let more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next = if more { rows.last().map(&key) } else { None };
    (rows, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_keeps_a_name_with_a_bar_in_it() {
        assert_eq!(
            parse_cursor(Some("A|B Ltd|id-1")),
            Some(("A|B Ltd".into(), "id-1".into()))
        );
        assert_eq!(parse_cursor(Some("no bar")), None);
    }

    #[test]
    fn a_time_cursor_round_trips() {
        let at = chrono::DateTime::from_timestamp(1_800_000_000, 123_456_000)
            .unwrap()
            .naive_utc();
        assert_eq!(
            parse_time_cursor(Some(&time_key(&at, "id-1"))),
            Some((at, "id-1".into()))
        );
    }

    #[test]
    fn a_full_page_gives_a_cursor_and_a_short_one_does_not() {
        let rows: Vec<i64> = (0..=PAGE_SIZE).collect();
        let (page, next) = split_page(rows, |r| r.to_string());
        assert_eq!(page.len() as i64, PAGE_SIZE);
        assert_eq!(next, Some((PAGE_SIZE - 1).to_string()));
        let (page, next) = split_page(vec![1, 2], |r: &i64| r.to_string());
        assert_eq!((page.len(), next), (2, None));
    }
}
