//! The case page: who, what, where it stands, the days left, what the viewer can do, and the
//! timeline from the event log. A bounded number of queries, however long the case.
use std::collections::HashMap;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, web};
use minijinja::{Value, context};
use serde::Serialize;

use super::{money, options};
use crate::db::models::{Case, CaseEvent, CaseMember, User};
use crate::db::{self};
use crate::domain::accounts::FieldErrors;
use crate::domain::cases::catalogue::{self, CAPACITIES, REFUSAL_GROUNDS};
use crate::domain::cases::lifecycle::{self, CaseRole, State};
use crate::domain::cases::{CaseError, access, case_file, intake, procedure, state_of};
use crate::i18n;
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

/// The facts of the dispute as the parties gave them.
pub fn facts(lang: &str, c: &Case) -> Value {
    let label = |list: &str, v: &str| {
        if v.is_empty() {
            String::new()
        } else {
            i18n::t(lang, &catalogue::label(list, v))
        }
    };
    context! {
        consumer_name => c.consumer_name,
        consumer_country => c.consumer_country,
        trader_name => c.trader_name,
        trader_email => c.trader_email,
        trader_country => c.trader_country,
        trader_address => c.trader_address,
        cross_border => !c.consumer_country.is_empty() && c.consumer_country != c.trader_country,
        sector => label("sector", &c.sector),
        problem_kind => label("problem", &c.problem_kind),
        purchase_description => c.purchase_description,
        purchase_date => c.purchase_date.map(|d| d.to_string()),
        price => money(lang, c.price_minor, &c.price_currency),
        complained_on => c.complained_on.map(|d| d.to_string()),
        trader_responded => c.trader_responded,
        trader_response => c.trader_response,
        claim_kind => label("claim", &c.claim_kind),
        claim_amount => money(lang, c.claim_amount_minor, &c.claim_currency),
        description => c.description,
        language => i18n::LANGUAGES.iter().find(|(code, _)| *code == c.language).map(|(_, n)| *n),
        channel => label("channel", &c.channel),
    }
}

/// Everything the case page shows, loaded in a fixed number of queries.
pub struct CaseFile {
    pub case: Case,
    pub role: CaseRole,
    pub events: Vec<CaseEvent>,
    pub members: Vec<CaseMember>,
    pub people: HashMap<String, User>,
    pub group: Vec<(String, Option<String>, String)>,
    pub mediators: Vec<User>,
    pub file: crate::domain::cases::case_file::FileView,
    pub hearings: Vec<crate::db::models::Hearing>,
    pub answers: Vec<crate::db::models::HearingAnswer>,
    pub settlement: crate::domain::cases::settlements::SettlementView,
}

/// Loads everything the case page shows in a fixed number of queries, however many
/// events, messages and documents the case has (a test counts them).
pub fn load_file(
    c: &mut db::DbConn,
    actor: &crate::domain::policy::Actor,
    user_id: &str,
    id: &str,
    blind_gap_percent: i64,
) -> db::DbResult<CaseFile> {
    let (case, role) = match access::load(c, actor, id) {
        Ok(v) => v,
        Err(CaseError::Db(e)) => return Err(e),
        Err(_) => return Err(db::DbError::NotFound),
    };
    let sees = access::sees_file(role);
    let events = if sees {
        db::cases::events(c, &case.id)?
    } else {
        vec![]
    };
    let members = db::cases::members(c, &case.id)?;
    let file = match case_file::load_view(c, &case, role, user_id) {
        Ok(v) => v,
        Err(CaseError::Db(e)) => return Err(e),
        Err(_) => return Err(db::DbError::NotFound),
    };
    let (hearings, answers) = if sees {
        (
            crate::domain::cases::hearings::visible(role, db::hearings::of_case(c, &case.id)?),
            db::hearings::answers_of_case(c, &case.id)?,
        )
    } else {
        (vec![], vec![])
    };
    let settlement = if sees {
        crate::domain::cases::settlements::load_view(c, &case, role, blind_gap_percent)?
    } else {
        Default::default()
    };
    let mut ids: Vec<String> = events.iter().filter_map(|e| e.actor_id.clone()).collect();
    ids.extend(settlement.answers.iter().map(|a| a.user_id.clone()));
    ids.extend(
        settlement
            .proposals
            .iter()
            .filter_map(|p| p.author_id.clone()),
    );
    ids.extend(answers.iter().map(|a| a.user_id.clone()));
    ids.extend(file.messages.iter().map(|m| m.author_id.clone()));
    ids.extend(file.documents.iter().map(|d| d.uploader_id.clone()));
    ids.extend(file.documents.iter().filter_map(|d| d.redacted_by.clone()));
    ids.extend(members.iter().map(|m| m.user_id.clone()));
    ids.extend(case.mediator_id.clone());
    ids.sort();
    ids.dedup();
    let people = db::users::find_many(c, &ids)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let group = match (&case.group_id, sees) {
        (Some(g), true) => db::cases::group_members(c, g)?
            .into_iter()
            .filter(|(gid, _, _)| *gid != case.id)
            .collect(),
        _ => vec![],
    };
    let mediators = if role == CaseRole::Staff {
        db::users::active_with_role(c, "mediator")?
    } else {
        vec![]
    };
    Ok(CaseFile {
        case,
        role,
        events,
        members,
        people,
        group,
        mediators,
        file,
        hearings,
        answers,
        settlement,
    })
}

