//! CSRF protection by signed double-submit, bound to the session: a token lives in an
//! HttpOnly cookie and in a hidden field of every form; a POST must carry both, equal, and the
//! token's signature must cover the session it is sent in.
//!
//! A token is `nonce.HMAC(key, nonce | binding)`. The binding names who the browser is:
//! - signed in: `session:<sid>`, the random `sid` claim of the session token, new at each
//!   sign-in and kept by the sliding refresh;
//! - not signed in: `visitor:<id>`, the random value of a visitor cookie set with the first
//!   token (sign-in, sign-up and the other public forms are protected too).
//!
//! A (cookie, field) pair copied from another browser, or from before a sign-in or sign-out,
//! therefore fails. The binding changes at sign-in and sign-out, so the response that starts
//! or ends a session carries a fresh token (and sign-out a fresh visitor id); any other
//! request whose cookie no longer fits its binding gets a fresh token as well.
use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use sha2::Sha256;

use super::error::AppError;
use super::session::NewSessionCookie;
use crate::state::AppState;

pub const COOKIE: &str = "concilia_csrf";
pub const VISITOR_COOKIE: &str = "concilia_visitor";
pub const FIELD: &str = "csrf_token";

/// The token of this request, for forms to embed.
#[derive(Clone)]
pub struct CsrfToken(pub String);

/// Whom this request's tokens are bound to (see the module comment). Also the scope of
/// one-time form keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding(pub String);

fn mac(key: &[u8], nonce: &str, binding: &Binding) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(nonce.as_bytes());
    mac.update(b"|");
    mac.update(binding.0.as_bytes());
    mac
}

pub fn new_token(key: &[u8], binding: &Binding) -> String {
    let nonce = crate::domain::tokens::random_token(24);
    let sig = URL_SAFE_NO_PAD.encode(mac(key, &nonce, binding).finalize().into_bytes());
    format!("{nonce}.{sig}")
}

pub fn is_valid_for(key: &[u8], token: &str, binding: &Binding) -> bool {
    let Some((nonce, sig)) = token.split_once('.') else {
        return false;
    };
    let Ok(sig) = URL_SAFE_NO_PAD.decode(sig) else {
        return false;
    };
    mac(key, nonce, binding).verify_slice(&sig).is_ok()
}

fn matches(key: &[u8], binding: &Binding, cookie: Option<&str>, submitted: Option<&str>) -> bool {
    use subtle::ConstantTimeEq;
    match (cookie, submitted) {
        (Some(c), Some(s)) => {
            is_valid_for(key, c, binding) && bool::from(c.as_bytes().ct_eq(s.as_bytes()))
        }
        _ => false,
    }
}

fn session_binding(sid: &str) -> Binding {
    Binding(format!("session:{sid}"))
}

fn visitor_binding(id: &str) -> Binding {
    Binding(format!("visitor:{id}"))
}

/// The binding the request's own cookies name: the signed-in session's sid, else the
/// visitor cookie; `None` for a first visit.
fn binding_of(req: &HttpRequest, state: &AppState) -> Option<Binding> {
    let session = req
        .cookie(super::session::COOKIE)
        .and_then(|c| state.keys.verify(c.value()).ok());
    if let Some(claims) = session {
        return Some(session_binding(&claims.sid));
    }
    req.cookie(VISITOR_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| (16..=64).contains(&v.len()))
        .map(|v| visitor_binding(&v))
}

/// The binding computed for this request by `ensure_cookie` (or computed now).
pub fn binding(req: &HttpRequest, state: &AppState) -> Option<Binding> {
    if let Some(b) = req.extensions().get::<Binding>() {
        return Some(b.clone());
    }
    binding_of(req, state)
}

fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

