use actix_web::{HttpResponse, get, post, web};

use super::link_problem_page;
use crate::domain::accounts;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};

/// The link sent to a new address. A GET only shows a button: mail scanners that follow
/// links must not change anyone's address.
#[get("/email/confirm/{token}")]
#[tracing::instrument(skip_all)]
pub async fn show(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    match accounts::peek_link(
        &page.state,
        token.clone(),
        crate::domain::tokens::Purpose::ChangeEmail,
    )
    .await
    {
        Ok(_) => page.render(
            "accounts/email_confirm.html",
            minijinja::context! { token => token },
        ),
        Err(e) => link_problem_page(&page, e),
    }
}

#[post("/email/confirm/{token}")]
#[tracing::instrument(skip_all)]
pub async fn confirm(
    page: Page,
    token: web::Path<String>,
    form: CsrfForm<crate::web::EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    match accounts::confirm_email_change(&page.state, token.into_inner()).await {
        Ok(_) => Ok(redirect("/account?notice=email-changed")),
        Err(accounts::AccountError::Invalid(_)) => page.render_status(
            actix_web::http::StatusCode::CONFLICT,
            "accounts/link_problem.html",
            minijinja::context! { message_id => "error-email-taken" },
        ),
        Err(e) => link_problem_page(&page, e),
    }
}
