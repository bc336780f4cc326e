use serde_json::Value;

use crate::helpers::{on_postgres, spawn_app, spawn_app_with};

#[tokio::test]
async fn healthz_and_readyz_answer_when_the_database_is_migrated() {
    let app = spawn_app().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "ready");
}

#[tokio::test]
async fn every_response_carries_security_headers_and_a_request_id() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/signin",
        "/no-such-page",
        "/static/style.css",
        "/api/v1/me",
    ] {
        let res = app.get(path).await;
        let h = res.headers();
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert!(h.contains_key("x-request-id"), "{path}");
    }
}

#[tokio::test]
async fn an_unknown_route_gets_a_404_page_or_json_error() {
    let app = spawn_app().await;
    let res = app.get("/no/such/page").await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains("<h1>Error 404</h1>") && html.contains("We could not find this page."));
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#));

    let res = app.get("/api/v1/nothing").await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["code"],
        "not_found"
    );
}

#[tokio::test]
async fn the_home_page_explains_the_service_to_a_consumer() {
    let app = spawn_app().await;
    let html = app.get_text("/").await;
    for text in [
        "Who can use Concilia",
        "First, complain to the trader",
        "What it costs",
        "How long it takes",
        "What happens, step by step",
        "90 days",
        "three weeks",
        "withdraw",
    ] {
        assert!(html.contains(text), "{text}");
    }
}

#[tokio::test]
async fn pages_are_not_cached_and_static_files_are() {
    let app = spawn_app().await;
    assert_eq!(app.get("/").await.headers()["cache-control"], "no-store");
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status(), 200);
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    assert_eq!(app.get("/static/nothing.css").await.status(), 404);
}

// Multi-threaded: the app starts synchronously and must reach the database through the
// proxy task while it does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_goes_down_gets_503_and_the_app_recovers_when_it_is_back() {
    if !on_postgres() {
        // SQLite is a file inside the process: it cannot be "down". The PostgreSQL run covers this.
        return;
    }
    // A TCP proxy in front of PostgreSQL that the test can cut.
    let admin_url = crate::helpers::test_server_url().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let direct = crate::helpers::fresh_database_url(dir.path());
    let proxy = Proxy::start("127.0.0.1:5432").await;
    let via_proxy = direct.replacen("127.0.0.1:5432", &proxy.addr, 1).replacen(
        "localhost:5432",
        &proxy.addr,
        1,
    );
    assert_ne!(
        via_proxy, direct,
        "the test database URL must use 127.0.0.1:5432 or localhost:5432: {admin_url}"
    );
    let app = spawn_app_with(dir, via_proxy, |c| c.database_timeout_seconds = 1).await;
    assert_eq!(app.get("/signin").await.status(), 200);

    proxy.cut();
    // The proxy notices the cut within 20 ms and closes the open connections.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 503);
    let res = app.sign_in("ana@example.com", "whatever password").await;
    assert_eq!(res.status(), 503);
    let html = res.text().await.unwrap();
    assert!(html.contains("temporarily unavailable"));
    assert!(
        !html.to_lowercase().contains("sql") && !html.contains("connection"),
        "no internals: {html}"
    );

    proxy.restore();
    let mut ready = false;
    for _ in 0..50 {
        if app.get("/readyz").await.status() == 200 {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(ready, "the app recovers when the database is back");
    assert_eq!(
        app.sign_in("ana@example.com", "whatever password")
            .await
            .status(),
        401
    );
}

/// Forwards TCP connections to a target until cut; cutting also drops open connections.
struct Proxy {
    addr: String,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    generation: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Proxy {
    async fn start(target: &'static str) -> Proxy {
        use std::sync::atomic::Ordering;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let generation = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let (u, g) = (up.clone(), generation.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    break;
                };
                if !u.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let (g2, my_gen) = (g.clone(), g.load(Ordering::SeqCst));
                tokio::spawn(async move {
                    let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await else {
                        return;
                    };
                    let copy = tokio::io::copy_bidirectional(&mut inbound, &mut outbound);
                    let watch = async {
                        while g2.load(Ordering::SeqCst) == my_gen {
                            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                        }
                    };
                    tokio::select! { _ = copy => {}, _ = watch => {} }
                });
            }
        });
        Proxy {
            addr,
            up,
            generation,
        }
    }

    fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    fn restore(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[tokio::test]
async fn the_language_switcher_remembers_a_supported_language_and_refuses_others() {
    let app = spawn_app().await;
    let res = app
        .post_form("/language", &[("language", "en"), ("next", "/signin")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin");
    assert_eq!(app.cookie("concilia_lang").as_deref(), Some("en"));

    let res = app
        .post_form("/language", &[("language", "xx"), ("next", "/")])
        .await;
    assert_eq!(res.status(), 400);
    let res = app
        .post_form(
            "/language",
            &[("language", "en"), ("next", "https://evil.example/")],
        )
        .await;
    assert_eq!(
        res.headers()["location"],
        "/dashboard",
        "never redirected off-site"
    );
}

#[actix_web::test]
async fn an_internal_error_gets_a_plain_500_page_without_internals() {
    use actix_web::{App, middleware::from_fn, test, web};
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path());
    let config = concilia::config::Config::for_data_dir(dir.path(), Some(url)).unwrap();
    let state = concilia::startup::build_state(config).unwrap();
    let app = test::init_service(
        App::new()
            .app_data(web::Data::new(state))
            .route(
                "/boom",
                web::get().to(|| async {
                    Err::<actix_web::HttpResponse, _>(concilia::web::error::AppError::Internal(
                        "SELECT secret FROM users: syntax error".into(),
                    ))
                }),
            )
            .wrap(from_fn(concilia::web::error::render_errors)),
    )
    .await;

    let res = test::call_service(&app, test::TestRequest::get().uri("/boom").to_request()).await;

    assert_eq!(res.status(), 500);
    let body = String::from_utf8(test::read_body(res).await.to_vec()).unwrap();
    assert!(body.contains("Something went wrong on our side."));
    assert!(
        !body.contains("SELECT") && !body.contains("syntax"),
        "{body}"
    );
}
