//! The case page's read model: everything a viewer may see of one case, loaded in a fixed
//! number of queries however long the case, and already filtered by the access policy
//! (`access.rs`): what a role does not see is never loaded.
use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::codes::EventKind;
use super::lifecycle::{self, CaseRole, State, Step};
use super::settlements::{self, SettlementView};
use super::{CaseError, CaseResult, access, case_file, hearings, next_step};
use crate::db::models::{Case, CaseEvent, CaseMember, Hearing, HearingAnswer, User};
use crate::db::{self, DbConn};
use crate::domain::Role;
use crate::domain::policy::Actor;

/// Everything the case page shows.
pub struct CaseView {
    pub case: Case,
    pub role: CaseRole,
    /// The case log, oldest first.
    pub events: Vec<CaseEvent>,
    pub members: Vec<CaseMember>,
    /// Everyone the page names: authors, members, the mediator, who answered what.
    pub people: HashMap<String, User>,
    /// The other cases of the case's group: id, reference, state.
    pub group: Vec<(String, Option<String>, State)>,
    /// The mediators staff may assign, for those who assign them.
    pub mediators: Vec<User>,
    pub file: case_file::FileView,
    pub hearings: Vec<Hearing>,
    pub answers: Vec<HearingAnswer>,
    pub settlement: SettlementView,
}

/// Loads what `actor` may see of case `id`. A case they may not see is `NotFound`, never a
/// sign that it exists. `marks_read`: the viewer is shown the messages and documents now, so
/// what is new to them stops being new on their next visit.
pub fn load(
    c: &mut DbConn,
    actor: &Actor,
    user_id: &str,
    id: &str,
    blind_gap_percent: i64,
    marks_read: bool,
) -> CaseResult<CaseView> {
    let (case, role, members) = access::load_with_members(c, actor, id).map_err(|e| match e {
        CaseError::Db(e) => CaseError::Db(e),
        _ => CaseError::NotFound,
    })?;
    let sees = access::sees_file(role);
    let events = if sees {
        db::cases::events(c, &case.id)?
    } else {
        vec![]
    };
    let file = case_file::load_view(c, &case, role, user_id, marks_read).map_err(|e| match e {
        CaseError::Db(e) => CaseError::Db(e),
        _ => CaseError::NotFound,
    })?;
    let (hearings, answers) = if sees {
        (
            hearings::visible(role, db::hearings::of_case(c, &case.id)?),
            db::hearings::answers_of_case(c, &case.id)?,
        )
    } else {
        (vec![], vec![])
    };
    let settlement = if sees {
        settlements::load_view(c, &case, role, blind_gap_percent)?
    } else {
        SettlementView::default()
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
    let mediators = if access::lists_mediators(role) {
        db::users::active_with_role(c, Role::Mediator)?
    } else {
        vec![]
    };
    Ok(CaseView {
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

impl CaseView {
    /// The name of a person the page mentions; blank for someone it may not name.
    pub fn name_of(&self, id: &str) -> String {
        self.people
            .get(id)
            .map(|u| u.name.clone())
            .unwrap_or_default()
    }

    /// The steps this viewer can take now.
    pub fn steps(&self) -> Vec<Step> {
        lifecycle::offered(&self.case, self.role)
    }

    /// Art. 9(1)(a) windows from what this viewer sees of the parties' shared submissions:
    /// messages and documents for everyone, and the trader's first answer.
    pub fn comment_windows(&self, days: i64) -> case_file::CommentWindows {
        let submissions = self
            .file
            .messages
            .iter()
            .filter(|m| m.audience.is_shared())
            .map(|m| (m.author_id.clone(), m.created_at))
            .chain(
                self.file
                    .documents
                    .iter()
                    .filter(|d| d.audience.is_shared())
                    .map(|d| (d.uploader_id.clone(), d.created_at)),
            )
            .chain(
                self.events
                    .iter()
                    .filter(|e| e.kind == EventKind::Step(Step::JoinAsTrader))
                    .filter_map(|e| e.actor_id.clone().map(|a| (a, e.at))),
            );
        case_file::comment_windows(&self.case, &self.members, &self.people, submissions, days)
    }

    /// Whether something was added since the viewer last read the case, by someone else.
    pub fn is_new(&self, author_id: &str, viewer_id: &str, at: NaiveDateTime) -> bool {
        author_id != viewer_id && self.file.last_read.is_none_or(|r| at > r)
    }

    /// How many messages and documents are new to the viewer.
    pub fn unread(&self, viewer_id: &str) -> (usize, usize) {
        let messages = self
            .file
            .messages
            .iter()
            .filter(|m| self.is_new(&m.author_id, viewer_id, m.created_at))
            .count();
        let documents = self
            .file
            .documents
            .iter()
            .filter(|d| self.is_new(&d.uploader_id, viewer_id, d.created_at))
            .count();
        (messages, documents)
    }

    /// What the case waits for and what the viewer can do now.
    pub fn next_step(&self, viewer_id: &str, now: NaiveDateTime) -> next_step::NextStep {
        next_step::next_step(
            &next_step::Facts {
                case: &self.case,
                role: self.role,
                viewer_id,
                proposals: &self.settlement.proposals,
                answers: &self.settlement.answers,
                obligations: &self.settlement.obligations,
                hearings: &self.hearings,
                hearing_answers: &self.answers,
            },
            now,
        )
    }
}
