//! Case pages: filing, the case page with its steps, lists, and the certificate.
pub mod documents;
pub mod file;
pub mod hearings;
pub mod history;
pub mod list;
pub mod settlements;
pub mod show;
pub mod steps;
pub mod text;
pub mod workspace;

use crate::domain::cases::catalogue;
use crate::i18n;

/// (value, label) pairs of a catalogue list in the page's language.
pub fn options(lang: &str, list: &str, values: &[&str]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| (v.to_string(), i18n::t(lang, &catalogue::label(list, v))))
        .collect()
}

/// A stored amount for people: "1 299,50 EUR" in their language.
pub fn money(lang: &str, minor: Option<i64>, currency: &str) -> Option<String> {
    minor.map(|m| i18n::format_money(lang, m, currency))
}
