//! Cases, their event log, members, reference counters and holiday calendars.
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::models::{Case, CaseEvent, CaseMember};
use super::schema::{case_counters, case_events, case_groups, case_members, cases, holidays};
use super::{DbConn, DbError, DbResult};
use crate::domain::cases::lifecycle::{self, State};

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, case: &Case) -> DbResult<()> {
    diesel::insert_into(cases::table)
        // Owned: the blank-as-none columns convert on the way in (`models`).
        .values(case.clone())
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find(conn: &mut DbConn, id: &str) -> DbResult<Option<Case>> {
    Ok(cases::table
        .find(id)
        .select(Case::as_select())
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_reference(conn: &mut DbConn, reference: &str) -> DbResult<Option<Case>> {
    Ok(cases::table
        .filter(cases::reference.eq(reference))
        .select(Case::as_select())
        .first(conn)
        .optional()?)
}

/// Reads a case for changing it, holding it against concurrent changes until the
/// transaction ends: a write first takes PostgreSQL's row lock (SQLite's database lock), so
/// two steps on one case run one after the other.
#[tracing::instrument(level = "debug", skip_all)]
pub fn lock(conn: &mut DbConn, id: &str) -> DbResult<Option<Case>> {
    let touched = diesel::update(cases::table.find(id))
        .set(cases::id.eq(id))
        .execute(conn)?;
    if touched == 0 {
        return Ok(None);
    }
    find(conn, id)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn save(conn: &mut DbConn, case: &Case) -> DbResult<()> {
    diesel::update(cases::table.find(&case.id))
        .set(case.clone())
        .execute(conn)?;
    Ok(())
}

/// The open draft of a consumer, if any: filing a second form continues it.
#[tracing::instrument(level = "debug", skip_all)]
pub fn draft_of(conn: &mut DbConn, user_id: &str) -> DbResult<Option<Case>> {
    Ok(cases::table
        .filter(cases::filed_by.eq(user_id))
        .filter(cases::state.eq(State::Draft))
        .select(Case::as_select())
        .order(cases::created_at.desc())
        .first(conn)
        .optional()?)
}

/// The next number of the year's references. Inside the filing transaction, the counter
/// row's lock makes concurrent filings queue, and a rolled-back filing gives its number back:
/// references stay unique and without gaps.
#[tracing::instrument(level = "debug", skip_all)]
pub fn next_number(conn: &mut DbConn, year: i32) -> DbResult<i32> {
    let bumped = diesel::update(case_counters::table.find(year))
        .set(case_counters::last_number.eq(case_counters::last_number + 1))
        .returning(case_counters::last_number)
        .get_result::<i32>(conn)
        .optional()?;
    if let Some(n) = bumped {
        return Ok(n);
    }
    // First case of the year. A concurrent first filing may insert the row too; then the
    // savepoint rolls back and the update above, retried, queues behind it.
    let inserted = conn.transaction(|c| -> DbResult<_> {
        Ok(diesel::insert_into(case_counters::table)
            .values((
                case_counters::year.eq(year),
                case_counters::last_number.eq(1),
            ))
            .execute(c)?)
    });
    match inserted {
        Ok(_) => Ok(1),
        Err(DbError::Conflict) => Ok(diesel::update(case_counters::table.find(year))
            .set(case_counters::last_number.eq(case_counters::last_number + 1))
            .returning(case_counters::last_number)
            .get_result::<i32>(conn)?),
        Err(e) => Err(e),
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn last_event(conn: &mut DbConn, case_id: &str) -> DbResult<Option<CaseEvent>> {
    Ok(case_events::table
        .filter(case_events::case_id.eq(case_id))
        .order(case_events::seq.desc())
        .select(CaseEvent::as_select())
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_event(conn: &mut DbConn, event: &CaseEvent) -> DbResult<()> {
    diesel::insert_into(case_events::table)
        .values(event)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn events(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<CaseEvent>> {
    Ok(case_events::table
        .filter(case_events::case_id.eq(case_id))
        .order(case_events::seq.asc())
        .select(CaseEvent::as_select())
        .load(conn)?)
}

/// Every event of every case, in chain order, a page at a time after (case_id, seq).
#[tracing::instrument(level = "debug", skip_all)]
pub fn events_page(
    conn: &mut DbConn,
    after: Option<(String, i32)>,
    limit: i64,
) -> DbResult<Vec<CaseEvent>> {
    let mut q = case_events::table
        .order((case_events::case_id, case_events::seq))
        .select(CaseEvent::as_select())
        .limit(limit)
        .into_boxed();
    if let Some((case, seq)) = after {
        q = q.filter(
            case_events::case_id
                .gt(case.clone())
                .or(case_events::case_id.eq(case).and(case_events::seq.gt(seq))),
        );
    }
    Ok(q.load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn members(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<CaseMember>> {
    Ok(case_members::table
        .filter(case_members::case_id.eq(case_id))
        .order(case_members::created_at)
        .select(CaseMember::as_select())
        .load(conn)?)
}

/// The sides a person is a member of, by case: few rows, read once for a dashboard.
#[tracing::instrument(level = "debug", skip_all)]
pub fn memberships_of(
    conn: &mut DbConn,
    user_id: &str,
) -> DbResult<Vec<(String, crate::domain::cases::codes::Side)>> {
    Ok(case_members::table
        .filter(case_members::user_id.eq(user_id))
        .select((case_members::case_id, case_members::side))
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn membership(
    conn: &mut DbConn,
    case_id: &str,
    user_id: &str,
) -> DbResult<Option<crate::domain::cases::codes::Side>> {
    Ok(case_members::table
        .find((case_id, user_id))
        .select(case_members::side)
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_member(conn: &mut DbConn, member: &CaseMember) -> DbResult<()> {
    diesel::insert_into(case_members::table)
        .values(member)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn new_group(conn: &mut DbConn, id: &str, at: NaiveDateTime) -> DbResult<()> {
    diesel::insert_into(case_groups::table)
        .values((case_groups::id.eq(id), case_groups::created_at.eq(at)))
        .execute(conn)?;
    Ok(())
}

/// Other cases of a group: (id, reference, state).
#[tracing::instrument(level = "debug", skip_all)]
pub fn group_members(
    conn: &mut DbConn,
    group_id: &str,
) -> DbResult<Vec<(String, Option<String>, State)>> {
    Ok(cases::table
        .filter(cases::group_id.eq(group_id))
        .order(cases::reference)
        .select((cases::id, cases::reference, cases::state))
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn move_group(conn: &mut DbConn, from: &str, to: &str) -> DbResult<()> {
    diesel::update(cases::table.filter(cases::group_id.eq(from)))
        .set(cases::group_id.eq(to))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn holidays_in(
    conn: &mut DbConn,
    country: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> DbResult<Vec<NaiveDate>> {
    Ok(holidays::table
        .filter(holidays::country.eq(country))
        .filter(holidays::day.between(from, to))
        .select(holidays::day)
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn add_holiday(conn: &mut DbConn, country: &str, day: NaiveDate, name: &str) -> DbResult<()> {
    diesel::insert_into(holidays::table)
        .values((
            holidays::country.eq(country),
            holidays::day.eq(day),
            holidays::name.eq(name),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn holidays(conn: &mut DbConn) -> DbResult<Vec<(String, NaiveDate, String)>> {
    Ok(holidays::table
        .order((holidays::country, holidays::day))
        .select((holidays::country, holidays::day, holidays::name))
        .load(conn)?)
}

/// Who sees which cases in a list.
#[derive(Debug, Clone)]
pub enum Scope {
    All,
    Consumer(String),
    Organisation(String),
    Mediator(String),
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub state: Option<State>,
    /// Only cases in one of these states (none: any).
    pub states: Vec<State>,
    pub mediator_id: Option<String>,
    pub trader_org_id: Option<String>,
    /// Outcome due on or before this time.
    pub due_before: Option<NaiveDateTime>,
    /// Lower-cased words, each of which must occur in the searchable text.
    pub words: Vec<String>,
}

/// One page of filed cases, newest first, after the (created_at, id) key.
#[tracing::instrument(level = "debug", skip_all)]
pub fn page(
    conn: &mut DbConn,
    scope: &Scope,
    filter: &Filter,
    after: Option<(NaiveDateTime, String)>,
    limit: i64,
) -> DbResult<Vec<Case>> {
    let mut q = cases::table
        .filter(cases::state.ne(State::Draft))
        .select(Case::as_select())
        .order((cases::created_at.desc(), cases::id.desc()))
        .limit(limit)
        .into_boxed();
    q = match scope {
        Scope::All => q,
        Scope::Consumer(user) => {
            // The few cases they represent someone in, read first so that the usual case
            // (none) stays a plain index range on consumer_id.
            let represented: Vec<String> = case_members::table
                .filter(case_members::user_id.eq(user.clone()))
                .select(case_members::case_id)
                .load(conn)?;
            if represented.is_empty() {
                q.filter(cases::consumer_id.eq(user.clone()))
            } else {
                q.filter(
                    cases::consumer_id
                        .eq(user.clone())
                        .or(cases::id.eq_any(represented)),
                )
            }
        }
        // A trader sees a case once the centre has accepted it and invited the trader.
        Scope::Organisation(org) => q
            .filter(cases::trader_org_id.eq(org.clone()))
            .filter(cases::trader_due_on.is_not_null()),
        Scope::Mediator(user) => q.filter(cases::mediator_id.eq(user.clone())),
    };
    if let Some(s) = &filter.state {
        q = q.filter(cases::state.eq(*s));
    }
    if !filter.states.is_empty() {
        q = q.filter(cases::state.eq_any(filter.states.clone()));
        if let Some(newest) = newest_per_state(scope, filter, after.as_ref(), limit) {
            q = q.filter(diesel::dsl::sql::<diesel::sql_types::Bool>(&newest));
        }
    }
    if let Some(m) = &filter.mediator_id {
        q = q.filter(cases::mediator_id.eq(m.clone()));
    }
    if let Some(t) = &filter.trader_org_id {
        q = q.filter(cases::trader_org_id.eq(t.clone()));
    }
    if let Some(d) = filter.due_before {
        q = q.filter(cases::outcome_due_at.le(d));
    }
    for w in &filter.words {
        q = q.filter(
            cases::search_text
                .like(format!("%{}%", super::escape_like(w)))
                .escape('\\'),
        );
    }
    if let Some((at, id)) = after {
        q = q.filter(
            cases::created_at
                .lt(at)
                .or(cases::created_at.eq(at).and(cases::id.lt(id))),
        );
    }
    Ok(q.load(conn)?)
}

/// For every case of several states, newest first (the staff agenda's live cases), a
/// condition that leaves the answer as it is but lets the database read each state's
/// `(state, created_at)` index range instead of walking every case by date: `state IN (..)`
/// cannot come back in date order, so both backends scanned the date index through every
/// ended case (50 ms a dashboard at 100,000 cases; BENCHMARKS.md). Each branch takes the
/// state's newest `limit` cases, so the page's `limit` newest of all states are among them.
/// Only when nothing else narrows the page (another condition could drop rows a branch
/// kept); `None` otherwise.
fn newest_per_state(
    scope: &Scope,
    filter: &Filter,
    after: Option<&(NaiveDateTime, String)>,
    limit: i64,
) -> Option<String> {
    let only_states = matches!(scope, Scope::All)
        && after.is_none()
        && filter.state.is_none()
        && filter.mediator_id.is_none()
        && filter.trader_org_id.is_none()
        && filter.due_before.is_none()
        && filter.words.is_empty()
        && filter.states.len() > 1;
    if !only_states {
        return None;
    }
    // The states are the lifecycle's own names (no quote can occur in them), not input.
    let branches: Vec<String> = filter
        .states
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "SELECT id FROM (SELECT id FROM cases WHERE state = '{}' \
                 ORDER BY created_at DESC, id DESC LIMIT {limit}) AS s{i}",
                s.as_str()
            )
        })
        .collect();
    Some(format!("cases.id IN ({})", branches.join(" UNION ALL ")))
}

/// The intake queue: cases waiting for the centre's decision, oldest first.
#[tracing::instrument(level = "debug", skip_all)]
pub fn intake_queue(conn: &mut DbConn, limit: i64) -> DbResult<Vec<Case>> {
    Ok(cases::table
        .filter(cases::state.eq_any(lifecycle::INTAKE))
        .order((cases::received_at.asc(), cases::id.asc()))
        .select(Case::as_select())
        .limit(limit)
        .load(conn)?)
}

/// Cases in a state whose deadline column has passed, for the scheduler.
#[tracing::instrument(level = "debug", skip_all)]
pub fn trader_overdue(conn: &mut DbConn, today: NaiveDate) -> DbResult<Vec<String>> {
    Ok(cases::table
        .filter(cases::state.eq(State::AwaitingTrader))
        .filter(cases::trader_due_on.lt(today))
        .select(cases::id)
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn negotiation_over(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<Vec<String>> {
    Ok(cases::table
        .filter(cases::state.eq(State::Negotiation))
        .filter(cases::negotiation_until.lt(now))
        .select(cases::id)
        .load(conn)?)
}

/// Open cases with their reference and a deadline, for reminders: (id, reference, time).
#[tracing::instrument(level = "debug", skip_all)]
pub fn awaiting_trader_due(
    conn: &mut DbConn,
    until: NaiveDate,
) -> DbResult<Vec<(String, NaiveDate)>> {
    Ok(cases::table
        .filter(cases::state.eq(State::AwaitingTrader))
        .filter(cases::trader_due_on.le(until))
        .select((cases::id, cases::trader_due_on.assume_not_null()))
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn intake_due(conn: &mut DbConn, received_before: NaiveDateTime) -> DbResult<Vec<String>> {
    Ok(cases::table
        .filter(cases::state.eq_any(lifecycle::INTAKE))
        .filter(cases::received_at.le(received_before))
        .select(cases::id)
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn outcome_due(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<Vec<String>> {
    Ok(cases::table
        .filter(cases::state.eq_any(lifecycle::OUTCOME_CLOCK))
        .filter(cases::outcome_due_at.le(before))
        .select(cases::id)
        .load(conn)?)
}

/// Mean length in days of the procedures closed so far, from the complete file to the
/// outcome, for the public information page.
#[tracing::instrument(level = "debug", skip_all)]
pub fn closed_durations(conn: &mut DbConn) -> DbResult<Vec<(NaiveDateTime, NaiveDateTime)>> {
    Ok(cases::table
        .filter(cases::completed_at.is_not_null())
        .filter(cases::closed_at.is_not_null())
        .select((
            cases::completed_at.assume_not_null(),
            cases::closed_at.assume_not_null(),
        ))
        .load(conn)?)
}
