pub mod email;
pub mod invitation;
pub mod password;
pub mod settings;
pub mod signin;
pub mod signup;
pub mod verify;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;

use crate::domain::accounts::AccountError;
use crate::web::error::AppError;
use crate::web::page::Page;

/// What a link page shows for a link that does not work, and with which status.
fn link_problem(e: &AccountError) -> Option<(StatusCode, &'static str)> {
    match e {
        AccountError::LinkInvalid => Some((StatusCode::NOT_FOUND, "error-link-invalid")),
        AccountError::LinkExpired => Some((StatusCode::GONE, "error-link-expired")),
        AccountError::LinkUsed => Some((StatusCode::GONE, "error-link-used")),
        AccountError::Disabled => Some((StatusCode::FORBIDDEN, "error-account-disabled")),
        _ => None,
    }
}

/// The page for a link that does not work, or the error for anything else.
pub fn link_problem_page(page: &Page, e: AccountError) -> Result<HttpResponse, AppError> {
    match link_problem(&e) {
        Some((status, message)) => page.render_status(
            status,
            "accounts/link_problem.html",
            minijinja::context! { message_id => message },
        ),
        None => Err(e.into()),
    }
}
