use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use concilia::domain::Role;
use concilia::domain::session::SessionKeys;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, spawn_app};

async fn me_with(app: &crate::helpers::TestApp, token: &str) -> (u16, Value) {
    let (client, _) = app.new_browser();
    let res = client
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

#[tokio::test]
async fn the_api_signs_in_with_a_bearer_token_that_names_the_user() {
    let app = spawn_app().await;
    app.create_user("Mia Mediator", "mia@example.org", Role::Mediator, None)
        .await;
    let token = app.api_token("mia@example.org").await;

    let (status, body) = me_with(&app, &token).await;

    assert_eq!(status, 200);
    assert_eq!(body["email"], "mia@example.org");
    assert_eq!(body["role"], "mediator");
    let claims: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(token.split('.').nth(1).unwrap())
            .unwrap(),
    )
    .unwrap();
    for claim in ["exp", "iat", "sub", "ver"] {
        assert!(claims.get(claim).is_some(), "{claim}");
    }
}

#[tokio::test]
async fn wrong_api_credentials_get_401_with_a_json_error() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&json!({"email": "x@example.org", "password": "nope nope nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unauthenticated");
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["code"],
        "bad_request"
    );
}

#[tokio::test]
async fn forged_expired_unsigned_and_malformed_tokens_are_refused_with_401() {
    let app = spawn_app().await;
    let user = app
        .create_user("Mia", "mia@example.org", Role::Mediator, None)
        .await;
    let now = chrono::Utc::now().timestamp();

    let other_key = SessionKeys::new(
        b"a different secret, 32 bytes long!!",
        chrono::Duration::minutes(30),
    );
    let (forged, _) = other_key.issue(&user.id, user.token_version);
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let body = URL_SAFE_NO_PAD.encode(
        json!({"sub": user.id, "iat": now, "exp": now + 600, "iss": "concilia", "ver": 0})
            .to_string(),
    );
    let unsigned = format!("{header}.{body}.");
    let expired = {
        let secret = std::fs::read_to_string(app.data_dir.join("jwt-secret")).unwrap();
        let keys = SessionKeys::new(secret.trim().as_bytes(), chrono::Duration::seconds(-120));
        keys.issue(&user.id, user.token_version).0
    };

    for (token, code) in [
        (forged.as_str(), "token_invalid"),
        (unsigned.as_str(), "token_invalid"),
        ("garbage", "token_invalid"),
        (expired.as_str(), "token_expired"),
    ] {
        let (status, body) = me_with(&app, token).await;
        assert_eq!(status, 401, "{token}");
        assert_eq!(body["error"]["code"], code, "{token}");
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("sign in again")
        );
    }
    let (client, _) = app.new_browser();
    let res = client
        .get(app.url("/api/v1/me"))
        .header("authorization", "Basic abc")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn a_forged_session_cookie_is_refused_and_cleared() {
    let app = spawn_app().await;
    let (client, _) = app.new_browser();
    let res = client
        .get(app.url("/account"))
        .header("cookie", "concilia_session=forged.token.value")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let cleared = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|c| c.to_str().unwrap().starts_with("concilia_session=;"));
    assert!(cleared);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Your session is not valid any more.")
    );
}

#[tokio::test]
async fn signing_out_through_the_api_ends_every_token() {
    let app = spawn_app().await;
    app.create_user("Mia", "mia@example.org", Role::Mediator, None)
        .await;
    let first = app.api_token("mia@example.org").await;
    let second = app.api_token("mia@example.org").await;

    let res = app
        .client
        .delete(app.url("/api/v1/session"))
        .bearer_auth(&first)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);

    assert_eq!(me_with(&app, &first).await.0, 401);
    assert_eq!(me_with(&app, &second).await.0, 401);
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site_lax() {
    let app = spawn_app().await;
    app.create_user("Mia", "mia@example.org", Role::Mediator, None)
        .await;
    let res = app.sign_in("mia@example.org", PASSWORD).await;
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("concilia_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http in tests");
}

/// A flood of sign-ins waits for the few password-hashing threads or is told to retry
/// (503 with Retry-After); it never takes the server down, and other requests are answered
/// meanwhile.
#[tokio::test]
async fn a_flood_of_sign_ins_is_bounded_and_the_portal_keeps_answering() {
    let app = spawn_app().await;
    app.create_user("Mia Mediator", "mia@example.org", Role::Mediator, None)
        .await;
    let sign_in = || {
        let (client, _) = app.new_browser();
        let url = app.url("/api/v1/session");
        async move {
            let res = client
                .post(url)
                .json(&json!({"email": "mia@example.org", "password": PASSWORD}))
                .send()
                .await
                .unwrap();
            let retry = res.headers().contains_key("retry-after");
            (res.status().as_u16(), retry)
        }
    };
    let flood = futures::future::join_all((0..48).map(|_| sign_in()));
    let page = async {
        // While the flood runs, a page that needs no hashing is answered.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        app.get("/").await.status().as_u16()
    };
    let (answers, page) = tokio::join!(flood, page);
    assert_eq!(page, 200);
    assert!(
        answers
            .iter()
            .all(|(s, retry)| *s == 201 || (*s == 503 && *retry)),
        "{answers:?}"
    );
    assert!(answers.iter().any(|(s, _)| *s == 201), "{answers:?}");
}
