//! The shared case file: messages to everyone and in caucus, evidence uploads and downloads,
//! and every bad input the issue lists.
use concilia::db;
use reqwest::multipart::{Form, Part};

use crate::cases::{Cast, TRADER_EMAIL, accepted_case, cast, file_case, step};
use crate::helpers::{
    Browser, Evidence, TestApp, cookie_in, fresh_database_url, spawn_app, spawn_app_storing,
    spawn_app_with,
};

pub const PDF: &[u8] =
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";

/// A case in mediation with a confirmed mediator; returns it and the trader's browser.
pub async fn mediation(app: &TestApp, c: &Cast) -> (String, Browser) {
    let (id, trader) = accepted_case(app, c).await;
    step(app, &trader, &id, "join", &[("answer", "We take part.")]).await;
    step(
        app,
        &c.staff,
        &id,
        "assign-mediator",
        &[("mediator_id", &c.mediator_id)],
    )
    .await;
    step(app, &c.mediator, &id, "declare-no-conflict", &[]).await;
    (id, trader)
}

async fn message(app: &TestApp, b: &Browser, id: &str, audience: &str, body: &str) -> u16 {
    b.post(
        app,
        &format!("/cases/{id}/messages"),
        &[("audience", audience), ("body", body)],
    )
    .await
    .status()
    .as_u16()
}

/// Uploads files the way the page's form does: the CSRF token first.
pub async fn upload(
    app: &TestApp,
    b: &Browser,
    id: &str,
    audience: &str,
    files: Vec<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let fields = [
        ("audience", audience),
        ("title", ""),
        ("description", "Evidence"),
    ];
    post_files(app, b, &format!("/cases/{id}/documents"), &fields, files).await
}

