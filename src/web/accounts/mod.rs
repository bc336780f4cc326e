pub mod email;
pub mod invitation;
pub mod password;
pub mod settings;
pub mod signin;
pub mod signup;
pub mod verify;

use actix_web::http::StatusCode;

use crate::domain::accounts::AccountError;

/// What a link page shows for a link that does not work, and with which status.
pub fn link_problem(e: &AccountError) -> Option<(StatusCode, &'static str)> {
    match e {
        AccountError::LinkInvalid => Some((StatusCode::NOT_FOUND, "error-link-invalid")),
        AccountError::LinkExpired => Some((StatusCode::GONE, "error-link-expired")),
        AccountError::LinkUsed => Some((StatusCode::GONE, "error-link-used")),
        AccountError::Disabled => Some((StatusCode::FORBIDDEN, "error-account-disabled")),
        _ => None,
    }
}
