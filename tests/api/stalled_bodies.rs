//! A body that stops arriving half way (a multipart upload whose closing boundary never
//! comes, a form, a JSON body) is dropped after the configured idle time with our own error,
//! and nothing of it is kept.
use std::time::{Duration, Instant};

use concilia::db;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::cases::{cast, file_case};
use crate::helpers::{Browser, TestApp, cookie_in, fresh_database_url, spawn_app_with};

const IDLE: Duration = Duration::from_secs(2);

pub async fn app_with_idle(
    idle: Duration,
    tweak: impl FnOnce(&mut concilia::config::Config),
) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    spawn_app_with(dir, url, |c| {
        c.body_timeout = idle;
        tweak(c)
    })
    .await
}

/// Opens a connection and sends a request whose body is `declared` bytes long but only
/// `sent` of it, then nothing more.
pub async fn stalled_request(
    app: &TestApp,
    method_path: &str,
    headers: &[(&str, String)],
    sent: &[u8],
    declared: usize,
) -> tokio::net::TcpStream {
    let addr = app.address.trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let mut head =
        format!("{method_path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {declared}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).await.unwrap();
    s.write_all(sent).await.unwrap();
    s.flush().await.unwrap();
    s
}

/// The server's whole answer (it closes the connection after it), and how long it took.
async fn answer(mut s: tokio::net::TcpStream) -> (String, Duration) {
    let start = Instant::now();
    let mut buf = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut buf))
        .await
        .expect("the server answers a stalled body and closes the connection")
        .unwrap();
    (String::from_utf8_lossy(&buf).into_owned(), start.elapsed())
}

pub fn browser_cookies(app: &TestApp, b: &Browser) -> String {
    let csrf = cookie_in(&b.jar, &app.address, "concilia_csrf").unwrap();
    let session = cookie_in(&b.jar, &app.address, "concilia_session").unwrap();
    format!("concilia_csrf={csrf}; concilia_session={session}")
}

/// The start of an upload form: the CSRF token, then a file part whose bytes follow.
pub fn upload_head(app: &TestApp, b: &Browser, boundary: &str) -> String {
    let token = cookie_in(&b.jar, &app.address, "concilia_csrf").unwrap();
    format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\n"
    )
}

fn status_of(answer: &str) -> u16 {
    answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {answer:?}"))
}

#[tokio::test]
async fn an_upload_whose_closing_boundary_never_comes_is_answered_408_and_keeps_nothing() {
    let app = app_with_idle(IDLE, |_| {}).await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let boundary = "STALLEDBOUNDARY";
    let mut body = upload_head(&app, &c.consumer, boundary).into_bytes();
    // More than the bytes sniffed for the type, so the file is being written when it stalls.
    body.extend(std::iter::repeat_n(b'a', 64 * 1024));
    let s = stalled_request(
        &app,
        &format!("POST /cases/{id}/documents"),
        &[
            ("Cookie", browser_cookies(&app, &c.consumer)),
            (
                "Content-Type",
                format!("multipart/form-data; boundary={boundary}"),
            ),
        ],
        &body,
        body.len() + 1024 * 1024,
    )
    .await;
    let (answer, took) = answer(s).await;
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(took >= IDLE - Duration::from_millis(200), "{took:?}");
    assert!(took < IDLE + Duration::from_secs(5), "{took:?}");
    assert!(answer.contains("text/html"), "our error page: {answer}");
    assert!(
        answer.contains(&concilia::i18n::t("en", "error-page-body-timeout")),
        "{answer}"
    );
    let id2 = id.clone();
    let docs = app
        .db(move |c| {
            db::case_file::documents(c, &id2, &concilia::domain::cases::codes::Audience::ALL)
        })
        .await;
    assert!(docs.is_empty());
    assert_eq!(
        crate::case_file::stored_files(&app).await,
        0,
        "the unfinished file is removed"
    );
}

#[tokio::test]
async fn a_form_body_that_stalls_is_answered_408_and_stores_no_message() {
    let app = app_with_idle(IDLE, |_| {}).await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let token = cookie_in(&c.consumer.jar, &app.address, "concilia_csrf").unwrap();
    let body = format!("csrf_token={token}&audience=everyone&body=Hello%20the");
    let s = stalled_request(
        &app,
        &format!("POST /cases/{id}/messages"),
        &[
            ("Cookie", browser_cookies(&app, &c.consumer)),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_string(),
            ),
        ],
        body.as_bytes(),
        body.len() + 100,
    )
    .await;
    let (answer, took) = answer(s).await;
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(took < IDLE + Duration::from_secs(5), "{took:?}");
    assert!(answer.contains(&concilia::i18n::t("en", "error-page-body-timeout")));
    let id2 = id.clone();
    let messages = app
        .db(move |c| {
            db::case_file::messages(c, &id2, &concilia::domain::cases::codes::Audience::ALL)
        })
        .await;
    assert!(messages.is_empty());
}

#[tokio::test]
async fn a_json_body_that_stalls_gets_the_json_error_body_timeout() {
    let app = app_with_idle(IDLE, |_| {}).await;
    let body = br#"{"email":"ana@exa"#;
    let s = stalled_request(
        &app,
        "POST /api/v1/session",
        &[("Content-Type", "application/json".to_string())],
        body,
        body.len() + 50,
    )
    .await;
    let (answer, took) = answer(s).await;
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(took < IDLE + Duration::from_secs(5), "{took:?}");
    let json = &answer[answer.find("\r\n\r\n").unwrap() + 4..];
    let json: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(json["error"]["code"], "body_timeout");
    assert_eq!(
        json["error"]["message"],
        concilia::i18n::t("en", "error-page-body-timeout")
    );
}

#[tokio::test]
async fn a_slow_body_that_keeps_sending_is_not_cut_off() {
    // The deadline is on silence, not on the whole body: a slow but steady sender gets
    // through even when the whole body takes longer than the idle time.
    let app = app_with_idle(Duration::from_secs(1), |_| {}).await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let token = cookie_in(&c.consumer.jar, &app.address, "concilia_csrf").unwrap();
    let body = format!("csrf_token={token}&audience=everyone&body=Slowly%20but%20surely");
    let (first, rest) = body.as_bytes().split_at(body.len() / 2);
    let mut s = stalled_request(
        &app,
        &format!("POST /cases/{id}/messages"),
        &[
            ("Cookie", browser_cookies(&app, &c.consumer)),
            (
                "Content-Type",
                "application/x-www-form-urlencoded".to_string(),
            ),
        ],
        first,
        body.len(),
    )
    .await;
    for byte in rest {
        tokio::time::sleep(Duration::from_millis(150)).await;
        s.write_all(&[*byte]).await.unwrap();
    }
    let mut buf = vec![0; 4096];
    let n = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let answer = String::from_utf8_lossy(&buf[..n]);
    assert_eq!(status_of(&answer), 303, "{answer}");
}
