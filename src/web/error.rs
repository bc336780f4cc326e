//! One error type for the HTTP layer, mapped to a status here and rendered (as a page or as
//! JSON) by `render_errors`, so no handler builds an error response by hand.
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};

use crate::cause::{Cause, Report};
use crate::db::DbError;
use crate::domain::accounts::{AccountError, FieldErrors};
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
    /// Input that was read but is not what was asked for: each (field, message id) pair says
    /// which field and why (`invalid_body`).
    #[error("invalid input: {0:?}")]
    Invalid(Vec<(String, &'static str)>),
    /// The action is not possible in the current state of what it acts on.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("payload too large")]
    TooLarge,
    /// A NUL or another control character in text (`domain::text`).
    #[error("control characters in text")]
    InvalidCharacters,
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
    /// The cause goes to the log, never to the client.
    #[error("service unavailable")]
    Unavailable(#[source] Cause),
    /// The cause goes to the log, never to the client.
    #[error("internal error")]
    Internal(#[source] Cause),
}

/// What the renderer needs: a stable code for clients, a message id for people.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub message_id: &'static str,
    pub retry_after: Option<i64>,
    /// For invalid input: each field's problem, as (field, message id).
    pub fields: Vec<(String, &'static str)>,
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
            AppError::Invalid(_) => (INVALID, "error-form-has-problems"),
            AppError::TooLarge => ("payload_too_large", "error-page-too-large"),
            AppError::InvalidCharacters => ("invalid_characters", "error-invalid-characters"),
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
            fields: match self {
                AppError::Invalid(fields) => fields.clone(),
                _ => vec![],
            },
        }
    }

    /// A domain function's field problems.
    pub fn invalid(errors: FieldErrors) -> AppError {
        AppError::Invalid(
            errors
                .into_iter()
                .map(|(f, m)| (f.to_string(), m))
                .collect(),
        )
    }
}

/// The code of every 422 answer.
const INVALID: &str = "invalid";

/// The body of every 422 answer of the API, whichever path found the problem (a handler's
/// domain call, or a body, query or path that would not deserialize):
/// `{"error": {"code": "invalid", "message", "fields": {field: message}, "field_codes":
/// {field: code}}}`. Messages are in `lang`; a field's code is its message id without the
/// `error-` prefix, in snake case (`error-required` is `required`), as stable as the ids. A
/// problem with the body or query as a whole, not one field of it, is named "".
pub fn invalid_body<F: AsRef<str>>(lang: &str, problems: &[(F, &str)]) -> serde_json::Value {
    let fields: serde_json::Map<String, serde_json::Value> = problems
        .iter()
        .map(|(f, m)| (f.as_ref().to_string(), crate::i18n::t(lang, m).into()))
        .collect();
    let codes: serde_json::Map<String, serde_json::Value> = problems
        .iter()
        .map(|(f, m)| (f.as_ref().to_string(), field_code(m).into()))
        .collect();
    serde_json::json!({ "error": {
        "code": INVALID,
        "message": crate::i18n::t(lang, "error-form-has-problems"),
        "fields": fields,
        "field_codes": codes,
    }})
}

fn field_code(message_id: &str) -> String {
    message_id
        .strip_prefix("error-")
        .unwrap_or(message_id)
        .replace('-', "_")
}

/// What a deserializer's message says of the input: a missing field is required, another
/// named field (duplicated, unknown) or a value that would not parse is malformed. serde
/// names the field only in the first kinds; a value of the wrong type is the input's as a
/// whole ("").
pub fn deserialize_problem(message: &str) -> (String, &'static str) {
    let named = |prefix: &str| {
        message
            .split_once(prefix)
            .and_then(|(_, rest)| rest.split_once('`'))
            .map(|(name, _)| name.to_string())
    };
    if let Some(field) = named("missing field `") {
        return (field, "error-required");
    }
    let field = named("duplicate field `")
        .or_else(|| named("unknown field `"))
        .unwrap_or_default();
    (field, "error-input-malformed")
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Unauthenticated | AppError::BadToken(_) => StatusCode::UNAUTHORIZED,
            AppError::BadRequest(_) | AppError::InvalidCharacters => StatusCode::BAD_REQUEST,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
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
                // The whole chain and where it was taken in, for whoever reads the log; the
                // answer below carries only the code.
                let report = Report(self);
                tracing::error!(error = %report, at = %report.places(), "request failed")
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
    /// The place kept is the handler's `?`; the database error keeps its own.
    #[track_caller]
    fn from(e: DbError) -> Self {
        match e {
            DbError::NotFound => AppError::NotFound,
            e @ DbError::Unavailable(_) => AppError::Unavailable(Cause::new(e)),
            other => AppError::Internal(Cause::new(other)),
        }
    }
}

impl From<AccountError> for AppError {
    #[track_caller]
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::Denied(_) => AppError::Forbidden,
            AccountError::NotFound => AppError::NotFound,
            AccountError::Throttled(s) => AppError::Throttled(s),
            AccountError::Db(e) => e.into(),
            e @ AccountError::Busy(_) => AppError::Unavailable(Cause::new(e)),
            AccountError::Invalid(f) => AppError::invalid(f),
            AccountError::InvalidCredentials | AccountError::Disabled => AppError::Unauthenticated,
            other => AppError::BadRequest(other.to_string()),
        }
    }
}

