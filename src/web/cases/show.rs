//! The case page: who, what, where it stands, the days left, what the viewer can do, and the
//! timeline from the event log. A bounded number of queries, however long the case.
use std::collections::HashMap;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, web};
use minijinja::{Value, context};

use super::money;
use super::workspace::{self, Section};
use crate::db::models::Case;
use crate::db::{self};
use crate::domain::accounts::FieldErrors;
use crate::domain::cases::codes::{
    Attendance, Audience, Capacity, ClaimKind, HearingForm, HearingStatus, Outcome, ProblemKind,
    RefusalGround, Sector, Side,
};
use crate::domain::cases::lifecycle::{self, Step};
use crate::domain::cases::{CaseError, access, intake, procedure, settlements, state_of, view};
use crate::domain::coded::Coded;
use crate::i18n;
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

/// (stored value, label) pairs of a coded list in the page's language, for a select.
pub fn choices<T: Coded>(
    lang: &str,
    values: impl IntoIterator<Item = T>,
    label_id: fn(T) -> String,
) -> Vec<(String, String)> {
    values
        .into_iter()
        .map(|v| (v.stored().to_string(), i18n::t(lang, &label_id(v))))
        .collect()
}

/// The facts of the dispute as the parties gave them.
pub fn facts(lang: &str, c: &Case) -> Value {
    // A draft may not say yet: then nothing is shown.
    let label = |id: Option<String>| id.map(|id| i18n::t(lang, &id)).unwrap_or_default();
    context! {
        consumer_name => c.consumer_name,
        consumer_country => c.consumer_country,
        trader_name => c.trader_name,
        trader_email => c.trader_email,
        trader_country => c.trader_country,
        trader_address => c.trader_address,
        cross_border => !c.consumer_country.is_empty() && c.consumer_country != c.trader_country,
        sector => label(c.sector.map(Sector::label_id)),
        problem_kind => label(c.problem_kind.map(ProblemKind::label_id)),
        purchase_description => c.purchase_description,
        purchase_date => c.purchase_date.map(|d| i18n::format_date(lang, d)),
        price => money(lang, c.price_minor, &c.price_currency),
        complained_on => c.complained_on.map(|d| i18n::format_date(lang, d)),
        trader_responded => c.trader_responded,
        trader_response => c.trader_response,
        claim_kind => label(c.claim_kind.map(ClaimKind::label_id)),
        claim_amount => money(lang, c.claim_amount_minor, &c.claim_currency),
        description => c.description,
        language => i18n::LANGUAGES.iter().find(|(code, _)| *code == c.language).map(|(_, n)| *n),
        channel => i18n::t(lang, &c.channel.label_id()),
    }
}

pub use crate::domain::cases::view::CaseView as CaseFile;

/// What the viewer may see of the case, from the domain's read model.
pub async fn load(page: &Page, user: &CurrentUser, id: String) -> Result<CaseFile, AppError> {
    load_for(page, user, id, false).await
}

/// The same, marking the messages and documents read when the page shows them.
pub async fn load_for(
    page: &Page,
    user: &CurrentUser,
    id: String,
    marks_read: bool,
) -> Result<CaseFile, AppError> {
    let actor = user.actor();
    let user_id = user.0.id.clone();
    let gap = page.state.config.centre.blind_gap_percent;
    let file = db::run(&page.state.pool, move |c| {
        view::load(c, &actor, &user_id, &id, gap, marks_read)
    })
    .await?;
    Ok(file)
}

