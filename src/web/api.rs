//! The JSON API: the same accounts, authenticated with `Authorization: Bearer <token>`.
//! Browsers never send that header by themselves, so these routes need no CSRF token.
use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use serde::Deserialize;

use super::accounts::signin::client_ip;
use super::error::AppError;
use super::session::CurrentUser;
use crate::domain::accounts::{self, AccountError};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

#[post("/api/v1/session")]
pub async fn create_session(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<Credentials>,
) -> Result<HttpResponse, AppError> {
    let ip = client_ip(&req, state.config.behind_proxy);
    match accounts::sign_in(&state, &body.email, &body.password, &ip).await {
        Ok(user) => {
            let (token, claims) = state.keys.issue(&user.id, user.token_version);
            Ok(HttpResponse::Created().json(serde_json::json!({
                "token": token,
                "token_type": "Bearer",
                "expires_at": claims.exp,
            })))
        }
        Err(AccountError::InvalidCredentials | AccountError::Disabled) => {
            Err(AppError::Unauthenticated)
        }
        Err(e) => Err(e.into()),
    }
}

#[get("/api/v1/me")]
pub async fn me(user: CurrentUser) -> HttpResponse {
    let u = &user.0;
    HttpResponse::Ok().json(serde_json::json!({
        "id": u.id,
        "name": u.name,
        "email": u.email,
        "role": u.role,
        "organisation_id": u.organisation_id,
        "language": u.language,
        "email_verified": u.email_verified_at.is_some(),
    }))
}

/// Signs out everywhere: every token issued so far stops working.
#[delete("/api/v1/session")]
pub async fn delete_session(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    accounts::sign_out(&state, user.0.id.clone()).await?;
    Ok(HttpResponse::NoContent().finish())
}
