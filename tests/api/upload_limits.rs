//! Uploads are bounded: files per request, documents per case, uploads in flight per user.
//! A refused upload keeps none of its files.
use std::time::{Duration, Instant};

use concilia::db;
use reqwest::multipart::{Form, Part};

use crate::case_file::upload;
use crate::cases::{cast, file_case};
use crate::helpers::TestApp;
use crate::stalled_bodies::{app_with_idle, browser_cookies, stalled_request, upload_head};

fn one_byte_files(n: usize) -> Vec<(&'static str, Vec<u8>)> {
    (0..n).map(|_| ("note.txt", b"x".to_vec())).collect()
}

async fn document_count(app: &TestApp, id: &str) -> i64 {
    let id = id.to_string();
    app.db(move |c| db::case_file::document_count(c, &id)).await
}

#[tokio::test]
async fn an_upload_with_more_files_than_allowed_is_refused_whole_beside_the_file_field() {
    let app = app_with_idle(Duration::from_secs(30), |_| {}).await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    // The default allows 20 per request; 1,500 one-byte files once made 1,500 documents.
    let res = upload(&app, &c.consumer, &id, "everyone", one_byte_files(25)).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let message = concilia::i18n::t("en", "error-too-many-files");
    assert!(
        html.contains(&format!(r#"id="f-file-error">{message}"#)),
        "beside the file field"
    );
    assert!(
        html.contains(r#"value="Evidence""#),
        "what was typed is kept"
    );
    assert_eq!(document_count(&app, &id).await, 0);
    assert_eq!(
        crate::case_file::stored_files(&app).await,
        0,
        "the files stored before the refusal went"
    );

    let res = upload(&app, &c.consumer, &id, "everyone", one_byte_files(20)).await;
    assert_eq!(res.status(), 303);
    assert_eq!(document_count(&app, &id).await, 20);
}

#[tokio::test]
async fn the_api_refuses_too_many_files_with_a_json_error_and_keeps_none() {
    let app = app_with_idle(Duration::from_secs(30), |c| c.upload_files_per_request = 3).await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let token = app.api_token("clara@example.org").await;
    let send = |n: usize| {
        let mut form = Form::new().text("audience", "everyone");
        for _ in 0..n {
            form = form.part("file", Part::bytes(b"x".to_vec()).file_name("note.txt"));
        }
        app.client
            .post(app.url(&format!("/api/v1/cases/{id}/documents")))
            .bearer_auth(&token)
            .multipart(form)
            .send()
    };
    let res = send(4).await.unwrap();
    assert_eq!(res.status(), 422);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid");
    assert_eq!(
        body["error"]["fields"]["file"],
        concilia::i18n::t("en", "error-too-many-files")
    );
    assert_eq!(document_count(&app, &id).await, 0);
    assert_eq!(crate::case_file::stored_files(&app).await, 0);
    let res = send(3).await.unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(document_count(&app, &id).await, 3);
}

#[tokio::test]
async fn a_case_takes_no_more_documents_than_allowed_and_a_refused_upload_keeps_none() {
    let app = app_with_idle(Duration::from_secs(30), |c| c.case_documents_max = 3).await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    assert_eq!(
        upload(&app, &c.consumer, &id, "everyone", one_byte_files(2))
            .await
            .status(),
        303
    );
    let res = upload(&app, &c.consumer, &id, "everyone", one_byte_files(2)).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(&concilia::i18n::t("en", "error-case-documents-full")));
    assert_eq!(
        document_count(&app, &id).await,
        2,
        "not even the first of the two"
    );
    assert_eq!(crate::case_file::stored_files(&app).await, 2);
    assert_eq!(
        upload(&app, &c.consumer, &id, "everyone", one_byte_files(1))
            .await
            .status(),
        303
    );
    assert_eq!(document_count(&app, &id).await, 3);
    let res = upload(&app, &c.consumer, &id, "everyone", one_byte_files(1)).await;
    assert_eq!(res.status(), 422);
    assert_eq!(document_count(&app, &id).await, 3);
}

#[tokio::test]
async fn one_upload_more_than_a_user_may_run_at_once_is_refused_at_once_with_429() {
    let app = app_with_idle(Duration::from_secs(20), |c| {
        c.uploads_in_flight_per_user = 2
    })
    .await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let boundary = "SLOWBOUNDARY";
    let body = upload_head(&app, &c.consumer, boundary).into_bytes();
    let mut slow = Vec::new();
    for _ in 0..2 {
        slow.push(
            stalled_request(
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
            .await,
        );
    }
    // The two slow uploads are under way once their handlers wait for the file's bytes.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let start = Instant::now();
    let res = upload(&app, &c.consumer, &id, "everyone", one_byte_files(1)).await;
    assert_eq!(res.status(), 429);
    assert!(start.elapsed() < Duration::from_secs(2), "refused at once");
    let html = res.text().await.unwrap();
    assert!(html.contains(&concilia::i18n::t("en", "error-page-too-many-uploads")));
    // Someone else uploads meanwhile.
    assert_eq!(
        upload(&app, &c.staff, &id, "everyone", one_byte_files(1))
            .await
            .status(),
        303
    );
    // The slow ones give up: their places come back.
    drop(slow);
    let start = Instant::now();
    loop {
        let status = upload(&app, &c.consumer, &id, "everyone", one_byte_files(1))
            .await
            .status();
        if status == 303 {
            break;
        }
        assert_eq!(status, 429);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the places came back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(document_count(&app, &id).await, 2);
}
