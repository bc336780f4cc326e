//! Every form carries a one-time key: the same form sent twice (a double click) is acted on
//! once, and the second request gets the first one's answer.
use concilia::db;
use reqwest::multipart::{Form, Part};

use crate::cases::{cast, file_case};
use crate::helpers::{Browser, TestApp, cookie_in, hidden_form_key, location, spawn_app};

/// The one-time key of the form that posts to `action` in a page.
fn key_of_form(html: &str, action: &str) -> String {
    let at = html
        .find(&format!(r#"action="{action}""#))
        .unwrap_or_else(|| panic!("no form for {action}"));
    hidden_form_key(&html[at..]).expect("the form has a key")
}

async fn message_count(app: &TestApp, id: &str) -> usize {
    let id = id.to_string();
    app.db(move |c| db::case_file::messages(c, &id, &concilia::domain::cases::codes::Audience::ALL))
        .await
        .len()
}

async fn send_message(
    app: &TestApp,
    b: &Browser,
    id: &str,
    body: &str,
    key: Option<&str>,
) -> reqwest::Response {
    let token = cookie_in(&b.jar, &app.address, "concilia_csrf").unwrap();
    let mut fields = vec![
        ("audience", "everyone"),
        ("body", body),
        ("csrf_token", token.as_str()),
    ];
    if let Some(k) = key {
        fields.push(("form_key", k));
    }
    b.client
        .post(app.url(&format!("/cases/{id}/messages")))
        .form(&fields)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_message_form_sent_twice_stores_one_message_and_both_get_the_same_redirect() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    let key = key_of_form(&page, &format!("/cases/{id}/messages"));

    let first = send_message(&app, &c.consumer, &id, "Hello, once.", Some(&key)).await;
    let second = send_message(&app, &c.consumer, &id, "Hello, once.", Some(&key)).await;
    assert_eq!(first.status(), 303);
    assert_eq!(second.status(), 303);
    assert_eq!(location(&first), location(&second));
    assert!(location(&first).contains("notice=message-sent#m-"));
    assert_eq!(message_count(&app, &id).await, 1);

    // The page shown after it has a new key: the next message is a new one.
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/messages"))
        .await;
    let next = key_of_form(&page, &format!("/cases/{id}/messages"));
    assert_ne!(next, key);
    let third = send_message(&app, &c.consumer, &id, "Hello again.", Some(&next)).await;
    assert_eq!(third.status(), 303);
    assert_ne!(location(&third), location(&first));
    assert_eq!(message_count(&app, &id).await, 2);
}

#[tokio::test]
async fn a_double_click_sending_both_at_once_stores_one_message() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    for round in 0..5 {
        let key = format!("double-click-key-{round:04}");
        let (a, b) = tokio::join!(
            send_message(&app, &c.consumer, &id, "Clicked twice.", Some(&key)),
            send_message(&app, &c.consumer, &id, "Clicked twice.", Some(&key)),
        );
        assert_eq!((a.status().as_u16(), b.status().as_u16()), (303, 303));
        assert_eq!(location(&a), location(&b));
        assert_eq!(message_count(&app, &id).await, round + 1);
    }
}

#[tokio::test]
async fn different_keys_or_no_key_store_each_message() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    for key in ["first-key-0000000000", "second-key-000000000"] {
        let res = send_message(&app, &c.consumer, &id, "Same words.", Some(key)).await;
        assert_eq!(res.status(), 303);
    }
    assert_eq!(message_count(&app, &id).await, 2);
    // A client that sends no key (the API, a page from before) is served as before.
    for _ in 0..2 {
        let res = send_message(&app, &c.consumer, &id, "Same words.", None).await;
        assert_eq!(res.status(), 303);
    }
    assert_eq!(message_count(&app, &id).await, 4);
}

