//! The holiday calendars that the trader's working-day deadline skips, per country.
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post};
use serde::{Deserialize, Serialize};

use crate::db::{self, DbError};
use crate::domain::accounts::FieldErrors;
use crate::domain::country;
use crate::domain::dates::{self, DateKind};
use crate::domain::policy::{Action, authorize};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HolidayForm {
    pub country: String,
    pub day: String,
    pub name: String,
}

async fn page_with(
    page: &Page,
    form: &HolidayForm,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let rows = db::run(&page.state.pool, db::cases::holidays).await?;
    let rows: Vec<_> = rows
        .iter()
        .map(|(c, d, n)| minijinja::context! { country => c, day => page.date(*d), name => n })
        .collect();
    page.form_again(
        status,
        "admin/holidays.html",
        form,
        errors,
        None,
        minijinja::context! { holidays => rows },
    )
}

#[get("/admin/holidays")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn list(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ManageHolidays).map_err(|_| AppError::Forbidden)?;
    page_with(&page, &HolidayForm::default(), &vec![], StatusCode::OK).await
}

#[post("/admin/holidays")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn add(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<HolidayForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    authorize(&user.actor(), Action::ManageHolidays).map_err(|_| AppError::Forbidden)?;
    let mut errors = FieldErrors::new();
    let code = country::parse(&form.country);
    if code.is_none() {
        errors.push(("country", "error-country-unknown"));
    }
    let today = chrono::Utc::now().date_naive();
    let day = dates::parse(&form.day, DateKind::Calendar, today)
        .map_err(|id| errors.push(("day", id)))
        .ok();
    let name = form.name.trim().to_string();
    if name.is_empty() {
        errors.push(("name", "error-required"));
    } else if name.chars().count() > 100 {
        errors.push(("name", "error-too-long"));
    }
    let (Some(code), Some(day), true) = (code, day, errors.is_empty()) else {
        return page_with(&page, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    match db::run(&page.state.pool, move |c| {
        db::cases::add_holiday(c, &code, day, &name)
    })
    .await
    {
        Ok(()) => Ok(redirect("/admin/holidays?notice=holiday-added")),
        Err(DbError::Conflict) => {
            page_with(
                &page,
                &form,
                &vec![("day", "error-holiday-exists")],
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
