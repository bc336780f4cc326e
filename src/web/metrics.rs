//! `/metrics`: the instance's counters in Prometheus' text format, for whoever holds the
//! configured token (`CONCILIA_METRICS_TOKEN`); without one, or with a wrong one, there is no
//! such page (404), so the address tells a stranger nothing.
//!
//! Written by hand rather than with a metrics crate: there are three numbers, each already an
//! atomic where it is counted, and the text format for them is six lines; a registry would add
//! a lock-free map and an encoder to keep in step with what the code counts anyway.
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::error::AppError;
use crate::config;
use crate::state::AppState;

/// Requests this instance has received, counted by a wrap around every route
/// (`startup`), whatever their answer.
#[derive(Default)]
pub struct Requests(AtomicU64);

impl Requests {
    pub fn count(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }

    pub fn total(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

#[get("/metrics")]
pub async fn metrics(
    req: HttpRequest,
    state: web::Data<AppState>,
    requests: web::Data<Requests>,
) -> Result<HttpResponse, AppError> {
    let Some(token) = &state.config.metrics_token else {
        return Err(AppError::NotFound);
    };
    let given = match super::session::bearer(&req) {
        Some(Ok(t)) => t,
        _ => return Err(AppError::NotFound),
    };
    if !same_token(&given, config::expose(token)) {
        return Err(AppError::NotFound);
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(text(
            requests.total(),
            state.pool.statements(),
            !state.pool.is_down(),
        )))
}

/// Compares digests, which have one length whatever was sent, so that neither the length
/// nor the first differing byte of the token shows in the time of the answer.
fn same_token(given: &str, expected: &str) -> bool {
    let given = Sha256::digest(given.as_bytes());
    let expected = Sha256::digest(expected.as_bytes());
    given.ct_eq(&expected).into()
}

fn text(requests: u64, statements: u64, database_up: bool) -> String {
    let mut out = String::with_capacity(512);
    let mut metric = |name: &str, kind: &str, help: &str, value: u64| {
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}\n"
        );
    };
    metric(
        "concilia_http_requests_total",
        "counter",
        "HTTP requests received by this instance.",
        requests,
    );
    metric(
        "concilia_db_statements_total",
        "counter",
        "SQL statements started by this instance's database connections.",
        statements,
    );
    metric(
        "concilia_database_up",
        "gauge",
        "1 while the database is reachable, 0 while requests are answered 503 for it.",
        u64::from(database_up),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_prometheus_exposition_format() {
        assert_eq!(
            text(7, 42, true),
            "# HELP concilia_http_requests_total HTTP requests received by this instance.\n\
             # TYPE concilia_http_requests_total counter\n\
             concilia_http_requests_total 7\n\
             # HELP concilia_db_statements_total SQL statements started by this instance's database connections.\n\
             # TYPE concilia_db_statements_total counter\n\
             concilia_db_statements_total 42\n\
             # HELP concilia_database_up 1 while the database is reachable, 0 while requests are answered 503 for it.\n\
             # TYPE concilia_database_up gauge\n\
             concilia_database_up 1\n"
        );
    }

    #[test]
    fn only_the_same_token_matches() {
        assert!(same_token("0123456789abcdef", "0123456789abcdef"));
        assert!(!same_token("0123456789abcdeg", "0123456789abcdef"));
        assert!(!same_token("0123456789abcdef0", "0123456789abcdef"));
        assert!(!same_token("", "0123456789abcdef"));
    }
}