#[tokio::test]
async fn a_form_shown_again_with_errors_does_not_use_up_its_key() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let key = "corrected-form-key-00";
    let res = send_message(&app, &c.consumer, &id, "   ", Some(key)).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        hidden_form_key(&html).is_some_and(|k| k != key),
        "the form shown again has a fresh key"
    );
    // Corrected and sent again, even with the same key: it is acted on.
    let res = send_message(&app, &c.consumer, &id, "Now with words.", Some(key)).await;
    assert_eq!(res.status(), 303);
    assert_eq!(message_count(&app, &id).await, 1);
    let again = send_message(&app, &c.consumer, &id, "Now with words.", Some(key)).await;
    assert_eq!(location(&again), location(&res));
    assert_eq!(message_count(&app, &id).await, 1);
}

#[tokio::test]
async fn a_key_is_one_sessions_own() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let key = "shared-key-0000000000";
    assert_eq!(
        send_message(&app, &c.consumer, &id, "From one browser.", Some(key))
            .await
            .status(),
        303
    );
    // The same person in another browser (another session) is not answered from it.
    let other = app.browser_for("clara@example.org").await;
    other.get(&app, "/").await;
    let res = send_message(&app, &other, &id, "From another.", Some(key)).await;
    assert_eq!(res.status(), 303);
    assert_eq!(message_count(&app, &id).await, 2);
}

#[tokio::test]
async fn an_upload_form_sent_twice_stores_its_files_once() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/documents"))
        .await;
    let key = key_of_form(&page, &format!("/cases/{id}/documents"));
    let token = cookie_in(&c.consumer.jar, &app.address, "concilia_csrf").unwrap();
    let send = || {
        let form = Form::new()
            .text("csrf_token", token.clone())
            .text("form_key", key.clone())
            .text("audience", "everyone")
            .part(
                "file",
                Part::bytes(b"receipt".to_vec()).file_name("receipt.txt"),
            );
        c.consumer
            .client
            .post(app.url(&format!("/cases/{id}/documents")))
            .multipart(form)
            .send()
    };
    let first = send().await.unwrap();
    let second = send().await.unwrap();
    assert_eq!(first.status(), 303);
    assert_eq!(second.status(), 303);
    assert_eq!(location(&first), location(&second));
    let id2 = id.clone();
    assert_eq!(
        app.db(move |c| db::case_file::document_count(c, &id2))
            .await,
        1
    );
}

#[tokio::test]
async fn an_answer_that_sets_a_cookie_is_not_repeated_without_it() {
    let app = spawn_app().await;
    let page = app.get_text("/about").await;
    let key = key_of_form(&page, "/language");
    for _ in 0..2 {
        let res = app
            .post_form(
                "/language",
                &[("language", "bg"), ("next", "/about"), ("form_key", &key)],
            )
            .await;
        assert_eq!(res.status(), 303);
        let cookies: Vec<_> = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .collect();
        assert!(
            cookies.iter().any(|c| c.starts_with("concilia_lang=bg")),
            "{cookies:?}"
        );
    }
}

#[tokio::test]
async fn the_daily_cleanup_forgets_form_keys_after_a_day() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let key = "kept-for-a-day-000000";
    let first = send_message(&app, &c.consumer, &id, "Once.", Some(key)).await;
    assert_eq!(first.status(), 303);
    let count = || {
        app.db(|c| {
            use diesel::prelude::*;
            Ok(concilia::db::schema::form_submissions::table
                .count()
                .get_result::<i64>(c)?)
        })
    };
    assert_eq!(count().await, 1);
    app.db(|c| concilia::jobs::cleanup(c, db::now())).await;
    assert_eq!(count().await, 1, "kept within the day");
    app.db(|c| concilia::jobs::cleanup(c, db::now() + chrono::Duration::days(2)))
        .await;
    assert_eq!(count().await, 0);
    // Forgotten, the key works as a new one.
    let again = send_message(&app, &c.consumer, &id, "Once.", Some(key)).await;
    assert_eq!(again.status(), 303);
    assert_eq!(message_count(&app, &id).await, 2);
}
