//! Messages, read markers and documents of a case.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::{CaseDocument, CaseMessage};
use super::schema::{case_documents, case_messages, case_reads};
use super::{DbConn, DbResult};
use crate::domain::cases::codes::Audience;

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_message(conn: &mut DbConn, m: &CaseMessage) -> DbResult<()> {
    diesel::insert_into(case_messages::table)
        .values(m)
        .execute(conn)?;
    Ok(())
}

/// The case's messages in the given audiences, oldest first: one query however many.
#[tracing::instrument(level = "debug", skip_all)]
pub fn messages(
    conn: &mut DbConn,
    case_id: &str,
    audiences: &[Audience],
) -> DbResult<Vec<CaseMessage>> {
    Ok(case_messages::table
        .filter(case_messages::case_id.eq(case_id))
        .filter(case_messages::audience.eq_any(audiences))
        .order((case_messages::created_at, case_messages::id))
        .select(CaseMessage::as_select())
        .load(conn)?)
}

/// A page of the case's messages in the given audiences, oldest first, after a
/// (created_at, id) cursor.
#[tracing::instrument(level = "debug", skip_all)]
pub fn messages_page(
    conn: &mut DbConn,
    case_id: &str,
    audiences: &[Audience],
    after: Option<(NaiveDateTime, String)>,
    limit: i64,
) -> DbResult<Vec<CaseMessage>> {
    let mut q = case_messages::table
        .filter(case_messages::case_id.eq(case_id))
        .filter(case_messages::audience.eq_any(audiences))
        .into_boxed();
    if let Some((at, id)) = after {
        q = q.filter(
            case_messages::created_at
                .gt(at)
                .or(case_messages::created_at
                    .eq(at)
                    .and(case_messages::id.gt(id))),
        );
    }
    Ok(q.order((case_messages::created_at, case_messages::id))
        .limit(limit)
        .select(CaseMessage::as_select())
        .load(conn)?)
}

