use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post};
use serde::{Deserialize, Serialize};

use crate::domain::accounts::{self, AccountError, SignupInput};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SignupForm {
    pub name: String,
    pub email: String,
    #[serde(skip_serializing)]
    pub password: String,
    #[serde(skip_serializing)]
    pub password_confirm: String,
    pub language: String,
}

#[get("/signup")]
#[tracing::instrument(skip_all)]
pub async fn show(page: Page) -> Result<HttpResponse, AppError> {
    if page.user.is_some() {
        return Ok(redirect("/dashboard"));
    }
    let form = SignupForm {
        language: page.lang.clone(),
        ..Default::default()
    };
    page.form_again(
        StatusCode::OK,
        "accounts/signup.html",
        &form,
        &vec![],
        None,
        minijinja::context! {},
    )
}

#[post("/signup")]
#[tracing::instrument(skip_all)]
pub async fn submit(page: Page, form: CsrfForm<SignupForm>) -> Result<HttpResponse, AppError> {
    let (form, csrf) = form.into_parts();
    if csrf.is_some() {
        return page.form_again(
            StatusCode::FORBIDDEN,
            "accounts/signup.html",
            &form,
            &vec![],
            Some("error-form-expired"),
            minijinja::context! {},
        );
    }
    let input = SignupInput {
        name: form.name.clone(),
        email: form.email.clone(),
        password: form.password.clone(),
        password_confirm: form.password_confirm.clone(),
        language: form.language.clone(),
    };
    match accounts::signup(&page.state, input).await {
        // The same answer whether the address was new or already had an account.
        Ok(()) => Ok(redirect("/signin?notice=signed-up")),
        Err(AccountError::Invalid(errors)) => page.form_again(
            StatusCode::UNPROCESSABLE_ENTITY,
            "accounts/signup.html",
            &form,
            &errors,
            Some("error-form-has-problems"),
            minijinja::context! {},
        ),
        Err(e) => Err(e.into()),
    }
}
