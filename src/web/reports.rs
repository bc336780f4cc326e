//! The reports as a page, a CSV file and a JSON file; the centre's texts for them; the
//! training log; a member trader's own figures; and the staff's live dashboard.
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, post, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use crate::db::models::ReportTexts;
use crate::db::reports::Whose;
use crate::db::{self, now};
use crate::domain::accounts::FieldErrors;
use crate::domain::cases::filing::today;
use crate::domain::cases::intake::{DECISION_DAYS, DECISION_WARNING_DAYS};
use crate::domain::cases::lifecycle;
use crate::domain::policy::{Action, authorize};
use crate::domain::reports::{self, Period, Report};
use crate::domain::training::{self, TrainingForm};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

/// Longest text the centre keeps for one part of a report.
const TEXT_LIMIT: usize = 20_000;
/// How far ahead the dashboard looks for the trader's and the 90-day limits.
const TRADER_WARNING_DAYS: i64 = 5;
const OUTCOME_WARNING_DAYS: i64 = 14;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct PeriodQuery {
    pub kind: String,
    pub from: String,
    pub to: String,
    /// html (the default), csv or json.
    pub format: String,
    /// Staff looking at one trader's figures.
    pub org: String,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct TextsForm {
    pub kind: String,
    pub from: String,
    pub to: String,
    pub recommendations: String,
    pub cooperation: String,
    pub assessment: String,
}

fn kinds(page: &Page) -> Vec<(String, String)> {
    reports::ReportKind::ALL
        .iter()
        .map(|k| {
            (
                k.as_str().to_string(),
                crate::i18n::t(&page.lang, &k.label_id()),
            )
        })
        .collect()
}

/// The report in the format asked for; the page gets `extra` in its context.
fn respond(
    page: &Page,
    report: &Report,
    format: &str,
    name: &str,
    template: &str,
    extra: Value,
) -> Result<HttpResponse, AppError> {
    let file = format!(
        "{name}-{}-{}-{}",
        report.period.kind, report.period.from, report.period.to
    );
    let attachment = |ext: &str| {
        (
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}.{ext}\""),
        )
    };
    match format {
        "" | "html" => page.render(
            template,
            context! { report => Value::from_serialize(report), ..extra },
        ),
        "csv" => {
            let body = report
                .csv()
                .map_err(|e| AppError::Internal(crate::cause::Cause::new(e)))?;
            Ok(HttpResponse::Ok()
                .content_type("text/csv; charset=utf-8")
                .insert_header(attachment("csv"))
                .body(body))
        }
        "json" => Ok(HttpResponse::Ok()
            .insert_header(attachment("json"))
            .json(report)),
        _ => Err(AppError::BadRequest(format!("unknown format {format}"))),
    }
}

/// The period form again with what is wrong beside the field.
fn bad_period(
    page: &Page,
    template: &str,
    q: &PeriodQuery,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    page.form_again(
        StatusCode::UNPROCESSABLE_ENTITY,
        template,
        q,
        errors,
        Some("error-form-has-problems"),
        context! { report => Value::from(()), kinds => kinds(page), query => q },
    )
}

/// Staff: the annual or biennial report for any period.
#[get("/reports")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn centre(
    page: Page,
    user: CurrentUser,
    q: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ViewReports).map_err(|_| AppError::Forbidden)?;
    let q = q.into_inner();
    let period = match Period::parse(&q.kind, &q.from, &q.to, today()) {
        Ok(p) => p,
        Err(errors) => return bad_period(&page, "reports/report.html", &q, &errors),
    };
    show_report(&page, &q.format, period, &TextsForm::default(), &vec![]).await
}

