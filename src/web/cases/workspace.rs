//! The case workspace: the next step first, then the case in sections that each have their
//! own address (`/cases/{id}`, `/cases/{id}/messages`, …), so a long case stays one click
//! from any part and every section works without JavaScript.
use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, web};
use minijinja::{Value, context};

use super::show::{CaseFile, Shown, load_for, render_section};
use crate::db::models::Case;
use crate::domain::cases::access;
use crate::domain::cases::codes::{HearingStatus, ObligationStatus, ProposalStatus};
use crate::domain::cases::lifecycle::Step;
use crate::domain::cases::next_step::{self, NextStep, Task, Who};
use crate::i18n;
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

/// A part of the case page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Messages,
    Documents,
    Hearings,
    Settlement,
    History,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Overview,
        Section::Messages,
        Section::Documents,
        Section::Hearings,
        Section::Settlement,
        Section::History,
    ];

    /// The name in its address and templates.
    pub const fn name(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Messages => "messages",
            Section::Documents => "documents",
            Section::Hearings => "hearings",
            Section::Settlement => "settlement",
            Section::History => "history",
        }
    }

    pub fn path(self, case_id: &str) -> String {
        match self {
            Section::Overview => format!("/cases/{case_id}"),
            s => format!("/cases/{case_id}/{}", s.name()),
        }
    }

    /// The section whose form a failed form's name belongs to, to show it again there.
    pub fn of_form(form: &str) -> Section {
        match form {
            "message" => Section::Messages,
            "upload" => Section::Documents,
            f if f.starts_with("redact-") => Section::Documents,
            f if f.starts_with("hearing-") => Section::Hearings,
            f if f.starts_with("proposal-")
                || f.starts_with("obligation-")
                || f.starts_with("blind-") =>
            {
                Section::Settlement
            }
            _ => Section::Overview,
        }
    }

    /// Showing the messages or the documents marks them read.
    pub fn marks_read(self) -> bool {
        matches!(self, Section::Messages | Section::Documents)
    }
}

/// The tabs: each section's address, its count, and how many of its items are new.
pub fn tabs(page: &Page, file: &CaseFile, current: Section) -> Vec<Value> {
    let lang = page.lang.as_str();
    let me = page
        .user
        .as_ref()
        .map(|u| u.id.as_str())
        .unwrap_or_default();
    let (new_messages, new_documents) = file.unread(me);
    let count = |s: Section| -> (usize, usize) {
        match s {
            Section::Overview => (0, 0),
            Section::Messages => (file.file.messages.len(), new_messages),
            Section::Documents => (file.file.documents.len(), new_documents),
            Section::Hearings => (
                file.hearings
                    .iter()
                    .filter(|h| h.status != HearingStatus::Cancelled)
                    .count(),
                0,
            ),
            Section::Settlement => (
                file.settlement
                    .proposals
                    .iter()
                    .filter(|p| p.status == ProposalStatus::Open)
                    .count()
                    + file
                        .settlement
                        .obligations
                        .iter()
                        .filter(|o| o.outcome.is_none() && o.status != ObligationStatus::Confirmed)
                        .count(),
                0,
            ),
            Section::History => (file.events.len(), 0),
        }
    };
    Section::ALL
        .into_iter()
        .map(|s| {
            let (n, new) = count(s);
            context! {
                name => s.name(),
                href => s.path(&file.case.id),
                label => i18n::t(lang, &format!("case-tab-{}", s.name())),
                count => (s != Section::Overview).then_some(n),
                new => new,
                new_label => (new > 0).then(|| i18n::t_args(lang, "case-tab-new", &[("count", (new as i64).into())])),
                current => s == current,
            }
        })
        .collect()
}

/// Who must act, named as the viewer knows them.
fn who_name(page: &Page, case: &Case, mediator: Option<&str>, who: Who) -> String {
    match who {
        Who::Centre => page.state.config.centre.name.clone(),
        Who::Consumer => case.consumer_name.clone(),
        Who::Trader => case.trader_name.clone(),
        Who::Mediator => mediator
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| i18n::t(&page.lang, "next-who-mediator")),
        Who::Parties => i18n::t(&page.lang, "next-who-parties"),
        Who::Nobody => String::new(),
    }
}

