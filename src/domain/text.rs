//! What counts as text in what people send: no NUL (PostgreSQL cannot store it), no other
//! control character of C0, DEL or C1, which no keyboard types and which can hide or
//! rewrite what is shown. Line breaks and tabs are text where a field has several lines.

/// True when `s` is one line of text: no control character at all.
pub fn is_single_line(s: &str) -> bool {
    !s.chars().any(char::is_control)
}

/// True when `s` is text of one or more lines: control characters other than tab, line
/// feed and carriage return are refused.
pub fn is_text(s: &str) -> bool {
    !s.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_not_text_but_line_breaks_are_in_several_lines() {
        assert!(is_single_line("Ana Müller, 1 299,50 € ☺ עברית"));
        assert!(is_text("one\r\ntwo\tthree"));
        assert!(!is_single_line("one\ntwo"));
        for bad in ["a\0b", "\u{1b}[31m", "x\u{7f}", "x\u{85}y", "\u{9b}"] {
            assert!(!is_text(bad), "{bad:?}");
            assert!(!is_single_line(bad), "{bad:?}");
        }
    }
}
