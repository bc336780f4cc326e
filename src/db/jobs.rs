//! Bookkeeping for scheduled work (each occasion handled once, by whichever instance comes
//! first), and the deletions the cleanup job makes.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{account_tokens, login_throttle, outbox, scheduled_runs};
use super::{DbConn, DbResult};

/// Runs `work` for `occasion` unless an instance already has, in one transaction with the
/// record of it. Returns whether it ran here.
#[tracing::instrument(level = "debug", skip_all, fields(job = %job, occasion = %occasion))]
pub fn once<F>(conn: &mut DbConn, job: &str, occasion: &str, work: F) -> DbResult<bool>
where
    F: FnOnce(&mut DbConn) -> DbResult<()>,
{
    conn.transaction(|c| {
        if !claim_occasion(c, job, occasion, super::now())? {
            // Another instance did it; nothing was written here.
            return Ok(false);
        }
        work(c)?;
        Ok(true)
    })
}

/// Records that `job` acts on `occasion`; false when some instance already did. Call it first
/// in the transaction that does the work, so the record and the work commit together.
#[tracing::instrument(level = "debug", skip_all)]
pub fn claim_occasion(
    conn: &mut DbConn,
    job: &str,
    occasion: &str,
    at: NaiveDateTime,
) -> DbResult<bool> {
    // "Do nothing" on a conflict rather than a failed insert, which on PostgreSQL would end
    // the caller's transaction.
    let inserted = super::on_backend!(conn, |c| diesel::insert_into(scheduled_runs::table)
        .values((
            scheduled_runs::job.eq(job),
            scheduled_runs::occasion.eq(occasion),
            scheduled_runs::ran_at.eq(at),
        ))
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted == 1)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn occasions_of(conn: &mut DbConn, job: &str) -> DbResult<i64> {
    Ok(scheduled_runs::table
        .filter(scheduled_runs::job.eq(job))
        .count()
        .get_result(conn)?)
}

/// Links that expired or were used before `before`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_dead_tokens(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(
        account_tokens::table.filter(
            account_tokens::expires_at
                .lt(before)
                .or(account_tokens::used_at.lt(before)),
        ),
    )
    .execute(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_stale_throttles(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(
        diesel::delete(login_throttle::table.filter(login_throttle::last_failure_at.lt(before)))
            .execute(conn)?,
    )
}

/// Delivered mail older than `before`: kept for a while as a record, not for ever.
#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_old_sent_mail(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::delete(
        outbox::table
            .filter(outbox::status.eq(super::outbox::SENT))
            .filter(outbox::sent_at.lt(before)),
    )
    .execute(conn)?)
}

/// Refreshes the query planner's statistics, so that it picks the right index for the list
/// filters as the tables grow. PostgreSQL's autovacuum does this by itself; SQLite asks for
/// `PRAGMA optimize` now and then.
#[tracing::instrument(level = "debug", skip_all)]
pub fn refresh_statistics(conn: &mut DbConn) -> DbResult<()> {
    use diesel::connection::SimpleConnection;
    if let DbConn::Sqlite(c) = conn {
        c.batch_execute("PRAGMA optimize")?;
    }
    Ok(())
}