/// The report page; after a texts form with errors, that form again as it was typed.
async fn show_report(
    page: &Page,
    format: &str,
    period: Period,
    texts: &TextsForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, AppError> {
    let report = db::run(&page.state.pool, move |c| {
        reports::build(c, &period, &Whose::Centre)
    })
    .await?;
    let query = PeriodQuery {
        kind: report.period.kind.as_str().into(),
        from: report.period.from.to_string(),
        to: report.period.to.to_string(),
        ..Default::default()
    };
    if !errors.is_empty() {
        return page.form_again(
            StatusCode::UNPROCESSABLE_ENTITY,
            "reports/report.html",
            texts,
            errors,
            Some("error-form-has-problems"),
            context! { report => Value::from_serialize(&report), kinds => kinds(page), query => query },
        );
    }
    let form = TextsForm {
        kind: report.period.kind.to_string(),
        from: report.period.from.to_string(),
        to: report.period.to.to_string(),
        recommendations: report.texts.recommendations.clone(),
        cooperation: report.texts.cooperation.clone(),
        assessment: report.texts.assessment.clone(),
    };
    respond(
        page,
        &report,
        format,
        "report",
        "reports/report.html",
        context! {
            kinds => kinds(page),
            query => query,
            form => Value::from_serialize(&form),
            errors => Value::from(std::collections::BTreeMap::<String, String>::new()),
        },
    )
}

/// A text as kept: browsers send CRLF line ends; paragraphs are split on blank lines.
fn plain(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_string()
}

/// Staff: the centre's texts for one report (recommendations, cooperation, assessment).
#[post("/reports/texts")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn save_texts(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<TextsForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    authorize(&user.actor(), Action::ViewReports).map_err(|_| AppError::Forbidden)?;
    let period = Period::parse(&form.kind, &form.from, &form.to, today())
        .map_err(|_| AppError::BadRequest("bad report period".into()))?;
    let mut errors = FieldErrors::new();
    for (field, text) in [
        ("recommendations", &form.recommendations),
        ("cooperation", &form.cooperation),
        ("assessment", &form.assessment),
    ] {
        if text.chars().count() > TEXT_LIMIT {
            errors.push((field, "error-too-long"));
        }
    }
    if !errors.is_empty() {
        return show_report(&page, "", period, &form, &errors).await;
    }
    let texts = ReportTexts {
        kind: period.kind,
        period_from: period.from,
        period_to: period.to,
        recommendations: plain(&form.recommendations),
        cooperation: plain(&form.cooperation),
        assessment: plain(&form.assessment),
        updated_by: Some(user.0.id.clone()),
        updated_at: now(),
    };
    db::transaction(&page.state.pool, move |c| {
        db::reports::save_texts(c, &texts)
    })
    .await?;
    Ok(redirect(&format!(
        "/reports?kind={}&from={}&to={}&notice=report-texts-saved#texts",
        period.kind, period.from, period.to
    )))
}

/// A member trader's own figures (staff name the trader with `org`).
#[get("/reports/trader")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn trader_figures(
    page: Page,
    user: CurrentUser,
    q: web::Query<PeriodQuery>,
) -> Result<HttpResponse, AppError> {
    let q = q.into_inner();
    let org_id = match (&user.0.organisation_id, q.org.trim()) {
        (Some(own), _) => own.clone(),
        (None, org) if !org.is_empty() => org.to_string(),
        _ => return Err(AppError::NotFound),
    };
    let id = org_id.clone();
    let org = db::run(&page.state.pool, move |c| db::orgs::find(c, &id))
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(
        &user.actor(),
        Action::ViewTraderFigures {
            organisation_id: &org.id,
            member: org.is_member,
        },
    )
    .map_err(|_| AppError::Forbidden)?;
    // A trader looks at the last twelve months unless it names a period.
    let day = today();
    let (from, to) = if q.from.trim().is_empty() && q.to.trim().is_empty() {
        (
            (day - chrono::Duration::days(364)).to_string(),
            day.to_string(),
        )
    } else {
        (q.from.clone(), q.to.clone())
    };
    let period = match Period::parse("annual", &from, &to, day) {
        Ok(p) => p,
        Err(errors) => return bad_period(&page, "reports/trader.html", &q, &errors),
    };
    let whose = Whose::Trader(org.id.clone());
    let report = db::run(&page.state.pool, move |c| {
        reports::build(c, &period, &whose)
    })
    .await?;
    let query = PeriodQuery {
        from: report.period.from.to_string(),
        to: report.period.to.to_string(),
        org: if user.0.organisation_id.is_some() {
            String::new()
        } else {
            org.id.clone()
        },
        ..Default::default()
    };
    respond(
        &page,
        &report,
        &q.format,
        "figures",
        "reports/trader.html",
        context! {
            query => query,
            organisation => context! { id => org.id, name => org.name },
            errors => Value::from(std::collections::BTreeMap::<String, String>::new()),
        },
    )
}