/// Posts a multipart form as a page's upload form does: its CSRF token, its text fields,
/// then each file under `file`.
pub async fn post_files(
    app: &TestApp,
    b: &Browser,
    path: &str,
    fields: &[(&str, &str)],
    files: Vec<(&str, Vec<u8>)>,
) -> reqwest::Response {
    if cookie_in(&b.jar, &app.address, "concilia_csrf").is_none() {
        b.get(app, "/").await;
    }
    let token = cookie_in(&b.jar, &app.address, "concilia_csrf").unwrap();
    let mut form = Form::new().text("csrf_token", token);
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    for (name, bytes) in files {
        form = form.part("file", Part::bytes(bytes).file_name(name.to_string()));
    }
    b.client
        .post(app.url(path))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Every document of a case, whatever its audience.
pub async fn documents(app: &TestApp, id: &str) -> Vec<db::models::CaseDocument> {
    let id = id.to_string();
    app.db(move |c| {
        db::case_file::documents(c, &id, &concilia::domain::cases::codes::Audience::ALL)
    })
    .await
}

/// Files in storage, unfinished ones included: under the evidence folder, or in the bucket.
pub async fn stored_files(app: &TestApp) -> usize {
    fn count(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| {
                        if e.path().is_dir() {
                            count(&e.path())
                        } else {
                            1
                        }
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
    match &app.state.storage {
        concilia::storage::Storage::Local(dir) => count(dir),
        concilia::storage::Storage::Object(store) => {
            use futures::TryStreamExt;
            let all: Vec<_> = store.list(None).try_collect().await.unwrap();
            all.len()
        }
    }
}

#[tokio::test]
async fn parties_exchange_shared_messages_and_the_caucus_stays_private() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;

    assert_eq!(
        message(
            &app,
            &c.consumer,
            &id,
            "everyone",
            "Here is my view.\n\nSee https://example.org/photos."
        )
        .await,
        303
    );
    assert_eq!(
        message(
            &app,
            &c.consumer,
            &id,
            "caucus_consumer",
            "Between us: I would accept 300 EUR."
        )
        .await,
        303
    );
    assert_eq!(
        message(&app, &trader, &id, "caucus_trader", "We could pay 250.").await,
        303
    );
    assert_eq!(
        message(
            &app,
            &c.mediator,
            &id,
            "caucus_consumer",
            "Thank you, noted."
        )
        .await,
        303
    );
    // A party cannot write into the other side's caucus.
    assert_eq!(
        message(&app, &c.consumer, &id, "caucus_trader", "Sneaky").await,
        403
    );

    let trader_page = trader.text(&app, &format!("/cases/{id}/messages")).await;
    assert!(trader_page.contains("Here is my view."));
    assert!(
        trader_page.contains(r#"<a href="https:&#x2f;&#x2f;example.org&#x2f;photos""#),
        "links are clickable"
    );
    assert!(
        !trader_page.contains("300 EUR") && !trader_page.contains("noted."),
        "no consumer caucus"
    );
    let consumer_page = c
        .consumer
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    assert!(consumer_page.contains("300 EUR") && consumer_page.contains("noted."));
    assert!(
        !consumer_page.contains("We could pay 250."),
        "no trader caucus"
    );
    let mediator_page = c
        .mediator
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    assert!(mediator_page.contains("300 EUR") && mediator_page.contains("We could pay 250."));
    let staff_page = c.staff.text(&app, &format!("/cases/{id}/messages")).await;
    assert!(staff_page.contains("Here is my view.") && !staff_page.contains("300 EUR"));

    // Emails say only that something waits, never the text, and not to the other side.
    let trader_mail = app.emails_to(TRADER_EMAIL).await;
    assert!(
        !trader_mail
            .iter()
            .any(|m| m.contains("300 EUR") || m.contains("Here is my view"))
    );
    let mediator_mail = app.emails_to("mia@centre.example").await;
    assert!(mediator_mail.iter().any(|m| m.contains("A new message on")));
    assert!(!mediator_mail.iter().any(|m| m.contains("300 EUR")));
    let new_for_trader = trader_mail
        .iter()
        .filter(|m| m.contains("A new message on"))
        .count();
    assert_eq!(new_for_trader, 1, "the shared message only");
}

#[tokio::test]
async fn bad_messages_are_refused_with_the_text_kept_and_html_never_runs() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[("audience", "everyone"), ("body", "   ")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let long = "x".repeat(20_001);
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[("audience", "everyone"), ("body", &long)],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(&concilia::i18n::t("en", "error-message-too-long")));
    assert!(html.contains(&long), "what was typed is kept");
    assert_eq!(
        message(
            &app,
            &c.consumer,
            &id,
            "everyone",
            "<script>alert(1)</script>"
        )
        .await,
        303
    );
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(page.contains("&lt;script&gt;"));
    // Not before the mediator is there: no caucus yet.
    assert_eq!(
        message(&app, &c.consumer, &id, "caucus_consumer", "Hello").await,
        403
    );
}

#[tokio::test]
async fn evidence_uploads_stream_to_a_folder_and_download_as_sandboxed_attachments() {
    uploads_and_downloads(Evidence::Local).await
}

#[tokio::test]
async fn evidence_uploads_stream_to_s3_and_download_as_sandboxed_attachments() {
    uploads_and_downloads(Evidence::S3).await
}

async fn uploads_and_downloads(evidence: Evidence) {
    let Some(app) = spawn_app_storing(evidence, |_| {}).await else {
        return;
    };
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0".to_vec();
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![
            ("receipt.pdf", PDF.to_vec()),
            ("../../photo.png", png.clone()),
        ],
    )
    .await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let docs = documents(&app, &id).await;
    assert_eq!(docs.len(), 2);
    let pdf = docs.iter().find(|d| d.file_name == "receipt.pdf").unwrap();
    assert_eq!(pdf.content_type, "application/pdf");
    assert_eq!(pdf.size_bytes, PDF.len() as i64);
    use sha2::Digest;
    assert_eq!(pdf.sha256, format!("{:x}", sha2::Sha256::digest(PDF)));
    assert!(
        docs.iter().any(|d| d.file_name == "photo.png"),
        "no path kept"
    );

    // The trader downloads it: streamed, as an attachment, never sniffed or run.
    let res = trader
        .get(&app, &format!("/cases/{id}/documents/{}", pdf.id))
        .await;
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert!(
        h["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(h["content-type"], "application/pdf");
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);

    // A document shared with the mediator only: the other side cannot fetch it.
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "caucus_consumer",
        vec![("private.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let private = documents(&app, &id)
        .await
        .into_iter()
        .find(|d| d.audience.as_str() == "caucus_consumer")
        .unwrap();
    assert_eq!(
        trader
            .get(&app, &format!("/cases/{id}/documents/{}", private.id))
            .await
            .status(),
        404
    );
    assert_eq!(
        c.mediator
            .get(&app, &format!("/cases/{id}/documents/{}", private.id))
            .await
            .status(),
        200
    );
    // A document id under another case's address is not found.
    let other = file_case(&app, &c.consumer).await;
    assert_eq!(
        c.consumer
            .get(&app, &format!("/cases/{other}/documents/{}", pdf.id))
            .await
            .status(),
        404
    );
    // Signed out, a download leads to the sign-in page.
    let res = app.get(&format!("/cases/{id}/documents/{}", pdf.id)).await;
    assert_eq!(res.status(), 303);
    assert!(crate::helpers::location(&res).starts_with("/signin"));
}

#[tokio::test]
async fn bad_uploads_get_a_clear_error_and_leave_nothing_behind_in_a_folder() {
    bad_uploads(Evidence::Local).await
}

#[tokio::test]
async fn bad_uploads_get_a_clear_error_and_leave_nothing_behind_in_s3() {
    bad_uploads(Evidence::S3).await
}

async fn bad_uploads(evidence: Evidence) {
    let Some(app) = spawn_app_storing(evidence, |c| c.upload_max_bytes = 64 * 1024).await else {
        return;
    };
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "invoice.pdf",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "error-file-type-mismatch",
        ),
        (
            "program.pdf",
            b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff".to_vec(),
            "error-file-type",
        ),
        ("empty.txt", vec![], "error-file-empty"),
        ("big.txt", vec![b'a'; 200 * 1024], "error-file-too-large"),
    ];
    for (name, bytes, expected) in cases {
        let res = upload(&app, &c.consumer, &id, "everyone", vec![(name, bytes)]).await;
        assert_eq!(res.status(), 422, "{name}");
        let html = res.text().await.unwrap();
        let message = concilia::i18n::t("en", expected).replace('\'', "&#x27;");
        assert!(html.contains(&message), "{name}: {expected}");
        assert!(
            html.contains(r#"value="Evidence""#),
            "{name}: what was typed is kept"
        );
    }
    assert!(documents(&app, &id).await.is_empty());
    assert_eq!(
        stored_files(&app).await,
        0,
        "nothing stored, not even a part"
    );
    // A file name with a NUL byte is refused, and nothing is stored.
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![("a\0b.txt", b"hello".to_vec())],
    )
    .await;
    assert!(res.status().is_client_error(), "{}", res.status());
    assert!(documents(&app, &id).await.is_empty());
    assert_eq!(stored_files(&app).await, 0);
    // A name of 500 characters is shortened for display.
    let name = format!("{}.txt", "n".repeat(500));
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![(&name, b"hello".to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let doc = documents(&app, &id).await.pop().unwrap();
    assert!(doc.file_name.chars().count() <= 200 && doc.file_name.ends_with(".txt"));
    // No token first: refused before anything is read.
    let res = c
        .consumer
        .client
        .post(app.url(&format!("/cases/{id}/documents")))
        .multipart(Form::new().part("file", Part::bytes(PDF.to_vec()).file_name("x.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(documents(&app, &id).await.len(), 1);
}

#[tokio::test]
async fn a_multipart_body_cut_off_half_way_leaves_no_document_and_no_file_in_a_folder() {
    cut_off_upload(Evidence::Local).await
}

#[tokio::test]
async fn a_multipart_body_cut_off_half_way_leaves_no_document_and_no_object_in_s3() {
    cut_off_upload(Evidence::S3).await
}

async fn cut_off_upload(evidence: Evidence) {
    use tokio::io::AsyncWriteExt;
    let Some(app) = spawn_app_storing(evidence, |_| {}).await else {
        return;
    };
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let token = cookie_in(&c.consumer.jar, &app.address, "concilia_csrf").unwrap();
    let session = cookie_in(&c.consumer.jar, &app.address, "concilia_session").unwrap();
    let boundary = "XBOUNDARYX";
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n"
    );
    let body_len = head.len() + 16 * 1024 * 1024;
    let addr = app.address.trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let req = format!(
        "POST /cases/{id}/documents HTTP/1.1\r\nHost: {addr}\r\nCookie: concilia_csrf={token}; concilia_session={session}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {body_len}\r\n\r\n{head}"
    );
    s.write_all(req.as_bytes()).await.unwrap();
    // More than one S3 part, so that a multipart upload has begun.
    s.write_all(&vec![b'a'; 7 * 1024 * 1024]).await.unwrap();
    drop(s); // the connection drops half way
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(documents(&app, &id).await.is_empty());
    // The part on disk, if any was left by a crash, goes at the next cleanup.
    let removed = app
        .state
        .storage
        .cleanup(std::time::Duration::ZERO, &|_| false)
        .await
        .unwrap();
    assert!(removed <= 1);
    assert_eq!(stored_files(&app).await, 0);
    if evidence == Evidence::S3 {
        // The multipart upload that had begun was aborted, its parts gone.
        let s3 = app.state.config.s3.clone().unwrap();
        let pending = reqwest::get(format!("{}/{}?uploads", s3.endpoint.unwrap(), s3.bucket))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(pending.contains("ListMultipartUploadsResult"), "{pending}");
        assert!(!pending.contains("<Upload>"), "{pending}");
    }
}

#[tokio::test]
async fn cleanup_removes_objects_no_document_refers_to_from_s3() {
    let Some(app) = spawn_app_storing(Evidence::S3, |_| {}).await else {
        return;
    };
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    assert_eq!(
        upload(
            &app,
            &c.consumer,
            &id,
            "everyone",
            vec![("kept.pdf", PDF.to_vec())]
        )
        .await
        .status(),
        303
    );
    // An object stored by an instance that crashed before recording it.
    let mut orphan = app.state.storage.begin("ff00orphan").await.unwrap();
    orphan.write(b"left behind").await.unwrap();
    orphan.finish().await.unwrap();
    assert_eq!(stored_files(&app).await, 2);
    // Objects cannot be backdated: a cleanup with no minimum age stands in for the next day.
    let keys = app.db(db::case_file::all_keys).await;
    let removed = app
        .state
        .storage
        .cleanup(std::time::Duration::ZERO, &|k| keys.contains(k))
        .await
        .unwrap();
    assert_eq!(removed, 1);
    assert_eq!(stored_files(&app).await, 1);
    let doc = documents(&app, &id).await.pop().unwrap();
    let res = c
        .consumer
        .get(&app, &format!("/cases/{id}/documents/{}", doc.id))
        .await;
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    // The daily job itself runs once a day.
    let first =
        concilia::jobs::cleanup_uploads(&app.state.pool, &app.state.storage, db::now()).await;
    let second =
        concilia::jobs::cleanup_uploads(&app.state.pool, &app.state.storage, db::now()).await;
    assert!(first.unwrap() && !second.unwrap());
    assert_eq!(stored_files(&app).await, 1, "the document's file stays");
}

#[tokio::test]
async fn the_daily_cleanup_removes_unfinished_uploads_and_files_no_document_refers_to() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    assert_eq!(
        upload(
            &app,
            &c.consumer,
            &id,
            "everyone",
            vec![("kept.pdf", PDF.to_vec())]
        )
        .await
        .status(),
        303
    );
    let evidence = app.data_dir.join("evidence");
    let orphan_dir = evidence.join("ff");
    std::fs::create_dir_all(&orphan_dir).unwrap();
    let two_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 24 * 3600);
    for path in [
        orphan_dir.join("ff00orphan"),
        evidence.join("tmp").join("dead.part"),
    ] {
        let f = std::fs::File::create(&path).unwrap();
        f.set_modified(two_days_ago).unwrap();
    }
    // The recorded document is old too, and stays.
    let doc = documents(&app, &id).await.pop().unwrap();
    let kept = evidence.join(&doc.storage_key[..2]).join(&doc.storage_key);
    std::fs::File::options()
        .write(true)
        .open(&kept)
        .unwrap()
        .set_modified(two_days_ago)
        .unwrap();
    assert_eq!(stored_files(&app).await, 3);
    let ran = concilia::jobs::cleanup_uploads(&app.state.pool, &app.state.storage, db::now()).await;
    assert!(ran.unwrap());
    assert_eq!(stored_files(&app).await, 1);
    assert!(kept.exists());
    let res = c
        .consumer
        .get(&app, &format!("/cases/{id}/documents/{}", doc.id))
        .await;
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
}

/// The peak resident memory of a process, in KiB.
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_one_gib_upload_streams_through_in_a_few_mib_of_memory() {
    use futures::StreamExt;
    // The real server in its own process, so that its memory is measured alone.
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let bin = env!("CARGO_BIN_EXE_concilia");
    let database_url = crate::helpers::on_postgres().then(|| fresh_database_url(dir.path()));
    let env = |cmd: &mut std::process::Command| {
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("CONCILIA_DATA_DIR", dir.path())
            .env("CONCILIA_LISTEN", format!("127.0.0.1:{port}"))
            .env("CONCILIA_UPLOAD_MAX_MB", "1024")
            .env("CONCILIA_CASE_UPLOAD_MAX_MB", "2048")
            .env("RUST_LOG", "warn");
        if let Some(url) = &database_url {
            cmd.env("DATABASE_URL", url);
        }
    };
    let mut demo = std::process::Command::new(bin);
    env(&mut demo);
    let out = demo.arg("demo").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut serve = std::process::Command::new(bin);
    env(&mut serve);
    let server = serve
        .arg("serve")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Stopped however the test ends.
    struct Stop(std::process::Child);
    impl Drop for Stop {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let server = Stop(server);
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let mut up = false;
    for _ in 0..100 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(up, "server starts");
    let token: serde_json::Value = client
        .post(format!("{base}/api/v1/session"))
        .json(&serde_json::json!({ "email": "clara@demo.concilia.eu", "password": concilia::demo::PASSWORD }))
        .send().await.unwrap().json().await.unwrap();
    let token = token["token"].as_str().unwrap().to_string();
    let cases: serde_json::Value = client
        .get(format!("{base}/api/v1/cases"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let case = cases["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["state"] == "mediation")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    // A browser session for the form, with its CSRF cookie.
    let csrf = "a.b"; // replaced below by a real token
    let _ = csrf;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let browser = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    browser.get(format!("{base}/signin")).send().await.unwrap();
    let csrf = cookie_in(&jar, &base, "concilia_csrf").unwrap();
    let res = browser
        .post(format!("{base}/signin"))
        .form(&[
            ("email", "clara@demo.concilia.eu"),
            ("password", concilia::demo::PASSWORD),
            ("next", "/dashboard"),
            ("csrf_token", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);

    let before = peak_kib(server.0.id());
    const GIB: usize = 1024 * 1024 * 1024;
    const CHUNK: usize = 256 * 1024;
    let chunks = futures::stream::iter(0..GIB / CHUNK)
        .map(|_| Ok::<_, std::io::Error>(bytes::Bytes::from(vec![b'a'; CHUNK])));
    let part = Part::stream_with_length(reqwest::Body::wrap_stream(chunks), GIB as u64)
        .file_name("big.txt");
    // The token the sign-in gave: tokens are bound to the session.
    let csrf = cookie_in(&jar, &base, "concilia_csrf").unwrap();
    let form = Form::new()
        .text("csrf_token", csrf)
        .text("audience", "everyone")
        .part("file", part);
    let res = browser
        .post(format!("{base}/cases/{case}/documents"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        303,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let after = peak_kib(server.0.id());
    drop(server);
    let grown_mib = after.saturating_sub(before) / 1024;
    println!(
        "server peak memory: {} MiB before, {} MiB after a 1 GiB upload",
        before / 1024,
        after / 1024
    );
    assert!(
        grown_mib < 32,
        "the upload grew the server by {grown_mib} MiB"
    );
    let stored: u64 = walk(&dir.path().join("evidence"));
    assert!(stored >= GIB as u64);
}

fn walk(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        walk(&e.path())
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or(0)
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

#[tokio::test]
async fn the_case_page_loads_in_the_same_number_of_queries_however_long_the_case() {
    use diesel::connection::{Connection, InstrumentationEvent};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let mediator = app.user_by_email("mia@centre.example").await;
    let actor = concilia::web::session::actor(&mediator);
    let url = app.state.config.database_url.clone();
    let count = move |id: String, actor: concilia::domain::policy::Actor| {
        let url = url.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                let mut conn = db::establish(&url).unwrap();
                let queries = Arc::new(AtomicUsize::new(0));
                let q = queries.clone();
                conn.set_instrumentation(move |e: InstrumentationEvent<'_>| {
                    if matches!(e, InstrumentationEvent::StartQuery { .. }) {
                        q.fetch_add(1, Ordering::SeqCst);
                    }
                });
                let file = concilia::domain::cases::view::load(
                    &mut conn,
                    &actor,
                    &actor.user_id,
                    &id,
                    10,
                    true,
                )
                .unwrap();
                (
                    queries.load(Ordering::SeqCst),
                    file.file.messages.len() + file.file.documents.len() + file.events.len(),
                )
            })
            .await
            .unwrap()
        }
    };
    let (short, items_short) = count(id.clone(), actor.clone()).await;
    for i in 0..15 {
        assert_eq!(
            message(&app, &c.consumer, &id, "everyone", &format!("Message {i}")).await,
            303
        );
        assert_eq!(
            message(&app, &trader, &id, "caucus_trader", &format!("Private {i}")).await,
            303
        );
    }
    for i in 0..5 {
        let res = upload(
            &app,
            &c.consumer,
            &id,
            "everyone",
            vec![(&format!("doc{i}.pdf"), PDF.to_vec())],
        )
        .await;
        assert_eq!(res.status(), 303);
    }
    step(
        &app,
        &c.staff,
        &id,
        "log-correspondence",
        &[
            ("direction", "incoming"),
            ("date", "2026-06-01"),
            ("summary", "A letter"),
        ],
    )
    .await;
    let (long, items_long) = count(id.clone(), actor).await;
    assert!(
        items_long >= items_short + 36,
        "{items_short} → {items_long}"
    );
    assert_eq!(long, short, "queries grow with the case: {short} → {long}");
    println!("case page: {long} queries for {items_long} items");
}

#[tokio::test]
async fn each_party_is_told_until_when_it_may_comment_on_the_other_sides_submission() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |c| c.centre.comment_days = 5).await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    // The trader's first answer opens the consumer's window; nothing yet for the trader.
    let consumer_page = c
        .consumer
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    assert!(consumer_page.contains("the consumer may comment on the other side"));
    let trader_page = trader.text(&app, &format!("/cases/{id}/messages")).await;
    assert!(!trader_page.contains("may comment on the other side"));

    // A shared message opens the trader's window; a caucus message opens none.
    assert_eq!(
        message(&app, &c.consumer, &id, "caucus_consumer", "Only for you.").await,
        303
    );
    let trader_page = trader.text(&app, &format!("/cases/{id}/messages")).await;
    assert!(!trader_page.contains("may comment on the other side"));
    assert_eq!(
        message(&app, &c.consumer, &id, "everyone", "My view.").await,
        303
    );
    let trader_page = trader.text(&app, &format!("/cases/{id}/messages")).await;
    assert!(trader_page.contains("the trader may comment on the other side"));
    assert!(
        !trader_page.contains("the consumer may comment"),
        "a party sees its own window"
    );
    let mediator_page = c
        .mediator
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    assert!(
        mediator_page.contains("the trader may comment")
            && mediator_page.contains("the consumer may comment")
    );
    // The email to the trader says how long.
    let mail = app.emails_to(TRADER_EMAIL).await;
    assert!(
        mail.iter()
            .any(|m| m.contains("A new message on") && m.contains("within 5 days")),
        "{mail:?}"
    );

    // The window ends: after 5 days it is no longer shown.
    let id2 = id.clone();
    app.db(move |c| {
        use concilia::db::schema::case_messages;
        use diesel::prelude::*;
        let past = db::now() - chrono::Duration::days(6);
        diesel::update(case_messages::table.filter(case_messages::case_id.eq(&id2)))
            .set(case_messages::created_at.eq(past))
            .execute(c)?;
        Ok(())
    })
    .await;
    let trader_page = trader.text(&app, &format!("/cases/{id}/messages")).await;
    assert!(!trader_page.contains("the trader may comment"));
}

#[tokio::test]
async fn images_and_pdfs_preview_in_a_sandboxed_frame_and_nothing_else_does() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![
            ("receipt.pdf", PDF.to_vec()),
            ("notes.txt", b"plain words".to_vec()),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let docs = documents(&app, &id).await;
    let pdf = docs.iter().find(|d| d.file_name == "receipt.pdf").unwrap();
    let txt = docs.iter().find(|d| d.file_name == "notes.txt").unwrap();

    let page = trader.text(&app, &format!("/cases/{id}/documents")).await;
    // The upload form works as a plain form; the script only adds drag and drop and progress.
    assert!(
        page.contains("data-upload") && page.contains(r#"<script src="/static/upload.js" defer>"#)
    );
    let js = app.get("/static/upload.js").await;
    assert_eq!(js.status(), 200);
    assert!(
        js.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    assert!(
        js.text()
            .await
            .unwrap()
            .contains("upload.addEventListener(\"progress\"")
    );
    assert!(page.contains(&format!("/cases/{id}/documents/{}/preview", pdf.id)));
    assert!(!page.contains(&format!("/cases/{id}/documents/{}/preview", txt.id)));
    let preview = trader
        .text(&app, &format!("/cases/{id}/documents/{}/preview", pdf.id))
        .await;
    assert!(preview.contains(&format!(
        r#"<iframe class="preview" sandbox src="/cases/{id}/documents/{}/inline""#,
        pdf.id
    )));

    let res = trader
        .get(&app, &format!("/cases/{id}/documents/{}/inline", pdf.id))
        .await;
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert!(
        h["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline")
    );
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.starts_with("sandbox;") && csp.contains("frame-ancestors 'self'"));
    assert_eq!(h["x-frame-options"], "SAMEORIGIN");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    // Text is never shown inline, and pages themselves may not be framed.
    for path in [
        format!("/cases/{id}/documents/{}/inline", txt.id),
        format!("/cases/{id}/documents/{}/preview", txt.id),
    ] {
        assert_eq!(trader.get(&app, &path).await.status(), 404, "{path}");
    }
    let res = trader.get(&app, &format!("/cases/{id}")).await;
    assert_eq!(res.headers()["x-frame-options"], "DENY");
}

#[tokio::test]
async fn staff_redact_a_document_and_the_record_keeps_who_when_and_why() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![("letter.txt", b"My neighbour Jan Novak, born 1970".to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let doc = documents(&app, &id).await.pop().unwrap();
    let path = format!("/cases/{id}/documents/{}/redact", doc.id);
    let redact = |b: &Browser, reason: &str, file: Option<(&str, Vec<u8>)>| {
        let token = cookie_in(&b.jar, &app.address, "concilia_csrf").unwrap();
        let mut form = Form::new()
            .text("csrf_token", token)
            .text("reason", reason.to_string());
        if let Some((name, bytes)) = file {
            form = form.part("file", Part::bytes(bytes).file_name(name.to_string()));
        }
        b.client.post(app.url(&path)).multipart(form).send()
    };
    for b in [&c.staff, &c.consumer, &trader, &c.mediator] {
        b.get(&app, "/").await;
    }

    // Parties and the mediator cannot change what was submitted.
    for b in [&c.consumer, &trader, &c.mediator] {
        let res = redact(b, "mine", Some(("x.txt", b"changed".to_vec())))
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
    }
    // A reason is required, and what was typed stays.
    let res = redact(&c.staff, "", None).await.unwrap();
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(&concilia::i18n::t("en", "error-required")));
    assert_eq!(
        documents(&app, &id).await[0].sha256,
        doc.sha256,
        "nothing changed"
    );

    // With a redacted copy.
    let res = redact(
        &c.staff,
        "Personal data of a third person",
        Some(("letter-redacted.txt", b"My neighbour [redacted]".to_vec())),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let after = documents(&app, &id).await.pop().unwrap();
    assert_eq!(after.id, doc.id);
    assert_ne!(after.sha256, doc.sha256);
    assert_eq!(
        after.redaction_reason.as_deref(),
        Some("Personal data of a third person")
    );
    assert!(after.redacted_at.is_some() && after.redacted_by.is_some());
    let body = trader
        .get(&app, &format!("/cases/{id}/documents/{}", doc.id))
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(body.as_ref(), b"My neighbour [redacted]");
    assert_eq!(stored_files(&app).await, 1, "the original content is gone");
    let page = trader.text(&app, &format!("/cases/{id}/documents")).await;
    assert!(page.contains("Redacted by") && page.contains("Personal data of a third person"));

    // Without a file: the content becomes a note.
    let res = redact(&c.staff, "Abusive language", None).await.unwrap();
    assert_eq!(res.status(), 303);
    let body = c
        .consumer
        .get(&app, &format!("/cases/{id}/documents/{}", doc.id))
        .await
        .text()
        .await
        .unwrap();
    assert!(body.contains("removed this document's content") && body.contains("Abusive language"));

    // The log keeps both redactions with the hashes, and still verifies.
    let id2 = id.clone();
    let events = app.db(move |c| db::cases::events(c, &id2)).await;
    let redactions: Vec<_> = events
        .iter()
        .filter(|e| e.kind.as_str() == "document-redacted")
        .collect();
    assert_eq!(redactions.len(), 2);
    assert!(redactions[0].data.contains(&doc.sha256));
    let verified = app
        .db(|c| concilia::domain::cases::audit::verify(c).map(|r| r.is_ok()))
        .await;
    assert!(verified);
    // The parties are told.
    assert!(
        app.emails_to(TRADER_EMAIL)
            .await
            .iter()
            .any(|m| m.contains("A document was redacted on"))
    );
}
