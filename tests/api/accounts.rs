use concilia::db;
use diesel::prelude::*;

use crate::helpers::{PASSWORD, spawn_app, without_form_keys};

#[tokio::test]
async fn signing_up_sends_a_verification_email_whose_link_verifies_the_address() {
    let app = spawn_app().await;

    let res = app.sign_up("Ana López", "Ana@Example.com").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin?notice=signed-up");
    let dashboard = app.get_text("/dashboard").await;
    assert!(dashboard.contains("Welcome, Ana López"));
    assert!(dashboard.contains("Please confirm your email address"));

    let user = app.user_by_email("ana@example.com").await;
    assert!(user.email_verified_at.is_none());
    assert!(
        user.password_hash
            .as_deref()
            .unwrap()
            .starts_with("$argon2id$")
    );

    let mail = &app.emails_to("ana@example.com").await[0];
    assert!(mail.contains("Subject: Confirm your email address"));
    assert!(mail.contains("multipart/alternative"));
    assert!(mail.contains("text/plain") && mail.contains("text/html"));

    let link = app.link_sent_to("ana@example.com", "/verify-email/").await;
    let res = app.get(&link).await;
    assert_eq!(res.status(), 303);
    assert!(
        app.user_by_email("ana@example.com")
            .await
            .email_verified_at
            .is_some()
    );
    assert!(
        !app.get_text("/dashboard")
            .await
            .contains("Please confirm your email address")
    );

    // The same link a second time is refused clearly.
    let res = app.get(&link).await;
    assert_eq!(res.status(), 410);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This link has already been used.")
    );
}

#[tokio::test]
async fn a_wrong_or_expired_verification_link_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;

    let res = app.get("/verify-email/not-a-real-token").await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("This link is not valid"));

    let link = app.link_sent_to("ana@example.com", "/verify-email/").await;
    app.db(|c| {
        use concilia::db::schema::account_tokens::dsl as t;
        diesel::update(t::account_tokens)
            .set(t::expires_at.eq(db::now() - chrono::Duration::minutes(1)))
            .execute(c)?;
        Ok(())
    })
    .await;
    let res = app.get(&link).await;
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("This link has expired."));
    assert!(
        app.user_by_email("ana@example.com")
            .await
            .email_verified_at
            .is_none()
    );
}

