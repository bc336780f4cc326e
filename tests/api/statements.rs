//! How many SQL statements each main page makes, whole request counted (session, page,
//! read marker), held exactly: a statement added to a page fails here until the table says
//! why it is worth it. The case page and each of its sections make as many for a case with
//! dozens of messages, documents, hearings and proposals as for a new one.
//!
//! Counted by the app's own pool (`Pool::statements`), which no other test shares; the test
//! app runs no background work (`helpers::spawn_app_with`), so the only statements between
//! two readings are the request's.
use crate::case_file::{PDF, mediation, upload};
use crate::cases::{Cast, TRADER_EMAIL, cast, step};
use crate::helpers::{Browser, PASSWORD, TestApp, on_postgres, spawn_app};

/// Page → statements on SQLite and on PostgreSQL. SQLite's one more in a transaction is its
/// write lock taken first (`db::claim_writer`).
const EXPECTED: &[(&str, u64, u64)] = &[];

/// The statements one GET makes; the page must answer 200.
async fn get(app: &TestApp, b: &Browser, path: &str) -> u64 {
    let before = app.state.pool.statements();
    let res = b.get(app, path).await;
    let status = res.status();
    let body = res.text().await.unwrap();
    assert_eq!(status, 200, "GET {path}: {body}");
    app.state.pool.statements() - before
}

/// The same page twice gives the same count (nothing is loaded once and cached, nothing
/// written on a first visit only), which is the count.
async fn steady(app: &TestApp, b: &Browser, path: &str) -> u64 {
    let first = get(app, b, path).await;
    let second = get(app, b, path).await;
    assert_eq!(first, second, "GET {path} twice");
    second
}

const SECTIONS: [&str; 6] = [
    "",
    "/messages",
    "/documents",
    "/hearings",
    "/settlement",
    "/history",
];

/// The case page and its sections as each viewer sees them.
async fn case_pages(app: &TestApp, c: &Cast, trader: &Browser, id: &str) -> Vec<(String, u64)> {
    let mut counts = vec![];
    for section in SECTIONS {
        let path = format!("/cases/{id}{section}");
        let name = format!("/cases/{{id}}{section}");
        counts.push((
            format!("{name} consumer"),
            steady(app, &c.consumer, &path).await,
        ));
        counts.push((format!("{name} trader"), steady(app, trader, &path).await));
        counts.push((
            format!("{name} mediator"),
            steady(app, &c.mediator, &path).await,
        ));
        counts.push((format!("{name} staff"), steady(app, &c.staff, &path).await));
    }
    counts
}

/// Makes the case long: 30 messages, 5 documents, two hearings, two proposals.
async fn lengthen(app: &TestApp, c: &Cast, trader: &Browser, id: &str) {
    for i in 0..15 {
        for (b, audience) in [(&c.consumer, "everyone"), (trader, "caucus_trader")] {
            let res = b
                .post(
                    app,
                    &format!("/cases/{id}/messages"),
                    &[("audience", audience), ("body", &format!("Message {i}"))],
                )
                .await;
            assert_eq!(res.status(), 303);
        }
    }
    for i in 0..5 {
        let res = upload(
            app,
            &c.consumer,
            id,
            "everyone",
            vec![(&format!("doc{i}.pdf"), PDF.to_vec())],
        )
        .await;
        assert_eq!(res.status(), 303);
    }
    for days in [10, 20] {
        let date = crate::settlements::in_days(days);
        let res = c
            .mediator
            .post(
                app,
                &format!("/cases/{id}/hearings"),
                &crate::hearings::booking(
                    &date,
                    "10:00",
                    "Europe/Sofia",
                    "https://meet.example.org/x",
                ),
            )
            .await;
        assert_eq!(res.status(), 303);
    }
    let due = crate::settlements::in_days(30);
    for (b, amount) in [(&c.consumer, "150"), (trader, "100")] {
        let res = b
            .post(
                app,
                &format!("/cases/{id}/proposals"),
                &crate::settlements::payment("trader", amount, "EUR", &due),
            )
            .await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    }
}

