//! Reports: every figure of the annual report checked exactly on a known set of cases
//! (including cases that cross the period's edges and an empty period), the same numbers in
//! the page, the CSV and the JSON, the centre's texts, the training log, a member trader's
//! own figures, the staff dashboard, and who may see what.
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use concilia::db::models::{Agreement, Case, Obligation, Proposal};
use concilia::db::reports::Whose;
use concilia::db::{self, schema};
use concilia::domain::Role;
use concilia::domain::reports::{self, Figures, Period, Report};
use diesel::prelude::*;

use crate::cases::member_org;
use crate::helpers::{Browser, TestApp, spawn_app};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(&format!("{s} 00:00:00"), "%Y-%m-%d %H:%M:%S"))
        .unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A case between a consumer in Bulgaria and a Bulgarian trader, received and nothing more.
pub fn case(n: u32, filer: &str, received: Option<&str>) -> Case {
    let created = at("2024-01-01");
    Case {
        id: format!("case-{n}"),
        reference: Some(format!("ADR-T-{n:06}")),
        state: "submitted".parse().unwrap(),
        channel: "online".parse().unwrap(),
        consumer_id: None,
        consumer_name: "C".into(),
        consumer_email: "c@example.org".into(),
        consumer_country: "BG".into(),
        filed_by: filer.into(),
        trader_org_id: None,
        trader_name: "Gamma".into(),
        trader_email: "t@example.org".into(),
        trader_country: "BG".into(),
        trader_address: "Sofia".into(),
        sector: Some("electronics".parse().unwrap()),
        problem_kind: Some("defective".parse().unwrap()),
        purchase_description: "x".into(),
        purchase_date: None,
        price_minor: None,
        price_currency: "EUR".into(),
        complained_on: None,
        trader_responded: false,
        trader_response: String::new(),
        claim_kind: Some("refund".parse().unwrap()),
        claim_amount_minor: Some(10_000),
        claim_currency: "EUR".into(),
        description: "d".into(),
        language: "en".into(),
        not_elsewhere: true,
        complex: false,
        group_id: None,
        mediator_id: None,
        mediator_confirmed_at: None,
        objection: None,
        info_request: None,
        received_at: received.map(at),
        completed_at: None,
        decided_at: None,
        trader_due_on: None,
        trader_answered_at: None,
        negotiation_until: None,
        mediation_started_at: None,
        outcome_due_at: None,
        extended: false,
        closed_at: None,
        refusal_ground: None,
        closing_reason: String::new(),
        withdrawn_by: None,
        search_text: String::new(),
        created_at: created,
        updated_at: created,
    }
}

fn cross_border(mut c: Case) -> Case {
    c.trader_country = "RO".into();
    c
}

fn ended(mut c: Case, state: &str, completed: Option<&str>, closed: &str) -> Case {
    c.state = state.parse().unwrap();
    c.completed_at = completed.map(at);
    c.closed_at = Some(at(closed));
    c
}

fn proposal(case: &str, n: u32, side: &str, status: &str, favours: &str, made: &str) -> Proposal {
    Proposal {
        id: format!("{case}-p{n}"),
        case_id: case.into(),
        author_id: None,
        side: side.parse().unwrap(),
        answers_id: None,
        version: 1,
        status: status.parse().unwrap(),
        terms: "[]".into(),
        note: String::new(),
        cites: "[]".into(),
        reflection_until: None,
        created_at: at(made),
        updated_at: at(made),
        favours: (!favours.is_empty()).then(|| favours.parse().unwrap()),
    }
}

fn agreement(case: &str, proposal: &str) -> Agreement {
    Agreement {
        id: format!("{case}-agreement"),
        case_id: case.into(),
        proposal_id: proposal.into(),
        language: "en".into(),
        canonical_text: "text".into(),
        sha256: "0".repeat(64),
        created_at: at("2025-01-01"),
    }
}

fn obligation(
    case: &str,
    n: i32,
    side: &str,
    outcome: Option<&str>,
    settled: Option<&str>,
) -> Obligation {
    Obligation {
        id: format!("{case}-o{n}"),
        case_id: case.into(),
        agreement_id: format!("{case}-agreement"),
        position: n,
        side: side.parse().unwrap(),
        kind: "payment".parse().unwrap(),
        action: None,
        description: String::new(),
        amount_minor: Some(100),
        currency: "EUR".into(),
        due_on: day("2025-03-01"),
        status: "confirmed".parse().unwrap(),
        done_at: None,
        done_note: String::new(),
        document_id: None,
        report_reason: String::new(),
        reported_at: None,
        outcome: outcome.map(|o| o.parse().unwrap()),
        settled_at: settled.map(at),
        updated_at: at("2025-01-01"),
    }
}

