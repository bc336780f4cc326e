use actix_web::{HttpResponse, get, web};

use crate::db;
use crate::state::AppState;

/// The process is alive.
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// The database answers and every migration is applied: the instance can take traffic.
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match db::run(&state.pool, db::ready).await {
        Ok(true) => HttpResponse::Ok().json(serde_json::json!({ "status": "ready" })),
        Ok(false) => HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "migrations pending" })),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            HttpResponse::ServiceUnavailable()
                .json(serde_json::json!({ "status": "database unavailable" }))
        }
    }
}
