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

/// A file name fit for display and for a download's name: no path, no control characters,
/// at most 200 characters. Never used to build a path.
pub fn display_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_string();
    let clean: String = if clean.chars().count() > 200 {
        let ext = ending(&clean);
        let stem: String = clean.chars().take(190).collect();
        if ext.is_empty() {
            stem
        } else {
            format!("{stem}.{ext}")
        }
    } else {
        clean
    };
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
    }
}
