//! Amounts of money as integer minor units of an ISO 4217 currency, parsed from what people
//! type ("1 299,50" or "1299.5").
use iso_currency::Currency;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidMoney {
    Currency,
    Amount,
    Negative,
    TooLarge,
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

/// Parses an amount in the currency's minor units. Spaces and apostrophes group thousands;
/// either "." or "," is the decimal mark (the last one, when followed by at most the
/// currency's digits).
pub fn parse_amount(input: &str, currency_code: &str) -> Result<i64, InvalidMoney> {
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if cleaned.starts_with('-') {
        return Err(InvalidMoney::Negative);
    }
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(InvalidMoney::Amount);
    }
    let exp = exponent(currency_code) as usize;
    let (int_part, frac_part) = match cleaned.rfind(['.', ',']) {
        Some(i) if cleaned.len() - i - 1 <= exp && cleaned.len() - i - 1 > 0 => {
            (&cleaned[..i], &cleaned[i + 1..])
        }
        Some(i) if cleaned.len() - i - 1 == 3 => (cleaned.as_str(), ""),
        Some(_) => return Err(InvalidMoney::Amount),
        None => (cleaned.as_str(), ""),
    };
    let int_digits: String = int_part.chars().filter(|c| c.is_ascii_digit()).collect();
    if int_digits.is_empty() && frac_part.is_empty() {
        return Err(InvalidMoney::Amount);
    }
    let units: i64 = if int_digits.is_empty() {
        0
    } else {
        int_digits.parse().map_err(|_| InvalidMoney::TooLarge)?
    };
    if units > MAX_UNITS {
        return Err(InvalidMoney::TooLarge);
    }
    let mut frac = frac_part.to_string();
    while frac.len() < exp {
        frac.push('0');
    }
    let frac: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| InvalidMoney::Amount)?
    };
    Ok(units * 10_i64.pow(exp as u32) + frac)
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_in_minor_units_with_either_decimal_mark() {
        assert_eq!(parse_amount("1299.50", "EUR"), Ok(129_950));
        assert_eq!(parse_amount("1 299,5", "EUR"), Ok(129_950));
        assert_eq!(parse_amount("1,299.50", "EUR"), Ok(129_950));
        assert_eq!(parse_amount("1.299", "EUR"), Ok(129_900));
        assert_eq!(parse_amount("15000", "HUF"), Ok(1_500_000));
        assert_eq!(parse_amount("500", "JPY"), Ok(500));
        assert_eq!(parse_amount("0.99", "EUR"), Ok(99));
    }

    #[test]
    fn bad_amounts_are_refused_with_the_reason() {
        assert_eq!(parse_amount("-5", "EUR"), Err(InvalidMoney::Negative));
        assert_eq!(parse_amount("abc", "EUR"), Err(InvalidMoney::Amount));
        assert_eq!(parse_amount("", "EUR"), Err(InvalidMoney::Amount));
        assert_eq!(parse_amount("1.2345", "EUR"), Err(InvalidMoney::Amount));
        assert_eq!(
            parse_amount("99999999999", "EUR"),
            Err(InvalidMoney::TooLarge)
        );
    }

    #[test]
    fn currencies_are_iso_codes() {
        assert_eq!(currency(" eur "), Ok("EUR".into()));
        assert_eq!(currency("XYZ"), Err(InvalidMoney::Currency));
        assert_eq!(to_input(129_950, "EUR"), "1299.50");
        assert_eq!(to_input(500, "JPY"), "500");
    }
}
