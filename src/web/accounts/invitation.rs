use actix_web::{HttpResponse, get, post, web};

use super::password::{NewPasswordForm, show_link_form, submit_link_form};
use crate::domain::tokens::Purpose;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::Page;

#[get("/invitations/{token}")]
#[tracing::instrument(skip_all)]
pub async fn show(page: Page, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    show_link_form(
        page,
        token.into_inner(),
        Purpose::Invitation,
        "accounts/invitation.html",
    )
    .await
}

#[post("/invitations/{token}")]
#[tracing::instrument(skip_all)]
pub async fn accept(
    page: Page,
    token: web::Path<String>,
    form: CsrfForm<NewPasswordForm>,
) -> Result<HttpResponse, AppError> {
    submit_link_form(
        page,
        token.into_inner(),
        Purpose::Invitation,
        "accounts/invitation.html",
        form,
        "/signin?notice=invitation-accepted",
    )
    .await
}