/// The statements of one sign-in, from a fresh browser that has its CSRF cookie already.
async fn sign_in(app: &TestApp, email: &str) -> u64 {
    let (client, jar) = app.new_browser();
    let b = Browser { client, jar };
    get(app, &b, "/signin").await;
    let before = app.state.pool.statements();
    let res = b
        .post(
            app,
            "/signin",
            &[
                ("email", email),
                ("password", PASSWORD),
                ("next", "/dashboard"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    app.state.pool.statements() - before
}

#[tokio::test]
async fn every_main_page_makes_a_fixed_number_of_statements_however_long_the_case() {
    // `STATEMENTS_LOG=1`: each statement logged, in the span of the request that made it.
    if std::env::var("STATEMENTS_LOG").is_ok() {
        let _ = tracing_subscriber::fmt()
            .with_env_filter("concilia::db::watch=trace")
            .with_test_writer()
            .try_init();
    }
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let org = app
        .user_by_email(TRADER_EMAIL)
        .await
        .organisation_id
        .expect("the trader's organisation");
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "log-correspondence",
            &[
                ("direction", "incoming"),
                ("date", "2026-06-01"),
                ("summary", "A letter"),
            ]
        )
        .await,
        303
    );

    let short = case_pages(&app, &c, &trader, &id).await;
    lengthen(&app, &c, &trader, &id).await;
    let long = case_pages(&app, &c, &trader, &id).await;
    assert_eq!(long, short, "the case page's statements grow with the case");

    let mut counts = long;
    let anonymous = {
        let (client, jar) = app.new_browser();
        Browser { client, jar }
    };
    let pages: Vec<(&str, &Browser, String)> = vec![
        ("/signin", &anonymous, "/signin".into()),
        ("/dashboard consumer", &c.consumer, "/dashboard".into()),
        ("/dashboard trader", &trader, "/dashboard".into()),
        ("/dashboard mediator", &c.mediator, "/dashboard".into()),
        ("/dashboard staff", &c.staff, "/dashboard".into()),
        ("/cases consumer", &c.consumer, "/cases".into()),
        ("/cases staff", &c.staff, "/cases".into()),
        (
            "/cases?state= staff",
            &c.staff,
            "/cases?state=mediation".into(),
        ),
        (
            "/cases?q= staff",
            &c.staff,
            "/cases?q=washing+machine".into(),
        ),
        ("/intake staff", &c.staff, "/intake".into()),
        ("/reports staff", &c.staff, "/reports".into()),
        ("/admin/users", &c.staff, "/admin/users".into()),
        (
            "/admin/organisations",
            &c.staff,
            "/admin/organisations".into(),
        ),
        (
            "/admin/organisations/{id}",
            &c.staff,
            format!("/admin/organisations/{org}"),
        ),
        ("/admin/outbox", &c.staff, "/admin/outbox".into()),
        ("/admin/holidays", &c.staff, "/admin/holidays".into()),
    ];
    for (name, b, path) in pages {
        counts.push((name.to_string(), steady(&app, b, &path).await));
    }
    counts.push((
        "POST /signin".into(),
        sign_in(&app, "clara@example.org").await,
    ));
    // A second sign-in from another browser makes as many (the device cookie is new again).
    assert_eq!(
        sign_in(&app, "clara@example.org").await,
        counts.last().unwrap().1
    );

    let column = if on_postgres() { "postgres" } else { "sqlite" };
    let table: String = counts
        .iter()
        .map(|(page, n)| format!("{page:40} {n}\n"))
        .collect();
    println!("statements per request ({column}):\n{table}");
    let expected: Vec<(String, u64)> = EXPECTED
        .iter()
        .map(|(page, sqlite, postgres)| {
            (
                page.to_string(),
                if on_postgres() { *postgres } else { *sqlite },
            )
        })
        .collect();
    assert_eq!(
        counts, expected,
        "statements per request on {column} differ from EXPECTED:\n{table}"
    );
}
