use std::time::Duration;

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};

use crate::db;
use crate::state::AppState;

/// A load balancer's probe gives up after about a second: answer before that either way.
const READY_WITHIN: Duration = Duration::from_millis(900);

/// The process is alive.
#[get("/healthz")]
#[tracing::instrument(skip_all)]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// The database answers and every migration is applied: the instance can take traffic.
#[get("/readyz")]
#[tracing::instrument(skip_all)]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let answer = tokio::time::timeout(READY_WITHIN, db::run(&state.pool, db::ready)).await;
    match answer {
        Ok(Ok(true)) => HttpResponse::Ok().json(serde_json::json!({ "status": "ready" })),
        Ok(Ok(false)) => HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "migrations pending" })),
        Ok(Err(e)) => {
            let e = crate::cause::Report(&e);
            tracing::warn!(error = %e, at = %e.places(), "not ready");
            unavailable()
        }
        Err(_) => {
            tracing::warn!("not ready: the database did not answer in time");
            unavailable()
        }
    }
}

fn unavailable() -> HttpResponse {
    HttpResponse::ServiceUnavailable()
        .insert_header((header::RETRY_AFTER, crate::web::error::RETRY_AFTER_SECONDS))
        .json(serde_json::json!({ "status": "database unavailable" }))
}