pub async fn load(page: &Page, user: &CurrentUser, id: String) -> Result<CaseFile, AppError> {
    let actor = user.actor();
    let user_id = user.0.id.clone();
    let gap = page.state.config.centre.blind_gap_percent;
    let file = db::run(&page.state.pool, move |c| {
        load_file(c, &actor, &user_id, &id, gap)
    })
    .await?;
    Ok(file)
}

/// Keys of event data shown in the timeline, in this order.
pub const SHOWN: &[&str] = &[
    "reference",
    "request",
    "answer",
    "reason",
    "summary",
    "note",
    "ground",
    "mediator",
    "days",
    "direction",
    "date",
    "linked",
    "name",
    "capacity",
    "relationship",
    "by",
    "upheld",
    "sha256_before",
    "sha256_after",
    "starts",
    "time_zone",
    "decision",
    "version",
    "obligation",
    "round",
    "amount",
    "sha256",
];

#[derive(Serialize)]
struct Detail {
    label: String,
    value: String,
}

fn event_view(page: &Page, e: &CaseEvent, people: &HashMap<String, User>) -> Value {
    let lang = page.lang.as_str();
    let data: serde_json::Value = serde_json::from_str(&e.data).unwrap_or_default();
    let details: Vec<Detail> = SHOWN
        .iter()
        .filter_map(|k| {
            let v = data.get(*k)?;
            let value = match (*k, v) {
                ("ground", serde_json::Value::String(g)) => {
                    i18n::t(lang, &catalogue::label("ground", g))
                }
                ("capacity", serde_json::Value::String(g)) => {
                    i18n::t(lang, &catalogue::label("capacity", g))
                }
                ("by", serde_json::Value::String(g)) => i18n::t(lang, &format!("side-{g}")),
                ("direction", serde_json::Value::String(g)) => {
                    i18n::t(lang, &format!("correspondence-{g}"))
                }
                ("decision", serde_json::Value::String(g)) => {
                    i18n::t(lang, &format!("decision-{}", g.replace('_', "-")))
                }
                ("upheld", serde_json::Value::Bool(b)) => {
                    i18n::t(lang, if *b { "yes" } else { "no" })
                }
                (_, serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
                (_, serde_json::Value::Number(n)) => n.to_string(),
                _ => return None,
            };
            Some(Detail {
                label: i18n::t(lang, &format!("event-field-{k}")),
                value,
            })
        })
        .collect();
    let actor = match &e.actor_id {
        Some(id) => people.get(id).map(|u| u.name.clone()).unwrap_or_default(),
        None => i18n::t(lang, "event-actor-system"),
    };
    context! {
        seq => e.seq,
        at => page.datetime(e.at),
        title => i18n::t(lang, &format!("event-{}", e.kind)),
        actor => actor,
        details => details,
    }
}

/// The hearings as the page shows them: times in the viewer's zone and in the zone booked,
/// the answers to the current version (a party sees its own), minutes, and the mediator's
/// notes for the mediator.
fn hearing_views(page: &Page, file: &CaseFile, name_of: &dyn Fn(&str) -> String) -> Vec<Value> {
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
                .filter(|a| file.role == CaseRole::Mediator || a.user_id == me)
                .map(|a| {
                    context! {
                        name => name_of(&a.user_id),
                        answer => i18n::t(lang, &crate::domain::cases::hearings::label_id("answer", &a.answer)),
                        reason => a.reason,
                    }
                })
                .collect();
            context! {
                id => h.id,
                starts => page.datetime(h.starts_at),
                ends => page.datetime(h.ends_at),
                local => local.format("%Y-%m-%d %H:%M").to_string(),
                date => local.format("%Y-%m-%d").to_string(),
                time => local.format("%H:%M").to_string(),
                duration_minutes => (h.ends_at - h.starts_at).num_minutes(),
                time_zone => h.time_zone,
                form => h.form,
                form_label => i18n::t(lang, &crate::domain::cases::hearings::label_id("form", &h.form)),
                place => h.place,
                cancelled => h.status == "cancelled",
                started => h.starts_at <= now,
                minutes => h.minutes,
                private_notes => h.private_notes,
                answers => answers,
            }
        })
        .collect()
}

