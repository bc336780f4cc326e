//! The one translation layer: Fluent files under `templates/locales/<lang>/`, compiled into
//! the binary. Pages, emails and error messages all go through `t`.
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, LazyLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./templates/locales",
        fallback_language: "en",
        // Bidi isolation marks would end up inside attributes and emails; the templates
        // mark user-entered text with dir="auto" instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages offered, by code, with their own name for the switcher.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("bg", "Български"),
    ("ru", "Русский"),
    ("he", "עברית"),
    ("hu", "Magyar"),
    ("et", "Eesti"),
];
pub const FALLBACK: &str = "en";

pub fn is_supported(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _)| *c == code)
}

/// Right-to-left scripts among the supported languages.
pub fn direction(code: &str) -> &'static str {
    if matches!(code, "he" | "ar" | "fa") {
        "rtl"
    } else {
        "ltr"
    }
}

fn langid(code: &str) -> LanguageIdentifier {
    code.parse()
        .unwrap_or_else(|_| FALLBACK.parse().expect("fallback language id"))
}

/// The supported languages' identifiers, parsed once, in `LANGUAGES` order.
static LANGUAGE_IDS: LazyLock<Vec<LanguageIdentifier>> =
    LazyLock::new(|| LANGUAGES.iter().map(|(code, _)| langid(code)).collect());

/// Where a supported language code stands in `LANGUAGES`.
fn position(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|(c, _)| *c == code)
}

/// Fluent arguments by name, as the loader takes them.
type Args<'a> = HashMap<&'a str, FluentValue<'a>>;

/// The message in the language, else in English, else `None`. A supported code goes
/// straight to its bundle; the loader's own lookup would negotiate the language again
/// (collecting and comparing every bundle's identifier) on every call. Any other code keeps
/// the loader's negotiation.
fn lookup(lang: &str, id: &str, args: Option<&Args>) -> Option<String> {
    let Some(i) = position(lang) else {
        let owned: Option<HashMap<Cow<'static, str>, FluentValue>> = args.map(|a| {
            a.iter()
                .map(|(k, v)| (Cow::Owned(k.to_string()), v.clone()))
                .collect()
        });
        return LOCALES.try_lookup_complete(&langid(lang), id, owned.as_ref());
    };
    LOCALES
        .lookup_single_language(&LANGUAGE_IDS[i], id, args)
        .ok()
        .or_else(|| {
            let en = position(FALLBACK).expect("the fallback is supported");
            (i != en)
                .then(|| {
                    LOCALES
                        .lookup_single_language(&LANGUAGE_IDS[en], id, args)
                        .ok()
                })
                .flatten()
        })
}

/// Messages by id.
type Messages = HashMap<Box<str>, Arc<str>>;

thread_local! {
    /// Messages without arguments, by language position and id, as looked up once: they
    /// are the same every time, and a page asks for dozens of them. Only ids the files
    /// define are kept, so the cache stays as small as the files whatever ids are asked for.
    static PLAIN: RefCell<Vec<Messages>> = RefCell::new(vec![HashMap::new(); LANGUAGES.len()]);
}

/// A message without arguments, or `None` when no language file (fallback included)
/// defines it. Shared: the caller copies it only if it needs a `String`.
pub fn message(lang: &str, id: &str) -> Option<Arc<str>> {
    let Some(i) = position(lang) else {
        return lookup(lang, id, None).map(Arc::from);
    };
    PLAIN.with(|cache| {
        if let Some(found) = cache.borrow()[i].get(id) {
            return Some(found.clone());
        }
        let found: Arc<str> = lookup(lang, id, None)?.into();
        cache.borrow_mut()[i].insert(id.into(), found.clone());
        Some(found)
    })
}

fn unknown(id: &str) -> String {
    format!("Unknown localization key: {id:?}")
}

pub fn t(lang: &str, id: &str) -> String {
    message(lang, id).map_or_else(|| unknown(id), |m| m.to_string())
}

pub fn t_args(lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    try_t_args(lang, id, args).unwrap_or_else(|| unknown(id))
}

