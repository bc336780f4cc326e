//! The minijinja environment shared by pages and emails. Templates are compiled into the
//! binary (read from disk in debug builds, so edits show without a rebuild).
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

/// `t("message-id", name=value, ...)`: the message in the language the context names.
fn translate(state: &State, id: &str, kwargs: Kwargs) -> Result<String, Error> {
    let lang = lang_of(state);
    let mut args: Vec<(String, FluentValue<'static>)> = Vec::new();
    for key in kwargs.args() {
        let v: Value = kwargs.get(key)?;
        let fv = match v.kind() {
            ValueKind::Number => match i64::try_from(v.clone()) {
                Ok(n) => FluentValue::from(n),
                Err(_) => FluentValue::from(f64::try_from(v).unwrap_or(0.0)),
            },
            _ => FluentValue::from(v.to_string()),
        };
        args.push((key.to_string(), fv));
    }
    kwargs.assert_all_used()?;
    let refs: Vec<(&str, FluentValue<'static>)> =
        args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    crate::i18n::try_t_args(&lang, id, &refs).ok_or_else(|| {
        Error::new(
            ErrorKind::UndefinedError,
            format!("unknown message id {id}"),
        )
    })
}

fn lang_of(state: &State) -> String {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "en".into())
}

/// `num(x)`: a whole number with the language's grouping, a fraction with one decimal,
/// nothing as a dash.
fn number(state: &State, v: Value) -> String {
    let lang = lang_of(state);
    if v.is_none() || v.is_undefined() {
        return "—".into();
    }
    if let Some(n) = v.as_i64().filter(|_| v.is_integer()) {
        return crate::i18n::format_number(&lang, n);
    }
    match f64::try_from(v.clone()) {
        Ok(x) => crate::i18n::format_tenths(&lang, x),
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
        Some(day) => crate::i18n::format_date(&lang_of(state), day),
        None => text,
    }
}

/// `label("sector", "travel")`: the message `sector-travel` in the page's language, or the
/// value itself when no message names it (a value stored before a list changed).
fn label(state: &State, list: &str, value: &str) -> String {
    let id = crate::domain::cases::catalogue::label(list, value);
    crate::i18n::try_t_args(&lang_of(state), &id, &[]).unwrap_or_else(|| value.to_string())
}

/// Every template file name, for tests that check them all.
pub fn names() -> Vec<String> {
    TemplateFiles::iter().map(|n| n.to_string()).collect()
}