/// The hearings as the page shows them: times in the viewer's zone and in the zone booked,
/// the answers to the current version (a party sees its own), minutes, and the mediator's
/// notes for the mediator.
fn hearing_views(page: &Page, file: &CaseFile) -> Vec<Value> {
    let lang = page.lang.as_str();
    let me = page
        .user
        .as_ref()
        .map(|u| u.id.as_str())
        .unwrap_or_default();
    let now = crate::db::now();
    file.hearings
        .iter()
        .map(|h| {
            let zone: chrono_tz::Tz = h.time_zone.parse().unwrap_or(chrono_tz::UTC);
            let local = h.starts_at.and_utc().with_timezone(&zone);
            let answers: Vec<Value> = file
                .answers
                .iter()
                .filter(|a| a.hearing_id == h.id && a.sequence == h.sequence)
                .filter(|a| access::sees_hearing_answer(file.role, &a.user_id, me))
                .map(|a| {
                    context! {
                        name => file.name_of(&a.user_id),
                        answer => i18n::t(lang, &a.answer.label_id()),
                        reason => a.reason,
                    }
                })
                .collect();
            context! {
                id => h.id,
                starts => page.datetime(h.starts_at),
                ends => page.datetime(h.ends_at),
                local => i18n::format_datetime(lang, &h.time_zone, h.starts_at),
                date => local.format("%Y-%m-%d").to_string(),
                time => local.format("%H:%M").to_string(),
                duration_minutes => (h.ends_at - h.starts_at).num_minutes(),
                time_zone => h.time_zone,
                form => h.form.as_str(),
                form_label => i18n::t(lang, &h.form.label_id()),
                // A video hearing's place is the call's address.
                place_is_link => h.form == HearingForm::Video,
                place => h.place,
                cancelled => h.status == HearingStatus::Cancelled,
                started => h.starts_at <= now,
                minutes => h.minutes,
                private_notes => h.private_notes,
                answers => answers,
            }
        })
        .collect()
}

/// The parties' members: who speaks for which side, and how.
fn member_views(lang: &str, file: &CaseFile) -> Vec<Value> {
    file.members
        .iter()
        .map(|m| {
            context! {
                name => file.name_of(&m.user_id),
                side => i18n::t(lang, &m.side.label_id()),
                capacity => i18n::t(lang, &m.capacity.label_id()),
                relationship => m.relationship,
            }
        })
        .collect()
}

/// The messages the viewer may read, marked new when they came since the last visit.
fn message_views(page: &Page, file: &CaseFile, me: &str) -> Vec<Value> {
    let lang = page.lang.as_str();
    file.file
        .messages
        .iter()
        .map(|m| {
            context! {
                id => m.id,
                author => file.name_of(&m.author_id),
                at => page.datetime(m.created_at),
                audience => m.audience.as_str(),
                audience_label => i18n::t(lang, &m.audience.label_id()),
                paragraphs => super::text::paragraphs(&m.body),
                new => file.is_new(&m.author_id, me, m.created_at),
            }
        })
        .collect()
}

/// The documents the viewer may see, with their fingerprints and any redaction.
fn document_views(page: &Page, file: &CaseFile, me: &str) -> Vec<Value> {
    let lang = page.lang.as_str();
    file.file
        .documents
        .iter()
        .map(|d| {
            context! {
                id => d.id,
                title => d.title,
                description => d.description,
                file_name => d.file_name,
                size => i18n::format_number(lang, d.size_bytes),
                sha256 => d.sha256,
                uploader => file.name_of(&d.uploader_id),
                at => page.datetime(d.created_at),
                audience => d.audience.as_str(),
                audience_label => i18n::t(lang, &d.audience.label_id()),
                new => file.is_new(&d.uploader_id, me, d.created_at),
                preview => crate::domain::evidence::previewable(&d.content_type),
                redacted_at => d.redacted_at.map(|t| page.datetime(t)),
                redacted_by => d.redacted_by.as_deref().map(|id| file.name_of(id)),
                redaction_reason => d.redaction_reason,
            }
        })
        .collect()
}

/// The audiences the viewer may address a message or a document to now.
fn audience_choices(lang: &str, file: &CaseFile) -> Vec<(String, String)> {
    let state = state_of(&file.case);
    let has_mediator = file.case.mediator_confirmed_at.is_some();
    Audience::ALL
        .into_iter()
        .filter(|a| access::may_add(file.role, state, *a, has_mediator))
        .map(|a| (a.as_str().to_string(), i18n::t(lang, &a.label_id())))
        .collect()
}

/// The Art. 9(1)(a) comment windows still open, each party its own, the mediator and staff
/// both: (side, until).
fn open_comment_windows(page: &Page, file: &CaseFile) -> Vec<(String, String)> {
    let lang = page.lang.as_str();
    let windows = file.comment_windows(page.state.config.centre.comment_days);
    let now = crate::db::now();
    [
        (Side::Consumer, windows.consumer_until),
        (Side::Trader, windows.trader_until),
    ]
    .into_iter()
    .filter(|(side, _)| access::sees_comment_window(file.role, *side))
    .filter_map(|(side, until)| {
        let until = until.filter(|u| *u > now)?;
        Some((i18n::t(lang, &side.label_id()), page.datetime(until)))
    })
    .collect()
}