async fn training_page(
    page: &Page,
    user: &CurrentUser,
    form: &TrainingForm,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let id = user.0.id.clone();
    let rows = db::run(&page.state.pool, move |c| {
        db::reports::trainings(c, None, Some(&id))
    })
    .await?;
    let rows: Vec<_> = rows
        .into_iter()
        .map(|(t, person)| reports::training_row(t, person))
        .collect();
    page.form_again(
        status,
        "reports/training.html",
        form,
        errors,
        (!errors.is_empty()).then_some("error-form-has-problems"),
        context! { trainings => Value::from_serialize(&rows) },
    )
}

/// Mediators and staff: their own training log.
#[get("/training")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn trainings(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::RecordTraining).map_err(|_| AppError::Forbidden)?;
    training_page(
        &page,
        &user,
        &TrainingForm::default(),
        &vec![],
        StatusCode::OK,
    )
    .await
}

#[post("/training")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn add_training(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<TrainingForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    authorize(&user.actor(), Action::RecordTraining).map_err(|_| AppError::Forbidden)?;
    match training::check(&form, &user.0.id, today()) {
        Ok(t) => {
            db::transaction(&page.state.pool, move |c| {
                db::reports::insert_training(c, &t)
            })
            .await?;
            Ok(redirect("/training?notice=training-added"))
        }
        Err(errors) => {
            training_page(
                &page,
                &user,
                &form,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// The live state of the centre for the staff dashboard: open cases by state, cases near
/// their limits, each mediator's load, and mail that could not be delivered.
pub async fn live(page: &Page) -> Result<Value, AppError> {
    let open: Vec<&'static str> = lifecycle::OPEN.iter().map(|s| s.as_str()).collect();
    let at = now();
    let day = today();
    let intake_by = at - chrono::Duration::days(DECISION_DAYS - DECISION_WARNING_DAYS);
    let trader_by = day + chrono::Duration::days(TRADER_WARNING_DAYS);
    let outcome_by = at + chrono::Duration::days(OUTCOME_WARNING_DAYS);
    let states = open.clone();
    let (by_state, intake, trader, outcome, load, failed) = db::run(&page.state.pool, move |c| {
        Ok::<_, db::DbError>((
            db::reports::open_by_state(c, &states)?,
            db::reports::intake_near(c, intake_by)?,
            db::reports::trader_reply_near(c, trader_by)?,
            db::reports::outcome_near(c, &states, outcome_by)?,
            db::reports::workload(c, &states)?,
            db::outbox::count_with_status(c, db::outbox::FAILED)?,
        ))
    })
    .await?;
    let lang = page.lang.as_str();
    // A stored state the lifecycle does not know is shown as stored, never relabelled.
    let state_label = |s: &str| match lifecycle::State::parse(s) {
        Some(state) => crate::i18n::t(lang, &state.label_id()),
        None => s.to_string(),
    };
    let row = |n: &db::reports::NearLimit, due: chrono::NaiveDate| {
        context! {
            id => n.id,
            reference => n.reference,
            trader => n.trader_name,
            state => state_label(&n.state),
            due_on => page.date(due),
            days_left => (due - day).num_days(),
        }
    };
    let decision = chrono::Duration::days(DECISION_DAYS);
    Ok(context! {
        by_state => open.iter().map(|s| context! {
            state => state_label(s),
            n => by_state.iter().find(|(k, _)| k == s).map(|(_, n)| *n).unwrap_or(0),
        }).collect::<Vec<_>>(),
        intake => intake.iter().map(|(n, received)| row(n, (*received + decision).date())).collect::<Vec<_>>(),
        trader => trader.iter().map(|(n, due)| row(n, *due)).collect::<Vec<_>>(),
        outcome => outcome.iter().map(|(n, due)| row(n, due.date())).collect::<Vec<_>>(),
        workload => load.iter().map(|w| context! { name => w.name, open => w.open, in_mediation => w.in_mediation }).collect::<Vec<_>>(),
        failed_mail => failed,
    })
}