/// Art. 9(1)(a) windows from what this viewer sees of the parties' shared submissions:
/// messages and documents for everyone, and the trader's first answer.
fn comment_windows(file: &CaseFile, days: i64) -> case_file::CommentWindows {
    let shared = |a: &str| a == "everyone";
    let submissions = file
        .file
        .messages
        .iter()
        .filter(|m| shared(&m.audience))
        .map(|m| (m.author_id.clone(), m.created_at))
        .chain(
            file.file
                .documents
                .iter()
                .filter(|d| shared(&d.audience))
                .map(|d| (d.uploader_id.clone(), d.created_at)),
        )
        .chain(
            file.events
                .iter()
                .filter(|e| e.kind == "join")
                .filter_map(|e| e.actor_id.clone().map(|a| (a, e.at))),
        );
    case_file::comment_windows(&file.case, &file.members, &file.people, submissions, days)
}

/// The forms of the steps this viewer can take now.
fn steps_for(file: &CaseFile) -> Vec<&'static str> {
    let state = state_of(&file.case);
    lifecycle::available(state, file.role)
        .into_iter()
        .filter(|s| {
            use lifecycle::Step::*;
            match s {
                s if !s.has_step_form() => false,
                ObjectToMediator => {
                    file.case.mediator_id.is_some() && file.case.objection.is_none()
                }
                DecideObjection => file.case.objection.is_some(),
                Extend => !file.case.extended && file.case.outcome_due_at.is_some(),
                MarkComplex => !file.case.complex,
                _ => true,
            }
        })
        .map(|s| s.as_str())
        .collect()
}

