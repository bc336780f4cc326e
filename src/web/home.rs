use actix_web::{HttpResponse, get};

use super::error::AppError;
use super::page::Page;
use super::session::CurrentUser;
use crate::db;
use crate::domain::cases;
use crate::domain::policy::{self, Action, authorize};

#[get("/")]
#[tracing::instrument(skip_all)]
pub async fn home(page: Page) -> Result<HttpResponse, AppError> {
    page.render("home.html", minijinja::context! {})
}

/// One dashboard per role; each says what comes next while there is nothing to show yet.
#[get("/dashboard")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn dashboard(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ViewDashboard).map_err(|_| AppError::Forbidden)?;
    let organisation = match policy::trader_organisation(&user.actor()) {
        Some(id) => {
            let id = id.to_string();
            db::run(&page.state.pool, move |c| db::orgs::find(c, &id)).await?
        }
        None => None,
    };
    let scope = super::cases::list::scope_of(&user);
    let recent = db::run(&page.state.pool, move |c| {
        db::cases::page(c, &scope, &db::cases::Filter::default(), None, 10)
    })
    .await?;
    let live = if authorize(&user.actor(), Action::ViewReports).is_ok() {
        Some(super::reports::live(&page).await?)
    } else {
        None
    };
    let cases: Vec<_> = recent
        .iter()
        .map(|c| super::cases::list::row(&page, c))
        .collect();
    let agenda = agenda(&page, &user).await?;
    page.render(
        "dashboard.html",
        minijinja::context! {
            cases => cases,
            agenda => agenda,
            live => live,
            organisation => organisation.map(|o| minijinja::context! { name => o.name, is_member => o.is_member }),
        },
    )
}

/// What waits for this person across their cases, in the case page's own words.
async fn agenda(page: &Page, user: &CurrentUser) -> Result<minijinja::Value, AppError> {
    let actor = user.actor();
    let (agenda, mediators) = db::run(&page.state.pool, move |c| {
        let agenda = cases::agenda::load(c, &actor, db::now())?;
        let mut ids: Vec<String> = agenda
            .yours
            .iter()
            .chain(&agenda.others)
            .filter_map(|i| i.case.mediator_id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        let names: std::collections::HashMap<String, String> = db::users::find_many(c, &ids)?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
        Ok::<_, cases::CaseError>((agenda, names))
    })
    .await?;
    let item = |i: &cases::agenda::Item| {
        let mediator = i.case.mediator_id.as_ref().and_then(|m| mediators.get(m));
        minijinja::context! {
            id => i.case.id,
            reference => i.case.reference,
            consumer => i.case.consumer_name,
            trader => i.case.trader_name,
            ..super::cases::workspace::next_words(page, &i.case, mediator.map(String::as_str), &i.next)
        }
    };
    let hearings: Vec<minijinja::Value> = agenda
        .hearings
        .iter()
        .map(|(h, c)| {
            minijinja::context! {
                case_id => c.id,
                id => h.id,
                reference => c.reference,
                starts => page.datetime(h.starts_at),
                form => crate::i18n::t(&page.lang, &h.form.label_id()),
            }
        })
        .collect();
    Ok(minijinja::context! {
        yours => agenda.yours.iter().map(item).collect::<Vec<_>>(),
        others => agenda.others.iter().map(item).collect::<Vec<_>>(),
        hearings => hearings,
    })
}