impl From<CaseError> for AppError {
    #[track_caller]
    fn from(e: CaseError) -> Self {
        match e {
            CaseError::NotFound => AppError::NotFound,
            CaseError::Denied => AppError::Forbidden,
            CaseError::WrongState(s) => AppError::Conflict(s.to_string()),
            CaseError::Invalid(f) => AppError::invalid(f),
            CaseError::Db(e) => e.into(),
        }
    }
}

impl From<minijinja::Error> for AppError {
    #[track_caller]
    fn from(e: minijinja::Error) -> Self {
        AppError::Internal(Cause::new(e).context("template"))
    }
}

/// True when the client wants JSON: the API, or an explicit Accept without HTML.
pub fn wants_json(path: &str, accept: Option<&str>) -> bool {
    path.starts_with("/api/")
        || accept.is_some_and(|a| a.contains("application/json") && !a.contains("text/html"))
}

impl ErrorInfo {
    /// For an error response that no `AppError` made: actix's own errors, such as a header
    /// value that would not build or a cookie that would not serialise. Named by status.
    fn for_status(status: StatusCode) -> ErrorInfo {
        let (code, message_id) = match status {
            StatusCode::NOT_FOUND => ("not_found", "error-page-not-found"),
            StatusCode::FORBIDDEN => ("forbidden", "error-page-forbidden"),
            StatusCode::UNAUTHORIZED => ("unauthenticated", "error-page-unauthenticated"),
            StatusCode::CONFLICT => ("conflict", "error-page-conflict"),
            StatusCode::PAYLOAD_TOO_LARGE => ("payload_too_large", "error-page-too-large"),
            StatusCode::SERVICE_UNAVAILABLE => ("unavailable", "error-page-unavailable"),
            s if s.is_client_error() => ("bad_request", "error-page-bad-request"),
            _ => ("internal", "error-page-internal"),
        };
        ErrorInfo {
            code,
            message_id,
            retry_after: None,
            fields: vec![],
        }
    }
}

/// What an error answer needs from the request, taken before the request goes in: a
/// middleware that fails hands back an error without the request.
struct Asked {
    state: Option<actix_web::web::Data<crate::state::AppState>>,
    path: String,
    accept: Option<String>,
    lang: String,
    https: bool,
}

impl Asked {
    fn of(req: &actix_web::HttpRequest) -> Asked {
        Asked {
            state: req
                .app_data::<actix_web::web::Data<crate::state::AppState>>()
                .cloned(),
            path: req.path().to_string(),
            accept: req
                .headers()
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            lang: super::page::request_language(req, None),
            https: req
                .app_data::<actix_web::web::Data<crate::state::AppState>>()
                .is_some_and(|s| s.config.secure_cookies()),
        }
    }

    fn message(&self, info: &ErrorInfo) -> String {
        match info.retry_after {
            Some(s) => crate::i18n::t_args(
                &self.lang,
                info.message_id,
                &[("minutes", ((s + 59) / 60).into())],
            ),
            None => crate::i18n::t(&self.lang, info.message_id),
        }
    }

    fn json(&self) -> bool {
        wants_json(&self.path, self.accept.as_deref())
    }
}

/// An error answer already rendered, for the one case where there is no request left to
/// build a `ServiceResponse` with (a middleware failed): actix sends it as it is.
#[derive(Debug)]
struct Rendered {
    status: StatusCode,
    content_type: &'static str,
    body: String,
    https: bool,
}

impl std::fmt::Display for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error answer {}", self.status)
    }
}

impl ResponseError for Rendered {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        // Sent past the middleware that adds these to every other response.
        let mut res = HttpResponse::build(self.status)
            .content_type(self.content_type)
            .body(self.body.clone());
        super::headers::set_security_headers(res.headers_mut(), self.https, false);
        res
    }
}

