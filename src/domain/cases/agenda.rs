//! A person's agenda across their cases: what waits for them (to answer, to confirm, to
//! decide), then what waits for others, ordered by urgency with the case page's own words,
//! and the hearings of the coming week. A fixed number of queries for the whole list.
use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};

use super::codes::HearingStatus;
use super::lifecycle::{self, CaseRole, State};
use super::next_step::{Facts, NextStep, next_step};
use super::{CaseResult, access};
use crate::db::models::{Case, Hearing};
use crate::db::{self, DbConn};
use crate::domain::policy::{self, Actor};

/// How many open cases the agenda looks at: the most recent ones in the person's scope.
pub const CASES: i64 = 100;

pub struct Item {
    pub case: Case,
    pub role: CaseRole,
    pub next: NextStep,
}

pub struct Agenda {
    /// What the person must do, the nearest deadline first.
    pub yours: Vec<Item>,
    /// What waits for someone else.
    pub others: Vec<Item>,
    /// Hearings of the person's cases in the coming seven days, with the case.
    pub hearings: Vec<(Hearing, Case)>,
}

/// Open and settled cases: those where someone still has something to do.
fn live_states() -> Vec<State> {
    let mut states = lifecycle::OPEN.to_vec();
    states.push(State::Settled);
    states
}

pub fn load(c: &mut DbConn, actor: &Actor, now: NaiveDateTime) -> CaseResult<Agenda> {
    let filter = db::cases::Filter {
        states: live_states(),
        ..Default::default()
    };
    let cases = db::cases::page(c, &policy::case_scope(actor), &filter, None, CASES)?;
    let ids: Vec<String> = cases.iter().map(|k| k.id.clone()).collect();
    let sides: HashMap<String, super::codes::Side> = db::cases::memberships_of(c, &actor.user_id)?
        .into_iter()
        .collect();
    let proposals = db::settlements::proposals_of_cases(c, &ids)?;
    let answers = db::settlements::answers_of_cases(c, &ids)?;
    let obligations = db::settlements::obligations_of_cases(c, &ids)?;
    let hearings = db::hearings::of_cases(c, &ids)?;
    let hearing_answers = db::hearings::answers_of_cases(c, &ids)?;
    let mut yours = Vec::new();
    let mut others = Vec::new();
    let mut soon = Vec::new();
    for case in cases {
        let Some(role) = access::role_from(actor, &case, sides.get(&case.id).copied()) else {
            continue;
        };
        let mine = |id: &str| id == case.id;
        let p: Vec<_> = proposals
            .iter()
            .filter(|x| mine(&x.case_id))
            .cloned()
            .collect();
        let pids: Vec<&str> = p.iter().map(|x| x.id.as_str()).collect();
        let a: Vec<_> = answers
            .iter()
            .filter(|x| pids.contains(&x.proposal_id.as_str()))
            .cloned()
            .collect();
        let o: Vec<_> = obligations
            .iter()
            .filter(|x| mine(&x.case_id))
            .cloned()
            .collect();
        let h: Vec<_> = hearings
            .iter()
            .filter(|x| mine(&x.case_id))
            .cloned()
            .collect();
        let hids: Vec<&str> = h.iter().map(|x| x.id.as_str()).collect();
        let ha: Vec<_> = hearing_answers
            .iter()
            .filter(|x| hids.contains(&x.hearing_id.as_str()))
            .cloned()
            .collect();
        let next = next_step(
            &Facts {
                case: &case,
                role,
                viewer_id: &actor.user_id,
                proposals: &p,
                answers: &a,
                obligations: &o,
                hearings: &h,
                hearing_answers: &ha,
            },
            now,
        );
        if access::sees_file(role) {
            soon.extend(
                h.into_iter()
                    .filter(|x| x.status != HearingStatus::Cancelled)
                    .filter(|x| x.starts_at > now && x.starts_at <= now + Duration::days(7))
                    .map(|x| (x, case.clone())),
            );
        }
        let item = Item { case, role, next };
        if item.next.yours || !item.next.primary.is_empty() {
            yours.push(item);
        } else {
            others.push(item);
        }
    }
    // The nearest deadline first; those without one after, newest case first as loaded.
    let by_due = |i: &Item| (i.next.due.is_none(), i.next.due);
    yours.sort_by_key(by_due);
    others.sort_by_key(by_due);
    soon.sort_by_key(|(h, _)| h.starts_at);
    Ok(Agenda {
        yours,
        others,
        hearings: soon,
    })
}
