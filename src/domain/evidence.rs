//! What an evidence file is, judged from its content: an allow-list of types, each with the
//! file name endings it may carry. A file whose content and name disagree is refused.

/// (content type, allowed endings).
const ALLOWED: &[(&str, &[&str])] = &[
    ("application/pdf", &["pdf"]),
    ("image/png", &["png"]),
    ("image/jpeg", &["jpg", "jpeg"]),
    ("image/webp", &["webp"]),
    ("image/heic", &["heic", "heif"]),
    ("image/heif", &["heic", "heif"]),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &["docx"],
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &["xlsx"],
    ),
    ("application/vnd.oasis.opendocument.text", &["odt"]),
    ("audio/mpeg", &["mp3"]),
    ("audio/x-m4a", &["m4a"]),
    ("audio/m4a", &["m4a"]),
    ("video/mp4", &["mp4", "m4a"]),
    ("text/plain", &["txt", "text"]),
    ("text/csv", &["csv"]),
    ("message/rfc822", &["eml"]),
];

/// How many leading bytes the check looks at.
/// Types a browser shows without running anything of the file's own: raster images and
/// PDFs (in its sandboxed viewer). Offered as a preview; everything else is downloaded.
pub fn previewable(content_type: &str) -> bool {
    matches!(
        content_type,
        "application/pdf" | "image/png" | "image/jpeg" | "image/webp"
    )
}

pub const SNIFF_BYTES: usize = 8192;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("type not allowed")]
    NotAllowed,
    #[error("content does not match the file name")]
    Mismatch,
    #[error("empty file")]
    Empty,
}

fn ending(file_name: &str) -> String {
    file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The content type of a file from its first bytes and its name, or why it is refused.
pub fn classify(head: &[u8], file_name: &str) -> Result<&'static str, Refused> {
    if head.is_empty() {
        return Err(Refused::Empty);
    }
    let ext = ending(file_name);
    let detected = match infer::get(head) {
        Some(kind) => Some(kind.mime_type()),
        // Text has no signature: UTF-8 without NUL bytes, named as text.
        None if !head.contains(&0) && text_prefix_is_utf8(head) => match ext.as_str() {
            "csv" => Some("text/csv"),
            "eml" => Some("message/rfc822"),
            _ => Some("text/plain"),
        },
        None => None,
    };
    let Some(detected) = detected else {
        return Err(Refused::NotAllowed);
    };
    let Some((mime, endings)) = ALLOWED.iter().find(|(m, _)| *m == detected) else {
        return Err(Refused::NotAllowed);
    };
    if !endings.contains(&ext.as_str()) {
        return Err(Refused::Mismatch);
    }
    Ok(mime)
}

/// UTF-8, allowing a character cut at the end of the sniffed prefix.
fn text_prefix_is_utf8(head: &[u8]) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

/// Longest file name kept, in characters.
pub const NAME_MAX_CHARS: usize = 200;

/// True for a character that changes how a name shows without showing itself: control
/// characters, and the invisible format characters of Unicode (category Cf: the
/// bidirectional overrides and isolates that make `photo\u{202e}gnp.exe` look like
/// `photoexe.png`, zero-width spaces and joiners, the byte-order mark, soft hyphens).
fn is_invisible(c: char) -> bool {
    use icu_properties::CodePointMapData;
    use icu_properties::props::GeneralCategory;
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    c.is_control()
        || matches!(
            category,
            GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
        )
}

/// Characters Windows refuses in a file name (a downloaded name must save as it shows).
const WINDOWS_RESERVED: &[char] = &['<', '>', ':', '"', '|', '?', '*'];

/// Names Windows keeps for devices, whatever the ending (`con.pdf` cannot be saved).
fn is_device_name(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_ascii_uppercase();
    matches!(
        stem.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) || ((stem.starts_with("COM") || stem.starts_with("LPT"))
        && stem.len() == 4
        && stem.as_bytes()[3].is_ascii_digit())
}

/// At most `NAME_MAX_CHARS` characters, keeping a short ending (`.pdf`), with no dot or
/// space left at the end.
fn shortened(name: &str) -> String {
    if name.chars().count() <= NAME_MAX_CHARS {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && e.chars().count() <= 10 => (s, Some(e)),
        _ => (name, None),
    };
    let room = NAME_MAX_CHARS - ext.map_or(0, |e| e.chars().count() + 1);
    let stem: String = stem.chars().take(room).collect();
    let stem = stem.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    match ext {
        Some(e) => format!("{stem}.{e}"),
        None => stem.to_string(),
    }
}

