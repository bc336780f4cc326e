//! The aggregates behind the reports and the staff dashboard. Every figure is counted by the
//! database, with one SQL text for both backends except the seconds between two times.
//!
//! Placeholders are written `$1`, `$2`, ... and must first appear in that order: PostgreSQL
//! reads them by number, SQLite takes `$1` as a named parameter numbered by its first
//! appearance, so written in order they mean the same on both.
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double, Nullable, Text, Timestamp};

use super::models::{ReportTexts, Training};
use super::schema::{cases, report_texts, trainings, users};
use super::{DbConn, DbResult};
use crate::domain::cases::codes::{ProposalStatus, ProposedBy, Side};
use crate::domain::cases::lifecycle::{self, State};
use crate::domain::coded::Coded;

/// A half-open interval of time: `from <= t < until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub from: NaiveDateTime,
    pub until: NaiveDateTime,
}

/// Whose cases are counted: the whole centre, or one trader organisation's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Whose {
    Centre,
    Trader(String),
}

/// How many cases of one scope (domestic or cross_border) fall under one key.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct Count {
    #[diesel(sql_type = Text)]
    pub scope: String,
    #[diesel(sql_type = Text)]
    pub k: String,
    #[diesel(sql_type = BigInt)]
    pub n: i64,
}

/// The spread of a duration in seconds over one scope (domestic, cross_border or all).
#[derive(Debug, Clone, PartialEq, QueryableByName)]
pub struct Spread {
    #[diesel(sql_type = Text)]
    pub scope: String,
    #[diesel(sql_type = BigInt)]
    pub n: i64,
    #[diesel(sql_type = Nullable<Double>)]
    pub mean: Option<f64>,
    /// The middle value, or the mean of the two middle values.
    #[diesel(sql_type = Nullable<Double>)]
    pub median: Option<f64>,
    /// Nearest rank: the smallest value at or above 90 % of the sorted values.
    #[diesel(sql_type = Nullable<BigInt>)]
    pub p90: Option<i64>,
}

/// Cross-border when the consumer lives in another country than the trader is established
/// in (Art. 4(1)(f)); a case without a known country on either side counts as domestic.
const SCOPE: &str = "CASE WHEN c.consumer_country = '' OR c.trader_country = '' \
     OR c.consumer_country = c.trader_country THEN 'domestic' ELSE 'cross_border' END";

/// A coded value as an SQL literal. Only the enums' own words reach SQL this way, never
/// anything typed.
fn lit<T: Coded>(v: T) -> String {
    format!("'{}'", v.stored())
}

/// A list of states as an SQL tuple: `('settled', 'closed')`.
fn states(list: &[State]) -> String {
    let words: Vec<String> = list.iter().map(|s| lit(*s)).collect();
    format!("({})", words.join(", "))
}

/// What is counted under each question of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tally {
    /// Received in the period, by sector / problem kind / trader.
    Sector,
    Problem,
    Trader,
    /// Refused in the period, by Art. 5(4) ground.
    Refusal,
    /// Ended in the period, by how (settled, not settled, withdrawn by either side, trader
    /// declined, deemed refusal).
    Ending,
    /// Resolved in the period, by outcome: amicable, or the mediator's solution (accepted
    /// or not) by whom it favours, or no solution.
    Outcome,
    /// The trader's obligations settled in the period, by honoured / late / not honoured.
    Compliance,
}

