//! HTTP in, HTTP out: routes, extractors, forms and pages. Rules live in `domain`.
pub mod accounts;
pub mod admin;
pub mod api;
pub mod assets;
pub mod body;
pub mod cases;
pub mod csrf;
pub mod error;
pub mod headers;
pub mod health;
pub mod home;
pub mod in_flight;
pub mod input;
pub mod page;
pub mod public;
pub mod reports;
pub mod session;
pub mod submission;

use actix_web::web;
use serde::Deserialize;

use error::AppError;

/// A form with no fields but the CSRF token (sign out, disable, ...).
#[derive(Debug, Deserialize)]
pub struct EmptyForm {}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(health::healthz)
        .service(health::readyz)
        .service(assets::serve)
        .service(home::home)
        .service(home::dashboard)
        .service(accounts::signup::show)
        .service(accounts::signup::submit)
        .service(accounts::signin::show)
        .service(accounts::signin::submit)
        .service(accounts::signin::signout)
        .service(accounts::verify::verify)
        .service(accounts::verify::resend)
        .service(accounts::password::forgot)
        .service(accounts::password::forgot_submit)
        .service(accounts::password::reset)
        .service(accounts::password::reset_submit)
        .service(accounts::invitation::show)
        .service(accounts::invitation::accept)
        .service(accounts::email::show)
        .service(accounts::email::confirm)
        .service(accounts::settings::show)
        .service(accounts::settings::change_password)
        .service(accounts::settings::change_email)
        .service(accounts::settings::change_preferences)
        .service(accounts::settings::change_notifications)
        .service(accounts::settings::switch_language)
        .service(admin::organisations::list)
        .service(admin::organisations::create)
        .service(admin::organisations::show)
        .service(admin::organisations::invite)
        .service(admin::users::list)
        .service(admin::users::invite_mediator)
        .service(admin::users::disable)
        .service(admin::users::enable)
        .service(admin::outbox::list)
        .service(admin::outbox::retry)
        .service(admin::organisations::set_contacts)
        .service(admin::holidays::list)
        .service(admin::holidays::add)
        .service(public::about)
        .service(public::rules)
        .service(cases::file::new)
        .service(cases::file::start)
        .service(cases::file::show_step)
        .service(cases::file::save_step)
        .service(cases::file::submit)
        .service(cases::file::on_behalf_form)
        .service(cases::file::on_behalf)
        .service(cases::list::list)
        .service(cases::list::intake_queue)
        .service(cases::show::show)
        .service(cases::show::certificate)
        .service(cases::steps::take)
        .service(cases::documents::upload)
        .service(cases::documents::download)
        .service(cases::documents::show_inline)
        .service(cases::documents::preview)
        .service(cases::documents::redact)
        .service(cases::hearings::schedule)
        .service(cases::hearings::act)
        .service(cases::hearings::calendar)
        .service(cases::settlements::propose)
        .service(cases::settlements::solution)
        .service(cases::settlements::act)
        .service(cases::settlements::agreement)
        .service(cases::settlements::blind_offer)
        .service(cases::settlements::obligation)
        .service(cases::settlements::overdue)
        .service(cases::settlements::non_compliance)
        .service(cases::documents::post_message)
        .service(reports::centre)
        .service(reports::save_texts)
        .service(reports::trader_figures)
        .service(reports::trainings)
        .service(reports::add_training)
        .service(api::cases)
        .service(api::case)
        .service(api::case_step)
        .service(api::case_messages)
        .service(api::case_documents)
        .service(api::post_case_message)
        .service(cases::documents::api_upload)
        .service(api::create_session)
        .service(api::me)
        .service(api::delete_session)
        .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}

/// Malformed bodies and parameters become our own 400, never actix's plain text.
pub fn extractor_configs(cfg: &mut web::ServiceConfig, form_limit: usize) {
    cfg.app_data(
        web::FormConfig::default()
            .limit(form_limit)
            .error_handler(|e, _| AppError::BadRequest(e.to_string()).into()),
    )
    .app_data(
        web::JsonConfig::default()
            .limit(form_limit)
            .error_handler(|e, _| match e {
                actix_web::error::JsonPayloadError::Overflow { .. }
                | actix_web::error::JsonPayloadError::OverflowKnownLength { .. } => {
                    AppError::TooLarge.into()
                }
                e => AppError::BadRequest(e.to_string()).into(),
            }),
    )
    .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
    .app_data(
        web::QueryConfig::default()
            .error_handler(|e, _| AppError::BadRequest(e.to_string()).into()),
    )
    .app_data(web::PayloadConfig::default().limit(form_limit));
}
