use actix_web::{HttpResponse, get};

use super::error::AppError;
use super::page::Page;
use super::session::CurrentUser;
use crate::db;
use crate::domain::Role;
use crate::domain::policy::{Action, authorize};

#[get("/")]
pub async fn home(page: Page) -> Result<HttpResponse, AppError> {
    page.render("home.html", minijinja::context! {})
}

/// One dashboard per role; each says what comes next while there is nothing to show yet.
#[get("/dashboard")]
pub async fn dashboard(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ViewDashboard).map_err(|_| AppError::Forbidden)?;
    let organisation = match (&user.role(), &user.0.organisation_id) {
        (Role::TraderUser, Some(id)) => {
            let id = id.clone();
            db::run(&page.state.pool, move |c| db::orgs::find(c, &id)).await?
        }
        _ => None,
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
    page.render(
        "dashboard.html",
        minijinja::context! {
            cases => cases,
            role => user.role().as_str(),
            live => live,
            organisation => organisation.map(|o| minijinja::context! { name => o.name, is_member => o.is_member }),
        },
    )
}
