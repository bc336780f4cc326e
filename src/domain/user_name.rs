/// A person's or organisation's display name: trimmed, 1 to 200 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserName(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidName {
    #[error("name is empty")]
    Empty,
    #[error("name is too long")]
    TooLong,
    #[error("name contains control characters")]
    ControlCharacters,
}

impl UserName {
    pub const MAX_CHARS: usize = 200;

    pub fn parse(input: &str) -> Result<Self, InvalidName> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(InvalidName::Empty);
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(InvalidName::TooLong);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(InvalidName::ControlCharacters);
        }
        Ok(UserName(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_accepted_and_trimmed() {
        assert_eq!(
            UserName::parse("  Иван Петров ").unwrap().as_str(),
            "Иван Петров"
        );
        assert!(UserName::parse("דוד כהן").is_ok());
    }

    #[test]
    fn empty_long_and_control_names_are_refused() {
        assert_eq!(UserName::parse("   "), Err(InvalidName::Empty));
        assert_eq!(UserName::parse(&"x".repeat(201)), Err(InvalidName::TooLong));
        assert_eq!(
            UserName::parse("a\u{0}b"),
            Err(InvalidName::ControlCharacters)
        );
    }
}
