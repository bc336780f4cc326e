//! Rendering pages: every page gets the visitor's language, text direction, the CSRF token,
//! the signed-in user and the language switcher.
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};
use minijinja::Value;
use serde::Serialize;

use super::csrf::CsrfToken;
use super::error::AppError;
use super::session::MaybeUser;
use crate::db::models::User;
use crate::domain::accounts::FieldErrors;
use crate::i18n;
use crate::state::AppState;

pub const LANG_COOKIE: &str = "concilia_lang";

/// Notices shown once after a redirect, named in the `notice` query parameter.
pub const NOTICES: &[&str] = &[
    "signed-out",
    "email-verified",
    "password-reset",
    "password-changed",
    "email-change-sent",
    "email-changed",
    "verification-sent",
    "reset-sent",
    "invitation-accepted",
    "organisation-created",
    "invitation-sent",
    "user-disabled",
    "user-enabled",
    "language-saved",
    "signed-up",
    "mail-requeued",
    "preferences-saved",
    "case-filed",
    "step-done",
    "contacts-saved",
    "holiday-added",
    "notifications-saved",
    "message-sent",
    "documents-added",
    "document-redacted",
    "report-texts-saved",
    "training-added",
];

/// Language of a request: the user's saved choice, the switcher's cookie, `Accept-Language`,
/// then English.
pub fn request_language(req: &HttpRequest, user: Option<&User>) -> String {
    if let Some(u) = user.filter(|u| i18n::is_supported(&u.language)) {
        return u.language.clone();
    }
    if let Some(c) = req
        .cookie(LANG_COOKIE)
        .filter(|c| i18n::is_supported(c.value()))
    {
        return c.value().to_string();
    }
    req.headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(i18n::from_accept_language)
        .unwrap_or(i18n::FALLBACK)
        .to_string()
}

#[derive(Serialize)]
struct UserView<'a> {
    id: &'a str,
    name: &'a str,
    email: &'a str,
    role: &'a str,
    verified: bool,
    language: &'a str,
    time_zone: &'a str,
    organisation_id: Option<&'a str>,
}

/// The context of a page request. Extract it in a handler and call `render`.
pub struct Page {
    pub req: HttpRequest,
    pub state: web::Data<AppState>,
    pub lang: String,
    pub user: Option<User>,
}

impl FromRequest for Page {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let user = MaybeUser::from_request(&req, payload);
        Box::pin(async move {
            let MaybeUser(user) = user.await?;
            let state = req
                .app_data::<web::Data<AppState>>()
                .cloned()
                .ok_or_else(|| AppError::Internal("no state".into()))?;
            let lang = request_language(&req, user.as_ref());
            Ok(Page {
                req,
                state,
                lang,
                user,
            })
        })
    }
}

fn base_context(req: &HttpRequest, lang: &str, user: Option<&User>) -> Value {
    let csrf = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    let notice = web::Query::<BTreeMap<String, String>>::from_query(req.query_string())
        .ok()
        .and_then(|q| q.get("notice").cloned())
        .filter(|n| NOTICES.contains(&n.as_str()));
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    base_values(lang, csrf, user, path, notice)
}

fn base_values(
    lang: &str,
    csrf: String,
    user: Option<&User>,
    path: String,
    notice: Option<String>,
) -> Value {
    let languages: Vec<Value> = i18n::LANGUAGES
        .iter()
        .map(|(code, name)| minijinja::context! { code => code, name => name, current => *code == lang })
        .collect();
    minijinja::context! {
        lang => lang,
        dir => i18n::direction(lang),
        csrf_token => csrf,
        user => user.map(|u| UserView {
            id: &u.id, name: &u.name, email: &u.email, role: u.role.as_str(), verified: u.email_verified_at.is_some(),
            language: &u.language, time_zone: &u.time_zone, organisation_id: u.organisation_id.as_deref(),
        }),
        // The links the menu offers, from the access policy.
        menu => user.map(|u| crate::domain::policy::menu(&crate::domain::policy::Actor::of(u))),
        languages => languages,
        current_path => path,
        notice => notice.map(|n| format!("notice-{n}")),
    }
}

/// The page's values as one map. Merged with `..`, contexts stay layers, and a template
/// looks up every name no layer holds (each `t`, `num`, macro module) in all of them before
/// the globals, hundreds of times a page. The same values win as in the layers.
fn flat(merged: &Value) -> Value {
    let Ok(keys) = merged.try_iter() else {
        return merged.clone();
    };
    let map: BTreeMap<Value, Value> = keys
        .filter_map(|key| {
            let value = merged.get_item(&key).ok().filter(|v| !v.is_undefined())?;
            Some((key, value))
        })
        .collect();
    Value::from(map)
}