/// The known set of cases, each placed to test one rule. Returns the member trader's id,
/// whose cases are 1, 3 and 12.
async fn known_cases(app: &TestApp) -> String {
    let filer = app
        .create_user("Filer", "filer@example.org", Role::Admin, None)
        .await
        .id;
    let org = member_org(app, "BG-REPORT1", false).await;
    let f = filer.as_str();
    let mut cases = vec![];
    // 1: domestic, settled amicably on the consumer's proposal; 30 days from receipt.
    let mut c = ended(
        case(1, f, Some("2025-02-01")),
        "settled",
        Some("2025-02-03"),
        "2025-03-03",
    );
    c.trader_name = "Alpha".into();
    c.trader_org_id = Some(org.clone());
    cases.push(c);
    // 2: cross-border, closed on the mediator's solution in the consumer's favour.
    let mut c = cross_border(ended(
        case(2, f, Some("2025-03-01")),
        "closed",
        Some("2025-03-01 12:00:00"),
        "2025-04-10",
    ));
    c.trader_name = "Beta".into();
    c.sector = Some("travel".parse().unwrap());
    c.problem_kind = Some("late".parse().unwrap());
    c.decided_at = Some(at("2025-03-02"));
    c.trader_answered_at = Some(at("2025-03-03"));
    cases.push(c);
    // 3: domestic, not settled; the mediator's last solution (partly) was rejected, an
    // earlier one withdrawn.
    let mut c = ended(
        case(3, f, Some("2025-04-01")),
        "not_settled",
        Some("2025-04-02"),
        "2025-06-01",
    );
    c.trader_name = "Alpha".into();
    c.trader_org_id = Some(org.clone());
    c.problem_kind = Some("not_delivered".parse().unwrap());
    cases.push(c);
    // 4: domestic, not settled without any solution.
    cases.push(ended(
        case(4, f, Some("2025-05-01")),
        "not_settled",
        Some("2025-05-02"),
        "2025-07-01",
    ));
    // 5: domestic, refused for no prior complaint.
    let mut c = ended(
        case(5, f, Some("2025-06-01")),
        "refused",
        None,
        "2025-06-10",
    );
    c.decided_at = Some(at("2025-06-10"));
    c.refusal_ground = Some("no_prior_complaint".parse().unwrap());
    cases.push(c);
    // 6: cross-border, received in the previous period, refused at the first instant of
    // this one.
    let mut c = cross_border(ended(
        case(6, f, Some("2024-12-20")),
        "refused",
        None,
        "2025-01-01",
    ));
    c.decided_at = Some(at("2025-01-01 00:00:00"));
    c.refusal_ground = Some("too_late".parse().unwrap());
    c.trader_name = "Beta".into();
    cases.push(c);
    // 7: cross-border, received in this period, refused at the first instant of the next.
    let mut c = cross_border(ended(
        case(7, f, Some("2025-12-15")),
        "refused",
        None,
        "2026-01-01",
    ));
    c.decided_at = Some(at("2026-01-01 00:00:00"));
    c.refusal_ground = Some("too_late".parse().unwrap());
    c.trader_name = "Beta".into();
    cases.push(c);
    // 8: domestic, withdrawn by the trader.
    let mut c = ended(
        case(8, f, Some("2025-07-01")),
        "withdrawn",
        None,
        "2025-07-15",
    );
    c.withdrawn_by = Some("trader".parse().unwrap());
    cases.push(c);
    // 9: cross-border travel, withdrawn by the consumer.
    let mut c = cross_border(ended(
        case(9, f, Some("2025-08-01")),
        "withdrawn",
        None,
        "2025-08-02",
    ));
    c.withdrawn_by = Some("consumer".parse().unwrap());
    c.sector = Some("travel".parse().unwrap());
    cases.push(c);
    // 10: domestic, the trader declined after 5 days.
    let mut c = ended(
        case(10, f, Some("2025-09-01")),
        "trader_declined",
        Some("2025-09-02"),
        "2025-09-10",
    );
    c.decided_at = Some(at("2025-09-05"));
    c.trader_answered_at = Some(at("2025-09-10"));
    cases.push(c);
    // 11: cross-border energy, deemed refusal (the trader never answered).
    let mut c = cross_border(ended(
        case(11, f, Some("2025-09-01")),
        "trader_declined",
        Some("2025-09-01"),
        "2025-10-01",
    ));
    c.decided_at = Some(at("2025-09-02"));
    c.sector = Some("energy".parse().unwrap());
    cases.push(c);
    // 12: domestic, still in mediation; the trader answered in 3 days.
    let mut c = case(12, f, Some("2025-10-01"));
    c.state = "mediation".parse().unwrap();
    c.trader_name = "Alpha".into();
    c.trader_org_id = Some(org.clone());
    c.decided_at = Some(at("2025-10-05"));
    c.trader_answered_at = Some(at("2025-10-08"));
    cases.push(c);
    // 13: cross-border, received in the previous period, settled amicably in this one.
    let mut c = cross_border(ended(
        case(13, f, Some("2024-11-01")),
        "settled",
        Some("2024-11-05"),
        "2025-01-15",
    ));
    c.trader_name = "Beta".into();
    cases.push(c);
    // 14: domestic, received in this period, settled in the next.
    cases.push(ended(
        case(14, f, Some("2025-12-20")),
        "settled",
        Some("2025-12-21"),
        "2026-01-10",
    ));
    // 15: a draft, never received.
    cases.push(case(15, f, None));

    let proposals = vec![
        proposal("case-1", 1, "consumer", "accepted", "", "2025-03-01"),
        proposal(
            "case-2",
            1,
            "mediator",
            "accepted",
            "consumer",
            "2025-04-01",
        ),
        proposal("case-3", 1, "mediator", "withdrawn", "trader", "2025-05-01"),
        proposal("case-3", 2, "mediator", "rejected", "partly", "2025-05-10"),
        proposal("case-13", 1, "blind", "accepted", "", "2025-01-10"),
        proposal("case-14", 1, "trader", "accepted", "", "2026-01-05"),
    ];
    let agreements = vec![
        agreement("case-1", "case-1-p1"),
        agreement("case-2", "case-2-p1"),
        agreement("case-13", "case-13-p1"),
        agreement("case-14", "case-14-p1"),
    ];
    let obligations = vec![
        obligation("case-2", 1, "trader", Some("honoured"), Some("2025-05-01")),
        obligation("case-1", 1, "trader", Some("late"), Some("2025-04-01")),
        obligation(
            "case-1",
            2,
            "trader",
            Some("not_honoured"),
            Some("2025-12-31 23:59:59"),
        ),
        obligation(
            "case-13",
            1,
            "trader",
            Some("honoured"),
            Some("2024-12-31 23:59:59"),
        ),
        obligation(
            "case-2",
            2,
            "consumer",
            Some("honoured"),
            Some("2025-05-01"),
        ),
        obligation("case-14", 1, "trader", None, None),
    ];
    app.db(move |c| {
        for x in &cases {
            diesel::insert_into(schema::cases::table)
                .values(x.clone())
                .execute(c)?;
        }
        for x in &proposals {
            diesel::insert_into(schema::proposals::table)
                .values(x.clone())
                .execute(c)?;
        }
        for x in &agreements {
            diesel::insert_into(schema::agreements::table)
                .values(x.clone())
                .execute(c)?;
        }
        for x in &obligations {
            diesel::insert_into(schema::obligations::table)
                .values(x.clone())
                .execute(c)?;
        }
        Ok(())
    })
    .await;
    org
}

