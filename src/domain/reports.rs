//! The centre's reports: the annual activity report of Art. 7(2) of Directive 2013/11/EU,
//! the biennial report to the authority of Art. 19(3), and each member trader's own
//! figures. The database counts (`db::reports`); this module names the period, puts the
//! counts in the report's shape, works out shares, and flattens the report into the rows
//! the CSV download and the page's tables both show.
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use crate::db::models::{ReportTexts, Training};
use crate::db::reports::{self as q, Count, Range, Span, Spread, Tally, Whose};
use crate::db::{DbConn, DbResult};
use crate::domain::accounts::FieldErrors;
use crate::domain::cases::codes::{Outcome, ProblemKind, RefusalGround, Sector};
use crate::domain::csv_safe::{self, Cell};

crate::domain::coded::coded! {
    pub enum ReportKind in "report_texts.kind", label "report-kind" {
        /// The yearly activity report (Art. 7(2)).
        Annual = "annual",
        /// The report to the competent authority every two years (Art. 19(3)).
        Biennial = "biennial",
    }
}

impl ReportKind {
    /// How many calendar years the report covers by default.
    pub fn years(self) -> i32 {
        match self {
            ReportKind::Annual => 1,
            ReportKind::Biennial => 2,
        }
    }
}
/// Domestic and cross-border cases apart, then all of them.
pub const SCOPES: &[&str] = &["domestic", "cross_border", "all"];
/// How the procedures that ended did so; the last four are discontinued before an outcome.
pub const ENDINGS: &[&str] = &[
    "settled",
    "not_settled",
    "withdrawn_consumer",
    "withdrawn_trader",
    "trader_declined",
    "deemed_refusal",
];
const DISCONTINUED: &[&str] = &[
    "withdrawn_consumer",
    "withdrawn_trader",
    "trader_declined",
    "deemed_refusal",
];
/// The outcomes of resolved procedures (Art. 7(2)(d)): agreed by the parties themselves, a
/// mediator's solution by whom it favours (accepted or not), or no solution proposed.
pub const OUTCOMES: &[&str] = &["amicable", "consumer", "partly", "trader", "no_solution"];
pub const COMPLIANCE: &[&str] = &[
    Outcome::Honoured.as_str(),
    Outcome::Late.as_str(),
    Outcome::NotHonoured.as_str(),
];
/// How many traders, sectors and problem kinds the list of recurring problems names.
const TOP_TRADERS: usize = 10;
const TOP_OTHERS: usize = 5;
/// The longest period a report covers.
const MAX_YEARS: i32 = 10;

/// The period a report covers: whole days `from..=to`, counted in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    pub kind: ReportKind,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The period asked for; without dates, the current year to date (annual), or the
    /// previous year and the current one to date (biennial).
    pub fn parse(
        kind: &str,
        from: &str,
        to: &str,
        today: NaiveDate,
    ) -> Result<Period, FieldErrors> {
        let kind = match ReportKind::parse(kind) {
            Some(k) => k,
            None if kind.is_empty() => ReportKind::Annual,
            None => return Err(vec![("kind", "error-choice-unknown")]),
        };
        let years = kind.years();
        let default_from =
            NaiveDate::from_ymd_opt(today.year() - years + 1, 1, 1).expect("1 January");
        let default_to = today;
        let mut errors = FieldErrors::new();
        let mut date = |field: &'static str, s: &str, default: NaiveDate| {
            if s.trim().is_empty() {
                return Some(default);
            }
            crate::domain::dates::parse(s, crate::domain::dates::DateKind::Report, today)
                .map_err(|id| errors.push((field, id)))
                .ok()
        };
        let (from, to) = (date("from", from, default_from), date("to", to, default_to));
        let (Some(from), Some(to)) = (from, to) else {
            return Err(errors);
        };
        if to < from {
            return Err(vec![("to", "error-report-period-order")]);
        }
        if to > from.with_year(from.year() + MAX_YEARS).unwrap_or(from) {
            return Err(vec![("to", "error-report-period-long")]);
        }
        Ok(Period { kind, from, to })
    }

    pub fn range(&self) -> Range {
        Range {
            from: self.from.and_hms_opt(0, 0, 0).expect("midnight"),
            until: (self.to + Duration::days(1))
                .and_hms_opt(0, 0, 0)
                .expect("midnight"),
        }
    }

    /// The period just before this one, to compare with: as many whole months when the
    /// period is whole months (a year is compared with the year before), else as many days.
    pub fn previous(&self) -> Period {
        let whole_months = self.from.day() == 1 && (self.to + Duration::days(1)).day() == 1;
        let from = if whole_months {
            let months = (self.to.year() * 12 + self.to.month() as i32)
                - (self.from.year() * 12 + self.from.month() as i32)
                + 1;
            self.from
                .checked_sub_months(chrono::Months::new(months as u32))
                .expect("a date in range")
        } else {
            self.from - Duration::days((self.to - self.from).num_days() + 1)
        };
        Period {
            kind: self.kind,
            from,
            to: self.from - Duration::days(1),
        }
    }
}

