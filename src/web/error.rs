//! One error type for the HTTP layer, mapped to a status here and rendered (as a page or as
//! JSON) by `render_errors`, so no handler builds an error response by hand.
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};

use crate::db::DbError;
use crate::domain::accounts::AccountError;
use crate::domain::cases::CaseError;
use crate::domain::session::TokenError;

/// What a 503 asks a client to wait before trying again: a little more than the database
/// probe needs to see the database back (it tries every second).
pub const RETRY_AFTER_SECONDS: u64 = 5;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("not signed in")]
    Unauthenticated,
    #[error("bad session token: {0}")]
    BadToken(TokenError),
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The action is not possible in the current state of what it acts on.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("payload too large")]
    TooLarge,
    /// The request body stopped arriving (see `web::body`).
    #[error("the request body stalled")]
    BodyTimeout,
    #[error("too many uploads at once")]
    TooManyUploads,
    /// Not a failure: the same form was sent before (one-time form key), and this is the
    /// answer the first request got.
    #[error("form already submitted, answered {0}")]
    Replayed(u16, Option<String>),
    /// The same form was sent before and its first request has not finished yet.
    #[error("the same form is still being handled")]
    StillHandling,
    #[error("too many attempts")]
    Throttled(i64),
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

/// What the renderer needs: a stable code for clients, a message id for people.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub message_id: &'static str,
    pub retry_after: Option<i64>,
}

impl AppError {
    fn info(&self) -> ErrorInfo {
        let (code, message_id) = match self {
            AppError::NotFound => ("not_found", "error-page-not-found"),
            AppError::Forbidden => ("forbidden", "error-page-forbidden"),
            AppError::Csrf => ("csrf_failed", "error-page-csrf"),
            AppError::Unauthenticated => ("unauthenticated", "error-page-unauthenticated"),
            AppError::BadToken(TokenError::Expired) => {
                ("token_expired", "error-page-token-expired")
            }
            AppError::BadToken(TokenError::Invalid) => {
                ("token_invalid", "error-page-token-invalid")
            }
            AppError::BadRequest(_) => ("bad_request", "error-page-bad-request"),
            AppError::TooLarge => ("payload_too_large", "error-page-too-large"),
            AppError::BodyTimeout => ("body_timeout", "error-page-body-timeout"),
            AppError::TooManyUploads => ("too_many_uploads", "error-page-too-many-uploads"),
            AppError::Replayed(..) => ("replayed", "error-page-conflict"),
            AppError::StillHandling => ("form_pending", "error-page-form-pending"),
            AppError::Conflict(_) => ("conflict", "error-page-conflict"),
            AppError::Throttled(_) => ("too_many_attempts", "error-signin-throttled"),
            AppError::Unavailable(_) => ("unavailable", "error-page-unavailable"),
            AppError::Internal(_) => ("internal", "error-page-internal"),
        };
        ErrorInfo {
            code,
            message_id,
            retry_after: if let AppError::Throttled(s) = self {
                Some(*s)
            } else {
                None
            },
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Unauthenticated | AppError::BadToken(_) => StatusCode::UNAUTHORIZED,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            AppError::TooManyUploads => StatusCode::TOO_MANY_REQUESTS,
            AppError::Replayed(status, _) => {
                StatusCode::from_u16(*status).unwrap_or(StatusCode::SEE_OTHER)
            }
            AppError::Conflict(_) | AppError::StillHandling => StatusCode::CONFLICT,
            AppError::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Replayed(_, location) = self {
            tracing::info!(status = %self.status_code(), "form sent again: first answer repeated");
            let mut res = HttpResponse::build(self.status_code());
            if let Some(l) = location {
                res.insert_header((header::LOCATION, l.clone()));
            }
            return res.finish();
        }
        match self {
            AppError::Internal(_) | AppError::Unavailable(_) => {
                tracing::error!(error = %self, "request failed")
            }
            _ => tracing::info!(error = %self, "request refused"),
        }
        let mut res = HttpResponse::build(self.status_code());
        match self {
            AppError::Throttled(s) => {
                res.insert_header((header::RETRY_AFTER, s.to_string()));
            }
            AppError::Unavailable(_) => {
                res.insert_header((header::RETRY_AFTER, RETRY_AFTER_SECONDS));
            }
            _ => {}
        }
        let mut res = res
            .content_type("text/plain; charset=utf-8")
            .body(self.info().code);
        res.extensions_mut().insert(self.info());
        res
    }
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound => AppError::NotFound,
            DbError::Unavailable(m) => AppError::Unavailable(m),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<AccountError> for AppError {
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::Denied(_) => AppError::Forbidden,
            AccountError::NotFound => AppError::NotFound,
            AccountError::Throttled(s) => AppError::Throttled(s),
            AccountError::Db(e) => e.into(),
            AccountError::InvalidCredentials | AccountError::Disabled => AppError::Unauthenticated,
            other => AppError::BadRequest(other.to_string()),
        }
    }
}