/// The body of an error page when the template itself cannot be rendered.
fn bare_page(status: StatusCode, message: &str) -> String {
    format!(
        "<!doctype html><title>{}</title><p>{}</p>",
        status.as_u16(),
        message
    )
}

/// Replaces the plain body of every error response — an `AppError`, or any other error
/// actix turned into a response — with a page in the visitor's language, or a JSON body
/// `{"error": {"code", "message"}}` for API clients, so that no framework text reaches
/// anyone.
pub async fn render_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let asked = Asked::of(req.request());
    let res = match next.call(req).await {
        Ok(res) => res,
        Err(e) => return Err(rendered_without_request(&asked, &e).into()),
    };
    let known = res.response().extensions().get::<ErrorInfo>().cloned();
    let info = match known {
        Some(info) => info,
        // An error that answers with a redirect (a form's first answer repeated) is no
        // failure to render.
        None => match res
            .response()
            .error()
            .filter(|_| res.status().as_u16() >= 400)
        {
            Some(e) => {
                let status = res.status();
                if status.is_server_error() {
                    tracing::error!(error = %e, %status, "request failed outside the portal's errors");
                } else {
                    tracing::info!(error = %e, %status, "request refused outside the portal's errors");
                }
                ErrorInfo::for_status(status)
            }
            None => return Ok(res.map_into_boxed_body()),
        },
    };
    let (req, res) = res.into_parts();
    let status = res.status();
    let mut builder = HttpResponse::build(status);
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            builder.append_header((name.clone(), value.clone()));
        }
    }
    if asked.json() {
        let body = if info.code == INVALID {
            invalid_body(&asked.lang, &info.fields)
        } else {
            serde_json::json!({ "error": { "code": info.code, "message": asked.message(&info) } })
        };
        if status == StatusCode::UNAUTHORIZED {
            builder.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        return Ok(ServiceResponse::new(req, builder.json(body)));
    }
    if info.code == "unauthenticated" && req.method() == actix_web::http::Method::GET {
        // Back to this page after sign-in, when it is a page of ours to come back to.
        let location = req
            .uri()
            .path_and_query()
            .and_then(|p| super::page::local_path(p.as_str()))
            .map(|next| {
                format!(
                    "/signin?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                )
            })
            .unwrap_or_else(|| "/signin".to_string());
        return Ok(ServiceResponse::new(
            req,
            HttpResponse::SeeOther()
                .insert_header((header::LOCATION, location))
                .finish(),
        ));
    }
    // An error page has no fields to mark beside: it says the request was not understood.
    let message = if info.code == INVALID {
        crate::i18n::t(&asked.lang, "error-page-bad-request")
    } else {
        asked.message(&info)
    };
    let html =
        super::page::render_error_page(&req, &asked.lang, status, &message).unwrap_or_else(|e| {
            tracing::error!(error = %e, "error page failed to render");
            bare_page(status, &message)
        });
    if info.code.starts_with("token_") {
        builder.cookie(super::session::removal_cookie());
    }
    Ok(ServiceResponse::new(
        req,
        builder.content_type("text/html; charset=utf-8").body(html),
    ))
}

/// The answer to a middleware's failure: the request is gone, so the page is rendered from
/// what was taken of it beforehand.
fn rendered_without_request(asked: &Asked, e: &actix_web::Error) -> Rendered {
    let status = e.as_response_error().status_code();
    let info = ErrorInfo::for_status(status);
    tracing::error!(error = %e, %status, "a middleware failed");
    let message = asked.message(&info);
    if asked.json() {
        let body = serde_json::json!({ "error": { "code": info.code, "message": message } });
        return Rendered {
            status,
            content_type: "application/json",
            body: body.to_string(),
            https: asked.https,
        };
    }
    let html = asked
        .state
        .as_ref()
        .ok_or_else(|| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "no state"))
        .and_then(|state| super::page::render_error_page_for(state, &asked.lang, status, &message))
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "error page failed to render");
            bare_page(status, &message)
        });
    Rendered {
        status,
        content_type: "text/html; charset=utf-8",
        body: html,
        https: asked.https,
    }
}

#[cfg(test)]
mod tests {
    use actix_web::middleware::from_fn;
    use actix_web::{App, test, web};

    use super::*;

    /// A handler whose response cannot be built: a Location with a line break in it.
    async fn broken_header() -> HttpResponse {
        HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/a\r\nSet-Cookie: x=1"))
            .finish()
    }