impl Page {
    pub fn render(&self, template: &str, ctx: Value) -> Result<HttpResponse, AppError> {
        self.render_status(StatusCode::OK, template, ctx)
    }

    pub fn render_status(
        &self,
        status: StatusCode,
        template: &str,
        ctx: Value,
    ) -> Result<HttpResponse, AppError> {
        let base = base_context(&self.req, &self.lang, self.user.as_ref());
        let full = flat(&minijinja::context! { ..ctx, ..base });
        let html = self.state.templates.get_template(template)?.render(full)?;
        Ok(HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html))
    }

    /// The viewer's time zone: their saved one, else UTC.
    pub fn zone(&self) -> &str {
        self.user
            .as_ref()
            .map(|u| u.time_zone.as_str())
            .unwrap_or("UTC")
    }

    /// A stored UTC time as this viewer reads it: their language, their zone, zone named.
    pub fn datetime(&self, utc: chrono::NaiveDateTime) -> String {
        i18n::format_datetime(&self.lang, self.zone(), utc)
    }

    /// A stored UTC time's hour in the viewer's zone, zone named.
    pub fn time(&self, utc: chrono::NaiveDateTime) -> String {
        i18n::format_time(&self.lang, self.zone(), utc)
    }

    /// A day as written in the viewer's language.
    pub fn date(&self, day: chrono::NaiveDate) -> String {
        i18n::format_date(&self.lang, day)
    }

    /// A deadline with the days left from the viewer's today (in their zone).
    pub fn deadline(&self, day: chrono::NaiveDate) -> String {
        i18n::format_deadline(&self.lang, day, self.today())
    }

    /// Today in the viewer's zone.
    pub fn today(&self) -> chrono::NaiveDate {
        i18n::today_in(self.zone())
    }

    pub fn number(&self, n: i64) -> String {
        i18n::format_number(&self.lang, n)
    }

    /// Field errors as field name → message in the page's language.
    pub fn errors(&self, errors: &FieldErrors) -> BTreeMap<&'static str, String> {
        errors
            .iter()
            .map(|(field, id)| (*field, i18n::t(&self.lang, id)))
            .collect()
    }

    /// Shows a form again with what the user typed, the errors beside the fields, and an
    /// optional message above the form.
    pub fn form_again<T: Serialize>(
        &self,
        status: StatusCode,
        template: &str,
        form: &T,
        errors: &FieldErrors,
        summary: Option<&str>,
        extra: Value,
    ) -> Result<HttpResponse, AppError> {
        let ctx = minijinja::context! {
            form => Value::from_serialize(form),
            errors => self.errors(errors),
            form_error => summary.map(|id| i18n::t(&self.lang, id)),
            ..extra
        };
        self.render_status(status, template, ctx)
    }
}

pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_string()))
        .finish()
}

/// Where to go after sign-in or a language switch: `next` when it is a path on this site,
/// else the dashboard.
pub fn safe_next(next: Option<&str>) -> String {
    next.and_then(local_path)
        .unwrap_or_else(|| "/dashboard".to_string())
}

/// The base a candidate path is resolved against; only its origin matters.
const LOCAL_BASE: &str = "http://concilia.invalid/";

/// `candidate` as a path on this site (path, query, fragment, normalised and percent-encoded
/// as a browser would send it), or `None` when a browser could read it as leaving the site.
///
/// Browsers drop tabs and newlines inside a URL, read `\` as `/` and resolve dot segments,
/// so `/%09/evil.example`, `/\evil.example` or `/.//evil.example` can all end up as
/// `//evil.example`, another host. The candidate is parsed as a browser would parse it and
/// refused when anything about it, raw or percent-decoded, is not a plain local path.
pub fn local_path(candidate: &str) -> Option<String> {
    let looks_off_site = |s: &str| {
        !s.starts_with('/')
            || s.starts_with("//")
            || s.contains('\\')
            || s.chars().any(char::is_control)
    };
    if candidate.len() > 2048 || looks_off_site(candidate) {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(candidate).decode_utf8_lossy();
    if looks_off_site(&decoded) {
        return None;
    }
    let base = url::Url::parse(LOCAL_BASE).expect("a valid base");
    let url = base.join(candidate).ok()?;
    if url.origin() != base.origin() || !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    let mut path = url.path().to_string();
    if let Some(q) = url.query() {
        path.push('?');
        path.push_str(q);
    }
    if let Some(f) = url.fragment() {
        path.push('#');
        path.push_str(f);
    }
    // Dot segments resolved (`/.//x` is `//x`) can make a host of the path; check again.
    let decoded = percent_encoding::percent_decode_str(&path).decode_utf8_lossy();
    (!looks_off_site(&path) && !looks_off_site(&decoded)).then_some(path)
}

pub fn render_error_page(
    req: &HttpRequest,
    lang: &str,
    status: StatusCode,
    message: &str,
) -> Result<String, minijinja::Error> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "no state"))?;
    let base = base_context(req, lang, None);
    let ctx = minijinja::context! { status => status.as_u16(), message => message, ..base };
    state.templates.get_template("error.html")?.render(ctx)
}

