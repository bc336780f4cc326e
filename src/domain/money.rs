//! Amounts of money as integer minor units of an ISO 4217 currency, parsed from what people
//! type ("1 299,50" or "1299.5").
use iso_currency::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidMoney {
    Currency,
    Amount,
    Negative,
    TooLarge,
    /// More digits after the decimal mark than the currency has (`0.001` euro).
    TooManyDecimals,
}

/// Amounts above this are refused as absurd for a consumer dispute (ten million units).
const MAX_UNITS: i64 = 10_000_000;

/// Checks an ISO 4217 code and returns it upper-cased.
pub fn currency(code: &str) -> Result<String, InvalidMoney> {
    let code = code.trim().to_ascii_uppercase();
    Currency::from_code(&code)
        .map(|c| c.code().to_string())
        .ok_or(InvalidMoney::Currency)
}

/// Digits after the decimal mark for the currency (2 for EUR, 0 for HUF's coins aside, 0 for JPY).
pub fn exponent(code: &str) -> u32 {
    Currency::from_code(code)
        .and_then(|c| c.exponent())
        .map(u32::from)
        .unwrap_or(2)
}

/// Parses an amount in the currency's minor units, as people write it in `lang`.
///
/// The language's decimal mark (`.` in English and Hebrew, `,` in Bulgarian, Russian,
/// Hungarian and Estonian) is the decimal mark; the other one of `.` and `,`, spaces and
/// apostrophes group thousands, and only where thousands are (`1 299,50`, `1,299.50`,
/// `1.299.000`). `1299.5` is read alike in every language: a lone `.` with no `,` is the
/// decimal mark in the comma languages too. Anything else is refused rather than guessed:
/// `1,5` in English (grouping that groups nothing), `0.001` euro (more decimals than the
/// currency has; it was once read as `1` with `.` grouping thousands).
pub fn parse_amount(input: &str, currency_code: &str, lang: &str) -> Result<i64, InvalidMoney> {
    let input = input.trim();
    if input.starts_with(['-', '\u{2212}']) {
        return Err(InvalidMoney::Negative);
    }
    // Any run of spaces or apostrophes becomes one grouping mark.
    let mut cleaned = String::with_capacity(input.len());
    for c in input.chars() {
        let c = if c.is_whitespace() || matches!(c, '\'' | '\u{2019}') {
            GROUP
        } else {
            c
        };
        if !(c == GROUP && cleaned.ends_with(GROUP)) {
            cleaned.push(c);
        }
    }
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | GROUP))
    {
        return Err(InvalidMoney::Amount);
    }
    let decimal = crate::i18n::decimal_mark(lang);
    let other = if decimal == '.' { ',' } else { '.' };
    let count = |mark: char| cleaned.chars().filter(|c| *c == mark).count();
    let mark = match (count(decimal), count(other)) {
        (0, 1) if decimal == ',' => Some(other),
        (0, _) => None,
        (1, _) => Some(decimal),
        _ => return Err(InvalidMoney::Amount),
    };
    let (int_part, frac_part) = match mark.and_then(|m| cleaned.find(m)) {
        Some(i) => (&cleaned[..i], Some(&cleaned[i + 1..])),
        None => (cleaned.as_str(), None),
    };
    let grouping = |c: char| c == GROUP || (c != decimal && matches!(c, '.' | ','));
    let int_digits = grouped_digits(int_part, grouping).ok_or(InvalidMoney::Amount)?;
    let frac_digits = match frac_part {
        Some(f) if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) => {
            return Err(InvalidMoney::Amount);
        }
        Some(f) => f,
        None => "",
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(InvalidMoney::Amount);
    }
    let exp = exponent(currency_code) as usize;
    if frac_digits.len() > exp {
        return Err(InvalidMoney::TooManyDecimals);
    }
    let int_digits = int_digits.trim_start_matches('0');
    if int_digits.len() > 12 {
        return Err(InvalidMoney::TooLarge);
    }
    let units: i64 = if int_digits.is_empty() {
        0
    } else {
        int_digits.parse().map_err(|_| InvalidMoney::Amount)?
    };
    if units > MAX_UNITS {
        return Err(InvalidMoney::TooLarge);
    }
    let frac: i64 = format!("{frac_digits:0<exp$}").parse().unwrap_or(0);
    Ok(units * 10_i64.pow(exp as u32) + frac)
}

