//! Proposals and their answers, blind offers, agreements and obligations.
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::models::{Agreement, BlindOffer, Obligation, Proposal, ProposalAnswer};
use super::schema::{agreements, blind_offers, cases, obligations, proposal_answers, proposals};
use super::{DbConn, DbResult};
use crate::domain::cases::codes::{ObligationStatus, Outcome, Side};

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_proposal(conn: &mut DbConn, p: &Proposal) -> DbResult<()> {
    diesel::insert_into(proposals::table)
        .values(p.clone())
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn save_proposal(conn: &mut DbConn, p: &Proposal) -> DbResult<()> {
    diesel::update(proposals::table.find(&p.id))
        .set(p.clone())
        .execute(conn)?;
    Ok(())
}

/// A proposal of this case (never of another one, whatever the id).
#[tracing::instrument(level = "debug", skip_all)]
pub fn find_proposal(conn: &mut DbConn, case_id: &str, id: &str) -> DbResult<Option<Proposal>> {
    Ok(proposals::table
        .filter(proposals::case_id.eq(case_id))
        .filter(proposals::id.eq(id))
        .select(Proposal::as_select())
        .first(conn)
        .optional()?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn proposals_of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Proposal>> {
    Ok(proposals::table
        .filter(proposals::case_id.eq(case_id))
        .order((proposals::created_at, proposals::id))
        .select(Proposal::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn answers_of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<ProposalAnswer>> {
    Ok(proposal_answers::table
        .inner_join(proposals::table.on(proposals::id.eq(proposal_answers::proposal_id)))
        .filter(proposals::case_id.eq(case_id))
        .select(ProposalAnswer::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn answers_of(conn: &mut DbConn, proposal_id: &str) -> DbResult<Vec<ProposalAnswer>> {
    Ok(proposal_answers::table
        .filter(proposal_answers::proposal_id.eq(proposal_id))
        .select(ProposalAnswer::as_select())
        .load(conn)?)
}

/// Records a side's answer to a proposal, replacing its answer to an earlier version, in
/// one upsert.
#[tracing::instrument(level = "debug", skip_all)]
pub fn save_answer(conn: &mut DbConn, a: &ProposalAnswer) -> DbResult<()> {
    super::on_backend!(conn, |c| diesel::insert_into(proposal_answers::table)
        .values(a)
        .on_conflict((proposal_answers::proposal_id, proposal_answers::side))
        .do_update()
        .set(a)
        .execute(c))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn blind_offers_of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<BlindOffer>> {
    Ok(blind_offers::table
        .filter(blind_offers::case_id.eq(case_id))
        .order((blind_offers::round, blind_offers::side))
        .select(BlindOffer::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_blind_offer(conn: &mut DbConn, o: &BlindOffer) -> DbResult<()> {
    diesel::insert_into(blind_offers::table)
        .values(o)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_agreement(conn: &mut DbConn, a: &Agreement) -> DbResult<()> {
    diesel::insert_into(agreements::table)
        .values(a)
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn agreement_of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Option<Agreement>> {
    Ok(agreements::table
        .filter(agreements::case_id.eq(case_id))
        .select(Agreement::as_select())
        .first(conn)
        .optional()?)
}

/// One insert per obligation: the multi-backend connection has no batch insert, and an
/// agreement holds a handful of items.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_obligations(conn: &mut DbConn, list: &[Obligation]) -> DbResult<()> {
    for o in list {
        diesel::insert_into(obligations::table)
            .values(o.clone())
            .execute(conn)?;
    }
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn save_obligation(conn: &mut DbConn, o: &Obligation) -> DbResult<()> {
    diesel::update(obligations::table.find(&o.id))
        .set(o.clone())
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn obligations_of_case(conn: &mut DbConn, case_id: &str) -> DbResult<Vec<Obligation>> {
    Ok(obligations::table
        .filter(obligations::case_id.eq(case_id))
        .order(obligations::position)
        .select(Obligation::as_select())
        .load(conn)?)
}

/// Obligations still open (due or done but unconfirmed) with a due date in [from, to].
#[tracing::instrument(level = "debug", skip_all)]
pub fn open_obligations_due(
    conn: &mut DbConn,
    from: NaiveDate,
    to: NaiveDate,
) -> DbResult<Vec<Obligation>> {
    Ok(obligations::table
        .filter(obligations::status.eq(ObligationStatus::Due))
        .filter(obligations::due_on.ge(from))
        .filter(obligations::due_on.le(to))
        .order((obligations::due_on, obligations::id))
        .select(Obligation::as_select())
        .load(conn)?)
}

/// Every obligation past its due date and not settled, oldest first, with its case's
/// reference and trader: the staff's overdue list.
#[tracing::instrument(level = "debug", skip_all)]
pub fn overdue(
    conn: &mut DbConn,
    today: NaiveDate,
) -> DbResult<Vec<(Obligation, Option<String>, String)>> {
    Ok(obligations::table
        .inner_join(cases::table.on(cases::id.eq(obligations::case_id)))
        .filter(obligations::outcome.is_null())
        .filter(obligations::due_on.lt(today))
        .filter(obligations::status.ne(ObligationStatus::Confirmed))
        .order((obligations::due_on, obligations::id))
        .select((
            Obligation::as_select(),
            cases::reference,
            cases::trader_name,
        ))
        .load(conn)?)
}

/// Traders with an obligation judged not honoured since `since` and not yet complied with,
/// by name, with how many such obligations: the public non-compliance list.
#[tracing::instrument(level = "debug", skip_all)]
pub fn not_honoured_since(conn: &mut DbConn, since: NaiveDateTime) -> DbResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    Ok(obligations::table
        .inner_join(cases::table.on(cases::id.eq(obligations::case_id)))
        .filter(obligations::outcome.eq(Outcome::NotHonoured))
        .filter(obligations::side.eq(Side::Trader))
        .filter(obligations::settled_at.ge(since))
        .group_by(cases::trader_name)
        .order(cases::trader_name)
        .select((cases::trader_name, count_star()))
        .load(conn)?)
}

/// The proposals of several cases at once (a dashboard), in each case's order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn proposals_of_cases(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<Proposal>> {
    Ok(proposals::table
        .filter(proposals::case_id.eq_any(case_ids))
        .order((proposals::created_at, proposals::id))
        .select(Proposal::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn answers_of_cases(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<ProposalAnswer>> {
    Ok(proposal_answers::table
        .inner_join(proposals::table.on(proposals::id.eq(proposal_answers::proposal_id)))
        .filter(proposals::case_id.eq_any(case_ids))
        .select(ProposalAnswer::as_select())
        .load(conn)?)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn obligations_of_cases(conn: &mut DbConn, case_ids: &[String]) -> DbResult<Vec<Obligation>> {
    Ok(obligations::table
        .filter(obligations::case_id.eq_any(case_ids))
        .order((obligations::case_id, obligations::position))
        .select(Obligation::as_select())
        .load(conn)?)
}