/// A count and its share of a whole, in per cent to one decimal (`None` of nothing).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Share {
    pub key: String,
    pub n: i64,
    pub percent: Option<f64>,
}

/// A count in this period beside the one before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trend {
    pub key: String,
    pub n: i64,
    pub previous: i64,
    pub change: i64,
}

/// A duration's spread, in days to one decimal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub n: i64,
    pub mean_days: Option<f64>,
    pub median_days: Option<f64>,
    pub p90_days: Option<f64>,
}

/// Every figure of the report for one scope: domestic, cross-border, or all cases.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub scope: &'static str,
    /// (a) Disputes received, by sector and by kind of problem.
    pub received: i64,
    pub sectors: Vec<Share>,
    pub problems: Vec<Share>,
    /// (b) The traders, sectors and problem kinds with the most disputes.
    pub top_traders: Vec<Trend>,
    pub top_sectors: Vec<Trend>,
    pub top_problems: Vec<Trend>,
    /// (c) Disputes refused, by ground (shares of the refusals).
    pub refused: i64,
    pub refusal_grounds: Vec<Share>,
    /// (d) Outcomes of the procedures resolved (shares of the resolved).
    pub resolved: i64,
    pub outcomes: Vec<Share>,
    /// Of the mediator's solutions counted in `outcomes`, how many both parties accepted.
    pub solutions_accepted: i64,
    /// (e) Procedures ended, and those discontinued before an outcome, by reason (shares
    /// of the ended).
    pub ended: i64,
    pub discontinued: Share,
    pub endings: Vec<Share>,
    /// (f) Time to resolve, from receipt and from the complete file.
    pub from_receipt: Stats,
    pub from_complete: Stats,
    /// How long the trader took to answer the centre's invitation.
    pub trader_response: Stats,
    /// (g) The trader's obligations settled in the period: honoured on time, late, or not
    /// honoured (shares of the settled); `complied` is on time or late.
    pub obligations: i64,
    pub compliance: Vec<Share>,
    pub complied: Share,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrainingRow {
    pub person: String,
    pub title: String,
    pub provider: String,
    pub started_on: NaiveDate,
    pub ended_on: NaiveDate,
    pub hours: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Texts {
    /// (b) The centre's recommendations on recurring problems.
    pub recommendations: String,
    /// (h) Cooperation within networks of ADR entities for cross-border disputes.
    pub cooperation: String,
    /// The biennial report's assessment of the centre's effectiveness.
    pub assessment: String,
}

impl From<ReportTexts> for Texts {
    fn from(t: ReportTexts) -> Texts {
        Texts {
            recommendations: t.recommendations,
            cooperation: t.cooperation,
            assessment: t.assessment,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub period: Period,
    pub previous: Period,
    pub scopes: Vec<Figures>,
    pub texts: Texts,
    /// The biennial report's training log: courses that overlap the period.
    pub trainings: Vec<TrainingRow>,
    pub training_hours: f64,
}

/// Counts the report for a period, of the whole centre or of one trader.
pub fn build(conn: &mut DbConn, period: &Period, whose: &Whose) -> DbResult<Report> {
    let previous = period.previous();
    let (now, before) = (period.range(), previous.range());
    let mut tally = |t: Tally, r: Range| q::tally(conn, t, r, whose);
    let sectors = tally(Tally::Sector, now)?;
    let problems = tally(Tally::Problem, now)?;
    let traders = tally(Tally::Trader, now)?;
    let sectors_before = tally(Tally::Sector, before)?;
    let problems_before = tally(Tally::Problem, before)?;
    let traders_before = tally(Tally::Trader, before)?;
    let refusals = tally(Tally::Refusal, now)?;
    let endings = tally(Tally::Ending, now)?;
    let outcomes = tally(Tally::Outcome, now)?;
    let compliance = tally(Tally::Compliance, now)?;
    let from_receipt = q::spread(conn, Span::ReceiptToOutcome, now, whose)?;
    let from_complete = q::spread(conn, Span::CompleteToOutcome, now, whose)?;
    let trader_response = q::spread(conn, Span::TraderResponse, now, whose)?;
    let scopes = SCOPES
        .iter()
        .map(|scope| {
            let of = |counts: &[Count]| in_scope(counts, scope);
            let received = total(&of(&sectors));
            let refused = total(&of(&refusals));
            let resolved = total(&of(&outcomes));
            let ended = total(&of(&endings));
            let obligations = total(&of(&compliance));
            let outcome_counts = of(&outcomes);
            let folded: Vec<(String, i64)> = OUTCOMES
                .iter()
                .map(|o| {
                    let n = outcome_counts
                        .iter()
                        .filter(|(k, _)| outcome_of(k) == *o)
                        .map(|(_, n)| n)
                        .sum();
                    (o.to_string(), n)
                })
                .collect();
            let accepted = outcome_counts
                .iter()
                .filter(|(k, _)| k.starts_with("solution_"))
                .map(|(_, n)| n)
                .sum();
            let ending_counts = of(&endings);
            let discontinued = ending_counts
                .iter()
                .filter(|(k, _)| DISCONTINUED.contains(&k.as_str()))
                .map(|(_, n)| n)
                .sum();
            let compliance_counts = of(&compliance);
            let complied = compliance_counts
                .iter()
                .filter(|(k, _)| k != Outcome::NotHonoured.as_str())
                .map(|(_, n)| n)
                .sum();
            Figures {
                scope,
                received,
                sectors: shares(
                    &of(&sectors),
                    &Sector::ALL.map(Sector::as_str),
                    received,
                    &everywhere(&sectors),
                ),
                problems: shares(
                    &of(&problems),
                    &ProblemKind::ALL.map(ProblemKind::as_str),
                    received,
                    &everywhere(&problems),
                ),
                top_traders: trends(
                    &of(&traders),
                    &in_scope(&traders_before, scope),
                    TOP_TRADERS,
                ),
                top_sectors: trends(&of(&sectors), &in_scope(&sectors_before, scope), TOP_OTHERS),
                top_problems: trends(
                    &of(&problems),
                    &in_scope(&problems_before, scope),
                    TOP_OTHERS,
                ),
                refused,
                refusal_grounds: shares(
                    &of(&refusals),
                    &RefusalGround::ALL.map(RefusalGround::as_str),
                    refused,
                    &everywhere(&refusals),
                ),
                resolved,
                outcomes: folded.iter().map(|(k, n)| share(k, *n, resolved)).collect(),
                solutions_accepted: accepted,
                ended,
                discontinued: share("discontinued", discontinued, ended),
                endings: shares(&ending_counts, ENDINGS, ended, &everywhere(&endings)),
                from_receipt: stats(&from_receipt, scope),
                from_complete: stats(&from_complete, scope),
                trader_response: stats(&trader_response, scope),
                obligations,
                compliance: shares(
                    &compliance_counts,
                    COMPLIANCE,
                    obligations,
                    &everywhere(&compliance),
                ),
                complied: share("complied", complied, obligations),
            }
        })
        .collect();
    let texts = q::texts(conn, period.kind, period.from, period.to)?
        .map(Texts::from)
        .unwrap_or_default();
    let trainings: Vec<TrainingRow> =
        if period.kind == ReportKind::Biennial && *whose == Whose::Centre {
            q::trainings(conn, Some((period.from, period.to)), None)?
                .into_iter()
                .map(|(t, person)| training_row(t, person))
                .collect()
        } else {
            vec![]
        };
    let training_hours = round1(trainings.iter().map(|t| t.hours).sum());
    Ok(Report {
        period: period.clone(),
        previous,
        scopes,
        texts,
        trainings,
        training_hours,
    })
}

pub fn training_row(t: Training, person: String) -> TrainingRow {
    TrainingRow {
        person,
        title: t.title,
        provider: t.provider,
        started_on: t.started_on,
        ended_on: t.ended_on,
        hours: f64::from(t.hours_tenths) / 10.0,
    }
}

/// The outcome a detailed key (`solution_consumer`, `rejected_partly`, `amicable`, ...)
/// counts under.
fn outcome_of(key: &str) -> &str {
    key.strip_prefix("solution_")
        .or_else(|| key.strip_prefix("rejected_"))
        .unwrap_or(key)
}

/// The counts of one scope as (key, n); the `all` scope adds both.
fn in_scope(counts: &[Count], scope: &str) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = vec![];
    for c in counts.iter().filter(|c| scope == "all" || c.scope == scope) {
        match out.iter_mut().find(|(k, _)| *k == c.k) {
            Some((_, n)) => *n += c.n,
            None => out.push((c.k.clone(), c.n)),
        }
    }
    out
}

fn everywhere(counts: &[Count]) -> Vec<(String, i64)> {
    in_scope(counts, "all")
}

fn total(counts: &[(String, i64)]) -> i64 {
    counts.iter().map(|(_, n)| n).sum()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn share(key: &str, n: i64, of: i64) -> Share {
    Share {
        key: key.to_string(),
        n,
        percent: (of > 0).then(|| round1(n as f64 * 100.0 / of as f64)),
    }
}

/// One share per value of a fixed list, in its order, zeros included, then any value the
/// list does not know (kept so the shares always add up). The unknown values are taken from
/// `all`, the counts of every scope, so each scope lists the same keys in the same order.
fn shares(counts: &[(String, i64)], list: &[&str], of: i64, all: &[(String, i64)]) -> Vec<Share> {
    let count = |k: &str| {
        counts
            .iter()
            .filter(|(key, _)| key == k)
            .map(|(_, n)| n)
            .sum()
    };
    let mut out: Vec<Share> = list.iter().map(|k| share(k, count(k), of)).collect();
    for (k, _) in all.iter().filter(|(k, _)| !list.contains(&k.as_str())) {
        out.push(share(k, count(k), of));
    }
    out
}

/// The `limit` keys with the most cases, most first (ties by name), beside the previous
/// period.
fn trends(now: &[(String, i64)], before: &[(String, i64)], limit: usize) -> Vec<Trend> {
    let mut ranked: Vec<&(String, i64)> = now.iter().filter(|(_, n)| *n > 0).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(limit)
        .map(|(k, n)| {
            let previous = before
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            Trend {
                key: k.clone(),
                n: *n,
                previous,
                change: n - previous,
            }
        })
        .collect()
}

fn days(seconds: f64) -> f64 {
    round1(seconds / 86_400.0)
}

fn stats(spreads: &[Spread], scope: &str) -> Stats {
    match spreads.iter().find(|s| s.scope == scope) {
        Some(s) => Stats {
            n: s.n,
            mean_days: s.mean.map(days),
            median_days: s.median.map(days),
            p90_days: s.p90.map(|p| days(p as f64)),
        },
        None => Stats {
            n: 0,
            mean_days: None,
            median_days: None,
            p90_days: None,
        },
    }
}

/// One figure as a line of the CSV download, and as the `data-figure` of its cell on the
/// page: `section`, `scope`, `key`, `measure` (count, percent, previous, days, ...) and the
/// value (written with one decimal for shares and days, empty for none).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub section: &'static str,
    pub scope: &'static str,
    pub key: String,
    pub measure: &'static str,
    pub value: Figure,
}

/// A figure of a report row: a count, or a share or a number of days to one decimal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Count(i64),
    Tenths(Option<f64>),
}

const CSV_HEADER: &[&str] = &["section", "scope", "key", "measure", "value"];

impl Row {
    /// The row's cells: its names are text (a trader's name among them), its value a number.
    fn cells(&self) -> [Cell<'_>; 5] {
        [
            Cell::Text(self.section),
            Cell::Text(self.scope),
            Cell::Text(&self.key),
            Cell::Text(self.measure),
            match self.value {
                Figure::Count(n) => Cell::Integer(n),
                Figure::Tenths(x) => Cell::Decimal(x, 1),
            },
        ]
    }
}

impl Report {
    /// Every figure of the report, in the order of the page.
    pub fn rows(&self) -> Vec<Row> {
        let mut rows = vec![];
        for f in &self.scopes {
            let scope = f.scope;
            let mut push =
                |section: &'static str, key: &str, measure: &'static str, value: Figure| {
                    rows.push(Row {
                        section,
                        scope,
                        key: key.to_string(),
                        measure,
                        value,
                    })
                };
            for (section, list) in [
                ("received_by_sector", &f.sectors[..]),
                ("received_by_problem", &f.problems[..]),
                ("refusal_grounds", &f.refusal_grounds[..]),
                ("outcomes", &f.outcomes[..]),
                ("endings", &f.endings[..]),
                ("compliance", &f.compliance[..]),
                ("totals", std::slice::from_ref(&f.discontinued)),
                ("totals", std::slice::from_ref(&f.complied)),
            ] {
                for s in list {
                    push(section, &s.key, "count", Figure::Count(s.n));
                    push(section, &s.key, "percent", Figure::Tenths(s.percent));
                }
            }
            for (key, n) in [
                ("received", f.received),
                ("refused", f.refused),
                ("resolved", f.resolved),
                ("solutions_accepted", f.solutions_accepted),
                ("ended", f.ended),
                ("obligations", f.obligations),
            ] {
                push("totals", key, "count", Figure::Count(n));
            }
            for (section, list) in [
                ("top_traders", &f.top_traders),
                ("top_sectors", &f.top_sectors),
                ("top_problems", &f.top_problems),
            ] {
                for t in list {
                    push(section, &t.key, "count", Figure::Count(t.n));
                    push(section, &t.key, "previous", Figure::Count(t.previous));
                    push(section, &t.key, "change", Figure::Count(t.change));
                }
            }
            for (key, s) in [
                ("from_receipt", &f.from_receipt),
                ("from_complete", &f.from_complete),
                ("trader_response", &f.trader_response),
            ] {
                push("durations", key, "count", Figure::Count(s.n));
                push("durations", key, "mean_days", Figure::Tenths(s.mean_days));
                push(
                    "durations",
                    key,
                    "median_days",
                    Figure::Tenths(s.median_days),
                );
                push("durations", key, "p90_days", Figure::Tenths(s.p90_days));
            }
        }
        rows
    }

    /// The CSV download: a header, then one line per figure.
    pub fn csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut w = csv_safe::Writer::new(CSV_HEADER)?;
        for r in self.rows() {
            w.row(&r.cells())?;
        }
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn without_dates_the_report_covers_the_current_year_to_date() {
        let today = d("2026-11-24");
        let p = Period::parse("", "", "", today).unwrap();
        assert_eq!(
            (p.kind, p.from, p.to),
            (ReportKind::Annual, d("2026-01-01"), d("2026-11-24"))
        );
        let p = Period::parse("biennial", "", "", today).unwrap();
        assert_eq!((p.from, p.to), (d("2025-01-01"), d("2026-11-24")));
        // On 1 January the year to date is that one day.
        let p = Period::parse("", "", "", d("2027-01-01")).unwrap();
        assert_eq!((p.from, p.to), (d("2027-01-01"), d("2027-01-01")));
    }

    #[test]
    fn a_bad_period_names_the_field() {
        let today = d("2026-11-24");
        assert_eq!(
            Period::parse("annual", "2026-13-01", "", today),
            Err(vec![("from", "error-date-invalid")])
        );
        assert_eq!(
            Period::parse("annual", "2026-02-01", "2026-01-31", today),
            Err(vec![("to", "error-report-period-order")])
        );
        assert_eq!(
            Period::parse("annual", "2000-01-01", "2026-01-31", today),
            Err(vec![("to", "error-report-period-long")])
        );
        assert_eq!(
            Period::parse("monthly", "", "", today),
            Err(vec![("kind", "error-choice-unknown")])
        );
    }

    #[test]
    fn the_previous_period_is_as_many_months_or_days_and_ends_the_day_before() {
        let period = |from: &str, to: &str| Period {
            kind: ReportKind::Annual,
            from: d(from),
            to: d(to),
        };
        let prev = |p: Period| {
            let x = p.previous();
            (x.from, x.to)
        };
        assert_eq!(
            prev(period("2025-01-01", "2025-12-31")),
            (d("2024-01-01"), d("2024-12-31"))
        );
        assert_eq!(
            prev(period("2025-03-01", "2025-03-31")),
            (d("2025-02-01"), d("2025-02-28"))
        );
        assert_eq!(
            prev(period("2025-03-10", "2025-03-19")),
            (d("2025-02-28"), d("2025-03-09"))
        );
        let p = period("2025-03-01", "2025-03-31");
        let r = p.range();
        assert_eq!(r.until, d("2025-04-01").and_hms_opt(0, 0, 0).unwrap());
    }

    #[test]
    fn shares_list_every_value_and_keep_unknown_ones() {
        let counts = vec![("late".to_string(), 1), ("odd".to_string(), 2)];
        let all = vec![("odd".to_string(), 2), ("rare".to_string(), 1)];
        let s = shares(&counts, COMPLIANCE, 3, &all);
        let keys: Vec<_> = s.iter().map(|s| (s.key.as_str(), s.n, s.percent)).collect();
        assert_eq!(
            keys,
            vec![
                ("honoured", 0, Some(0.0)),
                ("late", 1, Some(33.3)),
                ("not_honoured", 0, Some(0.0)),
                ("odd", 2, Some(66.7)),
                ("rare", 0, Some(0.0)),
            ]
        );
        assert_eq!(share("x", 0, 0).percent, None);
    }

    #[test]
    fn trends_rank_by_count_then_name_and_compare_with_before() {
        let now = vec![
            ("b".to_string(), 2),
            ("a".to_string(), 2),
            ("c".to_string(), 5),
            ("z".to_string(), 0),
        ];
        let before = vec![("c".to_string(), 7)];
        let t = trends(&now, &before, 2);
        assert_eq!(
            t,
            vec![
                Trend {
                    key: "c".into(),
                    n: 5,
                    previous: 7,
                    change: -2
                },
                Trend {
                    key: "a".into(),
                    n: 2,
                    previous: 0,
                    change: 2
                },
            ]
        );
    }
}