/// Where the case stands: its reference, state, dates and deadlines, and what staff must
/// know at intake.
fn case_summary(page: &Page, file: &CaseFile) -> Value {
    let lang = page.lang.as_str();
    let c = &file.case;
    let state = state_of(c);
    let days_since_received = c.received_at.map(|r| (crate::db::now() - r).num_days());
    context! {
        id => c.id,
        reference => c.reference,
        state => c.state.as_str(),
        state_label => i18n::t(lang, &c.state.label_id()),
        closed => state.is_closed(),
        received_at => c.received_at.map(|t| page.datetime(t)),
        completed_at => c.completed_at.map(|t| page.datetime(t)),
        closed_at => c.closed_at.map(|t| page.datetime(t)),
        outcome_due => c.outcome_due_at.map(|t| if state.is_closed() { page.date(t.date()) } else { page.deadline(t.date()) }),
        days_left => if state.is_closed() { None } else { procedure::days_left(c) },
        trader_due_on => c.trader_due_on.map(|d| if state.is_closed() { page.date(d) } else { page.deadline(d) }),
        negotiation_until => c.negotiation_until.map(|t| page.datetime(t)),
        complex => c.complex,
        extended => c.extended,
        info_request => c.info_request,
        objection => c.objection.as_ref().filter(|_| access::sees_objection(file.role)),
        refusal_ground => c.refusal_ground.map(|g| i18n::t(lang, &g.label_id())),
        closing_reason => c.closing_reason,
        withdrawn_by => c.withdrawn_by.map(|s| i18n::t(lang, &s.label_id())),
        mediator => c.mediator_id.as_deref().and_then(|id| file.people.get(id)).map(|m| m.name.clone()),
        mediator_confirmed => c.mediator_confirmed_at.is_some(),
        days_since_received => days_since_received,
        decision_warning => intake::decision_warning(c, days_since_received),
        // Names and organisations only: what a mediator who has not yet declared may see.
        consumer => c.consumer_name,
        trader => c.trader_name,
        compliance => settlements::compliance(&file.settlement.obligations).map(|o| i18n::t(lang, match o {
            Outcome::Honoured => "case-compliance-honoured",
            Outcome::Late => "case-compliance-late",
            Outcome::NotHonoured => "case-compliance-not-honoured",
        })),
    }
}

/// What staff see and choose from at intake and assignment.
fn intake_context(page: &Page, file: &CaseFile) -> Value {
    let lang = page.lang.as_str();
    let automatic: Vec<String> =
        intake::suggested_grounds(&file.case, file.role, &page.state.config.centre)
            .into_iter()
            .map(|g| i18n::t(lang, &g.label_id()))
            .collect();
    let group: Vec<Value> = file
        .group
        .iter()
        .map(|(id, r, s)| context! { id => id, reference => r, state => i18n::t(lang, &s.label_id()) })
        .collect();
    let mediators: Vec<(String, String)> = file
        .mediators
        .iter()
        .map(|m| (m.id.clone(), m.name.clone()))
        .collect();
    context! {
        automatic_grounds => automatic,
        group => group,
        grounds => choices(lang, RefusalGround::ALL, RefusalGround::label_id),
        capacities => choices(lang, Capacity::ALL, Capacity::label_id),
        mediators => mediators,
        max_extension => procedure::MAX_EXTENSION_DAYS,
    }
}

/// The hearings part: the hearings and which of their forms the viewer may use.
fn hearings_context(page: &Page, file: &CaseFile) -> Value {
    let lang = page.lang.as_str();
    let state = state_of(&file.case);
    let may = |step: Step| lifecycle::check(state, step, file.role).is_ok();
    context! {
        hearings => hearing_views(page, file),
        may_book => may(Step::ScheduleHearing),
        may_answer => may(Step::AnswerHearing),
        may_record => may(Step::RecordMinutes),
        hearing_forms => choices(lang, HearingForm::ALL, HearingForm::label_id),
        hearing_answers => choices(lang, Attendance::ALL, Attendance::label_id),
        time_zone => page.user.as_ref().map(|u| u.time_zone.clone()).unwrap_or_else(|| "UTC".into()),
    }
}

/// The case page, in the section of `failed_step`'s form, with its problems beside its
/// fields.
pub fn render(
    page: &Page,
    file: &CaseFile,
    status: StatusCode,
    form: &HashMap<String, String>,
    errors: &FieldErrors,
    failed_step: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let section = failed_step.map_or(Section::Overview, Section::of_form);
    render_section(
        page,
        file,
        Shown::at(section),
        status,
        form,
        errors,
        failed_step,
    )
}

