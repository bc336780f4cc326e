use std::fmt;

/// An email address as the portal stores it: trimmed, syntactically valid, lower-cased so
/// that one mailbox maps to one account whatever the capitalisation typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a valid email address")]
pub struct InvalidEmail;

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, InvalidEmail> {
        let trimmed = input.trim();
        if trimmed.is_empty() || trimmed.len() > 254 {
            return Err(InvalidEmail);
        }
        let parsed = email_address::EmailAddress::parse_with_options(
            trimmed,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .map_err(|_| InvalidEmail)?;
        // A public mailbox needs a dotted domain; "user@localhost" is a typo here.
        if !parsed.domain().contains('.') {
            return Err(InvalidEmail);
        }
        Ok(EmailAddress(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_address_is_trimmed_and_lowercased() {
        assert_eq!(
            EmailAddress::parse("  Ana.Lopez@Example.COM ")
                .unwrap()
                .as_str(),
            "ana.lopez@example.com"
        );
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.com",
            "ana@@example.com",
            "ana example@x.com",
            "ana@localhost",
            "Ana <ana@x.com>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn an_overlong_address_is_refused() {
        let long = format!("{}@example.com", "a".repeat(250));
        assert!(EmailAddress::parse(&long).is_err());
    }
}
