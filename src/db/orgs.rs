use diesel::prelude::*;

use super::models::Organisation;
use super::schema::organisations::dsl as o;
use super::{DbConn, DbResult};

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, org: &Organisation) -> DbResult<()> {
    diesel::insert_into(o::organisations)
        .values(org)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn find(conn: &mut DbConn, id: &str) -> DbResult<Option<Organisation>> {
    Ok(o::organisations
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?)
}

/// One page ordered by (name, id), after the given key.
#[tracing::instrument(level = "debug", skip_all)]
pub fn page(
    conn: &mut DbConn,
    after: Option<(String, String)>,
    limit: i64,
) -> DbResult<Vec<Organisation>> {
    let mut q = o::organisations
        .select(Organisation::as_select())
        .order((o::name, o::id))
        .limit(limit)
        .into_boxed();
    if let Some((name, id)) = after {
        q = q.filter(
            o::name
                .gt(name.clone())
                .or(o::name.eq(name).and(o::id.gt(id))),
        );
    }
    Ok(q.load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn set_contacts(
    conn: &mut DbConn,
    id: &str,
    contact: Option<String>,
    backup: Option<String>,
) -> DbResult<()> {
    diesel::update(o::organisations.find(id))
        .set((o::adr_contact_id.eq(contact), o::adr_backup_id.eq(backup)))
        .execute(conn)?;
    Ok(())
}

/// The trader directory: organisations whose name contains every word, by name.
#[tracing::instrument(level = "debug", skip_all)]
pub fn search(conn: &mut DbConn, words: &[String], limit: i64) -> DbResult<Vec<Organisation>> {
    let mut q = o::organisations
        .select(Organisation::as_select())
        .order((o::name, o::id))
        .limit(limit)
        .into_boxed();
    for w in words {
        let pattern = format!("%{}%", super::escape_like(w));
        q = q.filter(o::search_name.like(pattern).escape('\\'));
    }
    Ok(q.load(conn)?)
}
