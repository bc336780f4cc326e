//! Settlement: proposals and counters, the mediator's proposed solution (Art. 9(1)(a) and
//! 9(2)), blind offers on the money part, the agreement that records what was accepted, and
//! the obligations followed until they are honoured.
use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::codes::{
    Action, Audience, ClaimKind, EventKind, Favours, ObligationKind, ObligationStatus, Outcome,
    ProposalStatus, ProposedBy, Side, Verdict,
};
use super::lifecycle::{CaseRole, State, Step};
use super::{By, CaseError, CaseResult, apply, in_transaction, notify, required_text, state_of};
use crate::db::models::{Agreement, BlindOffer, Case, Obligation, Proposal, ProposalAnswer};
use crate::db::{self, DbConn, new_id, now};
use crate::domain::accounts::FieldErrors;
use crate::domain::dates::{self, DateKind};
use crate::domain::money;
use crate::domain::policy::Actor;
use crate::i18n;
use crate::mail::{Attachment, Mailer};
use crate::state::AppState;

mod agreement;
mod blind;
mod obligations;
mod proposals;
mod terms;
mod view;

pub use agreement::{canonical_text, number_in_case, sha256_hex, term_text};
pub use blind::{BlindView, blind_offer, blind_result, blind_view, currency_of};
pub use obligations::{answer_obligation, compliance, judge_obligation, mark_done, send_reminders};
pub use proposals::{Answer, Answered, answer, propose, revise, withdraw};
pub use terms::{ITEM_FIELDS, Input, Term, check_terms, cites_of, favours, terms_of};
pub use view::{
    ObligationActions, ProposalActions, SettlementView, cites_submissions, load_view, may_counter,
    may_open_solution, obligation_actions, proposal_actions, proposes_solution,
};

pub const MAX_BLIND_ROUNDS: usize = 3;
/// How long the parties have to pay the figure blind offers met at.
const BLIND_PAYMENT_DAYS: i64 = 14;
/// Reminders go out this many days before an obligation is due.
pub const DUE_SOON_DAYS: i64 = 3;

/// The side a role speaks for on a proposal.
pub fn side_name(role: CaseRole) -> Option<ProposedBy> {
    match role {
        CaseRole::Consumer => Some(ProposedBy::Consumer),
        CaseRole::Trader => Some(ProposedBy::Trader),
        CaseRole::Mediator => Some(ProposedBy::Mediator),
        _ => None,
    }
}

pub(super) fn side_of(role: CaseRole) -> CaseResult<ProposedBy> {
    side_name(role).ok_or(CaseError::Denied)
}

/// The party a role speaks for.
pub(super) fn party_of(role: CaseRole) -> CaseResult<Side> {
    role.side().ok_or(CaseError::Denied)
}

/// A proposal of this case.
fn proposal_of(c: &mut DbConn, case: &Case, id: &str) -> CaseResult<Proposal> {
    db::settlements::find_proposal(c, &case.id, id)?.ok_or(CaseError::NotFound)
}

/// The people of one side, to tell them what the other did.
fn notify_side(c: &mut DbConn, case: &Case, side: Side) -> db::DbResult<Vec<notify::Recipient>> {
    match side {
        Side::Consumer => notify::consumer_side(c, case),
        Side::Trader => notify::trader_side(c, case),
    }
}
