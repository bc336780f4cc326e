//! The email outbox. Claims are leases: a worker takes a message by a conditional update
//! that only succeeds while nobody else holds an unexpired lease, so on either backend each
//! message is delivered by one worker at a time, and a dead worker's lease simply runs out.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::OutboxMessage;
use super::schema::outbox::dsl as o;
use super::{DbConn, DbResult};

crate::domain::coded::coded! {
    /// Where an email is on its way out.
    pub enum OutboxStatus in "outbox.status", label "outbox-status" {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
    }
}

pub const PENDING: OutboxStatus = OutboxStatus::Pending;
pub const SENT: OutboxStatus = OutboxStatus::Sent;
pub const FAILED: OutboxStatus = OutboxStatus::Failed;

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, message: &OutboxMessage) -> DbResult<()> {
    diesel::insert_into(o::outbox)
        .values(message)
        .execute(conn)?;
    Ok(())
}

/// Claims up to `limit` due messages for `worker` until `lease_until`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn claim_due(
    conn: &mut DbConn,
    worker: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> DbResult<Vec<OutboxMessage>> {
    let free = o::claimed_until.is_null().or(o::claimed_until.lt(now));
    let candidates: Vec<String> = o::outbox
        .filter(o::status.eq(PENDING))
        .filter(o::next_attempt_at.le(now))
        .filter(free)
        .order((o::next_attempt_at, o::id))
        .limit(limit)
        .select(o::id)
        .load(conn)?;
    let mut claimed = Vec::new();
    for id in candidates {
        let won = diesel::update(
            o::outbox
                .find(&id)
                .filter(o::status.eq(PENDING))
                .filter(o::claimed_until.is_null().or(o::claimed_until.lt(now))),
        )
        .set((o::claimed_by.eq(worker), o::claimed_until.eq(lease_until)))
        .execute(conn)?;
        if won == 1 {
            claimed.push(
                o::outbox
                    .find(&id)
                    .select(OutboxMessage::as_select())
                    .first(conn)?,
            );
        }
    }
    Ok(claimed)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn mark_sent(conn: &mut DbConn, id: &str, worker: &str, at: NaiveDateTime) -> DbResult<()> {
    diesel::update(o::outbox.find(id).filter(o::claimed_by.eq(worker)))
        .set((
            o::status.eq(SENT),
            o::sent_at.eq(at),
            o::attempts.eq(o::attempts + 1),
            o::claimed_by.eq(None::<String>),
            o::claimed_until.eq(None::<NaiveDateTime>),
            o::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a failed attempt: retried at `retry_at`, or failed for good when `None`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn mark_attempt_failed(
    conn: &mut DbConn,
    id: &str,
    worker: &str,
    error: &str,
    retry_at: Option<NaiveDateTime>,
) -> DbResult<()> {
    let (status, next) = match retry_at {
        Some(at) => (PENDING, Some(at)),
        None => (FAILED, None),
    };
    let q = diesel::update(o::outbox.find(id).filter(o::claimed_by.eq(worker)));
    match next {
        Some(at) => q
            .set((
                o::status.eq(status),
                o::attempts.eq(o::attempts + 1),
                o::next_attempt_at.eq(at),
                o::last_error.eq(error),
                o::claimed_by.eq(None::<String>),
                o::claimed_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?,
        None => q
            .set((
                o::status.eq(status),
                o::attempts.eq(o::attempts + 1),
                o::last_error.eq(error),
                o::claimed_by.eq(None::<String>),
                o::claimed_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)?,
    };
    Ok(())
}

/// Puts a failed message back in the queue, due now, on staff's request.
#[tracing::instrument(level = "debug", skip_all)]
pub fn retry(conn: &mut DbConn, id: &str, now: NaiveDateTime) -> DbResult<bool> {
    let n = diesel::update(o::outbox.find(id).filter(o::status.eq(FAILED)))
        .set((
            o::status.eq(PENDING),
            o::next_attempt_at.eq(now),
            o::attempts.eq(0),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Messages not yet sent (pending and failed), oldest first, after the keyset cursor.
#[tracing::instrument(level = "debug", skip_all)]
pub fn unsent_page(
    conn: &mut DbConn,
    after: Option<(NaiveDateTime, String)>,
    limit: i64,
) -> DbResult<Vec<OutboxMessage>> {
    let mut q = o::outbox
        .filter(o::status.ne(SENT))
        .order((o::created_at, o::id))
        .limit(limit)
        .select(OutboxMessage::as_select())
        .into_boxed();
    if let Some((at, id)) = after {
        q = q.filter(
            o::created_at
                .gt(at)
                .or(o::created_at.eq(at).and(o::id.gt(id))),
        );
    }
    Ok(q.load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn count_with_status(conn: &mut DbConn, status: OutboxStatus) -> DbResult<i64> {
    Ok(o::outbox
        .filter(o::status.eq(status))
        .count()
        .get_result(conn)?)
}