fn year(y: i32) -> Period {
    Period::parse(
        "annual",
        &format!("{y}-01-01"),
        &format!("{y}-12-31"),
        day("2026-11-24"),
    )
    .unwrap()
}

async fn build(app: &TestApp, period: Period, whose: Whose) -> Report {
    app.db(move |c| reports::build(c, &period, &whose)).await
}

fn scope<'a>(r: &'a Report, name: &str) -> &'a Figures {
    r.scopes.iter().find(|f| f.scope == name).unwrap()
}

/// (key, count, percent) of the shares that are not zero.
fn nonzero(shares: &[reports::Share]) -> Vec<(&str, i64, Option<f64>)> {
    shares
        .iter()
        .filter(|s| s.n > 0)
        .map(|s| (s.key.as_str(), s.n, s.percent))
        .collect()
}

fn stats(s: &reports::Stats) -> (i64, Option<f64>, Option<f64>, Option<f64>) {
    (s.n, s.mean_days, s.median_days, s.p90_days)
}

#[tokio::test]
async fn the_annual_report_counts_each_figure_exactly() {
    let app = spawn_app().await;
    known_cases(&app).await;
    let r = build(&app, year(2025), Whose::Centre).await;
    let (dom, cross, all) = (
        scope(&r, "domestic"),
        scope(&r, "cross_border"),
        scope(&r, "all"),
    );

    // (a) Received in 2025: not cases 6 and 13 (2024) nor the draft; case 7 and 14 are.
    assert_eq!((dom.received, cross.received, all.received), (8, 4, 12));
    assert_eq!(
        nonzero(&all.sectors),
        vec![
            ("electronics", 9, Some(75.0)),
            ("travel", 2, Some(16.7)),
            ("energy", 1, Some(8.3))
        ]
    );
    assert_eq!(nonzero(&dom.sectors), vec![("electronics", 8, Some(100.0))]);
    assert_eq!(
        nonzero(&cross.sectors),
        vec![
            ("electronics", 1, Some(25.0)),
            ("travel", 2, Some(50.0)),
            ("energy", 1, Some(25.0))
        ]
    );
    assert_eq!(
        nonzero(&all.problems),
        vec![
            ("defective", 10, Some(83.3)),
            ("not_delivered", 1, Some(8.3)),
            ("late", 1, Some(8.3))
        ]
    );
    // Every sector is listed, with zeros.
    assert_eq!(
        all.sectors.len(),
        concilia::domain::cases::catalogue::Sector::ALL.len()
    );

    // (b) The traders with most disputes, beside 2024 (cases 6 and 13 were Beta's).
    let top: Vec<_> = all
        .top_traders
        .iter()
        .map(|t| (t.key.as_str(), t.n, t.previous, t.change))
        .collect();
    assert_eq!(
        top,
        vec![("Gamma", 7, 0, 7), ("Alpha", 3, 0, 3), ("Beta", 2, 2, 0)]
    );
    let cross_top: Vec<_> = cross
        .top_traders
        .iter()
        .map(|t| (t.key.as_str(), t.n, t.previous))
        .collect();
    assert_eq!(cross_top, vec![("Beta", 2, 2), ("Gamma", 2, 0)]);

    // (c) Refused in 2025: case 5, and case 6 at the first instant; not case 7.
    assert_eq!((dom.refused, cross.refused, all.refused), (1, 1, 2));
    assert_eq!(
        nonzero(&all.refusal_grounds),
        vec![
            ("no_prior_complaint", 1, Some(50.0)),
            ("too_late", 1, Some(50.0))
        ]
    );
    assert_eq!(
        nonzero(&cross.refusal_grounds),
        vec![("too_late", 1, Some(100.0))]
    );

    // (d) Outcomes of cases 1, 2, 3, 4 and 13 (14 is settled in 2026).
    assert_eq!((dom.resolved, cross.resolved, all.resolved), (3, 2, 5));
    assert_eq!(
        nonzero(&all.outcomes),
        vec![
            ("amicable", 2, Some(40.0)),
            ("consumer", 1, Some(20.0)),
            ("partly", 1, Some(20.0)),
            ("no_solution", 1, Some(20.0))
        ]
    );
    assert_eq!(
        nonzero(&dom.outcomes),
        vec![
            ("amicable", 1, Some(33.3)),
            ("partly", 1, Some(33.3)),
            ("no_solution", 1, Some(33.3))
        ]
    );
    assert_eq!((dom.solutions_accepted, cross.solutions_accepted), (0, 1));

    // (e) Ended in 2025, and discontinued before an outcome.
    assert_eq!((dom.ended, cross.ended, all.ended), (5, 4, 9));
    assert_eq!(
        (dom.discontinued.n, dom.discontinued.percent),
        (2, Some(40.0))
    );
    assert_eq!(
        (cross.discontinued.n, cross.discontinued.percent),
        (2, Some(50.0))
    );
    assert_eq!(
        (all.discontinued.n, all.discontinued.percent),
        (4, Some(44.4))
    );
    assert_eq!(
        nonzero(&all.endings),
        vec![
            ("settled", 3, Some(33.3)),
            ("not_settled", 2, Some(22.2)),
            ("withdrawn_consumer", 1, Some(11.1)),
            ("withdrawn_trader", 1, Some(11.1)),
            ("trader_declined", 1, Some(11.1)),
            ("deemed_refusal", 1, Some(11.1))
        ]
    );

    // (f) Days to resolve: 30, 61, 61 (domestic) and 40, 75 (cross-border) from receipt;
    // 28, 60, 60 and 39.5, 71 from the complete file.
    assert_eq!(
        stats(&dom.from_receipt),
        (3, Some(50.7), Some(61.0), Some(61.0))
    );
    assert_eq!(
        stats(&cross.from_receipt),
        (2, Some(57.5), Some(57.5), Some(75.0))
    );
    assert_eq!(
        stats(&all.from_receipt),
        (5, Some(53.4), Some(61.0), Some(75.0))
    );
    assert_eq!(
        stats(&dom.from_complete),
        (3, Some(49.3), Some(60.0), Some(60.0))
    );
    assert_eq!(
        stats(&cross.from_complete),
        (2, Some(55.3), Some(55.3), Some(71.0))
    );
    assert_eq!(
        stats(&all.from_complete),
        (5, Some(51.7), Some(60.0), Some(71.0))
    );
    // The trader's answer: 3 and 5 days (domestic), 1 day (cross-border).
    assert_eq!(
        stats(&dom.trader_response),
        (2, Some(4.0), Some(4.0), Some(5.0))
    );
    assert_eq!(
        stats(&all.trader_response),
        (3, Some(3.0), Some(3.0), Some(5.0))
    );

    // (g) The trader's obligations decided in 2025, the last one at 23:59:59 on 31 December;
    // not the consumer's, not one decided in 2024, not one still open.
    assert_eq!(
        (dom.obligations, cross.obligations, all.obligations),
        (2, 1, 3)
    );
    assert_eq!(
        nonzero(&all.compliance),
        vec![
            ("honoured", 1, Some(33.3)),
            ("late", 1, Some(33.3)),
            ("not_honoured", 1, Some(33.3))
        ]
    );
    assert_eq!((all.complied.n, all.complied.percent), (2, Some(66.7)));
    assert_eq!((dom.complied.n, dom.complied.percent), (1, Some(50.0)));
    assert_eq!((cross.complied.n, cross.complied.percent), (1, Some(100.0)));
}