/// The error page when the request is no longer at hand: no form token, no notice.
pub fn render_error_page_for(
    state: &AppState,
    lang: &str,
    status: StatusCode,
    message: &str,
) -> Result<String, minijinja::Error> {
    let base = base_values(lang, String::new(), None, "/".into(), None);
    let ctx = minijinja::context! { status => status.as_u16(), message => message, ..base };
    state.templates.get_template("error.html")?.render(ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_paths_are_followed_and_normalised() {
        for (given, kept) in [
            ("/cases/abc", "/cases/abc"),
            ("/cases?state=open&q=a%20b", "/cases?state=open&q=a%20b"),
            ("/cases/abc#messages", "/cases/abc#messages"),
            ("/a/../dashboard", "/dashboard"),
            ("/cases/é", "/cases/%C3%A9"),
            ("/search?q=a b", "/search?q=a%20b"),
        ] {
            assert_eq!(safe_next(Some(given)), kept, "{given:?}");
        }
    }

    #[test]
    fn anything_a_browser_could_read_as_another_site_goes_to_the_dashboard() {
        for hostile in [
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%0a/evil.example",
            "/%0d%0a/evil.example",
            "/\r\nLocation: http://evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/.//evil.example",
            "/..//evil.example",
            "/%2e//evil.example",
            "/x/..//evil.example",
            "http://evil.example/",
            "https:evil.example",
            "evil.example",
            "javascript:alert(1)",
            "/\u{0}",
            "/%00",
            " /dashboard",
            "",
        ] {
            assert_eq!(safe_next(Some(hostile)), "/dashboard", "{hostile:?}");
        }
        assert_eq!(safe_next(None), "/dashboard");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Text made mostly of what URL tricks are made of, with any character now and then.
    fn tricky() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("/".to_string()),
            Just("\\".to_string()),
            Just(".".to_string()),
            Just("%".to_string()),
            Just("%2f".to_string()),
            Just("%5C".to_string()),
            Just("%09".to_string()),
            Just("%0d%0a".to_string()),
            Just("%2e".to_string()),
            Just("@".to_string()),
            Just(":".to_string()),
            Just("?".to_string()),
            Just("#".to_string()),
            Just("evil.example".to_string()),
            Just("http:".to_string()),
            "[a-z0-9]{1,3}",
            "[\t\n\r ]",
            any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn the_next_path_is_always_a_path_of_this_site(candidate in tricky()) {
            let next = safe_next(Some(&candidate));
            prop_assert!(next.starts_with('/'), "{:?} -> {:?}", candidate, next);
            prop_assert!(!next.starts_with("//") && !next.contains('\\'), "{:?} -> {:?}", candidate, next);
            prop_assert!(!next.chars().any(|c| c.is_control() || c == ' '), "{:?}", next);
            let decoded = percent_encoding::percent_decode_str(&next).decode_utf8_lossy();
            prop_assert!(!decoded.starts_with("//") && !decoded.starts_with("/\\"), "{:?}", next);
            // Followed as a browser follows a Location, from any page, it stays here.
            for base in ["https://portal.example/cases/1?x=y", "http://127.0.0.1:8080/"] {
                let base = url::Url::parse(base).unwrap();
                let there = base.join(&next).unwrap();
                prop_assert_eq!(there.origin(), base.origin(), "{:?} -> {:?}", candidate, next);
            }
            // And it is a valid header value.
            prop_assert!(header::HeaderValue::from_str(&next).is_ok());
        }

        #[test]
        fn a_local_path_is_kept_as_it_reads(path in "(/[a-z0-9_-]{1,8}){1,4}(\\?[a-z]=[a-z0-9]{0,4})?") {
            prop_assert_eq!(safe_next(Some(&path)), path);
        }
    }
}
