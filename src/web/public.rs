//! The centre's public information (Art. 7(1) of Directive 2013/11/EU), built from its
//! settings and its cases, and the procedural rules as a document to download.
use actix_web::http::header;
use actix_web::{HttpResponse, get};
use minijinja::context;

use crate::db;
use crate::domain::Role;
use crate::domain::cases::codes::{RefusalGround, Sector};
use crate::domain::cases::intake;
use crate::i18n;
use crate::web::error::AppError;
use crate::web::page::Page;

async fn about_context(page: &Page) -> Result<minijinja::Value, AppError> {
    let lang = page.lang.as_str();
    let centre = &page.state.config.centre;
    let (mediators, durations) = db::run(&page.state.pool, |c| -> db::DbResult<_> {
        Ok((
            db::users::active_with_role(c, Role::Mediator)?,
            db::cases::closed_durations(c)?,
        ))
    })
    .await?;
    let average_days = (!durations.is_empty()).then(|| {
        let total: i64 = durations
            .iter()
            .map(|(from, to)| (*to - *from).num_days())
            .sum();
        total / durations.len() as i64
    });
    let money = |m: i64| i18n::format_money(lang, m, &centre.claim_currency);
    Ok(context! {
        centre => context! {
            name => centre.name, address => centre.address, email => centre.email, phone => centre.phone,
            fee => (centre.fee_minor > 0).then(|| i18n::format_money(lang, centre.fee_minor, &centre.fee_currency)),
            claim_min => (centre.claim_min_minor > 0).then(|| money(centre.claim_min_minor)),
            claim_max => (centre.claim_max_minor > 0).then(|| money(centre.claim_max_minor)),
            filing_limit_days => centre.filing_limit_days,
            negotiation_days => centre.negotiation_days,
        },
        mediators => mediators.iter().map(|m| m.name.clone()).collect::<Vec<_>>(),
        sectors => Sector::ALL.iter().map(|s| i18n::t(lang, &s.label_id())).collect::<Vec<_>>(),
        grounds => RefusalGround::ALL.iter().map(|g| i18n::t(lang, &g.label_id())).collect::<Vec<_>>(),
        centre_languages => i18n::LANGUAGES.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
        average_days => average_days,
        closed_count => durations.len(),
        outcome_days => intake::OUTCOME_DAYS,
        decision_days => intake::DECISION_DAYS,
        trader_days => intake::TRADER_DAYS,
    })
}

#[get("/about")]
#[tracing::instrument(skip_all)]
pub async fn about(page: Page) -> Result<HttpResponse, AppError> {
    let ctx = about_context(&page).await?;
    page.render("about.html", ctx)
}

/// The rules as a plain-text document in the visitor's language.
#[get("/about/rules.txt")]
#[tracing::instrument(skip_all)]
pub async fn rules(page: Page) -> Result<HttpResponse, AppError> {
    let ctx = about_context(&page).await?;
    let text = page
        .state
        .templates
        .get_template("rules.txt")?
        .render(context! { lang => page.lang, ..ctx })?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"concilia-rules.txt\"",
        ))
        .body(text))
}