#[tokio::test]
async fn an_empty_period_has_zeros_and_no_shares_and_the_edges_move_with_the_period() {
    let app = spawn_app().await;
    known_cases(&app).await;
    let r = build(&app, year(2027), Whose::Centre).await;
    for f in &r.scopes {
        assert_eq!(
            (f.received, f.refused, f.resolved, f.ended, f.obligations),
            (0, 0, 0, 0, 0)
        );
        assert!(f.sectors.iter().all(|s| s.n == 0 && s.percent.is_none()));
        assert_eq!(f.discontinued.percent, None);
        assert_eq!(stats(&f.from_receipt), (0, None, None, None));
        assert!(f.top_traders.is_empty());
    }
    // 2026 holds case 7's refusal and case 14's settlement, but not their receipt.
    let r = build(&app, year(2026), Whose::Centre).await;
    let all = scope(&r, "all");
    assert_eq!((all.received, all.refused, all.resolved), (0, 1, 1));
    assert_eq!(
        stats(&all.from_receipt),
        (1, Some(21.0), Some(21.0), Some(21.0))
    );
    // A period of one day: 1 January 2025 holds only case 6's refusal.
    let one = Period::parse("annual", "2025-01-01", "2025-01-01", day("2026-11-24")).unwrap();
    let r = build(&app, one, Whose::Centre).await;
    let all = scope(&r, "all");
    assert_eq!((all.received, all.refused, all.ended), (0, 1, 0));
    assert_eq!(
        (r.previous.from, r.previous.to),
        (day("2024-12-31"), day("2024-12-31"))
    );
}