/// Stands for any grouping space or apostrophe while an amount is parsed.
const GROUP: char = ' ';

/// The digits of a whole part: plain digits, or groups of three after a first group of one
/// to three that does not start with 0, split by the grouping marks. `None` when marks
/// stand anywhere else.
fn grouped_digits(part: &str, is_mark: impl Fn(char) -> bool) -> Option<String> {
    let groups: Vec<&str> = part.split(is_mark).collect();
    if !groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    if let [first, rest @ ..] = groups.as_slice()
        && !rest.is_empty()
    {
        let first_ok = (1..=3).contains(&first.len()) && !first.starts_with('0');
        if !first_ok || rest.iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    Some(groups.concat())
}

/// The amount as typed back into a form field: "1299.50".
pub fn to_input(minor: i64, currency_code: &str) -> String {
    let exp = exponent(currency_code);
    if exp == 0 {
        return minor.to_string();
    }
    let p = 10_i64.pow(exp);
    format!("{}.{:0width$}", minor / p, minor % p, width = exp as usize)
}

pub fn error_id(e: InvalidMoney) -> &'static str {
    match e {
        InvalidMoney::Currency => "error-currency-unknown",
        InvalidMoney::Amount => "error-amount-invalid",
        InvalidMoney::Negative => "error-amount-negative",
        InvalidMoney::TooLarge => "error-amount-too-large",
        InvalidMoney::TooManyDecimals => "error-amount-decimals",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_as_people_write_them_in_each_language() {
        for (lang, typed, currency, minor) in [
            ("en", "1299.50", "EUR", 129_950),
            ("en", "1,299.50", "EUR", 129_950),
            ("en", "1,299", "EUR", 129_900),
            ("en", "1 299.5", "EUR", 129_950),
            ("en", "0.99", "EUR", 99),
            ("en", ".5", "EUR", 50),
            ("en", "1,234,567", "JPY", 1_234_567),
            ("he", "1,299.50", "EUR", 129_950),
            ("bg", "1 299,50", "EUR", 129_950),
            ("bg", "1\u{a0}299,5", "EUR", 129_950),
            ("bg", "1299.5", "EUR", 129_950),
            ("bg", "1.299,50", "EUR", 129_950),
            ("ru", "1\u{202f}299,50", "EUR", 129_950),
            ("ru", "15 000", "RUB", 1_500_000),
            ("hu", "1.500.000", "HUF", 150_000_000),
            ("hu", "15000", "HUF", 1_500_000),
            ("hu", "1234,50", "HUF", 123_450),
            ("et", "1200,00", "EUR", 120_000),
            ("et", "1 200", "EUR", 120_000),
            ("en", "500", "JPY", 500),
            ("bg", "500", "JPY", 500),
            ("en", "000000000000000000000001", "EUR", 100),
        ] {
            assert_eq!(
                parse_amount(typed, currency, lang),
                Ok(minor),
                "{lang} {typed:?} {currency}"
            );
        }
    }

    #[test]
    fn over_precise_and_ambiguous_amounts_are_refused() {
        use InvalidMoney::*;
        for (lang, typed, currency, refused) in [
            ("en", "0.001", "EUR", TooManyDecimals),
            ("bg", "0,001", "EUR", TooManyDecimals),
            ("bg", "0.001", "EUR", TooManyDecimals),
            ("en", "1.299", "EUR", TooManyDecimals),
            ("hu", "1.500", "HUF", TooManyDecimals),
            ("en", "1.5", "JPY", TooManyDecimals),
            ("et", "1,5", "JPY", TooManyDecimals),
            ("en", "1.2345", "EUR", TooManyDecimals),
            ("en", "1,5", "EUR", Amount),
            ("en", "0,001", "EUR", Amount),
            ("en", "1299,50", "EUR", Amount),
            ("en", "12,34,567", "EUR", Amount),
            ("bg", "1,2,3", "EUR", Amount),
            ("bg", "1 29,50", "EUR", Amount),
            ("en", "1.2.3", "EUR", Amount),
            ("en", "12.", "EUR", Amount),
            ("en", "1,299.50.1", "EUR", Amount),
            ("bg", "1,299.50", "EUR", Amount),
            ("en", "-5", "EUR", Negative),
            ("en", "\u{2212}5", "EUR", Negative),
            ("en", "+5", "EUR", Amount),
            ("en", "abc", "EUR", Amount),
            ("en", "", "EUR", Amount),
            ("en", " ", "EUR", Amount),
            ("en", "1e3", "EUR", Amount),
            ("en", "99999999999", "EUR", TooLarge),
        ] {
            assert_eq!(
                parse_amount(typed, currency, lang),
                Err(refused),
                "{lang} {typed:?} {currency}"
            );
        }
    }

    #[test]
    fn currencies_are_iso_codes() {
        assert_eq!(currency(" eur "), Ok("EUR".into()));
        assert_eq!(currency("XYZ"), Err(InvalidMoney::Currency));
        assert_eq!(to_input(129_950, "EUR"), "1299.50");
        assert_eq!(to_input(500, "JPY"), "500");
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;
        use crate::i18n;

        /// EUR and HUF have two decimals, JPY none, BHD three.
        const CURRENCIES: &[&str] = &["EUR", "HUF", "JPY", "BHD"];

        fn lang() -> impl Strategy<Value = &'static str> {
            proptest::sample::select(i18n::LANGUAGES.iter().map(|(c, _)| *c).collect::<Vec<_>>())
        }

        fn currency() -> impl Strategy<Value = &'static str> {
            proptest::sample::select(CURRENCIES.to_vec())
        }

        /// Any amount the parser accepts, in minor units.
        fn minor(currency: &str) -> impl Strategy<Value = i64> {
            0..=(MAX_UNITS * 10_i64.pow(exponent(currency)))
        }

        proptest! {
            #[test]
            fn an_amount_as_the_form_gives_it_back_reads_the_same_in_every_language(
                (cur, m) in currency().prop_flat_map(|c| (Just(c), minor(c))),
                lang in lang(),
            ) {
                prop_assert_eq!(parse_amount(&to_input(m, cur), cur, lang), Ok(m));
            }

            #[test]
            fn an_amount_as_the_language_shows_it_reads_back_the_same(
                (cur, m) in currency().prop_flat_map(|c| (Just(c), minor(c))),
                lang in lang(),
            ) {
                let shown = i18n::format_money(lang, m, cur);
                let figure = shown.strip_suffix(&format!(" {cur}")).unwrap();
                prop_assert_eq!(parse_amount(figure, cur, lang), Ok(m), "{}", shown);
            }

            #[test]
            fn more_decimals_than_the_currency_has_are_never_accepted(
                cur in currency(), lang in lang(), whole in 0u32..100_000,
                extra in 1usize..4, digit in 0u8..10,
            ) {
                let places = exponent(cur) as usize + extra;
                let mark = i18n::decimal_mark(lang);
                let typed = format!("{whole}{mark}{}", digit.to_string().repeat(places));
                prop_assert_eq!(
                    parse_amount(&typed, cur, lang),
                    Err(InvalidMoney::TooManyDecimals)
                );
            }

            #[test]
            fn any_text_is_read_without_panicking_and_within_bounds(
                typed in "[0-9 .,'\\-]{0,24}|\\PC{0,24}", cur in currency(), lang in lang(),
            ) {
                if let Ok(m) = parse_amount(&typed, cur, lang) {
                    prop_assert!((0..=MAX_UNITS * 10_i64.pow(exponent(cur))).contains(&m));
                    // Whatever was accepted has no more decimals than the currency.
                    let mark = i18n::decimal_mark(lang);
                    if let Some((_, frac)) = typed.trim().rsplit_once(mark) {
                        prop_assert!(frac.chars().count() <= exponent(cur) as usize);
                    }
                }
            }
        }
    }
}
