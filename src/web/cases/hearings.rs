//! Hearing forms on the case page, and the mediator's calendar. The rules are in
//! `domain::cases::hearings`; a form with problems comes back with them beside its fields.
use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use chrono::Datelike;
use minijinja::context;

use crate::domain::cases::codes::HearingStatus;
use crate::domain::cases::hearings::{self, Booking};
use crate::domain::dates::{self, DateKind};
use crate::domain::policy::{Action, authorize};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

type Fields = HashMap<String, String>;

fn booking(f: &Fields) -> Booking {
    let v = |k: &str| f.get(k).cloned().unwrap_or_default();
    Booking {
        date: v("date"),
        time: v("time"),
        time_zone: v("time_zone"),
        duration_minutes: v("duration_minutes"),
        form: v("form"),
        place: v("place"),
    }
}

#[post("/cases/{id}/hearings")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn schedule(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<Fields>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let form = form.into_inner()?;
    let result = hearings::schedule(&page.state, &user.actor(), id.clone(), booking(&form))
        .await
        .map(|_| ());
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        "hearing-new",
        result,
        super::workspace::Section::Hearings,
    )
    .await
}

#[post("/cases/{id}/hearings/{hearing}/{action}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, hearing_id = %path.1, action = %path.2))]
pub async fn act(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<Fields>,
) -> Result<HttpResponse, AppError> {
    let (id, hearing, action) = path.into_inner();
    let form = form.into_inner()?;
    let f = |k: &str| form.get(k).cloned().unwrap_or_default();
    let (app, actor) = (&page.state, user.actor());
    let result = match action.as_str() {
        "reschedule" => {
            hearings::reschedule(app, &actor, id.clone(), hearing.clone(), booking(&form))
                .await
                .map(|_| ())
        }
        "cancel" => hearings::cancel(app, &actor, id.clone(), hearing.clone(), f("reason"))
            .await
            .map(|_| ()),
        "answer" => {
            hearings::answer(
                app,
                &actor,
                id.clone(),
                hearing.clone(),
                f("answer"),
                f("reason"),
            )
            .await
        }
        "minutes" => {
            hearings::record_minutes(
                app,
                &actor,
                id.clone(),
                hearing.clone(),
                f("minutes"),
                f("private_notes"),
            )
            .await
        }
        _ => return Err(AppError::NotFound),
    };
    let name = format!("hearing-{hearing}-{action}");
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        &name,
        result,
        super::workspace::Section::Hearings,
    )
    .await
}

#[derive(serde::Deserialize)]
pub struct Week {
    week: Option<String>,
}

/// The mediator's hearings across cases, one week at a time (Monday to Sunday, in the
/// mediator's own time zone).
#[get("/hearings")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn calendar(
    page: Page,
    user: CurrentUser,
    q: web::Query<Week>,
) -> Result<HttpResponse, AppError> {
    if authorize(&user.actor(), Action::ViewHearingCalendar).is_err() {
        return Err(AppError::NotFound);
    }
    let zone: chrono_tz::Tz = user.0.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let today = chrono::Utc::now().with_timezone(&zone).date_naive();
    let day = q
        .week
        .as_deref()
        .and_then(|w| dates::parse(w, DateKind::Calendar, today).ok())
        .unwrap_or(today);
    let monday = day - chrono::Duration::days(day.weekday().num_days_from_monday() as i64);
    let week = hearings::week_of(&page.state, &user.0.id, monday, zone).await?;
    let rows: Vec<minijinja::Value> = week
        .iter()
        .map(|(h, reference)| {
            context! {
                case_id => h.case_id,
                reference => reference,
                starts => page.datetime(h.starts_at),
                ends => page.datetime(h.ends_at),
                time_zone => h.time_zone,
                form => crate::i18n::t(&page.lang, &h.form.label_id()),
                cancelled => h.status == HearingStatus::Cancelled,
            }
        })
        .collect();
    page.render(
        "hearings/calendar.html",
        context! {
            hearings => rows,
            monday => page.date(monday),
            sunday => page.date(monday + chrono::Duration::days(6)),
            previous => (monday - chrono::Duration::days(7)).to_string(),
            next => (monday + chrono::Duration::days(7)).to_string(),
        },
    )
}