/// A file name fit for display and for a download's name: no path, no control or invisible
/// format characters, nothing Windows refuses, no leading or trailing dots and spaces, at
/// most 200 characters with its ending kept, never empty. Never used to build a path.
pub fn display_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let visible: String = base
        .chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| {
            if WINDOWS_RESERVED.contains(&c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut clean = shortened(
        visible
            .trim_start_matches(|c: char| c == '.' || c.is_whitespace())
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace()),
    );
    if is_device_name(&clean) {
        clean = shortened(&format!("_{clean}"));
    }
    if clean.is_empty() {
        "file".into()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn allowed_types_are_recognised_by_content() {
        assert_eq!(classify(PDF, "receipt.PDF"), Ok("application/pdf"));
        assert_eq!(classify(PNG, "photo.png"), Ok("image/png"));
        assert_eq!(
            classify(b"date,amount\n2026-01-01,10\n", "list.csv"),
            Ok("text/csv")
        );
        assert_eq!(classify("Grüße\n".as_bytes(), "note.txt"), Ok("text/plain"));
    }

    #[test]
    fn lying_names_unknown_types_and_empty_files_are_refused() {
        assert_eq!(classify(PNG, "invoice.pdf"), Err(Refused::Mismatch));
        assert_eq!(
            classify(b"MZ\x90\0\x03\0\0\0\x04\0", "setup.pdf"),
            Err(Refused::NotAllowed)
        );
        assert_eq!(
            classify(b"\0\x01\x02binary", "data.txt"),
            Err(Refused::NotAllowed)
        );
        assert_eq!(classify(b"", "empty.txt"), Err(Refused::Empty));
        assert_eq!(
            classify(b"plain words", "script.sh"),
            Err(Refused::Mismatch)
        );
    }

    #[test]
    fn file_names_lose_paths_and_control_characters() {
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("C:\\Users\\a\\receipt.pdf"), "receipt.pdf");
        assert_eq!(display_name("a\0b\u{7}.pdf"), "ab.pdf");
        assert_eq!(display_name(".."), "file");
        let long = format!("{}.pdf", "x".repeat(500));
        let shown = display_name(&long);
        assert!(shown.chars().count() <= 200 && shown.ends_with(".pdf"));
        let wide = format!("{}.pdf", "ж".repeat(300));
        let shown = display_name(&wide);
        assert!(
            shown.chars().count() <= 200 && shown.ends_with(".pdf"),
            "{shown}"
        );
    }

    #[test]
    fn file_names_lose_what_would_disguise_them() {
        // With the override gone it shows as what it is, never as "photofdp.exe".
        assert_eq!(
            display_name("photo\u{202e}gnp.exe\u{202c}.pdf"),
            "photognp.exe.pdf"
        );
        assert_eq!(display_name("in\u{2066}voice\u{2069}.pdf"), "invoice.pdf");
        assert_eq!(
            display_name("a\u{200b}b\u{200d}c\u{2060}\u{feff}.pdf"),
            "abc.pdf"
        );
        assert_eq!(display_name("\u{200e}x\u{200f}\u{61c}.png"), "x.png");
        assert_eq!(display_name("soft\u{ad}hyphen.txt"), "softhyphen.txt");
        assert_eq!(
            display_name("what?<is>:this|*\".pdf"),
            "what__is__this___.pdf"
        );
        assert_eq!(display_name("report.pdf. . "), "report.pdf");
        assert_eq!(display_name("CON.pdf"), "_CON.pdf");
        assert_eq!(display_name("lpt1"), "_lpt1");
        assert_eq!(display_name("console.pdf"), "console.pdf");
        assert_eq!(display_name("\u{202e}\u{202c}"), "file");
        assert_eq!(display_name("עברית.pdf"), "עברית.pdf");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn names() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z0-9 ._-]{1,12}",
            Just("/".to_string()),
            Just("\\".to_string()),
            Just("..".to_string()),
            Just("\u{202e}".to_string()),
            Just("\u{2066}".to_string()),
            Just("\u{200b}".to_string()),
            Just("\u{feff}".to_string()),
            Just("\u{0}".to_string()),
            Just("CON".to_string()),
            "[<>:\"|?*]",
            any::<char>().prop_map(String::from),
        ];
        prop_oneof![
            proptest::collection::vec(piece, 0..16).prop_map(|p| p.concat()),
            "\\PC{180,400}",
        ]
    }

    proptest! {
        #[test]
        fn a_shown_file_name_is_plain_visible_short_and_never_empty(raw in names()) {
            let shown = display_name(&raw);
            prop_assert!(!shown.is_empty());
            prop_assert!(shown.chars().count() <= NAME_MAX_CHARS, "{} chars", shown.chars().count());
            prop_assert!(!shown.chars().any(is_invisible), "{:?}", shown);
            prop_assert!(!shown.contains(['/', '\\']), "{:?}", shown);
            prop_assert!(!shown.contains(WINDOWS_RESERVED), "{:?}", shown);
            prop_assert!(!shown.starts_with('.') && !shown.ends_with(['.', ' ']), "{:?}", shown);
            prop_assert!(!is_device_name(&shown), "{:?}", shown);
            // Cleaning twice changes nothing.
            prop_assert_eq!(display_name(&shown), shown.clone());
        }
    }
}
