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

/// The paragraph as plain text between its links. Only a word that starts with `http` can
/// be a link, so the text is searched for those and copied once between them, not word by
/// word.
fn pieces(paragraph: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = vec![];
    // Where the text not yet given out starts, and where to search on from.
    let (mut plain_from, mut from) = (0, 0);
    while let Some(found) = paragraph[from..].find("http") {
        let start = from + found;
        from = start + "http".len();
        let starts_word = paragraph[..start]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        if !starts_word {
            continue;
        }
        let end = paragraph[start..]
            .find(char::is_whitespace)
            .map_or(paragraph.len(), |e| start + e);
        let core = paragraph[start..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let is_link = (core.starts_with("https://") || core.starts_with("http://"))
            && url::Url::parse(core).is_ok();
        if !is_link {
            continue;
        }
        if plain_from < start {
            out.push(Piece {
                text: paragraph[plain_from..start].to_string(),
                href: None,
            });
        }
        out.push(Piece {
            text: core.to_string(),
            href: Some(core.to_string()),
        });
        plain_from = start + core.len();
        from = from.max(plain_from);
    }
    if plain_from < paragraph.len() {
        out.push(Piece {
            text: paragraph[plain_from..].to_string(),
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

    /// The paragraph read word by word, as it was before the search for links.
    fn word_by_word(paragraph: &str) -> Vec<Piece> {
        let mut out: Vec<Piece> = vec![];
        let mut plain = String::new();
        for word in paragraph.split_inclusive(char::is_whitespace) {
            let core = word
                .trim_end()
                .trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            if (core.starts_with("https://") || core.starts_with("http://"))
                && url::Url::parse(core).is_ok()
            {
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

    proptest::proptest! {
        #[test]
        fn links_are_found_as_a_word_by_word_reading_finds_them(
            words in proptest::collection::vec(
                "https?://[a-z]{1,4}\\.example(/[a-z]{0,3})?[.,;:)!?]{0,2}|http[a-z:/]{0,4}|xhttp://a\\.b|[a-z]{1,5}|[ \t\u{a0}\u{2003}]{1,2}|[.,!?]",
                0..16,
            )
        ) {
            let paragraph = words.concat();
            proptest::prop_assert_eq!(pieces(&paragraph), word_by_word(&paragraph));
        }
    }
}
