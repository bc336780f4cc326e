//! One-time form keys, so that a form sent twice (a double click, a browser resending after
//! a lost answer) is acted on once. Every form rendered with the `csrf` macro carries a
//! fresh random `form_key`. The first request with a key (within one session, for one method
//! and path) claims it in the database before its handler acts; a second request with the
//! same key waits for the first to finish and gets the same answer, without its handler
//! running.
//!
//! Only redirects (the answer of a form that succeeded, POST-redirect-GET) are recorded and
//! repeated. Any other answer lets go of the key: a form shown again with its errors (422),
//! refused or failed can be corrected or retried as it is. An answer that sets a cookie
//! (signing in or out, choosing a language) is not repeated either: the repeat would lack the
//! cookie, so the second request runs again (signing in twice is harmless). A request without a key (API
//! clients, pages rendered before keys existed) is handled as before.
//!
//! The claim is made by the extractors that read a form (`CsrfForm`, the multipart uploads)
//! and settled by `settle`, which also runs the handler to its end when the client goes away
//! (a browser cancels the first request of a double click): otherwise the first request's
//! work could be done with no answer recorded, and the second would wait in vain.
use std::time::{Duration, Instant};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, web};
use tracing::Instrument;

use super::error::AppError;
use super::session::NewSessionCookie;
use crate::cause::Cause;
use crate::db::{self, submissions::Seen};
use crate::state::AppState;

pub const FIELD: &str = "form_key";

/// How long a resubmission waits for the first request's answer.
const WAIT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(100);

/// The claim this request holds, settled after its handler.
#[derive(Clone)]
struct Claim(String);

/// A fresh key for one rendered form.
pub fn new_key() -> String {
    crate::domain::tokens::random_token(18)
}

fn well_formed(key: &str) -> bool {
    (16..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Claims this request's form key before its handler acts. `Ok` to go on (the first request
/// with this key, or no usable key); `Err(AppError::Replayed)` with the first answer when the
/// form was sent before.
pub async fn claim(req: &HttpRequest, state: &AppState, key: Option<&str>) -> Result<(), AppError> {
    let Some(key) = key.filter(|k| well_formed(k)) else {
        return Ok(());
    };
    // The scope is whoever the CSRF token is bound to: one session, or one visitor.
    let Some(scope) = super::csrf::binding(req, state) else {
        return Ok(());
    };
    let id = crate::domain::tokens::digest(&format!(
        "{}\n{} {}\n{key}",
        scope.0,
        req.method(),
        req.path()
    ));
    let until = Instant::now() + WAIT;
    loop {
        let attempt = id.clone();
        let seen = db::run(&state.pool, move |c| {
            db::submissions::claim(c, &attempt, db::now())
        })
        .await?;
        match seen {
            None => {
                req.extensions_mut().insert(Claim(id));
                return Ok(());
            }
            Some(Seen::Answered(status, location)) => {
                return Err(AppError::Replayed(status, location));
            }
            // The first request is still at work; if it fails it lets go, and the next
            // attempt here claims the key itself.
            Some(Seen::Pending) if Instant::now() < until => tokio::time::sleep(POLL).await,
            Some(Seen::Pending) => return Err(AppError::StillHandling),
        }
    }
}

/// Runs a state-changing request's handler to its end even if the client goes away, then
/// records the answer of a claimed form key or lets go of it.
pub async fn settle(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.call(req).await;
    }
    // Inside the request's span, so that what the handler logs still names the request.
    let task = actix_web::rt::spawn(
        async move {
            let res = next.call(req).await?;
            record(&res).await;
            Ok(res)
        }
        .instrument(tracing::Span::current()),
    );
    task.await
        .map_err(|e| AppError::Internal(Cause::new(e).context("request handler failed")))?
}

async fn record<B>(res: &ServiceResponse<B>) {
    let Some(Claim(id)) = res.request().extensions().get::<Claim>().cloned() else {
        return;
    };
    let Some(state) = res.request().app_data::<web::Data<AppState>>().cloned() else {
        return;
    };
    let location = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    // A repeat could not set the cookies the first answer set (a session, a language).
    let sets_cookies = res.headers().contains_key(header::SET_COOKIE)
        || res
            .request()
            .extensions()
            .get::<NewSessionCookie>()
            .is_some();
    let status = res.status();
    let repeatable = status.is_redirection() && location.is_some() && !sets_cookies;
    let done = db::run(&state.pool, move |c| {
        if repeatable {
            db::submissions::answer(c, &id, status.as_u16(), location.as_deref())
        } else {
            db::submissions::release(c, &id)
        }
    })
    .await;
    if let Err(e) = done {
        // The claim stays pending: a resubmission waits, then is told the form is still
        // being handled; the daily cleanup removes the row.
        let e = crate::cause::Report(&e);
        tracing::warn!(error = %e, at = %e.places(), "the answer to a form could not be recorded");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_key_is_well_formed_and_unique() {
        let a = new_key();
        assert!(well_formed(&a), "{a}");
        assert_ne!(a, new_key());
    }

    #[test]
    fn odd_keys_are_ignored() {
        for k in [
            "",
            "short",
            "with space in it!!",
            &"x".repeat(65),
            "ключ-ключ-ключ-ключ",
        ] {
            assert!(!well_formed(k), "{k}");
        }
    }
}
