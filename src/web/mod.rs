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
pub mod metrics;
pub mod page;
pub mod public;
pub mod reports;
#[cfg(test)]
mod rules_tests;
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
        .service(metrics::metrics)
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
        // Before `save_step`, whose `{step}` would take the upload's path too.
        .service(cases::file::upload_evidence)
        .service(cases::file::remove_evidence)
        .service(cases::file::show_step)
        .service(cases::file::save_step)
        .service(cases::file::submit)
        .service(cases::file::on_behalf_form)
        .service(cases::file::on_behalf)
        .service(cases::list::list)
        .service(cases::list::intake_queue)
        .service(cases::workspace::overview)
        .service(cases::workspace::messages)
        .service(cases::workspace::documents)
        .service(cases::workspace::hearings)
        .service(cases::workspace::settlement)
        .service(cases::workspace::history)
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

/// Malformed bodies and parameters become our own answers, never actix's plain text: on the
/// API, JSON, a query or a path that reads but does not fit is the 422 of any invalid input
/// (`error::invalid_body`); text that is not JSON at all is a 400, as is any bad query on a
/// page, and a path that does not fit a page is one that does not exist.
pub fn extractor_configs(cfg: &mut web::ServiceConfig, form_limit: usize) {
    use actix_web::error::JsonPayloadError;
    cfg.app_data(
        web::FormConfig::default()
            .limit(form_limit)
            .error_handler(|e, _| AppError::BadRequest(e.to_string()).into()),
    )
    .app_data(
        web::JsonConfig::default()
            .limit(form_limit)
            .error_handler(|e, _| match e {
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => AppError::TooLarge.into(),
                JsonPayloadError::Deserialize(e) if e.is_data() => invalid(&e.to_string()).into(),
                e => AppError::BadRequest(e.to_string()).into(),
            }),
    )
    .app_data(web::PathConfig::default().error_handler(|e, req| {
        if !on_api(req) {
            return AppError::NotFound.into();
        }
        // serde does not name the segment; the one whose value it quotes is the one.
        let message = e.to_string();
        let field = req
            .match_info()
            .iter()
            .find(|(_, value)| message.contains(&format!("\"{value}\"")))
            .map(|(name, _)| name.to_string())
            .unwrap_or_default();
        AppError::Invalid(vec![(field, "error-input-malformed")]).into()
    }))
    .app_data(web::QueryConfig::default().error_handler(|e, req| {
        if on_api(req) {
            invalid(&e.to_string()).into()
        } else {
            AppError::BadRequest(e.to_string()).into()
        }
    }))
    .app_data(web::PayloadConfig::default().limit(form_limit));
}

fn on_api(req: &actix_web::HttpRequest) -> bool {
    req.path().starts_with("/api/")
}

fn invalid(deserializer_message: &str) -> AppError {
    AppError::Invalid(vec![error::deserialize_problem(deserializer_message)])
}

#[cfg(test)]
mod tests {
    use actix_web::http::StatusCode;
    use actix_web::middleware::from_fn;
    use actix_web::{App, HttpResponse, test};

    use super::*;

    async fn numbered(n: web::Path<(String, u32)>) -> HttpResponse {
        HttpResponse::Ok().body(n.1.to_string())
    }

    // No route of the API has a typed path segment yet; this one stands for the first.
    #[actix_web::test]
    async fn a_path_segment_that_does_not_parse_is_invalid_input_on_the_api_and_missing_on_a_page()
    {
        let app = test::init_service(
            App::new()
                .wrap(from_fn(error::render_errors))
                .configure(|cfg| extractor_configs(cfg, 1024))
                .route("/api/v1/things/{name}/{n}", web::get().to(numbered))
                .route("/things/{name}/{n}", web::get().to(numbered)),
        )
        .await;
        let get = |uri: &str| test::TestRequest::get().uri(uri).to_request();

        let res = test::call_service(&app, get("/api/v1/things/x/seven")).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: serde_json::Value = test::read_body_json(res).await;
        assert_eq!(body["error"]["code"], "invalid");
        assert_eq!(body["error"]["field_codes"]["n"], "input_malformed");
        assert!(body["error"]["fields"]["n"].is_string());

        let res = test::call_service(&app, get("/things/x/seven")).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let res = test::call_service(&app, get("/api/v1/things/x/7")).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
}