pub fn render(
    page: &Page,
    file: &CaseFile,
    status: StatusCode,
    form: &HashMap<String, String>,
    errors: &FieldErrors,
    failed_step: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang.as_str();
    let c = &file.case;
    let state = state_of(c);
    let sees = access::sees_file(file.role);
    let mediator = c.mediator_id.as_ref().and_then(|id| file.people.get(id));
    let members: Vec<Value> = file
        .members
        .iter()
        .map(|m| {
            context! {
                name => file.people.get(&m.user_id).map(|u| u.name.clone()).unwrap_or_default(),
                side => i18n::t(lang, &format!("side-{}", m.side)),
                capacity => i18n::t(lang, &catalogue::label("capacity", &m.capacity)),
                relationship => m.relationship,
            }
        })
        .collect();
    let timeline: Vec<Value> = file
        .events
        .iter()
        .rev()
        .map(|e| event_view(page, e, &file.people))
        .collect();
    let automatic = if file.role == CaseRole::Staff
        && matches!(
            state,
            State::Submitted | State::AwaitingInfo | State::Complete
        ) {
        intake::automatic_grounds(c, &page.state.config.centre)
            .into_iter()
            .map(|g| i18n::t(lang, &catalogue::label("ground", g)))
            .collect()
    } else {
        vec![]
    };
    let days_since_received = c.received_at.map(|r| (crate::db::now() - r).num_days());
    let decision_warning = matches!(
        state,
        State::Submitted | State::AwaitingInfo | State::Complete
    ) && days_since_received
        .is_some_and(|d| d >= intake::DECISION_DAYS - intake::DECISION_WARNING_DAYS);
    let group: Vec<Value> = file.group.iter().map(|(id, r, s)| context! { id => id, reference => r, state => i18n::t(lang, &format!("state-{}", s.replace('_', "-"))) }).collect();
    let name_of = |id: &str| {
        file.people
            .get(id)
            .map(|u| u.name.clone())
            .unwrap_or_default()
    };
    let last_read = file.file.last_read;
    let me = page.user.as_ref().map(|u| u.id.clone()).unwrap_or_default();
    let audience_label = |a: &str| i18n::t(lang, &format!("audience-{}", a.replace('_', "-")));
    let messages: Vec<Value> = file
        .file
        .messages
        .iter()
        .map(|m| {
            context! {
                id => m.id,
                author => name_of(&m.author_id),
                at => page.datetime(m.created_at),
                audience => m.audience,
                audience_label => audience_label(&m.audience),
                paragraphs => super::text::paragraphs(&m.body),
                new => m.author_id != me && last_read.is_none_or(|r| m.created_at > r),
            }
        })
        .collect();
    let documents: Vec<Value> = file
        .file
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
                uploader => name_of(&d.uploader_id),
                at => page.datetime(d.created_at),
                audience => d.audience,
                audience_label => audience_label(&d.audience),
                new => d.uploader_id != me && last_read.is_none_or(|r| d.created_at > r),
                preview => crate::domain::evidence::previewable(&d.content_type),
                redacted_at => d.redacted_at.map(|t| page.datetime(t)),
                redacted_by => d.redacted_by.as_deref().map(name_of),
                redaction_reason => d.redaction_reason,
            }
        })
        .collect();
    let has_mediator = c.mediator_confirmed_at.is_some();
    let may_add: Vec<(String, String)> = access::AUDIENCES
        .iter()
        .filter(|a| access::may_add(file.role, state, a, has_mediator))
        .map(|a| (a.to_string(), audience_label(a)))
        .collect();
    let now = crate::db::now();
    let windows = comment_windows(file, page.state.config.centre.comment_days);
    let open =
        |until: Option<chrono::NaiveDateTime>| until.filter(|u| *u > now).map(|u| page.datetime(u));
    // Each party sees its own window; the mediator and staff see both.
    let comment_windows: Vec<(String, String)> = [
        ("consumer", windows.consumer_until, CaseRole::Consumer),
        ("trader", windows.trader_until, CaseRole::Trader),
    ]
    .into_iter()
    .filter(|(_, _, role)| {
        matches!(file.role, CaseRole::Mediator | CaseRole::Staff) || file.role == *role
    })
    .filter_map(|(side, until, _)| open(until).map(|u| (i18n::t(lang, &format!("side-{side}")), u)))
    .collect();
    let hearing_views = hearing_views(page, file, &name_of);
    let may_book = lifecycle::check(state, lifecycle::Step::ScheduleHearing, file.role).is_ok();
    let may_answer = lifecycle::check(state, lifecycle::Step::AnswerHearing, file.role).is_ok();
    let may_record = lifecycle::check(state, lifecycle::Step::RecordMinutes, file.role).is_ok();
    let ctx = context! {
        settlement => if sees { Some(super::settlements::context(page, file, &name_of)) } else { None },
        hearings => hearing_views,
        may_book => may_book,
        may_answer => may_answer,
        may_record => may_record,
        hearing_forms => crate::domain::cases::hearings::FORMS.iter().map(|f| (f.to_string(), i18n::t(lang, &crate::domain::cases::hearings::label_id("form", f)))).collect::<Vec<_>>(),
        hearing_answers => crate::domain::cases::hearings::ANSWERS.iter().map(|a| (a.to_string(), i18n::t(lang, &crate::domain::cases::hearings::label_id("answer", a)))).collect::<Vec<_>>(),
        time_zone => page.user.as_ref().map(|u| u.time_zone.clone()).unwrap_or_else(|| "UTC".into()),
        comment_windows => comment_windows,
        may_redact => access::may_redact(file.role),
        messages => messages,
        documents => documents,
        audiences => may_add,
        upload_max_mb => page.state.config.upload_max_bytes / (1024 * 1024),
        case => context! {
            id => c.id,
            reference => c.reference,
            state => c.state,
            state_label => i18n::t(lang, &format!("state-{}", c.state.replace('_', "-"))),
            closed => state.is_closed(),
            received_at => c.received_at.map(|t| page.datetime(t)),
            completed_at => c.completed_at.map(|t| page.datetime(t)),
            closed_at => c.closed_at.map(|t| page.datetime(t)),
            outcome_due => c.outcome_due_at.map(|t| t.date().to_string()),
            days_left => if state.is_closed() { None } else { procedure::days_left(c) },
            trader_due_on => c.trader_due_on.map(|d| d.to_string()),
            negotiation_until => c.negotiation_until.map(|t| page.datetime(t)),
            complex => c.complex,
            extended => c.extended,
            info_request => c.info_request,
            objection => c.objection,
            refusal_ground => c.refusal_ground.as_ref().map(|g| i18n::t(lang, &catalogue::label("ground", g))),
            closing_reason => c.closing_reason,
            withdrawn_by => c.withdrawn_by.as_ref().map(|s| i18n::t(lang, &format!("side-{s}"))),
            mediator => mediator.map(|m| m.name.clone()),
            mediator_confirmed => c.mediator_confirmed_at.is_some(),
            days_since_received => days_since_received,
            decision_warning => decision_warning,
        },
        facts => if sees { Some(facts(lang, c)) } else { None },
        sees_file => sees,
        role => format!("{:?}", file.role).to_lowercase(),
        members => members,
        timeline => timeline,
        steps => steps_for(file),
        automatic_grounds => automatic,
        group => group,
        grounds => options(lang, "ground", REFUSAL_GROUNDS),
        capacities => options(lang, "capacity", CAPACITIES),
        mediators => file.mediators.iter().map(|m| (m.id.clone(), m.name.clone())).collect::<Vec<_>>(),
        max_extension => procedure::MAX_EXTENSION_DAYS,
        certificate => c.reference.is_some() && file.role != CaseRole::MediatorPending,
    };
    page.form_again(
        status,
        "cases/show.html",
        form,
        errors,
        None,
        context! { failed_step => failed_step, ..ctx },
    )
}

