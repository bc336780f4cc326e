//! Staff's view of email that has not gone out: waiting for a retry, or failed for good.
use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDateTime;
use serde::Deserialize;

use super::{PAGE_SIZE, parse_cursor};
use crate::db;
use crate::domain::policy::{Action, authorize};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

#[derive(Deserialize)]
pub struct ListQuery {
    after: Option<String>,
}

const CURSOR_TIME: &str = "%Y-%m-%dT%H:%M:%S%.6f";

#[get("/admin/outbox")]
pub async fn list(
    page: Page,
    user: CurrentUser,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ManageOutbox).map_err(|_| AppError::Forbidden)?;
    let cursor = parse_cursor(q.after.as_deref()).and_then(|(at, id)| {
        NaiveDateTime::parse_from_str(&at, CURSOR_TIME)
            .ok()
            .map(|t| (t, id))
    });
    let (messages, sent) = db::run(&page.state.pool, move |c| {
        Ok((
            db::outbox::unsent_page(c, cursor, PAGE_SIZE + 1)?,
            db::outbox::count_with_status(c, db::outbox::SENT)?,
        ))
    })
    .await?;
    let more = messages.len() as i64 > PAGE_SIZE;
    let messages: Vec<_> = messages.into_iter().take(PAGE_SIZE as usize).collect();
    let next = more
        .then(|| {
            messages
                .last()
                .map(|m| format!("{}|{}", m.created_at.format(CURSOR_TIME), m.id))
        })
        .flatten();
    let rows: Vec<_> = messages
        .iter()
        .map(|m| {
            minijinja::context! {
                id => m.id, recipient => m.recipient, subject => m.subject, status => m.status,
                attempts => m.attempts, last_error => m.last_error,
                created_at => m.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                next_attempt_at => m.next_attempt_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                failed => m.status == db::outbox::FAILED,
            }
        })
        .collect();
    page.render(
        "admin/outbox.html",
        minijinja::context! { messages => rows, next => next, sent => sent },
    )
}

#[post("/admin/outbox/{id}/retry")]
pub async fn retry(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<crate::web::EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    authorize(&user.actor(), Action::ManageOutbox).map_err(|_| AppError::Forbidden)?;
    let id = id.into_inner();
    let requeued = db::run(&page.state.pool, move |c| {
        db::outbox::retry(c, &id, db::now())
    })
    .await?;
    if !requeued {
        return Err(AppError::NotFound);
    }
    Ok(redirect("/admin/outbox?notice=mail-requeued"))
}
