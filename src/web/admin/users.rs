use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;

use super::organisations::InviteForm;
use super::{PAGE_SIZE, parse_time_cursor, split_page, time_key};
use crate::db;
use crate::domain::Role;
use crate::domain::accounts::{self, AccountError, InviteInput};
use crate::domain::policy::{Action, authorize};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

#[derive(Deserialize)]
pub struct ListQuery {
    after: Option<String>,
}

async fn list_page(
    page: &Page,
    user: &CurrentUser,
    after: Option<String>,
    status: StatusCode,
    form: &InviteForm,
    errors: &accounts::FieldErrors,
) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ListUsers).map_err(|_| AppError::Forbidden)?;
    let cursor = parse_time_cursor(after.as_deref());
    let users = db::run(&page.state.pool, move |c| {
        db::users::page(c, cursor, PAGE_SIZE + 1)
    })
    .await?;
    let (users, next) = split_page(users, |u| time_key(&u.created_at, &u.id));
    let me = user.0.id.clone();
    let rows: Vec<_> = users
        .iter()
        .map(|u| minijinja::context! {
            id => u.id, name => u.name, email => u.email, role => u.role,
            role_label => crate::domain::policy::Actor::of(u).role.label_id(),
            active => u.password_hash.is_some(), disabled => u.disabled_at.is_some(), is_me => u.id == me,
        })
        .collect();
    page.form_again(
        status,
        "admin/users.html",
        form,
        errors,
        None,
        minijinja::context! { users => rows, next => next },
    )
}

#[get("/admin/users")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn list(
    page: Page,
    user: CurrentUser,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    list_page(
        &page,
        &user,
        q.into_inner().after,
        StatusCode::OK,
        &InviteForm::default(),
        &vec![],
    )
    .await
}

#[post("/admin/mediators")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn invite_mediator(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    let input = InviteInput {
        name: form.name.clone(),
        email: form.email.clone(),
        role: Role::Mediator,
        organisation_id: None,
    };
    match accounts::invite(&page.state, &user.actor(), input).await {
        Ok(_) => Ok(redirect("/admin/users?notice=invitation-sent")),
        Err(AccountError::Invalid(errors)) => {
            list_page(
                &page,
                &user,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                &errors,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[post("/admin/users/{id}/disable")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, user_id = %id))]
pub async fn disable(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<crate::web::EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    accounts::set_disabled(&page.state, &user.actor(), id.into_inner(), true).await?;
    Ok(redirect("/admin/users?notice=user-disabled"))
}

#[post("/admin/users/{id}/enable")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, user_id = %id))]
pub async fn enable(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<crate::web::EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    accounts::set_disabled(&page.state, &user.actor(), id.into_inner(), false).await?;
    Ok(redirect("/admin/users?notice=user-enabled"))
}
