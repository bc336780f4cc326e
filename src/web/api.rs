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
#[tracing::instrument(skip_all)]
pub async fn create_session(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<Credentials>,
) -> Result<HttpResponse, AppError> {
    let ip = client_ip(&req, state.config.behind_proxy);
    // API clients keep no cookies, so they have no device token: the account's own throttle.
    match accounts::sign_in(&state, &body.email, &body.password, &ip, None).await {
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
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
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
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn delete_session(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    accounts::sign_out(&state, user.0.id.clone()).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct CaseListQuery {
    #[serde(flatten)]
    filter: super::cases::list::ListQuery,
}

fn case_json(c: &crate::db::models::Case) -> serde_json::Value {
    serde_json::json!({
        "id": c.id,
        "reference": c.reference,
        "state": c.state,
        "consumer": c.consumer_name,
        "trader": c.trader_name,
        "consumer_country": c.consumer_country,
        "trader_country": c.trader_country,
        "received_at": c.received_at,
        "completed_at": c.completed_at,
        "outcome_due_at": c.outcome_due_at,
        "closed_at": c.closed_at,
        "days_left": crate::domain::cases::procedure::days_left(c),
    })
}

/// The cases the caller has a part in (all, for staff), newest first, with the list's filters
/// and a `next` cursor.
#[get("/api/v1/cases")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn cases(
    state: web::Data<AppState>,
    user: CurrentUser,
    q: web::Query<CaseListQuery>,
) -> Result<HttpResponse, AppError> {
    use super::admin::{PAGE_SIZE, parse_time_cursor, split_page, time_key};
    let q = q.into_inner().filter;
    let scope = super::cases::list::scope_of(&user);
    let filter = super::cases::list::filter_of(&q);
    let cursor = parse_time_cursor(q.after.as_deref());
    let rows = crate::db::run(&state.pool, move |c| {
        crate::db::cases::page(c, &scope, &filter, cursor, PAGE_SIZE + 1)
    })
    .await?;
    let (rows, next) = split_page(rows, |c| time_key(&c.created_at, &c.id));
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "cases": rows.iter().map(case_json).collect::<Vec<_>>(),
        "next": next,
    })))
}

/// One case with its timeline, for a person with a part in it; anyone else gets 404.
#[get("/api/v1/cases/{id}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn case(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    use crate::domain::cases::{CaseError, access};
    let actor = user.actor();
    let id = id.into_inner();
    let (case, role, events) = crate::db::run(&state.pool, move |c| {
        let (case, role) = match access::load(c, &actor, &id) {
            Ok(v) => v,
            Err(CaseError::Db(e)) => return Err(e),
            Err(_) => return Err(crate::db::DbError::NotFound),
        };
        let events = if access::sees_file(role) {
            crate::db::cases::events(c, &case.id)?
        } else {
            vec![]
        };
        Ok((case, role, events))
    })
    .await?;
    if case.state.is_draft() {
        return Err(AppError::NotFound);
    }
    let mut body = case_json(&case);
    body["role"] = serde_json::json!(role);
    body["events"] = events
        .iter()
        .map(|e| {
            serde_json::json!({
                "seq": e.seq, "at": e.at, "kind": e.kind, "actor_id": e.actor_id,
                "data": serde_json::from_str::<serde_json::Value>(&e.data).unwrap_or_default(),
            })
        })
        .collect::<Vec<_>>()
        .into();
    Ok(HttpResponse::Ok().json(body))
}

/// Takes a step on a case: `{"reason": "..."}` and the like as the body. 409 when the state
/// does not allow it, 422 with the fields' problems.
#[post("/api/v1/cases/{id}/steps/{step}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, step = %path.1))]
pub async fn case_step(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    body: web::Json<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    use crate::domain::cases::CaseError;
    use crate::domain::cases::lifecycle::Step;
    require_bearer(&req)?;
    let (id, step) = path.into_inner();
    let step = Step::parse(&step).ok_or(AppError::NotFound)?;
    match super::cases::steps::dispatch(&state, &user.actor(), id, step, &body).await {
        Ok(()) => Ok(HttpResponse::NoContent().finish()),
        Err(CaseError::Invalid(errors)) => Ok(invalid(&user.0.language, &errors)),
        Err(e) => Err(e.into()),
    }
}

