//! Failure counters for sign-in, shared by every app instance through the database.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::login_throttle::dsl as l;
use super::{DbConn, DbError, DbResult};

#[derive(Debug, Clone, Queryable)]
pub struct Counter {
    pub key: String,
    pub failures: i32,
    pub last_failure_at: NaiveDateTime,
    pub blocked_until: Option<NaiveDateTime>,
}

pub fn get(conn: &mut DbConn, key: &str) -> DbResult<Option<Counter>> {
    Ok(l::login_throttle.find(key).first(conn).optional()?)
}

/// Stores the counter, inserting it the first time. Two instances racing on the first insert
/// both end up updating: the loser of the insert retries as an update.
pub fn put(conn: &mut DbConn, c: &Counter) -> DbResult<()> {
    let updated = diesel::update(l::login_throttle.find(&c.key))
        .set((
            l::failures.eq(c.failures),
            l::last_failure_at.eq(c.last_failure_at),
            l::blocked_until.eq(c.blocked_until),
        ))
        .execute(conn)?;
    if updated == 0 {
        let inserted = diesel::insert_into(l::login_throttle)
            .values((
                l::key.eq(&c.key),
                l::failures.eq(c.failures),
                l::last_failure_at.eq(c.last_failure_at),
                l::blocked_until.eq(c.blocked_until),
            ))
            .execute(conn);
        match inserted.map_err(DbError::from) {
            Ok(_) => {}
            Err(DbError::Conflict) => return put(conn, c),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub fn clear(conn: &mut DbConn, key: &str) -> DbResult<()> {
    diesel::delete(l::login_throttle.find(key)).execute(conn)?;
    Ok(())
}