/// A page of the case's documents, as `messages_page`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn documents_page(
    conn: &mut DbConn,
    case_id: &str,
    audiences: &[Audience],
    after: Option<(NaiveDateTime, String)>,
    limit: i64,
) -> DbResult<Vec<CaseDocument>> {
    let mut q = case_documents::table
        .filter(case_documents::case_id.eq(case_id))
        .filter(case_documents::audience.eq_any(audiences))
        .into_boxed();
    if let Some((at, id)) = after {
        q = q.filter(
            case_documents::created_at
                .gt(at)
                .or(case_documents::created_at
                    .eq(at)
                    .and(case_documents::id.gt(id))),
        );
    }
    Ok(q.order((case_documents::created_at, case_documents::id))
        .limit(limit)
        .select(CaseDocument::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_document(conn: &mut DbConn, d: &CaseDocument) -> DbResult<()> {
    diesel::insert_into(case_documents::table)
        .values(d)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn documents(
    conn: &mut DbConn,
    case_id: &str,
    audiences: &[Audience],
) -> DbResult<Vec<CaseDocument>> {
    Ok(case_documents::table
        .filter(case_documents::case_id.eq(case_id))
        .filter(case_documents::audience.eq_any(audiences))
        .order((case_documents::created_at, case_documents::id))
        .select(CaseDocument::as_select())
        .load(conn)?)
}

/// A document of this case (never of another one, whatever the id).
#[tracing::instrument(level = "debug", skip_all)]
pub fn document(conn: &mut DbConn, case_id: &str, id: &str) -> DbResult<Option<CaseDocument>> {
    Ok(case_documents::table
        .filter(case_documents::case_id.eq(case_id))
        .filter(case_documents::id.eq(id))
        .select(CaseDocument::as_select())
        .first(conn)
        .optional()?)
}

/// Deletes a document of a draft (the caller has checked that the case is one).
#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_draft_document(conn: &mut DbConn, case_id: &str, id: &str) -> DbResult<()> {
    diesel::delete(
        case_documents::table
            .filter(case_documents::case_id.eq(case_id))
            .filter(case_documents::id.eq(id)),
    )
    .execute(conn)?;
    Ok(())
}

/// Saves a document's changed content (a redaction); its id and case never change.
#[tracing::instrument(level = "debug", skip_all)]
pub fn save_document(conn: &mut DbConn, d: &CaseDocument) -> DbResult<()> {
    diesel::update(case_documents::table.filter(case_documents::id.eq(&d.id)))
        .set((
            case_documents::file_name.eq(&d.file_name),
            case_documents::content_type.eq(&d.content_type),
            case_documents::size_bytes.eq(d.size_bytes),
            case_documents::sha256.eq(&d.sha256),
            case_documents::storage_key.eq(&d.storage_key),
            case_documents::redacted_at.eq(d.redacted_at),
            case_documents::redacted_by.eq(&d.redacted_by),
            case_documents::redaction_reason.eq(&d.redaction_reason),
        ))
        .execute(conn)?;
    Ok(())
}

/// Bytes stored for the case so far.
#[tracing::instrument(level = "debug", skip_all)]
pub fn stored_bytes(conn: &mut DbConn, case_id: &str) -> DbResult<i64> {
    let sizes: Vec<i64> = case_documents::table
        .filter(case_documents::case_id.eq(case_id))
        .select(case_documents::size_bytes)
        .load(conn)?;
    Ok(sizes.iter().sum())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn document_count(conn: &mut DbConn, case_id: &str) -> DbResult<i64> {
    Ok(case_documents::table
        .filter(case_documents::case_id.eq(case_id))
        .count()
        .get_result(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn key_exists(conn: &mut DbConn, key: &str) -> DbResult<bool> {
    Ok(case_documents::table
        .filter(case_documents::storage_key.eq(key))
        .count()
        .get_result::<i64>(conn)?
        > 0)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn last_read(
    conn: &mut DbConn,
    case_id: &str,
    user_id: &str,
) -> DbResult<Option<NaiveDateTime>> {
    Ok(case_reads::table
        .find((case_id, user_id))
        .select(case_reads::read_at)
        .first(conn)
        .optional()?)
}

/// Records when the user last saw the case: one upsert, so that two views at the same
/// moment (two tabs, a double reload) both succeed instead of racing on the key.
#[tracing::instrument(level = "debug", skip_all)]
pub fn mark_read(
    conn: &mut DbConn,
    case_id: &str,
    user_id: &str,
    at: NaiveDateTime,
) -> DbResult<()> {
    use diesel::upsert::excluded;
    super::on_backend!(conn, |c| diesel::insert_into(case_reads::table)
        .values((
            case_reads::case_id.eq(case_id),
            case_reads::user_id.eq(user_id),
            case_reads::read_at.eq(at),
        ))
        .on_conflict((case_reads::case_id, case_reads::user_id))
        .do_update()
        .set(case_reads::read_at.eq(excluded(case_reads::read_at)))
        .execute(c))?;
    Ok(())
}

/// Of the given cases, those with a message in `audiences`, not by the user, newer than the
/// user's last visit: one query for a whole list page.
#[tracing::instrument(level = "debug", skip_all)]
pub fn unread_cases(
    conn: &mut DbConn,
    user_id: &str,
    case_ids: &[String],
    audiences: &[Audience],
) -> DbResult<Vec<String>> {
    if case_ids.is_empty() {
        return Ok(vec![]);
    }
    let reads: Vec<(String, NaiveDateTime)> = case_reads::table
        .filter(case_reads::user_id.eq(user_id))
        .filter(case_reads::case_id.eq_any(case_ids))
        .select((case_reads::case_id, case_reads::read_at))
        .load(conn)?;
    let latest: Vec<(String, Option<NaiveDateTime>)> = case_messages::table
        .filter(case_messages::case_id.eq_any(case_ids))
        .filter(case_messages::audience.eq_any(audiences))
        .filter(case_messages::author_id.ne(user_id))
        .group_by(case_messages::case_id)
        .select((
            case_messages::case_id,
            diesel::dsl::max(case_messages::created_at),
        ))
        .load(conn)?;
    Ok(latest
        .into_iter()
        .filter(|(case, at)| {
            let read = reads.iter().find(|(c, _)| c == case).map(|(_, r)| *r);
            match (at, read) {
                (Some(at), Some(read)) => *at > read,
                (Some(_), None) => true,
                _ => false,
            }
        })
        .map(|(case, _)| case)
        .collect())
}

/// Every storage key in use, for the cleanup of files that belong to nothing.
#[tracing::instrument(level = "debug", skip_all)]
pub fn all_keys(conn: &mut DbConn) -> DbResult<std::collections::HashSet<String>> {
    Ok(case_documents::table
        .select(case_documents::storage_key)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}