/// The next step in words, the same on the case page and the dashboard: what the case
/// waits for and from whom, and its deadline with the days left.
pub fn next_words(page: &Page, case: &Case, mediator: Option<&str>, next: &NextStep) -> Value {
    let lang = page.lang.as_str();
    let today = page.today();
    let text = i18n::t_args(
        lang,
        &next.task.label_id(),
        &[
            ("who", who_name(page, case, mediator, next.who).into()),
            ("yours", if next.yours { "yes" } else { "no" }.into()),
        ],
    );
    let due = next.due.map(|d| {
        let days = (d - today).num_days();
        let id = match days {
            0 => "next-due-today",
            d if d < 0 => "next-due-overdue",
            _ => "next-due",
        };
        context! {
            iso => d.to_string(),
            text => i18n::t_args(lang, id, &[("date", page.date(d).into()), ("days", days.abs().into())]),
            overdue => days < 0,
        }
    });
    context! { text => text, due => due, yours => next.yours }
}

/// Where a primary step that has no form of its own in the panel is taken: its section,
/// with its form open (`?open=`) and scrolled to, so one tap reaches it.
fn step_link(file: &CaseFile, step: Step, me: &str) -> String {
    let id = &file.case.id;
    let at = |section: Section, form: String, anchor: String| {
        format!("{}?open={form}#{anchor}", section.path(id))
    };
    let mine = file.role.side();
    // The proposal and the hearing the panel asked this viewer to answer.
    let open_proposal = file.settlement.proposals.iter().rev().find(|p| {
        mine.is_some_and(|side| next_step::awaiting(p, &file.settlement.answers).contains(&side))
    });
    let hearing = next_step::hearing_to_answer(&file.hearings, &file.answers, me, crate::db::now());
    let obligation = |owed_by_me: bool| {
        file.settlement
            .obligations
            .iter()
            .filter(|o| o.outcome.is_none() && (mine == Some(o.side)) == owed_by_me)
            .min_by_key(|o| o.due_on)
    };
    match step {
        Step::Propose => at(
            Section::Settlement,
            "proposal-new".into(),
            "proposal-new".into(),
        ),
        Step::AnswerProposal => match open_proposal {
            Some(p) => at(
                Section::Settlement,
                format!("proposal-{}-answer", p.id),
                format!("p-{}", p.id),
            ),
            None => Section::Settlement.path(id),
        },
        Step::ScheduleHearing => at(
            Section::Hearings,
            "hearing-new".into(),
            "hearing-new".into(),
        ),
        Step::AnswerHearing => match hearing {
            Some(h) => at(
                Section::Hearings,
                format!("hearing-{}-answer", h.id),
                format!("h-{}", h.id),
            ),
            None => Section::Hearings.path(id),
        },
        Step::MarkDone => match obligation(true) {
            Some(o) => at(
                Section::Settlement,
                format!("obligation-{}-done", o.id),
                format!("o-{}", o.id),
            ),
            None => Section::Settlement.path(id),
        },
        Step::JudgeObligation => match file
            .settlement
            .obligations
            .iter()
            .find(|o| o.status == ObligationStatus::Reported)
        {
            Some(o) => at(
                Section::Settlement,
                format!("obligation-{}-judge", o.id),
                format!("o-{}", o.id),
            ),
            None => Section::Settlement.path(id),
        },
        _ => format!("{}#obligations", Section::Settlement.path(id)),
    }
}

