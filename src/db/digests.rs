//! Notification preferences and the notices held for a daily digest.
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{digest_items, notification_prefs};
use super::{DbConn, DbResult};
use crate::domain::cases::notify::{Category, Delivery};

/// The users among `user_ids` who want `category` as a daily digest.
#[tracing::instrument(level = "debug", skip_all)]
pub fn digest_readers(
    conn: &mut DbConn,
    user_ids: &[String],
    category: Category,
) -> DbResult<Vec<String>> {
    if user_ids.is_empty() {
        return Ok(vec![]);
    }
    Ok(notification_prefs::table
        .filter(notification_prefs::user_id.eq_any(user_ids))
        .filter(notification_prefs::category.eq(category))
        .filter(notification_prefs::mode.eq(Delivery::Digest))
        .select(notification_prefs::user_id)
        .load(conn)?)
}

/// (category, mode) pairs a user has chosen; categories not listed are immediate.
#[tracing::instrument(level = "debug", skip_all)]
pub fn prefs_of(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<(Category, Delivery)>> {
    Ok(notification_prefs::table
        .filter(notification_prefs::user_id.eq(user_id))
        .select((notification_prefs::category, notification_prefs::mode))
        .load(conn)?)
}

/// Stores a choice in one upsert: the same form saved twice at once cannot collide.
#[tracing::instrument(level = "debug", skip_all)]
pub fn set_pref(
    conn: &mut DbConn,
    user_id: &str,
    category: Category,
    mode: Delivery,
) -> DbResult<()> {
    use diesel::upsert::excluded;
    super::on_backend!(conn, |c| diesel::insert_into(notification_prefs::table)
        .values((
            notification_prefs::user_id.eq(user_id),
            notification_prefs::category.eq(category),
            notification_prefs::mode.eq(mode),
        ))
        .on_conflict((notification_prefs::user_id, notification_prefs::category))
        .do_update()
        .set(notification_prefs::mode.eq(excluded(notification_prefs::mode)))
        .execute(c))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn hold(
    conn: &mut DbConn,
    id: &str,
    user_id: &str,
    category: Category,
    line: &str,
    link: &str,
    at: NaiveDateTime,
) -> DbResult<()> {
    diesel::insert_into(digest_items::table)
        .values((
            digest_items::id.eq(id),
            digest_items::user_id.eq(user_id),
            digest_items::category.eq(category),
            digest_items::line.eq(line),
            digest_items::link.eq(link),
            digest_items::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Users with notices waiting for their digest.
#[tracing::instrument(level = "debug", skip_all)]
pub fn users_waiting(conn: &mut DbConn) -> DbResult<Vec<String>> {
    Ok(digest_items::table
        .filter(digest_items::sent_at.is_null())
        .select(digest_items::user_id)
        .distinct()
        .load(conn)?)
}

/// A user's waiting notices, oldest first: (line, link).
#[tracing::instrument(level = "debug", skip_all)]
pub fn waiting_for(conn: &mut DbConn, user_id: &str) -> DbResult<Vec<(String, String)>> {
    Ok(digest_items::table
        .filter(digest_items::sent_at.is_null())
        .filter(digest_items::user_id.eq(user_id))
        .order((digest_items::created_at, digest_items::id))
        .select((digest_items::line, digest_items::link))
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn mark_sent(conn: &mut DbConn, user_id: &str, at: NaiveDateTime) -> DbResult<usize> {
    Ok(diesel::update(
        digest_items::table
            .filter(digest_items::sent_at.is_null())
            .filter(digest_items::user_id.eq(user_id)),
    )
    .set(digest_items::sent_at.eq(at))
    .execute(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn delete_sent_before(conn: &mut DbConn, before: NaiveDateTime) -> DbResult<usize> {
    Ok(
        diesel::delete(digest_items::table.filter(digest_items::sent_at.lt(before)))
            .execute(conn)?,
    )
}
