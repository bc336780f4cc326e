//! The minijinja environment shared by pages and emails. Templates are compiled into the
//! binary (read from disk in debug builds, so edits show without a rebuild).
use std::collections::HashMap;
use std::sync::Arc;

use fluent_templates::fluent_bundle::FluentValue;
use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{Environment, Error, ErrorKind, State};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "templates/"]
#[exclude = "locales/*"]
struct TemplateFiles;

pub type Templates = Arc<Environment<'static>>;

pub fn build() -> Templates {
    let mut env = Environment::new();
    env.set_loader(|name| {
        Ok(TemplateFiles::get(name).map(|f| String::from_utf8_lossy(&f.data).into_owned()))
    });
    env.set_undefined_behavior(minijinja::UndefinedBehavior::SemiStrict);
    env.add_function("t", translate);
    env.add_function("num", number);
    env.add_function("label", label);
    env.add_function("date", date);
    // A fresh one-time key for each form rendered (see `web::submission`).
    env.add_function("form_key", crate::web::submission::new_key);
    // Country pickers: (code, English name) pairs.
    env.add_global(
        "countries",
        minijinja::Value::from_serialize(crate::domain::country::all()),
    );
    Arc::new(env)
}

/// `t("message-id", name=value, ...)`: the message in the language the context names. One
/// without arguments comes from the translation cache as it is, not copied.
fn translate(state: &State, id: &str, kwargs: Kwargs) -> Result<Value, Error> {
    let lang = lang_of(state);
    let lang = lang_str(&lang);
    let unknown = || {
        Error::new(
            ErrorKind::UndefinedError,
            format!("unknown message id {id}"),
        )
    };
    let mut names = kwargs.args().peekable();
    if names.peek().is_none() {
        return crate::i18n::message(lang, id)
            .map(Value::from)
            .ok_or_else(unknown);
    }
    let values: Vec<(&str, Value)> = names
        .map(|key| Ok((key, kwargs.get::<Value>(key)?)))
        .collect::<Result<_, Error>>()?;
    kwargs.assert_all_used()?;
    let args: HashMap<&str, FluentValue> = values
        .iter()
        .map(|(key, v)| (*key, fluent_value(v)))
        .collect();
    crate::i18n::try_t_map(lang, id, &args)
        .map(Value::from)
        .ok_or_else(unknown)
}

/// A template value as a Fluent argument: numbers stay numbers (for plural rules), text is
/// borrowed, anything else is written out.
fn fluent_value(v: &Value) -> FluentValue<'_> {
    match v.kind() {
        ValueKind::Number => match i64::try_from(v.clone()) {
            Ok(n) => FluentValue::from(n),
            Err(_) => FluentValue::from(f64::try_from(v.clone()).unwrap_or(0.0)),
        },
        _ => match v.as_str() {
            Some(text) => FluentValue::from(text),
            None => FluentValue::from(v.to_string()),
        },
    }
}

/// The context's `lang`, looked up without copying it.
fn lang_of(state: &State) -> Option<Value> {
    state.lookup("lang")
}

fn lang_str(lang: &Option<Value>) -> &str {
    lang.as_ref().and_then(Value::as_str).unwrap_or("en")
}

/// `num(x)`: a whole number with the language's grouping, a fraction with one decimal,
/// nothing as a dash.
fn number(state: &State, v: Value) -> String {
    let lang = lang_of(state);
    let lang = lang_str(&lang);
    if v.is_none() || v.is_undefined() {
        return "—".into();
    }
    if let Some(n) = v.as_i64().filter(|_| v.is_integer()) {
        return crate::i18n::format_number(lang, n);
    }
    match f64::try_from(v.clone()) {
        Ok(x) => crate::i18n::format_tenths(lang, x),
        Err(_) => v.to_string(),
    }
}

/// `date(day)`: a day held as ISO 8601 (`2026-12-29`, or a moment whose first ten
/// characters are its day) as written in the page's language; nothing as a dash.
fn date(state: &State, v: Value) -> String {
    if v.is_none() || v.is_undefined() {
        return "—".into();
    }
    let text = v.to_string();
    match text
        .get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        Some(day) => crate::i18n::format_date(lang_str(&lang_of(state)), day),
        None => text,
    }
}

/// `label("sector", "travel")`: the message `sector-travel` in the page's language, or the
/// value itself when no message names it (a value stored before a list changed).
fn label(state: &State, list: &str, value: &str) -> Value {
    let id = crate::domain::cases::catalogue::label(list, value);
    crate::i18n::message(lang_str(&lang_of(state)), &id)
        .map_or_else(|| Value::from(value), Value::from)
}

/// Every template file name, for tests that check them all.
pub fn names() -> Vec<String> {
    TemplateFiles::iter().map(|n| n.to_string()).collect()
}