    /// A middleware that fails with actix's own error, as `add_cookie(..)?` can.
    async fn failing(
        req: ServiceRequest,
        next: Next<impl MessageBody + 'static>,
    ) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
        if req.path().ends_with("/fails") {
            return Err(actix_web::error::ErrorBadRequest("framework text"));
        }
        next.call(req).await
    }

    /// A query that fails in the database: a table that does not exist.
    fn query(conn: &mut crate::db::DbConn) -> crate::db::DbResult<usize> {
        use diesel::RunQueryDsl;
        Ok(diesel::sql_query("SELECT * FROM no_such_table").execute(conn)?)
    }

    async fn failing_query() -> Result<HttpResponse, AppError> {
        let mut conn = crate::db::establish("sqlite://:memory:").expect("an in-memory database");
        query(&mut conn)?;
        Ok(HttpResponse::Ok().finish())
    }

    macro_rules! app {
        () => {
            test::init_service(
                App::new()
                    .wrap(from_fn(failing))
                    .wrap(from_fn(render_errors))
                    .route("/broken", web::get().to(broken_header))
                    .route("/api/v1/broken", web::get().to(broken_header))
                    .route("/api/v1/query", web::get().to(failing_query)),
            )
            .await
        };
    }

    /// What the log received, as text.
    #[derive(Clone, Default)]
    struct Log(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Log {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Log {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[actix_web::test]
    async fn an_internal_error_logs_its_cause_and_where_but_answers_only_its_code() {
        let log = Log::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let _logging = tracing::subscriber::set_default(subscriber);
        let app = app!();

        let res = test::call_service(
            &app,
            test::TestRequest::get().uri("/api/v1/query").to_request(),
        )
        .await;

        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = String::from_utf8(test::read_body(res).await.to_vec()).unwrap();
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["error"]["code"], "internal");
        assert!(!body.contains("no_such_table"), "{body}");
        assert!(!body.contains("error.rs"), "{body}");
        let log = log.text();
        assert!(
            log.contains("internal error: database query failed: no such table: no_such_table"),
            "{log}"
        );
        // The query's `?`, then the handler's.
        assert!(
            log.contains("at=src/web/error.rs:") && log.contains(" < src/web/error.rs:"),
            "{log}"
        );
    }

    #[actix_web::test]
    async fn a_deserializers_message_names_the_field_when_it_can() {
        let problem = |m: &str| deserialize_problem(m);
        assert_eq!(
            problem("missing field `password` at line 1 column 20"),
            ("password".to_string(), "error-required")
        );
        assert_eq!(
            problem("Query deserialize error: duplicate field `after`"),
            ("after".to_string(), "error-input-malformed")
        );
        assert_eq!(
            problem("invalid type: integer `5`, expected a string at line 1 column 10"),
            (String::new(), "error-input-malformed")
        );
        assert_eq!(field_code("error-message-too-long"), "message_too_long");
    }

    #[actix_web::test]
    async fn a_response_that_fails_to_build_is_answered_with_our_page_or_json() {
        let app = app!();
        let res =
            test::call_service(&app, test::TestRequest::get().uri("/broken").to_request()).await;
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            res.headers().get(header::CONTENT_TYPE).unwrap(),
            "text/html; charset=utf-8"
        );
        assert!(!res.headers().contains_key(header::LOCATION));
        let body = String::from_utf8(test::read_body(res).await.to_vec()).unwrap();
        assert!(body.contains("<!doctype html>"), "{body}");
        assert!(!body.contains("failed to parse"), "{body}");

        let res = test::call_service(
            &app,
            test::TestRequest::get().uri("/api/v1/broken").to_request(),
        )
        .await;
        assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body: serde_json::Value = test::read_body_json(res).await;
        assert_eq!(body["error"]["code"], "internal");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }

    #[actix_web::test]
    async fn a_failing_middleware_is_answered_with_our_page_or_json() {
        let app = app!();
        for (path, json) in [("/fails", false), ("/api/v1/fails", true)] {
            let err = test::try_call_service(&app, test::TestRequest::get().uri(path).to_request())
                .await
                .expect_err("the middleware's error comes back as an error");
            let res = err.error_response();
            assert_eq!(res.status(), StatusCode::BAD_REQUEST);
            assert_eq!(
                res.headers().get(header::X_CONTENT_TYPE_OPTIONS).unwrap(),
                "nosniff"
            );
            let body = actix_web::body::to_bytes(res.into_body()).await.unwrap();
            let body = String::from_utf8(body.to_vec()).unwrap();
            assert!(!body.contains("framework text"), "{body}");
            if json {
                let v: serde_json::Value = serde_json::from_str(&body).unwrap();
                assert_eq!(v["error"]["code"], "bad_request");
            } else {
                assert!(body.starts_with("<!doctype html>"), "{body}");
            }
        }
    }
}
