//! One-time form keys: a claim per submitted form, and the answer it got.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::form_submissions;
use super::{DbConn, DbError, DbResult};

/// What became of a claimed submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// The first request is still being handled.
    Pending,
    /// The first request was answered with this status and `Location`.
    Answered(u16, Option<String>),
}

/// Claims `id`; `Ok(None)` when this is the first request with it, otherwise what the
/// earlier one has come to. The primary key makes the claim atomic across instances.
#[tracing::instrument(level = "debug", skip_all)]
pub fn claim(conn: &mut DbConn, id: &str, at: NaiveDateTime) -> DbResult<Option<Seen>> {
    let inserted = diesel::insert_into(form_submissions::table)
        .values((
            form_submissions::id.eq(id),
            form_submissions::created_at.eq(at),
        ))
        .execute(conn);
    let Err(e) = inserted else {
        return Ok(None);
    };
    match DbError::from(e) {
        // Gone again in between (the first request failed and let go): `None` would be
        // wrong, as this request holds no claim; the caller looks again.
        DbError::Conflict => Ok(Some(find(conn, id)?.unwrap_or(Seen::Pending))),
        e => Err(e),
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find(conn: &mut DbConn, id: &str) -> DbResult<Option<Seen>> {
    let row: Option<(Option<i32>, Option<String>)> = form_submissions::table
        .find(id)
        .select((form_submissions::status, form_submissions::location))
        .first(conn)
        .optional()?;
    Ok(row.map(|(status, location)| match status {
        Some(s) => Seen::Answered(u16::try_from(s).unwrap_or(303), location),
        None => Seen::Pending,
    }))
}

/// Records the answer the first request got, for the ones that follow.
#[tracing::instrument(level = "debug", skip_all)]
pub fn answer(conn: &mut DbConn, id: &str, status: u16, location: Option<&str>) -> DbResult<()> {
    diesel::update(form_submissions::table.find(id))
        .set((
            form_submissions::status.eq(Some(i32::from(status))),
            form_submissions::location.eq(location),
        ))
        .execute(conn)?;
    Ok(())
}

/// Lets go of a claim whose request failed, so the same form may be sent again.
#[tracing::instrument(level = "debug", skip_all)]
pub fn release(conn: &mut DbConn, id: &str) -> DbResult<()> {
    diesel::delete(form_submissions::table.find(id)).execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_before(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(
        diesel::delete(form_submissions::table.filter(form_submissions::created_at.lt(before)))
            .execute(conn)?,
    )
}
