//! Failure counters for sign-in, shared by every app instance through the database.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::login_throttle::dsl as l;
use super::{DbConn, DbResult};

#[derive(Debug, Clone, Queryable)]
pub struct Counter {
    pub key: String,
    pub failures: i32,
    pub last_failure_at: NaiveDateTime,
    pub blocked_until: Option<NaiveDateTime>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn get(conn: &mut DbConn, key: &str) -> DbResult<Option<Counter>> {
    Ok(l::login_throttle.find(key).first(conn).optional()?)
}

/// Counts one more failure for `key` in one statement and returns the count: the first one
/// inserts the row, and a count whose last failure is older than `forget_before` starts
/// again at 1. Concurrent failures each count (a read-then-write would lose some, and let
/// a flood of parallel guesses past the limit).
#[tracing::instrument(level = "debug", skip_all)]
pub fn count_failure(
    conn: &mut DbConn,
    key: &str,
    at: NaiveDateTime,
    forget_before: NaiveDateTime,
) -> DbResult<i32> {
    use diesel::dsl::case_when;
    use diesel::sql_types::Integer;
    Ok(super::on_backend!(conn, |c| diesel::insert_into(
        l::login_throttle
    )
    .values((
        l::key.eq(key),
        l::failures.eq(1),
        l::last_failure_at.eq(at),
        l::blocked_until.eq(None::<NaiveDateTime>),
    ))
    .on_conflict(l::key)
    .do_update()
    .set((
        l::failures.eq(
            case_when::<_, _, Integer>(l::last_failure_at.lt(forget_before), 1)
                .otherwise(l::failures + 1)
        ),
        l::last_failure_at.eq(at),
    ))
    .returning(l::failures)
    .get_result::<i32>(c))?)
}

/// Blocks `key` until `until`, unless it is already blocked for longer.
#[tracing::instrument(level = "debug", skip_all)]
pub fn block(conn: &mut DbConn, key: &str, until: NaiveDateTime) -> DbResult<()> {
    diesel::update(
        l::login_throttle
            .find(key)
            .filter(l::blocked_until.is_null().or(l::blocked_until.lt(until))),
    )
    .set(l::blocked_until.eq(Some(until)))
    .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn clear(conn: &mut DbConn, key: &str) -> DbResult<()> {
    diesel::delete(l::login_throttle.find(key)).execute(conn)?;
    Ok(())
}
