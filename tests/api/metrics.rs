//! `/metrics`: served only with the configured token, and its counters count.
use secrecy::SecretString;

use crate::helpers::{TestApp, fresh_database_url, spawn_app, spawn_app_with};

const TOKEN: &str = "a metrics token of some length";

async fn app_with_token() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    spawn_app_with(dir, url, |c| {
        c.metrics_token = Some(SecretString::from(TOKEN.to_string()))
    })
    .await
}

async fn scrape(app: &TestApp, authorization: Option<&str>) -> reqwest::Response {
    let mut req = app.client.get(app.url("/metrics"));
    if let Some(a) = authorization {
        req = req.header("authorization", a);
    }
    req.send().await.unwrap()
}

/// The value of one sample line, `name value`.
fn sample(text: &str, name: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("{name} in {text}"))
        .parse()
        .unwrap()
}

#[tokio::test]
async fn metrics_are_not_there_without_a_configured_token_whatever_is_sent() {
    let app = spawn_app().await;
    assert_eq!(scrape(&app, None).await.status(), 404);
    assert_eq!(
        scrape(&app, Some(&format!("Bearer {TOKEN}")))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn metrics_need_the_token_and_are_a_missing_page_without_it() {
    let app = app_with_token().await;
    for wrong in [
        None,
        Some("Bearer"),
        Some("Bearer a metrics token of some lengtH"),
        Some("Bearer a metrics token of some length and more"),
        Some("Basic YTpi"),
        Some(TOKEN),
    ] {
        let res = scrape(&app, wrong).await;
        assert_eq!(res.status(), 404, "{wrong:?}");
        // The page of any missing address, without a figure.
        let page = res.text().await.unwrap();
        assert!(page.contains("<title>Error 404"), "{wrong:?}: {page}");
        assert!(!page.contains("concilia_"), "{wrong:?}: {page}");
    }
    let res = scrape(&app, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    let text = res.text().await.unwrap();
    assert!(
        text.contains("# TYPE concilia_http_requests_total counter\n"),
        "{text}"
    );
    assert!(
        text.contains("# TYPE concilia_db_statements_total counter\n"),
        "{text}"
    );
    assert_eq!(sample(&text, "concilia_database_up"), 1);
}

#[tokio::test]
async fn the_counters_count_requests_and_the_statements_they_made() {
    let app = app_with_token().await;
    let bearer = format!("Bearer {TOKEN}");
    let before = scrape(&app, Some(&bearer)).await.text().await.unwrap();
    // Two pages without the database, one that reads it (a sign-in that fails), a 404.
    assert_eq!(app.get("/healthz").await.status(), 200);
    assert_eq!(app.get("/signin").await.status(), 200);
    assert_eq!(app.get("/no-such-page").await.status(), 404);
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({ "email": "nobody@example.org", "password": "wrong password" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let after = scrape(&app, Some(&bearer)).await.text().await.unwrap();

    // The four requests and the scrape that read the first figures.
    assert_eq!(
        sample(&after, "concilia_http_requests_total")
            - sample(&before, "concilia_http_requests_total"),
        5
    );
    let statements = sample(&after, "concilia_db_statements_total")
        - sample(&before, "concilia_db_statements_total");
    assert!(statements > 0, "the sign-in read the database");
    assert_eq!(
        sample(&after, "concilia_db_statements_total"),
        app.state.pool.statements()
    );
}