/// The panel at the top of every section: what the case waits for, who must act, by when,
/// and the viewer's one or two steps as buttons.
pub fn next_panel(page: &Page, file: &CaseFile, next: &NextStep) -> Value {
    let lang = page.lang.as_str();
    let me = page
        .user
        .as_ref()
        .map(|u| u.id.as_str())
        .unwrap_or_default();
    let task = next.task;
    let mediator = file.case.mediator_id.as_deref().map(|id| file.name_of(id));
    let words = next_words(page, &file.case, mediator.as_deref(), next);
    // The one obligation a one-tap confirmation is for: the earliest the other side marked done.
    let confirm = file
        .settlement
        .obligations
        .iter()
        .filter(|o| o.outcome.is_none() && o.status == ObligationStatus::Done)
        .min_by_key(|o| o.due_on)
        .map(|o| o.id.clone());
    let primary: Vec<Value> = next
        .primary
        .iter()
        .map(|&s| {
            context! {
                step => s.as_str(),
                form => s.has_step_form(),
                confirm => (s == Step::AnswerObligation).then(|| confirm.clone()).flatten(),
                href => step_link(file, s, me),
                label => (!s.has_step_form()).then(|| i18n::t(lang, &format!("next-action-{}", s.as_str()))),
            }
        })
        .collect();
    context! {
        task => task.as_str(),
        ended => task == Task::Ended,
        primary => primary,
        ..words
    }
}

/// A section of the case page, as its own page.
/// `?open=<form>`: the disclosure a next-step link leads to, shown open.
#[derive(Debug, serde::Deserialize)]
pub struct Open {
    #[serde(default)]
    open: String,
}

impl Open {
    /// A form name as the templates write them (`proposal-new`, `hearing-<id>-answer`);
    /// anything else is ignored.
    fn form(&self) -> Option<&str> {
        let ok = !self.open.is_empty()
            && self.open.len() <= 80
            && self
                .open
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        ok.then_some(self.open.as_str())
    }
}

async fn section(
    page: Page,
    user: CurrentUser,
    id: String,
    section: Section,
    open: Open,
) -> Result<HttpResponse, AppError> {
    let file = load_for(&page, &user, id.clone(), section.marks_read()).await?;
    if file.case.state.is_draft() {
        return Ok(crate::web::page::redirect(&format!(
            "/cases/{id}/draft/review"
        )));
    }
    // What a viewer who does not see the file cannot open is not there for them.
    if section != Section::Overview && !access::sees_file(file.role) {
        return Err(AppError::NotFound);
    }
    render_section(
        &page,
        &file,
        Shown {
            section,
            open_form: open.form(),
        },
        StatusCode::OK,
        &HashMap::new(),
        &vec![],
        None,
    )
}

#[get("/cases/{id}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn overview(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    open: web::Query<Open>,
) -> Result<HttpResponse, AppError> {
    section(
        page,
        user,
        id.into_inner(),
        Section::Overview,
        open.into_inner(),
    )
    .await
}

#[get("/cases/{id}/messages")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn messages(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    open: web::Query<Open>,
) -> Result<HttpResponse, AppError> {
    section(
        page,
        user,
        id.into_inner(),
        Section::Messages,
        open.into_inner(),
    )
    .await
}

#[get("/cases/{id}/documents")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn documents(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    open: web::Query<Open>,
) -> Result<HttpResponse, AppError> {
    section(
        page,
        user,
        id.into_inner(),
        Section::Documents,
        open.into_inner(),
    )
    .await
}

#[get("/cases/{id}/hearings")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn hearings(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    open: web::Query<Open>,
) -> Result<HttpResponse, AppError> {
    section(
        page,
        user,
        id.into_inner(),
        Section::Hearings,
        open.into_inner(),
    )
    .await
}

#[get("/cases/{id}/settlement")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn settlement(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    open: web::Query<Open>,
) -> Result<HttpResponse, AppError> {
    section(
        page,
        user,
        id.into_inner(),
        Section::Settlement,
        open.into_inner(),
    )
    .await
}

#[get("/cases/{id}/history")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn history(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    open: web::Query<Open>,
) -> Result<HttpResponse, AppError> {
    section(
        page,
        user,
        id.into_inner(),
        Section::History,
        open.into_inner(),
    )
    .await
}