#[tokio::test]
async fn a_member_trader_sees_only_its_own_figures() {
    let app = spawn_app().await;
    let org = known_cases(&app).await;
    let r = build(&app, year(2025), Whose::Trader(org.clone())).await;
    let all = scope(&r, "all");
    assert_eq!(
        (all.received, all.resolved, all.ended, all.refused),
        (3, 2, 2, 0)
    );
    assert_eq!(
        stats(&all.trader_response),
        (1, Some(3.0), Some(3.0), Some(3.0))
    );
    assert_eq!(
        (all.obligations, all.complied.n, all.complied.percent),
        (2, 1, Some(50.0))
    );
    let top: Vec<_> = all.top_traders.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(top, vec!["Alpha"]);

    // Through the portal: a user of the member trader, whatever org it names.
    let (_, trader) = app
        .person(
            Role::TraderUser,
            "Tina Trader",
            "tina@member.example",
            Some(org.clone()),
        )
        .await;
    let html = trader
        .text(
            &app,
            "/reports/trader?from=2025-01-01&to=2025-12-31&org=someone-else",
        )
        .await;
    let figures = html_figures(&html);
    assert_eq!(figures["totals/all/received/count"], "3");
    assert_eq!(figures["durations/all/trader_response/mean_days"], "3.0");
    let csv = trader
        .text(
            &app,
            "/reports/trader?from=2025-01-01&to=2025-12-31&format=csv",
        )
        .await;
    let csv = csv_figures(&csv);
    for (figure, value) in &figures {
        assert_eq!(&csv[figure], value, "{figure}");
    }

    // A trader that is not a member has no figures page; staff may look at any trader's.
    let outsider_org = app
        .db(|c| {
            let o = non_member_org();
            diesel::insert_into(schema::organisations::table)
                .values(&o)
                .execute(c)?;
            Ok(o.id)
        })
        .await;
    let (_, outsider) = app
        .person(
            Role::TraderUser,
            "Otto",
            "otto@out.example",
            Some(outsider_org),
        )
        .await;
    assert_eq!(outsider.get(&app, "/reports/trader").await.status(), 403);
    let (_, staff) = app
        .person(Role::Admin, "Sam Staff", "sam@centre.example", None)
        .await;
    let html = staff
        .text(
            &app,
            &format!("/reports/trader?org={org}&from=2025-01-01&to=2025-12-31"),
        )
        .await;
    assert_eq!(html_figures(&html)["totals/all/received/count"], "3");
    assert_eq!(
        staff.get(&app, "/reports/trader?org=nobody").await.status(),
        404
    );
}

fn non_member_org() -> concilia::db::models::Organisation {
    let now = db::now();
    concilia::db::models::Organisation {
        id: "org-outsider".into(),
        name: "Outsider Shop".into(),
        registration_number: "RO-OUT".into(),
        contact_email: "shop@out.example".into(),
        sector: "Other".into(),
        is_member: false,
        created_at: now,
        country: "RO".into(),
        address: "Bucharest".into(),
        participation_mandatory: false,
        adr_contact_id: None,
        adr_backup_id: None,
        search_name: "outsider shop".into(),
    }
}

/// `data-figure` → `data-value` of every figure cell of a page.
fn html_figures(html: &str) -> BTreeMap<String, String> {
    let unescape = |s: &str| {
        s.replace("&#x2f;", "/")
            .replace("&#x27;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    let mut out = BTreeMap::new();
    for piece in html.split("data-figure=\"").skip(1) {
        let (figure, rest) = piece.split_once('"').unwrap();
        let rest = rest.trim_start().strip_prefix("data-value=\"").unwrap();
        let (value, _) = rest.split_once('"').unwrap();
        let old = out.insert(unescape(figure), unescape(value));
        assert!(old.is_none(), "{figure} shown twice");
    }
    out
}

fn csv_figures(csv: &str) -> BTreeMap<String, String> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        vec!["section", "scope", "key", "measure", "value"]
    );
    let mut out = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        let old = out.insert(
            format!("{}/{}/{}/{}", &row[0], &row[1], &row[2], &row[3]),
            row[4].to_string(),
        );
        assert!(old.is_none(), "{row:?} twice");
    }
    out
}

async fn staff(app: &TestApp) -> Browser {
    app.person(Role::Admin, "Sam Staff", "sam@centre.example", None)
        .await
        .1
}

