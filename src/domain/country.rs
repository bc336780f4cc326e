//! Countries as ISO 3166-1 alpha-2 codes.
use isocountry::CountryCode;

pub fn parse(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_uppercase();
    CountryCode::for_alpha2(&code)
        .ok()
        .map(|c| c.alpha2().to_string())
}

/// Every country as (code, English name), sorted by name, for the pickers.
pub fn all() -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = CountryCode::iter()
        .map(|c| (c.alpha2(), c.name()))
        .collect();
    v.sort_by_key(|(_, name)| *name);
    v
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_checked_and_normalised() {
        assert_eq!(super::parse("bg"), Some("BG".into()));
        assert_eq!(super::parse("XX"), None);
        assert!(super::all().len() > 240);
    }
}