fn tally_sql(tally: Tally) -> String {
    let received = "c.received_at >= $1 AND c.received_at < $2";
    let (key, from, filter) = match tally {
        Tally::Sector => ("c.sector".to_string(), "cases c", received.to_string()),
        Tally::Problem => (
            "c.problem_kind".to_string(),
            "cases c",
            received.to_string(),
        ),
        Tally::Trader => ("c.trader_name".to_string(), "cases c", received.to_string()),
        Tally::Refusal => (
            "COALESCE(c.refusal_ground, '')".to_string(),
            "cases c",
            format!(
                "c.state = {} AND c.decided_at >= $1 AND c.decided_at < $2",
                lit(State::Refused)
            ),
        ),
        // The keys are the report's own (`domain::reports`), not stored values.
        Tally::Ending => (
            format!(
                "CASE c.state WHEN {withdrawn} THEN 'withdrawn_' || COALESCE(c.withdrawn_by, {consumer}) \
                 WHEN {declined} THEN CASE WHEN c.trader_answered_at IS NULL \
                 THEN 'deemed_refusal' ELSE 'trader_declined' END \
                 WHEN {closed} THEN 'settled' ELSE c.state END",
                withdrawn = lit(State::Withdrawn),
                consumer = lit(Side::Consumer),
                declined = lit(State::TraderDeclined),
                closed = lit(State::Closed),
            ),
            "cases c",
            format!(
                "c.state IN {} AND c.closed_at >= $1 AND c.closed_at < $2",
                states(lifecycle::ENDED)
            ),
        ),
        Tally::Outcome => (
            format!(
                "CASE WHEN c.state <> {not_settled} THEN \
                 (CASE WHEN p.side = {mediator} THEN 'solution_' || p.favours ELSE 'amicable' END) \
                 ELSE COALESCE((SELECT 'rejected_' || s.favours FROM proposals s \
                 WHERE s.case_id = c.id AND s.side = {mediator} AND s.status <> {withdrawn} \
                 ORDER BY s.created_at DESC, s.id DESC LIMIT 1), 'no_solution') END",
                not_settled = lit(State::NotSettled),
                mediator = lit(ProposedBy::Mediator),
                withdrawn = lit(ProposalStatus::Withdrawn),
            ),
            "cases c LEFT JOIN agreements a ON a.case_id = c.id \
             LEFT JOIN proposals p ON p.id = a.proposal_id",
            format!(
                "c.state IN {} AND c.closed_at >= $1 AND c.closed_at < $2",
                states(lifecycle::RESOLVED)
            ),
        ),
        Tally::Compliance => (
            "o.outcome".to_string(),
            "obligations o JOIN cases c ON c.id = o.case_id",
            format!(
                "o.side = {} AND o.outcome IS NOT NULL \
                 AND o.settled_at >= $1 AND o.settled_at < $2",
                lit(Side::Trader)
            ),
        ),
    };
    format!(
        "SELECT scope, k, COUNT(*) AS n FROM (SELECT {SCOPE} AS scope, {key} AS k \
         FROM {from} WHERE {filter} AND ($3 = '' OR c.trader_org_id = $3)) t \
         GROUP BY scope, k ORDER BY scope, k"
    )
}

fn org_param(whose: &Whose) -> &str {
    match whose {
        Whose::Centre => "",
        Whose::Trader(org) => org,
    }
}

/// Counts for one question of the report over a period.
#[tracing::instrument(level = "debug", skip_all)]
pub fn tally(conn: &mut DbConn, tally: Tally, range: Range, whose: &Whose) -> DbResult<Vec<Count>> {
    ranged(conn, &tally_sql(tally), range, whose)
}

/// Runs a report query whose parameters are `$1` from, `$2` until, `$3` the trader
/// organisation (empty for the whole centre).
fn ranged<T>(conn: &mut DbConn, sql: &str, range: Range, whose: &Whose) -> DbResult<Vec<T>>
where
    T: QueryableByName<diesel::sqlite::Sqlite> + QueryableByName<diesel::pg::Pg> + 'static,
{
    let org = org_param(whose);
    macro_rules! load {
        ($c:expr) => {
            diesel::sql_query(sql)
                .bind::<Timestamp, _>(range.from)
                .bind::<Timestamp, _>(range.until)
                .bind::<Text, _>(org)
                .load::<T>($c)?
        };
    }
    Ok(match conn {
        DbConn::Sqlite(c) => load!(c),
        DbConn::Postgresql(c) => load!(c),
    })
}

/// Which duration a spread measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// From receipt to the outcome, for procedures resolved in the period.
    ReceiptToOutcome,
    /// From the complete file to the outcome (the 90 days of Art. 8(e)).
    CompleteToOutcome,
    /// From the centre's acceptance to the trader's answer, for answers in the period.
    TraderResponse,
}

/// Whole seconds from `start` to `end`, fractions of a second dropped on both backends.
fn seconds(conn: &DbConn, start: &str, end: &str) -> String {
    match conn {
        DbConn::Sqlite(_) => format!(
            "(CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER))"
        ),
        DbConn::Postgresql(_) => format!(
            "CAST(FLOOR(EXTRACT(EPOCH FROM {end})) - FLOOR(EXTRACT(EPOCH FROM {start})) AS BIGINT)"
        ),
    }
}

