//! User text for pages: paragraphs, with web links made clickable. The template escapes
//! every piece; nothing a user wrote is ever inserted as HTML.
use serde::Serialize;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    /// Set when the piece is a link to follow.
    pub href: Option<String>,
}

/// Blank lines separate paragraphs; each paragraph is a list of pieces.
pub fn paragraphs(body: &str) -> Vec<Vec<Piece>> {
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(pieces)
        .collect()
}

fn pieces(paragraph: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = vec![];
    let mut plain = String::new();
    for (i, word) in paragraph.split_inclusive(char::is_whitespace).enumerate() {
        let _ = i;
        let trimmed = word.trim_end();
        let core = trimmed.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let is_link = (core.starts_with("https://") || core.starts_with("http://"))
            && url::Url::parse(core).is_ok();
        if is_link {
            if !plain.is_empty() {
                out.push(Piece {
                    text: std::mem::take(&mut plain),
                    href: None,
                });
            }
            out.push(Piece {
                text: core.to_string(),
                href: Some(core.to_string()),
            });
            plain.push_str(&word[core.len()..]);
        } else {
            plain.push_str(word);
        }
    }
    if !plain.is_empty() {
        out.push(Piece {
            text: plain,
            href: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_clickable_and_the_rest_stays_text() {
        let p = paragraphs("See https://example.org/a?b=1.\n\nSecond <b>para</b>");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0][1].href.as_deref(), Some("https://example.org/a?b=1"));
        assert_eq!(p[0][2].text, ".");
        assert_eq!(p[1][0].text, "Second <b>para</b>");
        assert!(p[1][0].href.is_none());
        let js = paragraphs("javascript:alert(1)");
        assert!(js[0][0].href.is_none());
    }
}
