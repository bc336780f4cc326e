use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::User;
use super::schema::users::dsl as u;
use super::{DbConn, DbResult, now};

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, user: &User) -> DbResult<()> {
    diesel::insert_into(u::users).values(user).execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find(conn: &mut DbConn, id: &str) -> DbResult<Option<User>> {
    Ok(u::users
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_email(conn: &mut DbConn, email: &str) -> DbResult<Option<User>> {
    Ok(u::users
        .filter(u::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn count(conn: &mut DbConn) -> DbResult<i64> {
    Ok(u::users.count().get_result(conn)?)
}

/// One page of users ordered by (created_at, id), starting after the given key.
#[tracing::instrument(level = "debug", skip_all)]
pub fn page(
    conn: &mut DbConn,
    after: Option<(NaiveDateTime, String)>,
    limit: i64,
) -> DbResult<Vec<User>> {
    let mut q = u::users
        .select(User::as_select())
        .order((u::created_at, u::id))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        q = q.filter(
            u::created_at
                .gt(at)
                .or(u::created_at.eq(at).and(u::id.gt(id))),
        );
    }
    Ok(q.load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn members_of(conn: &mut DbConn, organisation_id: &str) -> DbResult<Vec<User>> {
    Ok(u::users
        .filter(u::organisation_id.eq(organisation_id))
        .order((u::created_at, u::id))
        .select(User::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_password(conn: &mut DbConn, id: &str, hash: &str) -> DbResult<()> {
    // A new password ends every earlier session.
    diesel::update(u::users.find(id))
        .set((
            u::password_hash.eq(hash),
            u::token_version.eq(u::token_version + 1),
            u::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn bump_token_version(conn: &mut DbConn, id: &str) -> DbResult<()> {
    diesel::update(u::users.find(id))
        .set((
            u::token_version.eq(u::token_version + 1),
            u::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn mark_verified(conn: &mut DbConn, id: &str) -> DbResult<()> {
    diesel::update(u::users.find(id).filter(u::email_verified_at.is_null()))
        .set((u::email_verified_at.eq(now()), u::updated_at.eq(now())))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_email(conn: &mut DbConn, id: &str, email: &str) -> DbResult<()> {
    diesel::update(u::users.find(id))
        .set((
            u::email.eq(email),
            u::email_verified_at.eq(now()),
            u::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_time_zone(conn: &mut DbConn, id: &str, zone: &str) -> DbResult<()> {
    diesel::update(u::users.find(id))
        .set((u::time_zone.eq(zone), u::updated_at.eq(now())))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_language(conn: &mut DbConn, id: &str, language: &str) -> DbResult<()> {
    diesel::update(u::users.find(id))
        .set((u::language.eq(language), u::updated_at.eq(now())))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_disabled(conn: &mut DbConn, id: &str, disabled: bool) -> DbResult<()> {
    let at = if disabled { Some(now()) } else { None };
    diesel::update(u::users.find(id))
        .set((
            u::disabled_at.eq(at),
            u::token_version.eq(u::token_version + 1),
            u::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Several users at once, by id (one query, not one per user).
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_many(conn: &mut DbConn, ids: &[String]) -> DbResult<Vec<User>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    Ok(u::users
        .filter(u::id.eq_any(ids))
        .select(User::as_select())
        .load(conn)?)
}

/// Active accounts with a role (the centre's staff, the mediators).
#[tracing::instrument(level = "debug", skip_all)]
pub fn active_with_role(conn: &mut DbConn, role: crate::domain::Role) -> DbResult<Vec<User>> {
    Ok(u::users
        .filter(u::role.eq(role))
        .filter(u::disabled_at.is_null())
        .order((u::name, u::id))
        .select(User::as_select())
        .load(conn)?)
}