/// 422 with each field's problem, in the caller's language (the account's, which the error
/// renderer does not know; the body is the same as `AppError::Invalid`'s).
pub fn invalid(lang: &str, errors: &[(&str, &str)]) -> HttpResponse {
    HttpResponse::UnprocessableEntity().json(super::error::invalid_body(lang, errors))
}

/// Only with a bearer token: a browser's cookie is no authority for a call that carries no
/// CSRF token.
pub fn require_bearer(req: &HttpRequest) -> Result<(), AppError> {
    match super::session::bearer(req) {
        Some(_) => Ok(()),
        None => Err(AppError::Unauthenticated),
    }
}

#[derive(Deserialize)]
pub struct After {
    after: Option<String>,
}

fn message_json(m: &crate::db::models::CaseMessage) -> serde_json::Value {
    serde_json::json!({
        "id": m.id, "audience": m.audience, "author_id": m.author_id,
        "body": m.body, "created_at": m.created_at,
    })
}

fn document_json(d: &crate::db::models::CaseDocument) -> serde_json::Value {
    serde_json::json!({
        "id": d.id, "audience": d.audience, "title": d.title, "description": d.description,
        "file_name": d.file_name, "content_type": d.content_type, "size_bytes": d.size_bytes,
        "sha256": d.sha256, "uploader_id": d.uploader_id, "created_at": d.created_at,
        "redacted_at": d.redacted_at, "redaction_reason": d.redaction_reason,
        "download": format!("/cases/{}/documents/{}", d.case_id, d.id),
    })
}

/// The messages of a case the caller sees (never another side's caucus), oldest first,
/// 50 at a time with a `next` cursor.
#[get("/api/v1/cases/{id}/messages")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn case_messages(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    q: web::Query<After>,
) -> Result<HttpResponse, AppError> {
    case_file_page(&state, &user, id.into_inner(), false, q.after.as_deref()).await
}

/// The documents of a case the caller sees, as `case_messages`; each names its download.
#[get("/api/v1/cases/{id}/documents")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn case_documents(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    q: web::Query<After>,
) -> Result<HttpResponse, AppError> {
    case_file_page(&state, &user, id.into_inner(), true, q.after.as_deref()).await
}

async fn case_file_page(
    state: &AppState,
    user: &CurrentUser,
    id: String,
    documents: bool,
    after: Option<&str>,
) -> Result<HttpResponse, AppError> {
    use super::admin::{PAGE_SIZE, parse_time_cursor, split_page, time_key};
    use crate::domain::cases::case_file::{self, Listing};
    let cursor = parse_time_cursor(after);
    let listing =
        case_file::list(state, &user.actor(), id, documents, cursor, PAGE_SIZE + 1).await?;
    Ok(HttpResponse::Ok().json(match listing {
        Listing::Messages(rows) => {
            let (rows, next) = split_page(rows, |m| time_key(&m.created_at, &m.id));
            serde_json::json!({ "messages": rows.iter().map(message_json).collect::<Vec<_>>(), "next": next })
        }
        Listing::Documents(rows) => {
            let (rows, next) = split_page(rows, |d| time_key(&d.created_at, &d.id));
            serde_json::json!({ "documents": rows.iter().map(document_json).collect::<Vec<_>>(), "next": next })
        }
    }))
}

#[derive(Deserialize)]
pub struct NewMessage {
    #[serde(default)]
    audience: String,
    #[serde(default)]
    body: String,
}

/// Posts a message: `{"audience": "everyone" | "caucus_consumer" | "caucus_trader", "body": "..."}`.
#[post("/api/v1/cases/{id}/messages")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn post_case_message(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<String>,
    body: web::Json<NewMessage>,
) -> Result<HttpResponse, AppError> {
    use crate::domain::cases::{CaseError, case_file};
    require_bearer(&req)?;
    let NewMessage { audience, body } = body.into_inner();
    match case_file::post_message(&state, &user.actor(), id.into_inner(), audience, body).await {
        Ok(m) => Ok(HttpResponse::Created().json(message_json(&m))),
        Err(CaseError::Invalid(errors)) => Ok(invalid(&user.0.language, &errors)),
        Err(e) => Err(e.into()),
    }
}
