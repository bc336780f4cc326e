use actix_web::{HttpResponse, get, post, web};

use super::link_problem_page;
use crate::domain::accounts;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

/// The link in the verification email. Verifying twice is harmless, so a plain GET does it.
#[get("/verify-email/{token}")]
#[tracing::instrument(skip_all)]
pub async fn verify(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    match accounts::verify_email(&page.state, token.into_inner()).await {
        Ok(_) if page.user.is_some() => Ok(redirect("/dashboard?notice=email-verified")),
        Ok(_) => Ok(redirect("/signin?notice=email-verified")),
        Err(e) => link_problem_page(&page, e),
    }
}

#[post("/account/resend-verification")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn resend(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<crate::web::EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    accounts::resend_verification(&page.state, &user.0).await?;
    Ok(redirect("/dashboard?notice=verification-sent"))
}
