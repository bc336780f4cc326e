//! Text that has no place in a request is refused at the edge, before any handler or the
//! database sees it: a NUL byte (which PostgreSQL cannot store, so it used to fail there
//! and nowhere else) or another control character in the path, the query, a url-encoded
//! form or a JSON body. Multipart uploads check their text fields themselves
//! (`cases::documents`), since their files are binary.
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web;

use super::error::AppError;
use crate::domain::text;

/// Answers `AppError::InvalidCharacters` when the request's path, query or body holds text
/// that is not allowed; passes every other request on with its body as it came.
pub async fn refuse_control_characters<B: MessageBody + 'static>(
    mut req: ServiceRequest,
    next: Next<B>,
) -> Result<ServiceResponse<EitherBody<B>>, actix_web::Error> {
    // Paths and queries are one line: no control character at all, percent-encoded or not.
    let path = percent_encoding::percent_decode_str(req.path()).decode_utf8_lossy();
    let query_ok = url::form_urlencoded::parse(req.query_string().as_bytes())
        .all(|(k, v)| text::is_single_line(&k) && text::is_single_line(&v));
    if !text::is_single_line(&path) || !query_ok {
        return Ok(refuse(req, AppError::InvalidCharacters));
    }
    let kind = body_kind(&req);
    if kind != Body::Unchecked {
        // Within the same limit as the extractors that read the body after this.
        let body = match req.extract::<web::Bytes>().await {
            Ok(body) => body,
            Err(e) => return Ok(refuse(req, body_error(&e))),
        };
        if !body_ok(kind, &body) {
            return Ok(refuse(req, AppError::InvalidCharacters));
        }
        req.set_payload(body.into());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// Why a body could not be read: too large, or cut short (the client went away or sent
/// less than it announced), which is the client's mistake, not the server's.
fn body_error(e: &actix_web::Error) -> AppError {
    use actix_web::error::PayloadError;
    match e.as_error::<PayloadError>() {
        Some(PayloadError::Overflow) | None => AppError::TooLarge,
        Some(other) => AppError::BadRequest(other.to_string()),
    }
}

fn refuse<B>(req: ServiceRequest, e: AppError) -> ServiceResponse<EitherBody<B>> {
    req.error_response(e).map_into_right_body()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Body {
    Form,
    Json,
    /// No body to look at here: a GET, or a multipart upload (its handler checks its text
    /// fields; its files are binary).
    Unchecked,
}

fn body_kind(req: &ServiceRequest) -> Body {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return Body::Unchecked;
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let essence = content_type.split(';').next().unwrap_or("").trim();
    if essence.starts_with("multipart/") {
        Body::Unchecked
    } else if essence == "application/json" || essence.ends_with("+json") {
        Body::Json
    } else {
        // Forms are read as url-encoded whatever type they claim (`csrf::CsrfForm`), so
        // any other body is checked as one.
        Body::Form
    }
}

/// Form fields and JSON strings may hold line breaks and tabs (a message, a description),
/// nothing else of the control characters.
fn body_ok(kind: Body, body: &[u8]) -> bool {
    match kind {
        Body::Form => form_ok(body),
        // A body that is not JSON is refused by the JSON extractor; a form handler would
        // still read it as url-encoded, so it is checked as that.
        Body::Json => match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(v) => json_ok(&v),
            Err(_) => form_ok(body),
        },
        Body::Unchecked => true,
    }
}

fn form_ok(body: &[u8]) -> bool {
    url::form_urlencoded::parse(body).all(|(k, v)| text::is_single_line(&k) && text::is_text(&v))
}

fn json_ok(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => text::is_text(s),
        serde_json::Value::Array(items) => items.iter().all(json_ok),
        serde_json::Value::Object(map) => map
            .iter()
            .all(|(k, v)| text::is_single_line(k) && json_ok(v)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_with_control_characters_are_refused_and_others_pass() {
        assert!(body_ok(
            Body::Form,
            b"email=a%40b.example&text=line+one%0D%0Aline+two%09x"
        ));
        assert!(!body_ok(Body::Form, b"email=x%00%40example.com"));
        assert!(!body_ok(Body::Form, b"name=a%1Bb"));
        assert!(!body_ok(Body::Form, b"na%00me=a"));
        assert!(!body_ok(Body::Form, b"name=a%C2%85b"));
        assert!(body_ok(
            Body::Json,
            br#"{"email":"a@b.example","text":"a\nb","n":[1,"x"]}"#
        ));
        assert!(!body_ok(Body::Json, br#"{"email":"x\u0000@example.com"}"#));
        assert!(!body_ok(Body::Json, br#"{"list":[{"deep":"\u007f"}]}"#));
        assert!(!body_ok(Body::Json, br#"{"k\u0000":"v"}"#));
        // Not JSON at all: the extractor says so, and a form handler finds no NUL in it.
        assert!(body_ok(Body::Json, b"{not json"));
        assert!(!body_ok(Body::Json, b"{\"email\":\"x\0\"}"));
        assert!(body_ok(Body::Json, b"{\n  \"pretty\": \"json\"\n}"));
    }
}
