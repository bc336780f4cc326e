//! Hearings and the parties' answers.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::{Hearing, HearingAnswer};
use super::schema::{hearing_answers, hearings, users};
use super::{DbConn, DbResult};
use crate::domain::cases::codes::HearingStatus;

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, h: &Hearing) -> DbResult<()> {
    diesel::insert_into(hearings::table)
        .values(h)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn save(conn: &mut DbConn, h: &Hearing) -> DbResult<()> {
    diesel::update(hearings::table.find(&h.id))
        .set(h)
        .execute(conn)?;
    Ok(())
}

/// A hearing of this case (never of another one, whatever the id).
#[tracing::instrument(level = "debug", skip_all)]
pub fn find(conn: &mut DbConn, case_id: &str, id: &str) -> DbResult<Option<Hearing>> {
    Ok(hearings::table
        .filter(hearings::case_id.eq(case_id))
        .filter(hearings::id.eq(id))
        .select(Hearing::as_select())
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Hearing>> {
    Ok(hearings::table
        .filter(hearings::case_id.eq(case_id))
        .order((hearings::starts_at, hearings::id))
        .select(Hearing::as_select())
        .load(conn)?)
}

/// Holds the mediator's calendar until the transaction ends (a row lock on PostgreSQL; on
/// SQLite the transaction already holds the only writer lock), so that two instances cannot
/// book overlapping hearings at once.
#[tracing::instrument(level = "debug", skip_all)]
pub fn lock_calendar(conn: &mut DbConn, mediator_id: &str) -> DbResult<()> {
    diesel::update(users::table.find(mediator_id))
        .set(users::id.eq(mediator_id))
        .execute(conn)?;
    Ok(())
}

/// The mediator's scheduled hearings that overlap [starts, ends), other than `except`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn overlapping(
    conn: &mut DbConn,
    mediator_id: &str,
    starts: NaiveDateTime,
    ends: NaiveDateTime,
    except: Option<&str>,
) -> DbResult<Vec<Hearing>> {
    let mut q = hearings::table
        .filter(hearings::mediator_id.eq(mediator_id))
        .filter(hearings::status.eq(HearingStatus::Scheduled))
        .filter(hearings::starts_at.lt(ends))
        .filter(hearings::ends_at.gt(starts))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(hearings::id.ne(id));
    }
    Ok(q.select(Hearing::as_select()).load(conn)?)
}

/// The mediator's hearings starting in [from, to), with their cases' references.
#[tracing::instrument(level = "debug", skip_all)]
pub fn of_mediator(
    conn: &mut DbConn,
    mediator_id: &str,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> DbResult<Vec<(Hearing, Option<String>)>> {
    use super::schema::cases;
    Ok(hearings::table
        .inner_join(cases::table.on(cases::id.eq(hearings::case_id)))
        .filter(hearings::mediator_id.eq(mediator_id))
        .filter(hearings::starts_at.ge(from))
        .filter(hearings::starts_at.lt(to))
        .order((hearings::starts_at, hearings::id))
        .select((Hearing::as_select(), cases::reference))
        .load(conn)?)
}

/// Scheduled hearings starting in [from, to): the reminder job's work.
#[tracing::instrument(level = "debug", skip_all)]
pub fn starting_between(
    conn: &mut DbConn,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> DbResult<Vec<Hearing>> {
    Ok(hearings::table
        .filter(hearings::status.eq(HearingStatus::Scheduled))
        .filter(hearings::starts_at.ge(from))
        .filter(hearings::starts_at.lt(to))
        .select(Hearing::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn answers_of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<HearingAnswer>> {
    Ok(hearing_answers::table
        .inner_join(hearings::table.on(hearings::id.eq(hearing_answers::hearing_id)))
        .filter(hearings::case_id.eq(case_id))
        .select(HearingAnswer::as_select())
        .load(conn)?)
}

/// A person's answer to a hearing, replacing their earlier one, in one upsert.
#[tracing::instrument(level = "debug", skip_all)]
pub fn save_answer(conn: &mut DbConn, a: &HearingAnswer) -> DbResult<()> {
    super::on_backend!(conn, |c| diesel::insert_into(hearing_answers::table)
        .values(a)
        .on_conflict((hearing_answers::hearing_id, hearing_answers::user_id))
        .do_update()
        .set(a)
        .execute(c))?;
    Ok(())
}

/// The hearings of several cases at once (a dashboard), in time order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn of_cases(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<Hearing>> {
    Ok(hearings::table
        .filter(hearings::case_id.eq_any(case_ids))
        .order((hearings::starts_at, hearings::id))
        .select(Hearing::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn answers_of_cases(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<HearingAnswer>> {
    Ok(hearing_answers::table
        .inner_join(hearings::table.on(hearings::id.eq(hearing_answers::hearing_id)))
        .filter(hearings::case_id.eq_any(case_ids))
        .select(HearingAnswer::as_select())
        .load(conn)?)
}
