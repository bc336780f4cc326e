//! Disputes: filing, intake, the trader's answer, mediation and the outcome. Every change to
//! a case goes through `apply`, which checks the state machine, saves the case and appends
//! an event to its hash-chained log, in one transaction with the emails it causes.
pub mod access;
pub mod agenda;
pub mod audit;
pub mod case_file;
pub mod catalogue;
pub mod codes;
pub mod filing;
pub mod hearings;
pub mod intake;
pub mod lifecycle;
pub mod next_step;
pub mod notify;
pub mod procedure;
pub mod reference;
pub mod settlements;
pub mod view;

use serde_json::Value;

use super::accounts::{AccountError, FieldErrors};
use super::policy::Actor;
use crate::db::models::Case;
use crate::db::{self, DbConn, DbError, now};
use lifecycle::{CaseRole, Refusal, State, Step};

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// Missing, or not visible to this person: the two are never told apart.
    #[error("case not found")]
    NotFound,
    /// The person sees the case but may not take this step.
    #[error("not allowed")]
    Denied,
    /// The step is not possible in the case's current state.
    #[error("not possible now: {0}")]
    WrongState(&'static str),
    #[error(transparent)]
    Db(#[from] DbError),
}

pub type CaseResult<T> = Result<T, CaseError>;

impl From<diesel::result::Error> for CaseError {
    #[track_caller]
    fn from(e: diesel::result::Error) -> Self {
        CaseError::Db(e.into())
    }
}

impl From<AccountError> for CaseError {
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::Invalid(f) => CaseError::Invalid(f),
            AccountError::NotFound => CaseError::NotFound,
            AccountError::Db(e) => CaseError::Db(e),
            _ => CaseError::Denied,
        }
    }
}

impl From<Refusal> for CaseError {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::NotYours => CaseError::Denied,
            Refusal::WrongState(s) => CaseError::WrongState(s.as_str()),
        }
    }
}

/// `db::transaction` for a step on a case. A key that a concurrent request took first means
/// the case moved on meanwhile: the answer to a step taken twice (409), never an error page.
pub async fn in_transaction<T: Send + 'static>(
    pool: &db::Pool,
    f: impl FnOnce(&mut DbConn) -> CaseResult<T> + Send + 'static,
) -> CaseResult<T> {
    db::transaction(pool, f).await.map_err(|e| match e {
        CaseError::Db(DbError::Conflict) => CaseError::WrongState("changed meanwhile"),
        e => e,
    })
}

pub fn state_of(case: &Case) -> State {
    case.state
}

/// Who acts on a case: a person, or the scheduler.
#[derive(Debug, Clone)]
pub enum By {
    Person(Actor),
    System,
}

impl By {
    fn user_id(&self) -> Option<String> {
        match self {
            By::Person(a) => Some(a.user_id.clone()),
            By::System => None,
        }
    }
}

/// Takes one step on a case: locks it, works out the actor's role on it, checks the step
/// against the state machine, lets `work` change the case (and queue mail), saves it and
/// appends the event with what `work` returned. Call inside a transaction.
pub fn apply<F>(conn: &mut DbConn, by: &By, case_id: &str, step: Step, work: F) -> CaseResult<Case>
where
    F: FnOnce(&mut DbConn, &mut Case, CaseRole) -> CaseResult<Value>,
{
    let mut case = db::cases::lock(conn, case_id)?.ok_or(CaseError::NotFound)?;
    let role = match by {
        By::System => CaseRole::System,
        By::Person(actor) => access::role_on(conn, actor, &case)?.ok_or(CaseError::NotFound)?,
    };
    let to = lifecycle::check(state_of(&case), step, role)?;
    let data = work(conn, &mut case, role)?;
    let from = case.state;
    case.state = to;
    case.updated_at = now();
    db::cases::save(conn, &case)?;
    let mut data = data;
    if from != case.state
        && let Value::Object(map) = &mut data
    {
        map.insert("from".into(), Value::String(from.as_str().into()));
        map.insert("to".into(), Value::String(to.as_str().into()));
    }
    audit::append(conn, &case.id, by.user_id(), step.into(), data)?;
    Ok(case)
}

/// A required free text of a step (a reason, an answer, a summary), trimmed, at most `max`
/// characters.
pub(super) fn required_text(field: &'static str, value: &str, max: usize) -> CaseResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(CaseError::Invalid(vec![(field, "error-required")]));
    }
    if v.chars().count() > max {
        return Err(CaseError::Invalid(vec![(field, "error-too-long")]));
    }
    Ok(v.to_string())
}

/// Whole days from `from` to `to`, rounded down; negative when `to` is earlier.
pub fn days_between(from: chrono::NaiveDateTime, to: chrono::NaiveDateTime) -> i64 {
    (to - from).num_days()
}

/// The lower-cased text that list searches match: reference, names and description.
pub fn search_text(case: &Case) -> String {
    [
        case.reference.as_deref().unwrap_or(""),
        &case.consumer_name,
        &case.trader_name,
        &case.purchase_description,
        &case.description,
    ]
    .join(" ")
    .to_lowercase()
}

/// Checks, before a step's input is validated, that the person may take it now: a stranger
/// gets "not found" and a party the wrong-role or wrong-state answer, whatever they typed.
pub async fn precheck(
    pool: &db::Pool,
    actor: &Actor,
    case_id: String,
    step: Step,
) -> CaseResult<()> {
    let actor = actor.clone();
    db::run(pool, move |c| {
        let (case, role) = access::load(c, &actor, &case_id)?;
        lifecycle::check(state_of(&case), step, role)?;
        Ok(())
    })
    .await
}
