//! Who is asking: the session token from the `Authorization: Bearer` header (API) or the
//! session cookie (pages), checked against the user's current token version on every request.
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use super::error::AppError;
use crate::db::models::User;
use crate::domain::Role;
use crate::domain::accounts;
use crate::domain::policy::Actor;
use crate::domain::session::{Claims, TokenError};
use crate::state::AppState;

pub const COOKIE: &str = "concilia_session";

/// The outcome of reading the session, computed once per request.
#[derive(Clone)]
pub enum Session {
    Anonymous,
    SignedIn(Box<User>, Claims),
    Refused(TokenError),
}

/// A replacement session cookie to set on the way out (sign-in, sliding refresh).
#[derive(Clone)]
pub struct NewSessionCookie(pub Cookie<'static>);

pub fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    Cookie::build(COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(time::Duration::seconds(state.keys.lifetime.num_seconds()))
        .finish()
}

pub fn removal_cookie() -> Cookie<'static> {
    let mut c = Cookie::build(COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    c.make_removal();
    c
}

pub fn bearer(req: &HttpRequest) -> Option<Result<String, TokenError>> {
    let value = req.headers().get(header::AUTHORIZATION)?;
    let token = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    Some(token.filter(|t| !t.is_empty()).ok_or(TokenError::Invalid))
}

/// The session while it is being read, shared by the extractors of one request: a handler
/// that takes both `Page` and `CurrentUser` has them polled together, and the second waits
/// for the first's lookup of the user instead of making its own.
#[derive(Clone, Default)]
struct Reading(Rc<tokio::sync::OnceCell<Session>>);

async fn read_session(req: &HttpRequest) -> Result<Session, AppError> {
    let reading = {
        let mut extensions = req.extensions_mut();
        if let Some(s) = extensions.get::<Session>() {
            return Ok(s.clone());
        }
        match extensions.get::<Reading>() {
            Some(r) => r.clone(),
            None => {
                let r = Reading::default();
                extensions.insert(r.clone());
                r
            }
        }
    };
    let session = reading.0.get_or_try_init(|| lookup(req)).await?.clone();
    req.extensions_mut().insert(session.clone());
    Ok(session)
}

async fn lookup(req: &HttpRequest) -> Result<Session, AppError> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal("no state".into()))?;
    let token = match bearer(req) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => return Ok(Session::Refused(e)),
        None => req
            .cookie(COOKIE)
            .map(|c| c.value().to_string())
            .filter(|v| !v.is_empty()),
    };
    Ok(match token {
        None => Session::Anonymous,
        Some(token) => match state.keys.verify(&token) {
            Err(e) => Session::Refused(e),
            Ok(claims) => match accounts::session_user(state, claims.clone()).await? {
                Some(user) => Session::SignedIn(Box::new(user), claims),
                // Signed out, password changed or account disabled since the token was issued.
                None => Session::Refused(TokenError::Invalid),
            },
        },
    })
}

/// The signed-in user; anonymous visitors are sent to sign in, bad tokens get 401.
pub struct CurrentUser(pub User);

impl CurrentUser {
    pub fn actor(&self) -> Actor {
        actor(&self.0)
    }

    pub fn role(&self) -> Role {
        Actor::of(&self.0).role
    }
}

pub fn actor(user: &User) -> Actor {
    Actor::of(user)
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match read_session(&req).await? {
                Session::SignedIn(user, _) => Ok(CurrentUser(*user)),
                Session::Anonymous => Err(AppError::Unauthenticated),
                Session::Refused(e) => Err(AppError::BadToken(e)),
            }
        })
    }
}

/// The signed-in user if any; a stale cookie counts as anonymous on public pages.
pub struct MaybeUser(pub Option<User>);

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match read_session(&req).await? {
                Session::SignedIn(user, _) => Ok(MaybeUser(Some(*user))),
                Session::Refused(e) if bearer(&req).is_some() => Err(AppError::BadToken(e)),
                _ => Ok(MaybeUser(None)),
            }
        })
    }
}

/// After the handler: sets a new session cookie when one was issued, refreshes a cookie
/// past half its life, and clears a cookie that was refused.
pub async fn maintain_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let had_cookie = req.cookie(COOKIE).is_some();
    let mut res = next.call(req).await?;
    let new_cookie = res
        .request()
        .extensions()
        .get::<NewSessionCookie>()
        .cloned();
    let session = res.request().extensions().get::<Session>().cloned();
    if let Some(NewSessionCookie(c)) = new_cookie {
        res.response_mut().add_cookie(&c)?;
    } else if let (Some(state), Some(session), true) = (state, session, had_cookie) {
        match session {
            Session::SignedIn(user, claims) if state.keys.needs_refresh(&claims) => {
                // The same sign-in goes on: its sid, and the CSRF token bound to it, stay.
                let (token, _) = state.keys.renew(&claims, user.token_version);
                res.response_mut()
                    .add_cookie(&session_cookie(&state, token))?;
            }
            Session::Refused(_) => res.response_mut().add_cookie(&removal_cookie())?,
            _ => {}
        }
    }
    Ok(res)
}

/// Signs the user in for the rest of this response.
pub fn start(req: &HttpRequest, state: &AppState, user: &User) -> String {
    let (token, _) = state.keys.issue(&user.id, user.token_version);
    req.extensions_mut()
        .insert(NewSessionCookie(session_cookie(state, token.clone())));
    token
}

pub fn end(req: &HttpRequest) {
    req.extensions_mut()
        .insert(NewSessionCookie(removal_cookie()));
}