#[tokio::test]
async fn sign_up_with_bad_input_shows_errors_beside_the_fields_and_keeps_what_was_typed() {
    let app = spawn_app().await;

    let res = app
        .post_form(
            "/signup",
            &[
                ("name", "Ana Kowalska"),
                ("email", "not-an-email"),
                ("password", "short"),
                ("password_confirm", "short"),
                ("language", "en"),
            ],
        )
        .await;

    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"value="Ana Kowalska""#), "name kept");
    assert!(html.contains(r#"value="not-an-email""#), "email kept");
    assert!(html.contains(r#"id="f-email-error">Enter an email address"#));
    assert!(
        html.contains(r#"id="f-password-error">The password must have at least 12 characters."#)
    );
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(!html.contains("short\""), "passwords are never sent back");
    assert!(app.outbox().await.is_empty());
}

/// What a visitor sees of a sign-up: its answer, the cookies it sets, the page it leads to
/// (without the form's random token), and whether it signed anyone in.
async fn signup_as_seen(app: &crate::helpers::TestApp, email: &str) -> (Vec<String>, String, u16) {
    let (browser, jar) = app.new_browser();
    let fields = [
        ("name", "Someone"),
        ("email", email),
        ("password", "another long password"),
        ("password_confirm", "another long password"),
        ("language", "en"),
    ];
    let res = app.post_form_as(&browser, &jar, "/signup", &fields).await;
    let mut answer: Vec<String> = res
        .headers()
        .iter()
        // Each response has its own time and request id.
        .filter(|(name, _)| *name != "date" && *name != "x-request-id")
        .map(|(name, value)| {
            let value = value.to_str().unwrap();
            // A cookie by its name and attributes, not its random value.
            match value.split_once('=') {
                Some((cookie, rest)) if name == "set-cookie" => {
                    let attributes = rest.split_once(';').map(|(_, a)| a).unwrap_or("");
                    format!("{name}: {cookie}=…;{attributes}")
                }
                _ => format!("{name}: {value}"),
            }
        })
        .collect();
    answer.sort();
    answer.insert(0, res.status().to_string());
    answer.push(res.text().await.unwrap());
    let page = browser
        .get(app.url("/signin?notice=signed-up"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = crate::helpers::hidden_csrf(&page).unwrap_or_default();
    let status = browser
        .get(app.url("/api/v1/me"))
        .send()
        .await
        .unwrap()
        .status();
    (
        answer,
        crate::helpers::without_form_keys(&page.replace(&token, "TOKEN")),
        status.as_u16(),
    )
}

#[tokio::test]
async fn signing_up_with_an_address_that_has_an_account_answers_alike_and_tells_its_owner() {
    let app = spawn_app().await;
    app.create_user(
        "Ana",
        "ana@example.com",
        concilia::domain::Role::Consumer,
        None,
    )
    .await;

    let taken = signup_as_seen(&app, "ANA@example.com").await;
    let free = signup_as_seen(&app, "new@example.com").await;

    assert_eq!(taken, free, "the same answer, cookies and next page");
    assert!(taken.0[0].starts_with("303"), "{:?}", taken.0);
    assert!(
        taken
            .0
            .contains(&"location: /signin?notice=signed-up".to_string()),
        "{:?}",
        taken.0
    );
    assert!(
        taken
            .1
            .contains(&concilia::i18n::t("en", "notice-signed-up"))
    );
    assert_eq!(taken.2, 401, "nobody is signed in by signing up");

    // The owner hears of it, with the ways in; the account and its password are unchanged.
    let mails = app.emails_to("ana@example.com").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("Subject: Someone tried to create an account with your address"));
    assert!(mails[0].contains(&format!("{}/signin", app.state.config.base_url)));
    assert!(mails[0].contains(&format!("{}/password/forgot", app.state.config.base_url)));
    assert_eq!(
        app.db(db::users::count).await,
        2,
        "no second account for Ana"
    );
    assert_eq!(app.sign_in("ana@example.com", PASSWORD).await.status(), 303);
    app.sign_out().await;
    assert_eq!(
        app.sign_in("ana@example.com", "another long password")
            .await
            .status(),
        401
    );
    // The new address got its account and the link to confirm it.
    assert!(
        app.user_by_email("new@example.com")
            .await
            .password_hash
            .is_some()
    );
    app.link_sent_to("new@example.com", "/verify-email/").await;
}

#[tokio::test]
async fn a_password_of_twelve_characters_is_enough_and_long_passphrases_are_accepted() {
    let app = spawn_app().await;
    let long = "x".repeat(200);
    for (email, pw) in [
        ("a@example.com", "abcdefghijkl"),
        ("b@example.com", long.as_str()),
    ] {
        let res = app.sign_up_in_new_browser("N", email, pw).await;
        assert_eq!(res.status(), 303, "{email}");
    }
}

#[tokio::test]
async fn signing_in_and_out_works_and_signing_out_ends_the_session() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    app.sign_out().await;
    assert_eq!(app.get("/dashboard").await.status(), 303, "signed out");

    let res = app.sign_in("ana@example.com", PASSWORD).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/dashboard");
    let cookie = app.cookie("concilia_session").unwrap();
    assert_eq!(app.get("/dashboard").await.status(), 200);

    let res = app.sign_out().await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/?notice=signed-out");
    let res = app.get("/dashboard").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin?next=%2Fdashboard");

    // The old token, replayed, no longer works.
    let res = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    app.sign_out().await;

    let wrong_password = app.sign_in("ana@example.com", "not the password!").await;
    let unknown_email = app.sign_in("nobody@example.com", "not the password!").await;

    assert_eq!(wrong_password.status(), 401);
    assert_eq!(unknown_email.status(), 401);
    // Each form carries a fresh one-time key: the pages are alike apart from it.
    let strip = |html: String, email: &str| without_form_keys(&html).replace(email, "EMAIL");
    let a = strip(wrong_password.text().await.unwrap(), "ana@example.com");
    let b = strip(unknown_email.text().await.unwrap(), "nobody@example.com");
    assert_eq!(a, b);
    assert!(a.contains("The email address or the password is not right."));
    assert!(a.contains(r#"value="EMAIL""#), "the email typed is kept");
}

#[tokio::test]
async fn repeated_failures_slow_sign_in_down_without_locking_the_owner_out_for_good() {
    let app = spawn_app().await;
    // Never signed in from this browser: no device cookie, the account's own throttle.
    app.create_user(
        "Ana",
        "ana@example.com",
        concilia::domain::Role::Consumer,
        None,
    )
    .await;

    for _ in 0..5 {
        assert_eq!(
            app.sign_in("ana@example.com", "wrong password 123")
                .await
                .status(),
            401
        );
    }
    assert_eq!(
        app.sign_in("ana@example.com", "wrong password 123")
            .await
            .status(),
        401
    );
    // Now blocked: even the right password waits.
    let res = app.sign_in("ana@example.com", PASSWORD).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Too many attempts to sign in.")
    );

    // Once the wait is over the owner gets in, and the counter starts again.
    app.db(|c| {
        use concilia::db::schema::login_throttle::dsl as l;
        diesel::update(l::login_throttle)
            .set(l::blocked_until.eq(db::now() - chrono::Duration::seconds(1)))
            .execute(c)?;
        Ok(())
    })
    .await;
    assert_eq!(app.sign_in("ana@example.com", PASSWORD).await.status(), 303);
    let left = app
        .db(|c| db::throttle::get(c, "email:ana@example.com"))
        .await;
    assert!(left.is_none());
}

#[tokio::test]
async fn many_failures_from_one_address_across_accounts_are_slowed_down() {
    let app = spawn_app().await;
    for i in 0..21 {
        let res = app
            .sign_in(&format!("user{i}@example.com"), "wrong password 123")
            .await;
        assert_eq!(res.status(), 401, "attempt {i}");
    }
    let res = app
        .sign_in("another@example.com", "wrong password 123")
        .await;
    assert_eq!(res.status(), 429);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_a_single_use_link() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    app.sign_out().await;

    let res = app
        .post_form("/password/forgot", &[("email", "ana@example.com")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin?notice=reset-sent");
    // An unknown address gets the same answer and no email.
    let res = app
        .post_form("/password/forgot", &[("email", "nobody@example.com")])
        .await;
    assert_eq!(res.headers()["location"], "/signin?notice=reset-sent");
    assert!(app.emails_to("nobody@example.com").await.is_empty());

    let link = app
        .link_sent_to("ana@example.com", "/password/reset/")
        .await;
    assert_eq!(app.get(&link).await.status(), 200);
    let res = app
        .post_form(
            &link,
            &[("password", "short"), ("password_confirm", "short")],
        )
        .await;
    assert_eq!(
        res.status(),
        422,
        "a bad new password does not use up the link"
    );
    let res = app
        .post_form(
            &link,
            &[
                ("password", "brand new password"),
                ("password_confirm", "brand new password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin?notice=password-reset");

    assert_eq!(app.sign_in("ana@example.com", PASSWORD).await.status(), 401);
    assert_eq!(
        app.sign_in("ana@example.com", "brand new password")
            .await
            .status(),
        303
    );

    let res = app
        .post_form(
            &link,
            &[
                ("password", "another new password"),
                ("password_confirm", "another new password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 410, "a used link is refused");
    assert_eq!(app.get("/password/reset/forged-token").await.status(), 404);
}

#[tokio::test]
async fn an_expired_reset_link_is_refused() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    app.post_form("/password/forgot", &[("email", "ana@example.com")])
        .await;
    let link = app
        .link_sent_to("ana@example.com", "/password/reset/")
        .await;
    app.db(|c| {
        use concilia::db::schema::account_tokens::dsl as t;
        diesel::update(t::account_tokens.filter(t::purpose.eq("reset_password")))
            .set(t::expires_at.eq(db::now() - chrono::Duration::seconds(1)))
            .execute(c)?;
        Ok(())
    })
    .await;
    let res = app
        .post_form(
            &link,
            &[
                ("password", "brand new password"),
                ("password_confirm", "brand new password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("This link has expired."));
}

#[tokio::test]
async fn changing_the_password_signs_out_every_other_session() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    let (other, _) = app.new_browser();
    let res = other
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({"email": "ana@example.com", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let token = res.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();

    let res = app
        .post_form(
            "/account/password",
            &[
                ("current_password", "wrong one here"),
                ("password", "brand new password"),
                ("password_confirm", "brand new password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("The current password is not right.")
    );

    let res = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("password", "brand new password"),
                ("password_confirm", "brand new password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.get("/account").await.status(),
        200,
        "this session carries on"
    );
    let res = other
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "the other session ended");
    assert!(
        !app.emails_to("ana@example.com")
            .await
            .iter()
            .all(|m| !m.contains("Your password was changed"))
    );
}

#[tokio::test]
async fn changing_the_email_takes_effect_only_through_the_link_sent_to_the_new_address() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    app.sign_up_other("Ben", "ben@example.com").await;

    let res = app
        .post_form(
            "/account/email",
            &[
                ("new_email", "ben@example.com"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 422, "an address in use is refused");

    let res = app
        .post_form(
            "/account/email",
            &[
                ("new_email", "ana.new@example.com"),
                ("email_current_password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.user_by_email("ana@example.com").await.email,
        "ana@example.com",
        "nothing changed yet"
    );
    assert!(
        app.emails_to("ana@example.com")
            .await
            .iter()
            .any(|m| m.contains("A change of your email address was requested"))
    );

    let link = app
        .link_sent_to("ana.new@example.com", "/email/confirm/")
        .await;
    assert_eq!(
        app.get(&link).await.status(),
        200,
        "a GET only shows the button"
    );
    assert_eq!(
        app.user_by_email("ana@example.com").await.email,
        "ana@example.com"
    );
    let res = app.post_form(&link, &[]).await;
    assert_eq!(res.status(), 303);

    app.sign_out().await;
    assert_eq!(app.sign_in("ana@example.com", PASSWORD).await.status(), 401);
    assert_eq!(
        app.sign_in("ana.new@example.com", PASSWORD).await.status(),
        303
    );
    assert_eq!(app.post_form(&link, &[]).await.status(), 410);
}

impl crate::helpers::TestApp {
    /// Signs up a second person in a separate browser.
    pub async fn sign_up_other(&self, name: &str, email: &str) {
        assert_eq!(
            self.sign_up_in_new_browser(name, email, PASSWORD)
                .await
                .status(),
            303
        );
    }

    async fn sign_up_in_new_browser(
        &self,
        name: &str,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        let (browser, jar) = self.new_browser();
        let fields = [
            ("name", name),
            ("email", email),
            ("password", password),
            ("password_confirm", password),
            ("language", "en"),
        ];
        self.post_form_as(&browser, &jar, "/signup", &fields).await
    }
}