/// Makes sure every visitor has a CSRF cookie that fits their session before a form is
/// shown, and gives a fresh one when a session starts or ends.
pub async fn ensure_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return next.call(req).await;
    };
    let secure = state.config.secure_cookies();
    let mut new_visitor = None;
    let binding = binding_of(req.request(), &state).unwrap_or_else(|| {
        let id = crate::domain::tokens::random_token(24);
        let b = visitor_binding(&id);
        new_visitor = Some(id);
        b
    });
    let existing = req
        .cookie(COOKIE)
        .map(|c| c.value().to_string())
        .filter(|t| is_valid_for(&state.csrf_key, t, &binding));
    let fresh = match existing {
        Some(t) => {
            req.extensions_mut().insert(CsrfToken(t));
            None
        }
        None => {
            let t = new_token(&state.csrf_key, &binding);
            req.extensions_mut().insert(CsrfToken(t.clone()));
            Some(t)
        }
    };
    req.extensions_mut().insert(binding);
    let mut res = next.call(req).await?;
    let started_or_ended = res
        .request()
        .extensions()
        .get::<NewSessionCookie>()
        .map(|c| c.0.value().to_string());
    let fresh = match started_or_ended {
        // A session began (or a new token replaced it): bind to its sid. It ended: to a
        // new visitor id, so nothing of the signed-in session's tokens carries over.
        Some(session_token) => {
            let binding = match state.keys.verify(&session_token) {
                Ok(claims) => session_binding(&claims.sid),
                Err(_) => {
                    let id = crate::domain::tokens::random_token(24);
                    let b = visitor_binding(&id);
                    new_visitor = Some(id);
                    b
                }
            };
            Some(new_token(&state.csrf_key, &binding))
        }
        None => fresh,
    };
    if let Some(id) = new_visitor {
        res.response_mut()
            .add_cookie(&cookie(VISITOR_COOKIE, id, secure))?;
    }
    if let Some(token) = fresh {
        res.response_mut()
            .add_cookie(&cookie(COOKIE, token, secure))?;
    }
    Ok(res)
}

#[derive(serde::Deserialize)]
struct TokenField {
    csrf_token: Option<String>,
    form_key: Option<String>,
}

/// A url-encoded form whose CSRF token has been checked. Handlers must say what happens on
/// a failed check: `into_inner()?` refuses with 403; `into_parts()` also hands back what the
/// user typed, so a form can be shown again with it.
pub struct CsrfForm<T> {
    data: T,
    valid: bool,
}

impl<T> CsrfForm<T> {
    pub fn into_inner(self) -> Result<T, AppError> {
        if self.valid {
            Ok(self.data)
        } else {
            Err(AppError::Csrf)
        }
    }

    pub fn into_parts(self) -> (T, Option<AppError>) {
        let err = (!self.valid).then_some(AppError::Csrf);
        (self.data, err)
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let body = body.await.map_err(|_| AppError::TooLarge)?;
            let submitted: Option<TokenField> = serde_urlencoded::from_bytes(&body).ok();
            let (token, form_key) = submitted
                .map(|s| (s.csrf_token, s.form_key))
                .unwrap_or_default();
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::Internal("no state".into()))?;
            let valid = is_valid(&req, state, token.as_deref());
            // A forged request is refused as such, whatever else is wrong with it.
            let data: T = serde_urlencoded::from_bytes(&body).map_err(|e| {
                if valid {
                    AppError::BadRequest(e.to_string())
                } else {
                    AppError::Csrf
                }
            })?;
            if valid {
                // A form sent before is answered as it was then; its handler does not run.
                super::submission::claim(&req, state, form_key.as_deref()).await?;
            }
            Ok(CsrfForm { data, valid })
        })
    }
}

/// Checks a token that did not come in a urlencoded form (the first field of a multipart
/// upload) against the cookie.
pub fn check(req: &HttpRequest, submitted: Option<&str>) -> Result<(), AppError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal("no state".into()))?;
    if is_valid(req, state, submitted) {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}

/// The submitted token equals the cookie, and both are bound to this request's session.
fn is_valid(req: &HttpRequest, state: &AppState, submitted: Option<&str>) -> bool {
    let Some(binding) = binding(req, state) else {
        return false;
    };
    let cookie = req.cookie(COOKIE).map(|c| c.value().to_string());
    matches(&state.csrf_key, &binding, cookie.as_deref(), submitted)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"test key";

    fn me() -> Binding {
        session_binding("my-sid")
    }

    #[test]
    fn a_token_matches_itself_and_nothing_else() {
        let t = new_token(KEY, &me());
        assert!(matches(KEY, &me(), Some(&t), Some(&t)));
        assert!(!matches(KEY, &me(), Some(&t), Some(&new_token(KEY, &me()))));
        assert!(!matches(KEY, &me(), Some(&t), None));
        assert!(!matches(KEY, &me(), None, Some(&t)));
    }

    #[test]
    fn a_forged_cookie_and_field_pair_is_refused() {
        // An attacker who can plant a cookie still cannot sign a value of their choosing.
        assert!(!matches(KEY, &me(), Some("abc.def"), Some("abc.def")));
        let other = new_token(b"another key", &me());
        assert!(!matches(KEY, &me(), Some(&other), Some(&other)));
    }

    #[test]
    fn a_pair_made_for_another_session_or_visitor_is_refused() {
        for theirs in [
            session_binding("their-sid"),
            visitor_binding("my-sid"),
            visitor_binding("someone"),
        ] {
            let t = new_token(KEY, &theirs);
            assert!(matches(KEY, &theirs, Some(&t), Some(&t)));
            assert!(!matches(KEY, &me(), Some(&t), Some(&t)), "{theirs:?}");
        }
    }
}
