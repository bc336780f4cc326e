//! A flood of wrong passwords for an address slows its sign-in down without locking its
//! owner out: a browser that signed in to the account before (device cookie) is counted on
//! its own, and an emailed link to choose a new password is the other way in.
use concilia::db;
use concilia::domain::Role;

use crate::helpers::{Browser, PASSWORD, TestApp, cookie_in, spawn_app};

const EMAIL: &str = "ana@example.com";
const DEVICE: &str = "concilia_device";

async fn sign_in(app: &TestApp, b: &Browser, password: &str) -> reqwest::Response {
    b.post(
        app,
        "/signin",
        &[
            ("email", EMAIL),
            ("password", password),
            ("next", "/dashboard"),
        ],
    )
    .await
}

async fn status(app: &TestApp, b: &Browser, password: &str) -> u16 {
    sign_in(app, b, password).await.status().as_u16()
}

fn browser(app: &TestApp) -> Browser {
    let (client, jar) = app.new_browser();
    Browser { client, jar }
}

/// The device cookie a browser holds, as the server set it (for the sign-in form only).
fn device_cookie(app: &TestApp, b: &Browser) -> Option<String> {
    cookie_in(&b.jar, &app.url("/signin"), DEVICE)
}

/// Wrong passwords from a browser of its own until the account is throttled.
async fn flood(app: &TestApp) {
    let attacker = browser(app);
    for i in 0..6 {
        assert_eq!(
            status(app, &attacker, "a wrong guess 123").await,
            401,
            "{i}"
        );
    }
    assert_eq!(status(app, &attacker, PASSWORD).await, 429);
}

#[tokio::test]
async fn the_owners_known_browser_still_signs_in_while_the_account_is_flooded() {
    let app = spawn_app().await;
    app.create_user("Ana", EMAIL, Role::Consumer, None).await;
    let owner = browser(&app);
    let res = sign_in(&app, &owner, PASSWORD).await;
    assert_eq!(res.status(), 303);
    let set = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with(DEVICE))
        .expect("a device cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("Path=/signin"),
        "{set}"
    );
    assert!(device_cookie(&app, &owner).is_some());
    owner.post(&app, "/signout", &[]).await;

    flood(&app).await;

    // Known browser: in, with the right password only.
    assert_eq!(status(&app, &owner, "a wrong guess 123").await, 401);
    assert_eq!(status(&app, &owner, PASSWORD).await, 303);
    assert_eq!(owner.get(&app, "/dashboard").await.status(), 200);
    // A browser that never signed in waits, right password or not.
    let res = sign_in(&app, &browser(&app), PASSWORD).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let page = res.text().await.unwrap();
    assert!(page.contains(&concilia::i18n::t("en", "signin-throttled-other-way")));
    assert!(page.contains(r#"href="/password/forgot""#));
    // The owner's success did not lift the throttle the flood earned.
    let counter = app
        .db(|c| db::throttle::get(c, "email:ana@example.com"))
        .await
        .expect("the account's counter");
    assert_eq!(counter.failures, 6);
}

#[tokio::test]
async fn a_forged_or_another_accounts_device_cookie_earns_nothing() {
    let app = spawn_app().await;
    let ana = app.create_user("Ana", EMAIL, Role::Consumer, None).await;
    app.create_user("Ben", "ben@example.com", Role::Consumer, None)
        .await;
    let ben = app.browser_for("ben@example.com").await;
    let bens_cookie = device_cookie(&app, &ben).expect("Ben's device cookie");
    flood(&app).await;

    let now = chrono::Utc::now().timestamp();
    // Ben's real cookie with Ana's id put in: its signature no longer matches.
    let renamed = bens_cookie.replacen(&bens_cookie[..36], &ana.id, 1);
    for forged in [
        format!("{}.nonce.{now}.c2lnbmF0dXJl", ana.id),
        renamed,
        bens_cookie.clone(),
        "garbage".to_string(),
    ] {
        let b = browser(&app);
        b.jar.add_cookie_str(
            &format!("{DEVICE}={forged}; Path=/signin"),
            &app.url("/signin").parse().unwrap(),
        );
        assert_eq!(status(&app, &b, PASSWORD).await, 429, "{forged}");
    }
}

#[tokio::test]
async fn a_known_browser_that_keeps_failing_is_blocked_on_its_own() {
    let app = spawn_app().await;
    app.create_user("Ana", EMAIL, Role::Consumer, None).await;
    let owner = browser(&app);
    assert_eq!(status(&app, &owner, PASSWORD).await, 303);
    owner.post(&app, "/signout", &[]).await;
    for i in 0..6 {
        assert_eq!(status(&app, &owner, "a wrong guess 123").await, 401, "{i}");
    }
    assert_eq!(status(&app, &owner, PASSWORD).await, 429, "distrusted now");
    // Its failures were its own: the account is not throttled for other browsers.
    assert_eq!(status(&app, &browser(&app), PASSWORD).await, 303);
    let account = app
        .db(|c| db::throttle::get(c, "email:ana@example.com"))
        .await;
    assert!(account.is_none());
}

#[tokio::test]
async fn the_emailed_link_to_choose_a_new_password_lets_the_owner_in_at_once() {
    let app = spawn_app().await;
    app.create_user("Ana", EMAIL, Role::Consumer, None).await;
    flood(&app).await;
    let owner = browser(&app);
    let res = owner
        .post(&app, "/password/forgot", &[("email", EMAIL)])
        .await;
    assert_eq!(res.status(), 303);
    let link = app.link_sent_to(EMAIL, "/password/reset/").await;
    let new_password = "a brand new passphrase";
    let res = owner
        .post(
            &app,
            &link,
            &[
                ("password", new_password),
                ("password_confirm", new_password),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(status(&app, &owner, new_password).await, 303);
}
