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
    let languages: Vec<Value> = i18n::LANGUAGES
        .iter()
        .map(|(code, name)| minijinja::context! { code => code, name => name, current => *code == lang })
        .collect();
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    minijinja::context! {
        lang => lang,
        dir => i18n::direction(lang),
        csrf_token => csrf,
        user => user.map(|u| UserView {
            id: &u.id, name: &u.name, email: &u.email, role: &u.role, verified: u.email_verified_at.is_some(),
            language: &u.language, time_zone: &u.time_zone, organisation_id: u.organisation_id.as_deref(),
        }),
        languages => languages,
        current_path => path,
        notice => notice.map(|n| format!("notice-{n}")),
    }
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
        let full = minijinja::context! { ..ctx, ..base };
        let html = self.state.templates.get_template(template)?.render(full)?;
        Ok(HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html))
    }

    /// A stored UTC time as this viewer reads it: their language, their zone, zone named.
    pub fn datetime(&self, utc: chrono::NaiveDateTime) -> String {
        let zone = self
            .user
            .as_ref()
            .map(|u| u.time_zone.as_str())
            .unwrap_or("UTC");
        i18n::format_datetime(&self.lang, zone, utc)
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

/// Only local paths are followed after sign-in, never another site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => {
            n.to_string()
        }
        _ => "/dashboard".to_string(),
    }
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
