//! Staff's view of email that has not gone out: waiting for a retry, or failed for good.
use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;

use super::{PAGE_SIZE, parse_time_cursor, split_page, time_key};
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

#[get("/admin/outbox")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn list(
    page: Page,
    user: CurrentUser,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ManageOutbox).map_err(|_| AppError::Forbidden)?;
    let cursor = parse_time_cursor(q.after.as_deref());
    let (messages, sent) = db::run(&page.state.pool, move |c| -> db::DbResult<_> {
        Ok((
            db::outbox::unsent_page(c, cursor, PAGE_SIZE + 1)?,
            db::outbox::count_with_status(c, db::outbox::SENT)?,
        ))
    })
    .await?;
    let (messages, next) = split_page(messages, |m| time_key(&m.created_at, &m.id));
    let rows: Vec<_> = messages
        .iter()
        .map(|m| {
            minijinja::context! {
                id => m.id, recipient => m.recipient, subject => m.subject, status => m.status,
                attempts => page.number(i64::from(m.attempts)), last_error => m.last_error,
                created_at => page.datetime(m.created_at),
                next_attempt_at => page.datetime(m.next_attempt_at),
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
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, message_id = %id))]
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
