//! Benchmark, not a test: how the case lists behave with 100,000 cases. Run it with
//! `cargo test --release --test api bench -- --ignored --nocapture` (set
//! `CONCILIA_TEST_DATABASE_URL` for PostgreSQL, `BENCH_CASES` for another size). It prints
//! the median time of each list query; `.ci/bench` runs it on both backends.
use std::time::{Duration, Instant};

use concilia::db::cases::{Filter, Scope};
use concilia::db::models::{Case, Organisation, User};
use concilia::db::{self, new_id, now};
use diesel::Connection;

use crate::helpers::spawn_app;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run explicitly"]
async fn bench_case_lists_with_many_cases() {
    let n: usize = std::env::var("BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let app = spawn_app().await;
    let pool = app.state.pool.clone();
    let started = Instant::now();
    let (consumers, orgs, mediators) = tokio::task::spawn_blocking(move || {
        let mut c = pool.get().unwrap();
        seed(&mut c, n)
    })
    .await
    .unwrap();
    // As the daily job (SQLite) and autovacuum (PostgreSQL) would have by now.
    app.db(|c| {
        use diesel::connection::SimpleConnection;
        c.batch_execute("ANALYZE")?;
        Ok(())
    })
    .await;
    println!(
        "seeded {n} cases on {} in {:.1?}",
        if crate::helpers::on_postgres() {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        started.elapsed()
    );
    let state_filter = Filter {
        state: Some(concilia::domain::cases::lifecycle::State::Mediation),
        ..Default::default()
    };
    let search = Filter {
        words: vec!["washing".into(), "machine".into()],
        ..Default::default()
    };
    let due = Filter {
        due_before: Some(now() + chrono::Duration::days(7)),
        ..Default::default()
    };
    let cases: Vec<(&str, Scope, Filter)> = vec![
        ("staff, all, newest first", Scope::All, Filter::default()),
        ("staff, state = mediation", Scope::All, state_filter),
        ("staff, due within 7 days", Scope::All, due),
        ("staff, text search", Scope::All, search),
        (
            "consumer's own",
            Scope::Consumer(consumers[7].clone()),
            Filter::default(),
        ),
        (
            "trader organisation's",
            Scope::Organisation(orgs[3].clone()),
            Filter::default(),
        ),
        (
            "mediator's",
            Scope::Mediator(mediators[2].clone()),
            Filter::default(),
        ),
    ];
    for (label, scope, filter) in cases {
        let mut times = vec![];
        let mut rows = 0;
        let mut after = None;
        for i in 0..21 {
            let (pool, scope, filter, cursor) = (
                app.state.pool.clone(),
                scope.clone(),
                filter.clone(),
                after.clone(),
            );
            let t = Instant::now();
            let page = tokio::task::spawn_blocking(move || {
                let mut c = pool.get().unwrap();
                db::cases::page(&mut c, &scope, &filter, cursor, 51).unwrap()
            })
            .await
            .unwrap();
            times.push(t.elapsed());
            rows = page.len();
            // Every other run asks for the next page, as a user paging through would.
            after = if i % 2 == 0 {
                page.get(49).map(|k| (k.created_at, k.id.clone()))
            } else {
                None
            };
        }
        println!(
            "{label:<32} median {:>9.2?}  ({rows} rows on a page)",
            median(times)
        );
    }
    let mut times = vec![];
    for _ in 0..21 {
        let pool = app.state.pool.clone();
        let t = Instant::now();
        tokio::task::spawn_blocking(move || {
            let mut c = pool.get().unwrap();
            db::cases::intake_queue(&mut c, 500).unwrap()
        })
        .await
        .unwrap();
        times.push(t.elapsed());
    }
    println!(
        "{:<32} median {:>9.2?}",
        "intake queue (500 oldest)",
        median(times)
    );
    // The annual report over the last year of the seeded cases, and the staff dashboard's
    // live figures, each as one page would ask for them.
    let today = now().date();
    let period = concilia::domain::reports::Period::parse(
        "annual",
        &(today - chrono::Duration::days(364)).to_string(),
        &today.to_string(),
        today,
    )
    .unwrap();
    let mut times = vec![];
    let mut received = 0;
    for _ in 0..5 {
        let (pool, period) = (app.state.pool.clone(), period.clone());
        let t = Instant::now();
        let report = tokio::task::spawn_blocking(move || {
            let mut c = pool.get().unwrap();
            concilia::domain::reports::build(&mut c, &period, &db::reports::Whose::Centre).unwrap()
        })
        .await
        .unwrap();
        times.push(t.elapsed());
        received = report.scopes[2].received;
    }
    println!(
        "{:<32} median {:>9.2?}  ({received} cases received)",
        "annual report, one year",
        median(times)
    );
    let mut times = vec![];
    for _ in 0..11 {
        let pool = app.state.pool.clone();
        let t = Instant::now();
        tokio::task::spawn_blocking(move || {
            let mut c = pool.get().unwrap();
            let open = [
                "submitted",
                "complete",
                "awaiting_trader",
                "negotiation",
                "mediation",
            ];
            db::reports::open_by_state(&mut c, &open).unwrap();
            db::reports::intake_near(&mut c, now()).unwrap();
            db::reports::trader_reply_near(&mut c, now().date()).unwrap();
            db::reports::outcome_near(&mut c, &open, now()).unwrap();
            db::reports::workload(&mut c, &open).unwrap();
        })
        .await
        .unwrap();
        times.push(t.elapsed());
    }
    println!(
        "{:<32} median {:>9.2?}",
        "staff dashboard, live figures",
        median(times)
    );
}

fn seed(c: &mut db::DbConn, n: usize) -> (Vec<String>, Vec<String>, Vec<String>) {
    let at = now();
    let user = |role: &str, i: usize| User {
        id: new_id(),
        email: format!("{role}{i}@bench.example"),
        name: format!("{role} {i}"),
        password_hash: None,
        role: role.parse().unwrap(),
        organisation_id: None,
        language: "en".into(),
        email_verified_at: None,
        token_version: 0,
        disabled_at: None,
        created_at: at,
        updated_at: at,
        time_zone: "UTC".into(),
    };
    c.transaction::<_, db::DbError, _>(|c| {
        let consumers: Vec<String> = (0..500)
            .map(|i| {
                let u = user("consumer", i);
                db::users::insert(c, &u).unwrap();
                u.id
            })
            .collect();
        let mediators: Vec<String> = (0..20)
            .map(|i| {
                let u = user("mediator", i);
                db::users::insert(c, &u).unwrap();
                u.id
            })
            .collect();
        let orgs: Vec<String> = (0..200)
            .map(|i| {
                let o = Organisation {
                    id: new_id(),
                    name: format!("Trader {i}"),
                    registration_number: format!("BENCH-{i}"),
                    contact_email: format!("t{i}@bench.example"),
                    sector: "Retail".into(),
                    is_member: true,
                    created_at: at,
                    country: "BG".into(),
                    address: "Street".into(),
                    participation_mandatory: false,
                    adr_contact_id: None,
                    adr_backup_id: None,
                    search_name: format!("trader {i}"),
                };
                db::orgs::insert(c, &o).unwrap();
                o.id
            })
            .collect();
        let states = [
            "submitted",
            "complete",
            "awaiting_trader",
            "negotiation",
            "mediation",
            "not_settled",
            "withdrawn",
            "refused",
        ];
        let things = [
            "washing machine",
            "laptop",
            "sofa",
            "flight",
            "phone",
            "holiday",
        ];
        for i in 0..n {
            let created = at - chrono::Duration::minutes(i as i64);
            let state = states[i % states.len()];
            let accepted = !matches!(state, "submitted" | "complete" | "refused");
            let what = things[i % things.len()];
            let case = Case {
                id: new_id(),
                reference: Some(format!("ADR-2026-{:06}", i + 1)),
                state: state.parse().unwrap(),
                channel: "online".parse().unwrap(),
                consumer_id: Some(consumers[i % consumers.len()].clone()),
                consumer_name: format!("consumer {}", i % consumers.len()),
                consumer_email: String::new(),
                consumer_country: "BG".into(),
                filed_by: consumers[i % consumers.len()].clone(),
                trader_org_id: Some(orgs[i % orgs.len()].clone()),
                trader_name: format!("Trader {}", i % orgs.len()),
                trader_email: String::new(),
                trader_country: "BG".into(),
                trader_address: String::new(),
                sector: Some("electronics".parse().unwrap()),
                problem_kind: Some("defective".parse().unwrap()),
                purchase_description: format!("A {what}"),
                purchase_date: None,
                price_minor: Some(10_000),
                price_currency: "EUR".into(),
                complained_on: None,
                trader_responded: false,
                trader_response: String::new(),
                claim_kind: Some("refund".parse().unwrap()),
                claim_amount_minor: Some(10_000),
                claim_currency: "EUR".into(),
                description: format!("The {what} broke after a week."),
                language: "en".into(),
                not_elsewhere: true,
                complex: false,
                group_id: None,
                mediator_id: accepted.then(|| mediators[i % mediators.len()].clone()),
                mediator_confirmed_at: None,
                objection: None,
                info_request: None,
                received_at: Some(created),
                completed_at: Some(created),
                decided_at: (accepted || state == "refused").then_some(created),
                trader_due_on: accepted.then(|| created.date()),
                trader_answered_at: None,
                negotiation_until: None,
                mediation_started_at: None,
                outcome_due_at: Some(created + chrono::Duration::days(90)),
                extended: false,
                closed_at: matches!(state, "not_settled" | "withdrawn" | "refused")
                    .then(|| created + chrono::Duration::days(30)),
                refusal_ground: (state == "refused").then(|| "too_late".parse().unwrap()),
                closing_reason: String::new(),
                withdrawn_by: None,
                search_text: String::new(),
                created_at: created,
                updated_at: created,
            };
            let mut case = case;
            case.search_text = concilia::domain::cases::search_text(&case);
            db::cases::insert(c, &case)?;
        }
        Ok((consumers, orgs, mediators))
    })
    .unwrap()
}