/// After a form of the case page: back to `anchor` on the page when the step was taken,
/// or the page again with the form's problems beside its fields and what was typed.
pub async fn after_form(
    page: &Page,
    user: &CurrentUser,
    id: String,
    form: &HashMap<String, String>,
    form_name: &str,
    result: Result<(), CaseError>,
    anchor: &str,
) -> Result<HttpResponse, AppError> {
    match result {
        Ok(()) => Ok(crate::web::page::redirect(&format!(
            "/cases/{id}?notice=step-done#{anchor}"
        ))),
        Err(CaseError::Invalid(errors)) => {
            let file = load(page, user, id).await?;
            render(
                page,
                &file,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                &errors,
                Some(form_name),
            )
        }
        Err(e) => Err(e.into()),
    }
}

#[get("/cases/{id}")]
pub async fn show(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let file = load(&page, &user, id.clone()).await?;
    if file.case.state == "draft" {
        return Ok(crate::web::page::redirect(&format!(
            "/cases/{id}/draft/review"
        )));
    }
    render(&page, &file, StatusCode::OK, &HashMap::new(), &vec![], None)
}

/// A certificate of the procedure's start and end (Art. 12: it suspends limitation
/// periods), as a printable document to keep.
#[get("/cases/{id}/certificate")]
pub async fn certificate(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let file = load(&page, &user, id.into_inner()).await?;
    let c = &file.case;
    let (Some(reference), true) = (&c.reference, access::sees_file(file.role)) else {
        return Err(AppError::NotFound);
    };
    let lang = page.lang.as_str();
    let outcome = state_of(c)
        .is_closed()
        .then(|| i18n::t(lang, &format!("state-{}", c.state.replace('_', "-"))));
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