/// The message, or `None` when no language file (fallback included) defines the id.
pub fn try_t_args(lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> Option<String> {
    if args.is_empty() {
        return message(lang, id).map(|m| m.to_string());
    }
    let map: Args = args.iter().map(|(k, v)| (*k, v.clone())).collect();
    lookup(lang, id, Some(&map))
}

/// The message with arguments already gathered by name (the templates' `t`).
pub fn try_t_map(lang: &str, id: &str, args: &HashMap<&str, FluentValue>) -> Option<String> {
    lookup(lang, id, Some(args))
}

thread_local! {
    /// Decimal formatters are costly to build: each thread keeps one per supported language.
    static DECIMALS: RefCell<Vec<Option<Rc<icu_decimal::DecimalFormatter>>>> =
        RefCell::new(vec![None; LANGUAGES.len()]);
}

fn decimal_formatter(lang: &str) -> Rc<icu_decimal::DecimalFormatter> {
    let Some(i) = position(lang) else {
        return Rc::new(new_decimal_formatter(lang));
    };
    DECIMALS.with(|cache| {
        cache.borrow_mut()[i]
            .get_or_insert_with(|| Rc::new(new_decimal_formatter(lang)))
            .clone()
    })
}

fn new_decimal_formatter(lang: &str) -> icu_decimal::DecimalFormatter {
    let locale =
        icu_locale_core::Locale::try_from_str(lang).unwrap_or(icu_locale_core::Locale::UNKNOWN);
    icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default())
        .or_else(|_| icu_decimal::DecimalFormatter::try_new(Default::default(), Default::default()))
        .expect("the root locale's decimal data is compiled in")
}

/// The language's decimal mark, as its number format writes it (`.` in English, `,` in
/// Bulgarian).
pub fn decimal_mark(lang: &str) -> char {
    let mut half = icu_decimal::input::Decimal::from(15);
    half.multiply_pow10(-1);
    decimal_formatter(lang)
        .format(&half)
        .to_string()
        .chars()
        .find(|c| !c.is_ascii_digit())
        .unwrap_or('.')
}

/// A whole number with the language's digit grouping (`1,234` / `1 234`).
pub fn format_number(lang: &str, n: i64) -> String {
    decimal_formatter(lang)
        .format(&icu_decimal::input::Decimal::from(n))
        .to_string()
}

/// A figure with one decimal, in the language's number format (`12.5` / `12,5`).
pub fn format_tenths(lang: &str, x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let mut d = icu_decimal::input::Decimal::from(tenths);
    d.multiply_pow10(-1);
    d.pad_end(-1);
    decimal_formatter(lang).format(&d).to_string()
}

/// An amount of money held as integer minor units (cents) with its ISO 4217 code, in the
/// language's number format: `1,234.50 EUR`, `1 234,50 EUR`.
pub fn format_money(lang: &str, minor_units: i64, currency: &str) -> String {
    let mut amount = icu_decimal::input::Decimal::from(minor_units);
    // Minor units per the currency: 2 decimals for EUR, none for JPY.
    let exp = crate::domain::money::exponent(currency) as i16;
    amount.multiply_pow10(-exp);
    amount.pad_end(-exp);
    format!("{} {currency}", decimal_formatter(lang).format(&amount))
}

/// Picks the best supported language from an `Accept-Language` header value.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut ranked: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, tag))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    ranked.into_iter().find_map(|(_, tag)| {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        LANGUAGES
            .iter()
            .find(|(c, _)| *c == primary)
            .map(|(c, _)| *c)
    })
}

mod dates;
pub use dates::*;

#[cfg(test)]
mod completeness_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(from_accept_language("xx-YY, en-GB;q=0.8"), Some("en"));
        assert_eq!(from_accept_language("xx"), None);
        assert_eq!(from_accept_language("en;q=0"), None);
    }

    #[test]
    fn a_message_is_found_and_arguments_are_filled_in() {
        assert_eq!(t("en", "app-name"), "Concilia");
        assert!(t_args("en", "dashboard-welcome", &[("name", "Ana".into())]).contains("Ana"));
    }

    #[test]
    fn numbers_and_money_follow_the_language() {
        assert_eq!(format_number("en", 1_234_567), "1,234,567");
        assert_eq!(format_number("bg", 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(format_money("en", 123_450, "EUR"), "1,234.50 EUR");
        assert_eq!(format_money("hu", 123_450, "HUF"), "1234,50 HUF");
        assert_eq!(format_money("ru", 5, "EUR"), "0,05 EUR");
        assert_eq!(format_money("et", -120_000, "EUR"), "−1200,00 EUR");
    }

    #[test]
    fn a_message_without_arguments_is_looked_up_once_and_an_unknown_id_is_not_kept() {
        let first = message("bg", "app-name").unwrap();
        assert!(Arc::ptr_eq(&first, &message("bg", "app-name").unwrap()));
        assert_eq!(message("hu", "no-such-message-id"), None);
        assert!(
            PLAIN.with(|c| !c.borrow()[position("hu").unwrap()].contains_key("no-such-message-id"))
        );
        // A language not supported still reads English, as the loader's negotiation gave.
        assert_eq!(message("zz", "app-name").as_deref(), Some("Concilia"));
        assert_eq!(
            t("hu", "no-such-message-id"),
            "Unknown localization key: \"no-such-message-id\""
        );
    }

    #[test]
    fn an_unknown_language_falls_back_to_english() {
        assert_eq!(t("zz", "app-name"), "Concilia");
    }
}
