//! CSRF protection by signed double-submit: a random value, signed with a server key, lives
//! in an HttpOnly cookie and in a hidden field of every form; a POST must carry both, equal.
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
use crate::state::AppState;

pub const COOKIE: &str = "concilia_csrf";
pub const FIELD: &str = "csrf_token";

/// The token of this request, for forms to embed.
#[derive(Clone)]
pub struct CsrfToken(pub String);

fn sign(key: &[u8], nonce: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(nonce.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

pub fn new_token(key: &[u8]) -> String {
    let nonce = crate::domain::tokens::random_token(24);
    let sig = sign(key, &nonce);
    format!("{nonce}.{sig}")
}

pub fn is_well_signed(key: &[u8], token: &str) -> bool {
    let Some((nonce, sig)) = token.split_once('.') else {
        return false;
    };
    let Ok(sig) = URL_SAFE_NO_PAD.decode(sig) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(nonce.as_bytes());
    mac.verify_slice(&sig).is_ok()
}

fn matches(key: &[u8], cookie: Option<&str>, submitted: Option<&str>) -> bool {
    use subtle::ConstantTimeEq;
    match (cookie, submitted) {
        (Some(c), Some(s)) => {
            is_well_signed(key, c) && bool::from(c.as_bytes().ct_eq(s.as_bytes()))
        }
        _ => false,
    }
}

/// Makes sure every visitor has a CSRF cookie before a form is shown.
pub async fn ensure_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let existing = req.cookie(COOKIE).map(|c| c.value().to_string());
    let mut fresh = None;
    if let Some(state) = &state {
        match existing.filter(|t| is_well_signed(&state.csrf_key, t)) {
            Some(t) => {
                req.extensions_mut().insert(CsrfToken(t));
            }
            None => {
                let t = new_token(&state.csrf_key);
                req.extensions_mut().insert(CsrfToken(t.clone()));
                fresh = Some((t, state.config.secure_cookies()));
            }
        }
    }
    let mut res = next.call(req).await?;
    if let Some((token, secure)) = fresh {
        let cookie = Cookie::build(COOKIE, token)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

#[derive(serde::Deserialize)]
struct TokenField {
    csrf_token: Option<String>,
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
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::Internal("no state".into()))?;
            let cookie = req.cookie(COOKIE).map(|c| c.value().to_string());
            let valid = matches(
                &state.csrf_key,
                cookie.as_deref(),
                submitted.and_then(|s| s.csrf_token).as_deref(),
            );
            // A forged request is refused as such, whatever else is wrong with it.
            let data: T = serde_urlencoded::from_bytes(&body).map_err(|e| {
                if valid {
                    AppError::BadRequest(e.to_string())
                } else {
                    AppError::Csrf
                }
            })?;
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
    let cookie = req.cookie(COOKIE).map(|c| c.value().to_string());
    if matches(&state.csrf_key, cookie.as_deref(), submitted) {
        Ok(())
    } else {
        Err(AppError::Csrf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"test key";

    #[test]
    fn a_token_matches_itself_and_nothing_else() {
        let t = new_token(KEY);
        assert!(matches(KEY, Some(&t), Some(&t)));
        assert!(!matches(KEY, Some(&t), Some(&new_token(KEY))));
        assert!(!matches(KEY, Some(&t), None));
        assert!(!matches(KEY, None, Some(&t)));
    }

    #[test]
    fn a_forged_cookie_and_field_pair_is_refused() {
        // An attacker who can plant a cookie still cannot sign a value of their choosing.
        assert!(!matches(KEY, Some("abc.def"), Some("abc.def")));
        let other = new_token(b"another key");
        assert!(!matches(KEY, Some(&other), Some(&other)));
    }
}
