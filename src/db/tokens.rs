use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::AccountToken;
use super::schema::account_tokens::dsl as t;
use super::{DbConn, DbResult};

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, token: &AccountToken) -> DbResult<()> {
    diesel::insert_into(t::account_tokens)
        .values(token)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find_by_hash(conn: &mut DbConn, hash: &str) -> DbResult<Option<AccountToken>> {
    Ok(t::account_tokens
        .filter(t::token_hash.eq(hash))
        .select(AccountToken::as_select())
        .first(conn)
        .optional()?)
}

/// Marks the token used; false when it was already used (a concurrent request won).
#[tracing::instrument(level = "debug", skip_all)]
pub fn consume(conn: &mut DbConn, id: &str, at: NaiveDateTime) -> DbResult<bool> {
    let n = diesel::update(t::account_tokens.find(id).filter(t::used_at.is_null()))
        .set(t::used_at.eq(at))
        .execute(conn)?;
    Ok(n == 1)
}

/// Ends every unused token of this purpose for the user, so only the newest link works.
#[tracing::instrument(level = "debug", skip_all)]
pub fn revoke_unused(
    conn: &mut DbConn,
    user_id: &str,
    purpose: crate::domain::tokens::Purpose,
    at: NaiveDateTime,
) -> DbResult<()> {
    diesel::update(
        t::account_tokens
            .filter(t::user_id.eq(user_id))
            .filter(t::purpose.eq(purpose))
            .filter(t::used_at.is_null()),
    )
    .set(t::used_at.eq(at))
    .execute(conn)?;
    Ok(())
}