/// Which section a page shows, and the form a next-step link asked to have open there.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    pub section: Section,
    pub open_form: Option<&'a str>,
}

impl Shown<'_> {
    pub fn at(section: Section) -> Self {
        Shown {
            section,
            open_form: None,
        }
    }
}

/// One section of the case page, under the next-step panel and the tabs.
pub fn render_section(
    page: &Page,
    file: &CaseFile,
    shown: Shown,
    status: StatusCode,
    form: &HashMap<String, String>,
    errors: &FieldErrors,
    failed_step: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let (section, open_form) = (shown.section, shown.open_form);
    let lang = page.lang.as_str();
    let sees = access::sees_file(file.role);
    let me = page
        .user
        .as_ref()
        .map(|u| u.id.as_str())
        .unwrap_or_default();
    let next = file.next_step(me, crate::db::now());
    // The panel's primary steps are not offered again in the list of other steps.
    let steps: Vec<&str> = file
        .steps()
        .into_iter()
        .filter(|s| !next.primary.contains(s))
        .map(Step::as_str)
        .collect();
    let shows = |s: Section| section == s;
    let ctx = context! {
        section => section.name(),
        tabs => sees.then(|| workspace::tabs(page, file, section)),
        next => workspace::next_panel(page, file, &next),
        case => case_summary(page, file),
        sees_file => sees,
        role => file.role.as_str(),
        upload_max_mb => page.state.config.upload_max_bytes / (1024 * 1024),
        audiences => audience_choices(lang, file),
        comment_windows => open_comment_windows(page, file),
        facts => (sees && shows(Section::Overview)).then(|| facts(lang, &file.case)),
        members => member_views(lang, file),
        steps => steps,
        certificate => access::certificate_of(&file.case, file.role).is_some(),
        failed_step => failed_step,
        // The form a next-step link asked to have open, so that one tap reaches it.
        open_form => open_form,
        messages => shows(Section::Messages).then(|| message_views(page, file, me)),
        documents => shows(Section::Documents).then(|| document_views(page, file, me)),
        may_redact => access::may_redact(file.role),
        settlement => (sees && shows(Section::Settlement)).then(|| super::settlements::context(page, file)),
        timeline => shows(Section::History).then(|| super::history::timeline(page, file)),
        ..context! { ..hearings_context(page, file), ..intake_context(page, file) }
    };
    page.form_again(status, "cases/show.html", form, errors, None, ctx)
}

/// After a form of the case page: back to its section when the step was taken, or the
/// section again with the form's problems beside its fields and what was typed.
pub async fn after_form(
    page: &Page,
    user: &CurrentUser,
    id: String,
    form: &HashMap<String, String>,
    form_name: &str,
    result: Result<(), CaseError>,
    section: Section,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(crate::web::page::redirect(&format!(
            "{}?notice=step-done#main",
            section.path(&id)
        ))),
        Err(CaseError::Invalid(errors)) => {
            let file = load(page, user, id).await?;
            render_section(
                page,
                &file,
                Shown::at(section),
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                &errors,
                Some(form_name),
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// A certificate of the procedure's start and end (Art. 12: it suspends limitation
/// periods), as a printable document to keep.
#[get("/cases/{id}/certificate")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn certificate(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let file = load(&page, &user, id.into_inner()).await?;
    let c = &file.case;
    let Some(reference) = access::certificate_of(c, file.role) else {
        return Err(AppError::NotFound);
    };
    let lang = page.lang.as_str();
    let outcome = state_of(c)
        .is_closed()
        .then(|| i18n::t(lang, &c.state.label_id()));
    let html = page
        .state
        .templates
        .get_template("cases/certificate.html")?
        .render(context! {
            lang => lang,
            dir => i18n::direction(lang),
            centre => page.state.config.centre.name,
            centre_address => page.state.config.centre.address,
            reference => reference,
            consumer => c.consumer_name,
            trader => c.trader_name,
            received_at => c.received_at.map(|t| page.datetime(t)),
            completed_at => c.completed_at.map(|t| page.datetime(t)),
            closed_at => c.closed_at.map(|t| page.datetime(t)),
            outcome => outcome,
            issued_at => page.datetime(crate::db::now()),
        })?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"certificate-{reference}.html\""),
        ))
        .body(html))
}