#[tokio::test]
async fn the_page_the_csv_and_the_json_give_the_same_numbers() {
    let app = spawn_app().await;
    known_cases(&app).await;
    let b = staff(&app).await;
    let q = "/reports?kind=annual&from=2025-01-01&to=2025-12-31";
    let html = b.text(&app, q).await;
    let page = html_figures(&html);
    let res = b.get(&app, &format!("{q}&format=csv")).await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment; filename=\"report-annual-2025-01-01-2025-12-31.csv\"")
    );
    let csv = csv_figures(&res.text().await.unwrap());
    // Every figure of the download is on the page, with the same value, and no other.
    assert_eq!(page, csv);
    assert_eq!(csv["totals/all/received/count"], "12");
    assert_eq!(csv["received_by_sector/all/travel/percent"], "16.7");
    assert_eq!(
        csv["durations/cross_border/from_complete/mean_days"],
        "55.3"
    );
    assert_eq!(csv["refusal_grounds/domestic/too_late/percent"], "0.0");
    assert_eq!(csv["top_traders/all/Beta/previous"], "2");
    // The page shows the numbers as the reader writes them.
    assert!(html.contains(r#"data-value="16.7">16.7</td>"#));

    let json: serde_json::Value = b
        .get(&app, &format!("{q}&format=json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["period"]["from"], "2025-01-01");
    for f in json["scopes"].as_array().unwrap() {
        let scope = f["scope"].as_str().unwrap();
        for total in ["received", "refused", "resolved", "ended", "obligations"] {
            assert_eq!(
                f[total].to_string(),
                csv[&format!("totals/{scope}/{total}/count")],
                "{scope} {total}"
            );
        }
        for s in f["sectors"].as_array().unwrap() {
            let key = s["key"].as_str().unwrap();
            assert_eq!(
                s["n"].to_string(),
                csv[&format!("received_by_sector/{scope}/{key}/count")]
            );
            let percent = match s["percent"].as_f64() {
                Some(p) => format!("{p:.1}"),
                None => String::new(),
            };
            assert_eq!(
                percent,
                csv[&format!("received_by_sector/{scope}/{key}/percent")]
            );
        }
        for span in ["from_receipt", "from_complete", "trader_response"] {
            let mean = f[span]["mean_days"].as_f64().map(|m| format!("{m:.1}"));
            assert_eq!(
                mean.unwrap_or_default(),
                csv[&format!("durations/{scope}/{span}/mean_days")],
                "{scope} {span}"
            );
        }
    }
    // Charts are drawn on the server, each named for assistive technology.
    assert!(html.contains(r#"<svg viewBox="#));
    assert!(html.contains(r#"role="img" aria-labelledby="chart-sectors-title""#));
}

#[tokio::test]
async fn the_centre_keeps_its_texts_per_report_and_a_bad_form_keeps_them() {
    let app = spawn_app().await;
    let b = staff(&app).await;
    let fields = |recommendations: &'static str| {
        vec![
            ("kind", "biennial"),
            ("from", "2024-01-01"),
            ("to", "2025-12-31"),
            ("recommendations", recommendations),
            (
                "cooperation",
                "We answered 4 requests through the FIN-NET network.",
            ),
            ("assessment", "Faster intake.\r\n\r\nMore mediators."),
        ]
    };
    let res = b
        .post(
            &app,
            "/reports/texts",
            &fields("Traders <b>should</b> answer sooner."),
        )
        .await;
    assert_eq!(res.status(), 303);
    let html = b
        .text(&app, "/reports?kind=biennial&from=2024-01-01&to=2025-12-31")
        .await;
    assert!(html.contains("Traders &lt;b&gt;should&lt;&#x2f;b&gt; answer sooner."));
    assert!(html.contains("<p>Faster intake.</p><p>More mediators.</p>"));
    assert!(html.contains("FIN-NET"));
    // Another period has its own, empty texts.
    let other = b
        .text(&app, "/reports?kind=annual&from=2025-01-01&to=2025-12-31")
        .await;
    assert!(!other.contains("FIN-NET"));
    // Saving again replaces them.
    let res = b
        .post(&app, "/reports/texts", &fields("Second thoughts."))
        .await;
    assert_eq!(res.status(), 303);
    let html = b
        .text(&app, "/reports?kind=biennial&from=2024-01-01&to=2025-12-31")
        .await;
    assert!(html.contains("Second thoughts.") && !html.contains("sooner"));

    let long = "x".repeat(20_001);
    let res = b
        .post(
            &app,
            "/reports/texts",
            &[
                ("kind", "annual"),
                ("from", "2025-01-01"),
                ("to", "2025-12-31"),
                ("recommendations", "Keep me."),
                ("cooperation", long.as_str()),
                ("assessment", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("This is too long."));
    assert!(html.contains("Keep me."));
    // Without the CSRF token nothing is saved.
    let res = b
        .client
        .post(app.url("/reports/texts"))
        .form(&fields("Forged"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let html = b
        .text(&app, "/reports?kind=biennial&from=2024-01-01&to=2025-12-31")
        .await;
    assert!(!html.contains("Forged"));
}

#[tokio::test]
async fn a_bad_period_is_shown_beside_the_field() {
    let app = spawn_app().await;
    let b = staff(&app).await;
    let res = b
        .get(&app, "/reports?kind=annual&from=2025-02-01&to=2025-01-01")
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("The end must be on or after the start."));
    assert!(html.contains(r#"value="2025-02-01""#));
    let res = b.get(&app, "/reports?from=yesterday").await;
    assert_eq!(res.status(), 422);
    assert_eq!(b.get(&app, "/reports?format=xml").await.status(), 400);
}

#[tokio::test]
async fn mediators_log_their_training_and_the_biennial_report_lists_it() {
    let app = spawn_app().await;
    let (_, mediator) = app
        .person(Role::Mediator, "Mia Mediator", "mia@centre.example", None)
        .await;
    let course = [
        ("title", "Online mediation skills"),
        ("provider", "ADR Academy"),
        ("started_on", "2025-03-10"),
        ("ended_on", "2025-03-11"),
        ("hours", "7,5"),
    ];
    let res = mediator.post(&app, "/training", &course).await;
    assert_eq!(res.status(), 303);
    let html = mediator.text(&app, "/training").await;
    assert!(
        html.contains("Online mediation skills") && html.contains("7.5"),
        "{html}"
    );

    let mut bad = course.to_vec();
    bad[4] = ("hours", "many");
    bad[3] = ("ended_on", "2025-03-01");
    let res = mediator.post(&app, "/training", &bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("The last day must be on or after the first day."));
    assert!(html.contains("Enter the hours"));
    assert!(html.contains(r#"value="ADR Academy""#));

    let b = staff(&app).await;
    let html = b
        .text(&app, "/reports?kind=biennial&from=2024-01-01&to=2025-12-31")
        .await;
    assert!(html.contains("Mia Mediator") && html.contains("Online mediation skills"));
    let annual = b
        .text(&app, "/reports?kind=annual&from=2025-01-01&to=2025-12-31")
        .await;
    assert!(!annual.contains("Online mediation skills"));
    let outside = b
        .text(&app, "/reports?kind=biennial&from=2022-01-01&to=2023-12-31")
        .await;
    assert!(!outside.contains("Online mediation skills"));

    let (_, consumer) = app
        .person(Role::Consumer, "Clara", "clara@example.org", None)
        .await;
    assert_eq!(consumer.get(&app, "/training").await.status(), 403);
    assert_eq!(
        consumer.post(&app, "/training", &course).await.status(),
        403
    );
}

#[tokio::test]
async fn only_staff_see_the_reports() {
    let app = spawn_app().await;
    let org = member_org(&app, "BG-ACCESS", false).await;
    for (role, email, org) in [
        (Role::Consumer, "c@example.org", None),
        (Role::Mediator, "m@example.org", None),
        (Role::TraderUser, "t@example.org", Some(org)),
    ] {
        let (_, b) = app.person(role, "Someone", email, org).await;
        for path in [
            "/reports",
            "/reports?format=csv",
            "/reports?format=json",
            "/reports?kind=biennial",
        ] {
            assert_eq!(b.get(&app, path).await.status(), 403, "{role} {path}");
        }
        let res = b
            .post(
                &app,
                "/reports/texts",
                &[("kind", "annual"), ("recommendations", "x")],
            )
            .await;
        assert_eq!(res.status(), 403, "{role}");
    }
    let visitor = app.get("/reports?format=csv").await;
    assert_eq!(visitor.status(), 303);
    assert!(crate::helpers::location(&visitor).starts_with("/signin"));
}

#[tokio::test]
async fn the_staff_dashboard_shows_the_centre_today() {
    let app = spawn_app().await;
    let filer = app
        .create_user("Filer", "filer@example.org", Role::Admin, None)
        .await
        .id;
    let mediator = app
        .create_user("Mo Mediator", "mo@centre.example", Role::Mediator, None)
        .await
        .id;
    let now = db::now();
    let days_ago = |d: i64| now - chrono::Duration::days(d);
    let mut late_intake = case(1, &filer, None);
    late_intake.received_at = Some(days_ago(20));
    late_intake.reference = Some("ADR-T-LATE-INTAKE".into());
    let mut fresh = case(2, &filer, None);
    fresh.received_at = Some(days_ago(1));
    fresh.reference = Some("ADR-T-FRESH".into());
    let mut waiting = case(3, &filer, None);
    waiting.state = "awaiting_trader".parse().unwrap();
    waiting.received_at = Some(days_ago(30));
    waiting.trader_due_on = Some(now.date() + chrono::Duration::days(2));
    waiting.reference = Some("ADR-T-TRADER-DUE".into());
    let mut mediated = case(4, &filer, None);
    mediated.state = "mediation".parse().unwrap();
    mediated.received_at = Some(days_ago(85));
    mediated.outcome_due_at = Some(now + chrono::Duration::days(3));
    mediated.mediator_id = Some(mediator);
    mediated.reference = Some("ADR-T-OUTCOME-DUE".into());
    let cases = vec![late_intake, fresh, waiting, mediated];
    app.db(move |c| {
        for x in &cases {
            diesel::insert_into(schema::cases::table)
                .values(x.clone())
                .execute(c)?;
        }
        Ok(())
    })
    .await;
    let b = staff(&app).await;
    let html = b.text(&app, "/dashboard").await;
    let section = html.split(r#"id="live""#).nth(1).expect("the live section");
    assert!(section.contains("ADR-T-LATE-INTAKE"));
    assert!(!section.contains("ADR-T-FRESH"));
    assert!(section.contains("ADR-T-TRADER-DUE"));
    assert!(section.contains("ADR-T-OUTCOME-DUE"));
    assert!(section.contains("<th scope=\"row\">Received</th><td>2</td>"));
    assert!(
        section.contains("<th scope=\"row\" dir=\"auto\">Mo Mediator</th><td>1</td><td>1</td>")
    );
    assert!(section.contains("Undelivered emails: 0"));
    // Nobody else gets it.
    let (_, consumer) = app
        .person(Role::Consumer, "Clara", "clara@example.org", None)
        .await;
    assert!(
        !consumer
            .text(&app, "/dashboard")
            .await
            .contains(r#"id="live""#)
    );
}

/// The near-limit lists merge one ordered range per state (`db::reports::nearest`): what
/// they return must be what one `state IN (...) ORDER BY deadline, id LIMIT 100` returns,
/// across the states, past the limit and with ties on the deadline.
#[tokio::test]
async fn the_near_limit_lists_are_the_earliest_across_every_state() {
    let app = spawn_app().await;
    let filer = app
        .create_user("Filer", "filer@example.org", Role::Admin, None)
        .await
        .id;
    let base = at("2026-03-01 12:00:00");
    let intake = ["submitted", "awaiting_info", "complete"];
    let clock = ["complete", "awaiting_trader", "negotiation", "mediation"];
    let mut cases = vec![];
    // 150 cases spread over the intake states with interleaved times, every fifth one on the
    // same minute as the one before it (ids break the tie); 40 more in states that never
    // show; and 10 past the cut-off.
    for n in 0..200u32 {
        let mut k = case(n, &filer, None);
        let minute = i64::from(n - n % 5 / 4);
        k.received_at = Some(base + chrono::Duration::minutes(minute));
        k.outcome_due_at = Some(base + chrono::Duration::minutes(minute));
        k.state = match n {
            0..150 => intake[(n as usize * 7) % 3].parse().unwrap(),
            150..190 => ["closed", "refused", "withdrawn"][n as usize % 3]
                .parse()
                .unwrap(),
            _ => clock[n as usize % 4].parse().unwrap(),
        };
        if n >= 190 {
            k.received_at = Some(base + chrono::Duration::days(30));
            k.outcome_due_at = Some(base + chrono::Duration::days(30));
        }
        cases.push(k);
    }
    let until = base + chrono::Duration::days(1);
    let want = |states: &[&str], due: fn(&Case) -> NaiveDateTime| {
        let mut rows: Vec<(NaiveDateTime, String)> = cases
            .iter()
            .filter(|k| states.contains(&k.state.as_str()) && due(k) <= until)
            .map(|k| (due(k), k.id.clone()))
            .collect();
        rows.sort();
        rows.truncate(100);
        rows
    };
    let want_intake = want(&intake, |k| k.received_at.unwrap());
    let want_outcome = want(&clock, |k| k.outcome_due_at.unwrap());
    assert_eq!(want_intake.len(), 100, "the limit is reached");
    let inserted = cases.clone();
    let (got_intake, got_outcome) = app
        .db(move |c| {
            for k in &inserted {
                diesel::insert_into(schema::cases::table)
                    .values(k.clone())
                    .execute(c)?;
            }
            Ok((
                db::reports::intake_near(c, until)?,
                db::reports::outcome_near(c, &clock, until)?,
            ))
        })
        .await;
    let ids = |rows: &[(db::reports::NearLimit, NaiveDateTime)]| -> Vec<(NaiveDateTime, String)> {
        rows.iter().map(|(n, due)| (*due, n.id.clone())).collect()
    };
    assert_eq!(ids(&got_intake), want_intake);
    assert_eq!(ids(&got_outcome), want_outcome);
    let first = &got_intake[0].0;
    assert_eq!(first.reference.as_deref(), Some("ADR-T-000000"));
    assert_eq!(first.trader_name, "Gamma");
    assert!(intake.contains(&first.state.as_str()));
}

#[tokio::test]
async fn the_reports_render_with_demo_data_in_every_language() {
    let app = spawn_app().await;
    concilia::demo::load(&app.state).await.unwrap();
    let (client, jar) = app.new_browser();
    let b = Browser { client, jar };
    let res = b
        .post(
            &app,
            "/signin",
            &[
                ("email", "admin@demo.concilia.eu"),
                ("password", concilia::demo::PASSWORD),
                ("next", "/dashboard"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let this_year = chrono::Utc::now().date_naive().format("%Y").to_string();
    let q = format!("from={this_year}-01-01&to={this_year}-12-31");
    let english = html_figures(&b.text(&app, &format!("/reports?kind=annual&{q}")).await);
    assert_ne!(english["totals/all/received/count"], "0");
    // The demo holds a refusal, a withdrawal and an agreement honoured on time.
    assert_eq!(english["totals/all/refused/count"], "1");
    assert_eq!(english["outcomes/all/amicable/count"], "1");
    assert_eq!(english["endings/all/withdrawn_consumer/count"], "1");
    assert_eq!(english["compliance/all/honoured/count"], "1");
    // The course ended 29 days ago: in January, that is last year.
    let last_year: i32 = this_year.parse::<i32>().unwrap() - 1;
    let biennial = b
        .text(
            &app,
            &format!("/reports?kind=biennial&from={last_year}-01-01&to={this_year}-12-31"),
        )
        .await;
    assert!(biennial.contains("Online mediation in consumer disputes"));
    for (lang, _) in concilia::i18n::LANGUAGES {
        let res = b
            .post(&app, "/language", &[("language", lang), ("next", "/")])
            .await;
        assert_eq!(res.status(), 303);
        for kind in ["annual", "biennial"] {
            let html = b.text(&app, &format!("/reports?kind={kind}&{q}")).await;
            assert!(html.contains(&format!(r#"<html lang="{lang}""#)), "{lang}");
            assert!(
                html.contains(&concilia::i18n::t(lang, &format!("report-title-{kind}"))),
                "{lang} {kind}"
            );
            // The same figures whatever the language.
            if kind == "annual" {
                assert_eq!(html_figures(&html), english, "{lang}");
            }
        }
        let html = b.text(&app, "/dashboard").await;
        assert!(
            html.contains(&concilia::i18n::t(lang, "live-title")),
            "{lang}"
        );
    }
}

#[tokio::test]
async fn the_reports_open_on_the_current_year_to_date() {
    let app = spawn_app().await;
    let c = crate::cases::cast(&app).await;
    // A dispute filed today is in the report the page opens on.
    crate::cases::file_case(&app, &c.consumer).await;
    let today = concilia::domain::cases::filing::today();
    let jan_first = format!("{}-01-01", today.format("%Y"));
    let json: serde_json::Value = c
        .staff
        .get(&app, "/reports?format=json")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["period"]["from"], jan_first.as_str());
    assert_eq!(json["period"]["to"], today.to_string());
    let all = json["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["scope"] == "all")
        .unwrap();
    assert_eq!(all["received"], 1, "today's dispute is counted");
    // The page itself: the form holds the same dates, and the figure is the same.
    let html = c.staff.text(&app, "/reports").await;
    assert!(html.contains(&format!(r#"value="{jan_first}""#)), "from");
    assert!(html.contains(&format!(r#"value="{today}""#)), "to");
    let csv = csv_figures(&c.staff.text(&app, "/reports?format=csv").await);
    assert_eq!(csv["totals/all/received/count"], "1");
    assert_eq!(html_figures(&html), csv);
    // The biennial report runs from the start of last year to today.
    let json: serde_json::Value = c
        .staff
        .get(&app, "/reports?kind=biennial&format=json")
        .await
        .json()
        .await
        .unwrap();
    let last = today.format("%Y").to_string().parse::<i32>().unwrap() - 1;
    assert_eq!(json["period"]["from"], format!("{last}-01-01"));
    assert_eq!(json["period"]["to"], today.to_string());
}