/// Count, mean, median and 90th percentile of a duration, per scope and for all cases.
#[tracing::instrument(level = "debug", skip_all)]
pub fn spread(conn: &mut DbConn, span: Span, range: Range, whose: &Whose) -> DbResult<Vec<Spread>> {
    let (start, end, filter) = match span {
        Span::ReceiptToOutcome => ("c.received_at", "c.closed_at", lifecycle::RESOLVED),
        Span::CompleteToOutcome => ("c.completed_at", "c.closed_at", lifecycle::RESOLVED),
        Span::TraderResponse => ("c.decided_at", "c.trader_answered_at", &[][..]),
    };
    let states = if filter.is_empty() {
        String::new()
    } else {
        format!("c.state IN {} AND ", states(filter))
    };
    let secs = seconds(conn, start, end);
    let sql = format!(
        "WITH d AS (SELECT {SCOPE} AS scope, {secs} AS secs FROM cases c \
         WHERE {states}{end} >= $1 AND {end} < $2 AND {start} IS NOT NULL \
         AND ($3 = '' OR c.trader_org_id = $3)), \
         b AS (SELECT scope, secs FROM d UNION ALL SELECT 'all', secs FROM d), \
         r AS (SELECT scope, secs, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY secs) AS rn, \
         COUNT(*) OVER (PARTITION BY scope) AS n FROM b) \
         SELECT scope, n, CAST(AVG(secs) AS DOUBLE PRECISION) AS mean, \
         CAST(AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN secs END) AS DOUBLE PRECISION) AS median, \
         MIN(CASE WHEN rn >= (9 * n + 9) / 10 THEN secs END) AS p90 \
         FROM r GROUP BY scope, n ORDER BY scope"
    );
    ranged(conn, &sql, range, whose)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn texts(
    conn: &mut DbConn,
    kind: crate::domain::reports::ReportKind,
    from: NaiveDate,
    to: NaiveDate,
) -> DbResult<Option<ReportTexts>> {
    Ok(report_texts::table
        .find((kind, from, to))
        .select(ReportTexts::as_select())
        .first(conn)
        .optional()?)
}

/// Stores a report's texts, replacing earlier ones, in one upsert: two staff saving the
/// same period's texts at once both succeed (the later one stays).
#[tracing::instrument(level = "debug", skip_all)]
pub fn save_texts(conn: &mut DbConn, t: &ReportTexts) -> DbResult<()> {
    super::on_backend!(conn, |c| diesel::insert_into(report_texts::table)
        .values(t)
        .on_conflict((
            report_texts::kind,
            report_texts::period_from,
            report_texts::period_to,
        ))
        .do_update()
        .set(t)
        .execute(c))?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_training(conn: &mut DbConn, t: &Training) -> DbResult<()> {
    diesel::insert_into(trainings::table)
        .values(t)
        .execute(conn)?;
    Ok(())
}

/// Courses that overlap the period (all of them without one), with the name of who took
/// them; of one person only when `user` is given.
#[tracing::instrument(level = "debug", skip_all)]
pub fn trainings(
    conn: &mut DbConn,
    period: Option<(NaiveDate, NaiveDate)>,
    user: Option<&str>,
) -> DbResult<Vec<(Training, String)>> {
    let mut q = trainings::table
        .inner_join(users::table)
        .select((Training::as_select(), users::name))
        .order((trainings::started_on, trainings::id))
        .into_boxed();
    if let Some((from, to)) = period {
        q = q
            .filter(trainings::started_on.le(to))
            .filter(trainings::ended_on.ge(from));
    }
    if let Some(user) = user {
        q = q.filter(trainings::user_id.eq(user.to_string()));
    }
    Ok(q.load(conn)?)
}

/// Open cases per state, for the dashboard.
#[tracing::instrument(level = "debug", skip_all)]
pub fn open_by_state(conn: &mut DbConn, states: &[&str]) -> DbResult<Vec<(String, i64)>> {
    Ok(cases::table
        .filter(cases::state.eq_any(states))
        .group_by(cases::state)
        .select((cases::state, diesel::dsl::count_star()))
        .load(conn)?)
}

/// A case close to one of its limits.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct NearLimit {
    pub id: String,
    pub reference: Option<String>,
    pub trader_name: String,
    pub state: String,
}

/// A case near a limit as the nearest-first query reads it.
#[derive(QueryableByName)]
struct NearRow {
    #[diesel(sql_type = Text)]
    id: String,
    #[diesel(sql_type = Nullable<Text>)]
    reference: Option<String>,
    #[diesel(sql_type = Text)]
    trader_name: String,
    #[diesel(sql_type = Text)]
    state: String,
    #[diesel(sql_type = Timestamp)]
    due: NaiveDateTime,
}

/// How many cases a near-limit list shows.
const NEAR_LIMIT_ROWS: i64 = 100;

/// The cases in any of `states` whose `column` is at or before `$1`, the earliest first
/// (then by id), at most `NEAR_LIMIT_ROWS`. Written as one ordered range per state, merged:
/// a single `state IN (...)` condition cannot come back in deadline order, so PostgreSQL
/// walks the whole deadline index instead, through every ended case (2.6 s over a million
/// cases; BENCHMARKS.md). Each branch reads the `(state, column, id)` index, on both
/// backends.
fn nearest(
    conn: &mut DbConn,
    states: &[State],
    column: &str,
    until: NaiveDateTime,
) -> DbResult<Vec<(NearLimit, NaiveDateTime)>> {
    if states.is_empty() {
        return Ok(vec![]);
    }
    let branches: Vec<String> = states
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "SELECT * FROM (SELECT id, reference, trader_name, state, {column} AS due \
                 FROM cases WHERE state = {} AND {column} <= $1 ORDER BY {column}, id \
                 LIMIT {NEAR_LIMIT_ROWS}) AS s{i}",
                lit(*s)
            )
        })
        .collect();
    let sql = format!(
        "{} ORDER BY due, id LIMIT {NEAR_LIMIT_ROWS}",
        branches.join(" UNION ALL ")
    );
    let rows: Vec<NearRow> = match conn {
        DbConn::Sqlite(c) => diesel::sql_query(&sql)
            .bind::<Timestamp, _>(until)
            .load(c)?,
        DbConn::Postgresql(c) => diesel::sql_query(&sql)
            .bind::<Timestamp, _>(until)
            .load(c)?,
    };
    Ok(rows
        .into_iter()
        .map(|r| {
            let near = NearLimit {
                id: r.id,
                reference: r.reference,
                trader_name: r.trader_name,
                state: r.state,
            };
            (near, r.due)
        })
        .collect())
}

