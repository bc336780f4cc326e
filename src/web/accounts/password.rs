use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::link_problem_page;
use crate::domain::accounts::{self, AccountError};
use crate::domain::tokens::Purpose;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ForgotForm {
    pub email: String,
}

#[get("/password/forgot")]
#[tracing::instrument(skip_all)]
pub async fn forgot(page: Page) -> Result<HttpResponse, AppError> {
    page.form_again(
        StatusCode::OK,
        "accounts/forgot.html",
        &ForgotForm::default(),
        &vec![],
        None,
        minijinja::context! {},
    )
}

#[post("/password/forgot")]
#[tracing::instrument(skip_all)]
pub async fn forgot_submit(
    page: Page,
    form: CsrfForm<ForgotForm>,
) -> Result<HttpResponse, AppError> {
    let (form, csrf) = form.into_parts();
    if csrf.is_some() {
        return page.form_again(
            StatusCode::FORBIDDEN,
            "accounts/forgot.html",
            &form,
            &vec![],
            Some("error-form-expired"),
            minijinja::context! {},
        );
    }
    match accounts::request_password_reset(&page.state, &form.email).await {
        // The same answer whether or not the address has an account.
        Ok(()) => Ok(redirect("/signin?notice=reset-sent")),
        Err(AccountError::Invalid(errors)) => page.form_again(
            StatusCode::UNPROCESSABLE_ENTITY,
            "accounts/forgot.html",
            &form,
            &errors,
            None,
            minijinja::context! {},
        ),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NewPasswordForm {
    #[serde(skip_serializing)]
    pub password: String,
    #[serde(skip_serializing)]
    pub password_confirm: String,
}

/// Shows the form to choose a password through an emailed link: a reset or an invitation.
pub async fn show_link_form(
    page: Page,
    token: String,
    purpose: Purpose,
    template: &str,
) -> Result<HttpResponse, AppError> {
    match accounts::peek_link(&page.state, token.clone(), purpose).await {
        Ok(user) => page.form_again(
            StatusCode::OK,
            template,
            &NewPasswordForm::default(),
            &vec![],
            None,
            minijinja::context! { token => token, invitee => user.name },
        ),
        Err(e) => link_problem_page(&page, e),
    }
}

pub async fn submit_link_form(
    page: Page,
    token: String,
    purpose: Purpose,
    template: &str,
    form: CsrfForm<NewPasswordForm>,
    done: &str,
) -> Result<HttpResponse, AppError> {
    let (form, csrf) = form.into_parts();
    let extra = minijinja::context! { token => token.clone(), invitee => "" };
    if csrf.is_some() {
        return page.form_again(
            StatusCode::FORBIDDEN,
            template,
            &form,
            &vec![],
            Some("error-form-expired"),
            extra,
        );
    }
    match accounts::set_password_by_link(
        &page.state,
        token,
        purpose,
        &form.password,
        &form.password_confirm,
    )
    .await
    {
        Ok(_) => Ok(redirect(done)),
        Err(AccountError::Invalid(errors)) => page.form_again(
            StatusCode::UNPROCESSABLE_ENTITY,
            template,
            &form,
            &errors,
            None,
            extra,
        ),
        Err(e) => link_problem_page(&page, e),
    }
}

#[get("/password/reset/{token}")]
#[tracing::instrument(skip_all)]
pub async fn reset(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    show_link_form(
        page,
        token.into_inner(),
        Purpose::ResetPassword,
        "accounts/reset.html",
    )
    .await
}

#[post("/password/reset/{token}")]
#[tracing::instrument(skip_all)]
pub async fn reset_submit(
    page: Page,
    token: web::Path<String>,
    form: CsrfForm<NewPasswordForm>,
) -> Result<HttpResponse, AppError> {
    submit_link_form(
        page,
        token.into_inner(),
        Purpose::ResetPassword,
        "accounts/reset.html",
        form,
        "/signin?notice=password-reset",
    )
    .await
}
