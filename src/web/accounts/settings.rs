use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post};
use serde::{Deserialize, Serialize};

use crate::domain::accounts::{self, AccountError, FieldErrors};
use crate::domain::cases::notify;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::{self, CurrentUser};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    #[serde(skip_serializing)]
    pub current_password: String,
    #[serde(skip_serializing)]
    pub password: String,
    #[serde(skip_serializing)]
    pub password_confirm: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EmailForm {
    pub new_email: String,
    #[serde(skip_serializing)]
    pub email_current_password: String,
}

async fn show_settings(
    page: &Page,
    status: StatusCode,
    email: &EmailForm,
    errors: &FieldErrors,
    summary: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let zones: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect();
    let user_id = page.user.as_ref().map(|u| u.id.clone()).unwrap_or_default();
    let chosen = crate::db::run(&page.state.pool, move |c| {
        crate::db::digests::prefs_of(c, &user_id)
    })
    .await?;
    let notifications: Vec<_> = notify::Category::ALL
        .iter()
        .map(|cat| {
            let mode = chosen
                .iter()
                .find(|(c, _)| c == cat)
                .map_or(notify::Delivery::Immediate, |(_, m)| *m);
            minijinja::context! {
                category => cat.as_str(),
                label => crate::i18n::t(&page.lang, &cat.label_id()),
                mode => mode.as_str(),
            }
        })
        .collect();
    let extra = minijinja::context! { time_zones => zones, notifications => notifications };
    page.form_again(
        status,
        "accounts/settings.html",
        email,
        errors,
        summary,
        extra,
    )
}

/// The settings page again, 422, with the problems beside their fields.
async fn settings_with_errors(
    page: &Page,
    email: &EmailForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    show_settings(
        page,
        StatusCode::UNPROCESSABLE_ENTITY,
        email,
        errors,
        Some("error-form-has-problems"),
    )
    .await
}

#[get("/account")]
#[tracing::instrument(skip_all)]
pub async fn show(page: Page, _user: CurrentUser) -> Result<HttpResponse, AppError> {
    show_settings(&page, StatusCode::OK, &EmailForm::default(), &vec![], None).await
}

#[post("/account/password")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn change_password(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    match accounts::change_password(
        &page.state,
        &user.0,
        &form.current_password,
        &form.password,
        &form.password_confirm,
    )
    .await
    {
        Ok(updated) => {
            // Every other session ended with the new password; this one carries on.
            session::start(&page.req, &page.state, &updated);
            Ok(redirect("/account?notice=password-changed"))
        }
        Err(AccountError::Invalid(errors)) => {
            settings_with_errors(&page, &EmailForm::default(), &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[post("/account/email")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn change_email(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<EmailForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    match accounts::request_email_change(
        &page.state,
        &user.0,
        &form.new_email,
        &form.email_current_password,
    )
    .await
    {
        Ok(()) => Ok(redirect("/account?notice=email-change-sent")),
        Err(AccountError::Invalid(errors)) => settings_with_errors(&page, &form, &errors).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PreferencesForm {
    pub language: String,
    pub time_zone: String,
}

#[post("/account/preferences")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn change_preferences(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<PreferencesForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    match accounts::set_preferences(
        &page.state,
        user.0.id.clone(),
        &form.language,
        &form.time_zone,
    )
    .await
    {
        Ok(()) => Ok(redirect("/account?notice=preferences-saved")),
        Err(AccountError::Invalid(errors)) => {
            settings_with_errors(&page, &EmailForm::default(), &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    pub language: String,
    #[serde(default)]
    pub next: String,
}

/// The language switcher on every page: remembered in a cookie, and saved on the account
/// of a signed-in user.
#[post("/language")]
#[tracing::instrument(skip_all)]
pub async fn switch_language(
    page: Page,
    form: CsrfForm<LanguageForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    if !crate::i18n::is_supported(&form.language) {
        return Err(AppError::BadRequest("unknown language".into()));
    }
    if let Some(user) = &page.user {
        accounts::set_language(&page.state, user.id.clone(), &form.language).await?;
    }
    let cookie =
        actix_web::cookie::Cookie::build(crate::web::page::LANG_COOKIE, form.language.clone())
            .path("/")
            .same_site(actix_web::cookie::SameSite::Lax)
            .secure(page.state.config.secure_cookies())
            .max_age(actix_web::cookie::time::Duration::days(365))
            .finish();
    let mut res = redirect(&crate::web::page::safe_next(Some(&form.next)));
    res.add_cookie(&cookie)
        .map_err(|e| AppError::Internal(crate::cause::Cause::new(e)))?;
    Ok(res)
}

/// One field per category: `immediate` or `digest`; a category left out keeps its choice.
#[post("/account/notifications")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn change_notifications(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    let choices: Vec<(notify::Category, String)> = notify::Category::ALL
        .iter()
        .filter_map(|c| form.get(c.as_str()).map(|m| (*c, m.clone())))
        .collect();
    match accounts::set_notifications(&page.state, user.0.id.clone(), choices).await {
        Ok(()) => Ok(redirect(
            "/account?notice=notifications-saved#notifications",
        )),
        Err(AccountError::Invalid(errors)) => {
            settings_with_errors(&page, &EmailForm::default(), &errors).await
        }
        Err(e) => Err(e.into()),
    }
}