/// Cases in intake received at or before `received_by`: their decision is due within the
/// warning time or overdue.
#[tracing::instrument(level = "debug", skip_all)]
pub fn intake_near(
    conn: &mut DbConn,
    received_by: NaiveDateTime,
) -> DbResult<Vec<(NearLimit, NaiveDateTime)>> {
    nearest(conn, lifecycle::INTAKE, "received_at", received_by)
}

/// Cases waiting for the trader whose answer is due by `until`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn trader_reply_near(
    conn: &mut DbConn,
    until: NaiveDate,
) -> DbResult<Vec<(NearLimit, NaiveDate)>> {
    Ok(cases::table
        .filter(cases::state.eq(State::AwaitingTrader))
        .filter(cases::trader_due_on.le(until))
        .order((cases::trader_due_on, cases::id))
        .limit(100)
        .select((
            (
                cases::id,
                cases::reference,
                cases::trader_name,
                cases::state,
            ),
            cases::trader_due_on.assume_not_null(),
        ))
        .load(conn)?)
}

/// Open cases whose 90-day outcome is due by `until`. `states` are stored state names; a
/// name no state has matches nothing.
#[tracing::instrument(level = "debug", skip_all)]
pub fn outcome_near(
    conn: &mut DbConn,
    states: &[&str],
    until: NaiveDateTime,
) -> DbResult<Vec<(NearLimit, NaiveDateTime)>> {
    let states: Vec<State> = states.iter().filter_map(|s| State::parse(s)).collect();
    nearest(conn, &states, "outcome_due_at", until)
}

/// Each active mediator with the open cases assigned to them and how many of those are in
/// mediation.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct Workload {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = BigInt)]
    pub open: i64,
    #[diesel(sql_type = BigInt)]
    pub in_mediation: i64,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn workload(conn: &mut DbConn, open_states: &[&str]) -> DbResult<Vec<Workload>> {
    // The state names are our own constants, never user input.
    let states = open_states
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ");
    // COUNT(c.mediator_id), not COUNT(c.id): the same count (the join matches on it), read
    // from the (state, mediator_id) index alone instead of every open case's row.
    let sql = format!(
        "SELECT u.id AS id, u.name AS name, COUNT(c.mediator_id) AS open, \
         COALESCE(SUM(CASE WHEN c.state = 'mediation' THEN 1 ELSE 0 END), 0) AS in_mediation \
         FROM users u LEFT JOIN cases c ON c.mediator_id = u.id AND c.state IN ({states}) \
         WHERE u.role = 'mediator' AND u.disabled_at IS NULL \
         GROUP BY u.id, u.name ORDER BY open DESC, u.name, u.id"
    );
    Ok(match conn {
        DbConn::Sqlite(c) => diesel::sql_query(&sql).load(c)?,
        DbConn::Postgresql(c) => diesel::sql_query(&sql).load(c)?,
    })
}