impl From<CaseError> for AppError {
    fn from(e: CaseError) -> Self {
        match e {
            CaseError::NotFound => AppError::NotFound,
            CaseError::Denied => AppError::Forbidden,
            CaseError::WrongState(s) => AppError::Conflict(s.to_string()),
            CaseError::Invalid(f) => AppError::BadRequest(format!("{f:?}")),
            CaseError::Db(e) => e.into(),
        }
    }
}

impl From<minijinja::Error> for AppError {
    fn from(e: minijinja::Error) -> Self {
        AppError::Internal(format!("template: {e:#}"))
    }
}

/// True when the client wants JSON: the API, or an explicit Accept without HTML.
pub fn wants_json(path: &str, accept: Option<&str>) -> bool {
    path.starts_with("/api/")
        || accept.is_some_and(|a| a.contains("application/json") && !a.contains("text/html"))
}

/// Replaces the plain body of every `AppError` response with a page in the visitor's
/// language, or a JSON body `{"error": {"code", "message"}}` for API clients.
pub async fn render_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let Some(info) = res.response().extensions().get::<ErrorInfo>().cloned() else {
        return Ok(res.map_into_boxed_body());
    };
    let (req, res) = res.into_parts();
    let status = res.status();
    let path = req.path().to_string();
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let lang = super::page::request_language(&req, None);
    let message = match info.retry_after {
        Some(s) => crate::i18n::t_args(
            &lang,
            info.message_id,
            &[("minutes", ((s + 59) / 60).into())],
        ),
        None => crate::i18n::t(&lang, info.message_id),
    };
    let mut builder = HttpResponse::build(status);
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    if wants_json(&path, accept.as_deref()) {
        let body = serde_json::json!({ "error": { "code": info.code, "message": message } });
        if status == StatusCode::UNAUTHORIZED {
            builder.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        return Ok(ServiceResponse::new(req, builder.json(body)));
    }
    if info.code == "unauthenticated" && req.method() == actix_web::http::Method::GET {
        let next_path = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let location = format!(
            "/signin?next={}",
            url::form_urlencoded::byte_serialize(next_path.as_bytes()).collect::<String>()
        );
        return Ok(ServiceResponse::new(
            req,
            HttpResponse::SeeOther()
                .insert_header((header::LOCATION, location))
                .finish(),
        ));
    }
    let html = super::page::render_error_page(&req, &lang, status, &message).unwrap_or_else(|e| {
        tracing::error!(error = %e, "error page failed to render");
        format!(
            "<!doctype html><title>{}</title><p>{}</p>",
            status.as_u16(),
            message
        )
    });
    if info.code.starts_with("token_") {
        builder.cookie(super::session::removal_cookie());
    }
    Ok(ServiceResponse::new(
        req,
        builder.content_type("text/html; charset=utf-8").body(html),
    ))
}
