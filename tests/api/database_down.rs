//! When the database goes away, requests are answered 503 with `Retry-After` at once (not
//! each after the pool's full timeout), `/readyz` answers within a second, and everything
//! works again once the database is back.
//!
//! PostgreSQL only: the test closes the app's own database to connections and ends its
//! sessions, then opens it again. A SQLite file has no server that can go away under open
//! connections; the mechanism itself (down at a failed checkout, refused at once, up again
//! when the probe connects) is also covered backend-free by `db::health`'s unit test.
use std::time::{Duration, Instant};

use concilia::domain::Role;
use diesel::Connection;
use diesel::connection::SimpleConnection;

use crate::helpers::{on_postgres, spawn_app};

fn admin(sql: &str) {
    let url = crate::helpers::test_server_url().unwrap();
    let mut conn = diesel::PgConnection::establish(&url).unwrap();
    conn.batch_execute(sql).unwrap();
}

/// Opens the database again when the test ends, passed or failed.
struct Reopen(String);

impl Drop for Reopen {
    fn drop(&mut self) {
        admin(&format!("ALTER DATABASE {} ALLOW_CONNECTIONS true", self.0));
    }
}

#[tokio::test]
async fn with_the_database_down_requests_get_503_at_once_with_retry_after_and_recover() {
    if !on_postgres() {
        eprintln!("skipped on SQLite: needs a database server to stop (see the module comment)");
        return;
    }
    let app = spawn_app().await;
    let (_, b) = app
        .person(Role::Consumer, "Clara", "clara@example.org", None)
        .await;
    assert_eq!(b.get(&app, "/dashboard").await.status(), 200);
    let name = app
        .state
        .config
        .database_url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();

    admin(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"));
    let _reopen = Reopen(name.clone());
    admin(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    ));

    // Before anything has noticed, the readiness probe still answers within a second.
    let start = Instant::now();
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 503);
    assert!(
        start.elapsed() < Duration::from_millis(1500),
        "{:?}",
        start.elapsed()
    );

    // The first request to need the database finds out (within the pool's timeout)...
    let start = Instant::now();
    let res = b.get(&app, "/dashboard").await;
    assert_eq!(res.status(), 503);
    eprintln!(
        "first request with the database down: {:?}",
        start.elapsed()
    );
    // ...and from then on the answer comes at once, with Retry-After, as our page or JSON.
    for _ in 0..5 {
        let start = Instant::now();
        let res = b.get(&app, "/dashboard").await;
        let took = start.elapsed();
        assert_eq!(res.status(), 503);
        assert!(
            took < Duration::from_secs(2),
            "answered at once, not after 5 s: {took:?}"
        );
        eprintln!("once known down: {took:?}");
        assert_eq!(res.headers()["retry-after"], "5");
        let html = res.text().await.unwrap();
        assert!(html.contains(&concilia::i18n::t("en", "error-page-unavailable")));
    }
    let start = Instant::now();
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({ "email": "clara@example.org", "password": crate::helpers::PASSWORD }))
        .send()
        .await
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "5");
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unavailable");
    let start = Instant::now();
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 503);
    assert!(start.elapsed() < Duration::from_secs(1));
    assert_eq!(ready.headers()["retry-after"], "5");

    // Back again: the probe notices within a few seconds and requests succeed.
    admin(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"));
    let start = Instant::now();
    let back = start;
    loop {
        let status = b.get(&app, "/dashboard").await.status();
        if status == 200 {
            break;
        }
        assert_eq!(status, 503);
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "the app came back"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    eprintln!(
        "served again {:?} after the database came back",
        back.elapsed()
    );
    assert_eq!(app.get("/readyz").await.status(), 200);
}

/// A server restart ends every session: the pool's idle connections are all dead, and no
/// test at checkout says so beforehand. The first statement on a dead connection is answered
/// 503 with `Retry-After` (never 500), that connection is dropped, the others are tested
/// before they are used again, and from the first success on every request succeeds.
#[tokio::test]
async fn after_the_server_ends_every_session_requests_get_a_clean_503_at_most_and_then_all_succeed()
{
    if !on_postgres() {
        eprintln!("skipped on SQLite: needs a database server whose sessions can be ended");
        return;
    }
    let app = spawn_app().await;
    let (_, b) = app
        .person(Role::Consumer, "Clara", "clara@example.org", None)
        .await;
    // Several connections in the pool, all idle afterwards.
    let burst: Vec<_> = (0..8).map(|_| b.get(&app, "/dashboard")).collect();
    for res in futures::future::join_all(burst).await {
        assert_eq!(res.status(), 200);
    }
    let name = app
        .state
        .config
        .database_url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    admin(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
    ));

    let start = Instant::now();
    let mut failed = 0;
    loop {
        let res = b.get(&app, "/dashboard").await;
        match res.status().as_u16() {
            200 => break,
            503 => {
                assert_eq!(res.headers()["retry-after"], "5");
                failed += 1;
            }
            other => panic!("{other}: {}", res.text().await.unwrap()),
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "served again after {failed} refusals"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    eprintln!(
        "{failed} requests refused, served again after {:?}",
        start.elapsed()
    );
    for _ in 0..20 {
        assert_eq!(b.get(&app, "/dashboard").await.status(), 200);
    }
    let burst: Vec<_> = (0..8).map(|_| b.get(&app, "/dashboard")).collect();
    for res in futures::future::join_all(burst).await {
        assert_eq!(res.status(), 200);
    }
}
