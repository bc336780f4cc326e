use concilia::domain::Role;

use crate::cases::{cast, file_case};
use crate::helpers::{PASSWORD, cookie_in, hidden_csrf, spawn_app};

/// Every state-changing form of the portal. A new form must be added here.
const FORMS: &[&str] = &[
    "/signup",
    "/signin",
    "/signout",
    "/password/forgot",
    "/password/reset/some-token",
    "/invitations/some-token",
    "/email/confirm/some-token",
    "/account/password",
    "/account/email",
    "/account/resend-verification",
    "/language",
    "/admin/organisations",
    "/admin/organisations/some-id/invitations",
    "/admin/mediators",
    "/admin/users/some-id/disable",
    "/admin/users/some-id/enable",
    "/admin/organisations/some-id/contacts",
    "/admin/holidays",
    "/cases",
    "/cases/some-id/draft/trader",
    "/cases/some-id/submit",
    "/cases/some-id/steps/accept",
    "/staff/cases",
    "/account/notifications",
];

#[tokio::test]
async fn every_state_changing_form_refuses_a_post_without_its_csrf_token() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;

    for path in FORMS {
        let res = app.post_form_without_csrf(path, &[("name", "x")]).await;
        assert_eq!(res.status(), 403, "{path}");
        let res = app
            .post_form_without_csrf(path, &[("name", "x"), ("csrf_token", "forged.value")])
            .await;
        assert_eq!(res.status(), 403, "{path} with a forged token");
    }
    // Still signed in: the sign-out without a token did nothing.
    assert_eq!(app.get("/dashboard").await.status(), 200);
}

#[tokio::test]
async fn a_sign_up_refused_for_its_csrf_token_keeps_what_was_typed() {
    let app = spawn_app().await;
    let res = app
        .post_form_without_csrf(
            "/signup",
            &[
                ("name", "Ana Kowalska"),
                ("email", "ana@example.com"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(res.status(), 403);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"value="Ana Kowalska""#));
    assert!(html.contains(r#"value="ana@example.com""#));
    assert!(html.contains("This form had expired"));
    assert!(
        hidden_csrf(&html).is_some(),
        "a fresh token to send it again"
    );
    assert!(app.emails_to("ana@example.com").await.is_empty());
}

#[tokio::test]
async fn the_token_in_the_page_is_the_one_that_works() {
    let app = spawn_app().await;
    let page = app.get_text("/signup").await;
    let token = hidden_csrf(&page).unwrap();
    let res = app
        .client
        .post(app.url("/signup"))
        .form(&[
            ("name", "Ana"),
            ("email", "ana@example.com"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("language", "en"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

/// Sends a form with exactly these cookies, as a browser holding them would.
async fn post_with_cookies(
    app: &crate::helpers::TestApp,
    path: &str,
    cookies: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url(path))
        .header("Cookie", cookies)
        .form(fields)
        .send()
        .await
        .unwrap()
}

fn cookie(b: &crate::helpers::Browser, app: &crate::helpers::TestApp, name: &str) -> String {
    cookie_in(&b.jar, &app.address, name).unwrap_or_else(|| panic!("no {name} cookie"))
}

#[tokio::test]
async fn a_token_pair_from_another_browser_is_refused() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let path = format!("/cases/{id}/messages");
    let session = cookie(&c.consumer, &app, "concilia_session");
    // The same person signed in elsewhere, and someone else: each has a valid pair.
    let elsewhere = app.browser_for("clara@example.org").await;
    for other in [&elsewhere, &c.staff] {
        let token = cookie(other, &app, "concilia_csrf");
        let res = post_with_cookies(
            &app,
            &path,
            &format!("concilia_session={session}; concilia_csrf={token}"),
            &[
                ("audience", "everyone"),
                ("body", "Planted"),
                ("csrf_token", &token),
            ],
        )
        .await;
        assert_eq!(res.status(), 403);
        let html = res.text().await.unwrap();
        assert!(html.contains(&concilia::i18n::t("en", "error-page-csrf")));
    }
    // The multipart path checks the same way.
    let token = cookie(&elsewhere, &app, "concilia_csrf");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .text("audience", "everyone")
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"planted".to_vec()).file_name("p.txt"),
        );
    let res = reqwest::Client::new()
        .post(app.url(&format!("/cases/{id}/documents")))
        .header(
            "Cookie",
            format!("concilia_session={session}; concilia_csrf={token}"),
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let id2 = id.clone();
    let stored = app
        .db(move |conn| {
            Ok((
                concilia::db::case_file::messages(
                    conn,
                    &id2,
                    &[concilia::domain::cases::codes::Audience::Everyone],
                )?
                .len(),
                concilia::db::case_file::document_count(conn, &id2)?,
            ))
        })
        .await;
    assert_eq!(stored, (0, 0), "nothing stored");
    // The browser's own pair works.
    let own = cookie(&c.consumer, &app, "concilia_csrf");
    let res = post_with_cookies(
        &app,
        &path,
        &format!("concilia_session={session}; concilia_csrf={own}"),
        &[
            ("audience", "everyone"),
            ("body", "Mine"),
            ("csrf_token", &own),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn a_visitors_token_pair_does_not_work_in_another_visitors_browser() {
    let app = spawn_app().await;
    app.create_user("Ana", "ana@example.com", Role::Consumer, None)
        .await;
    let (a, a_jar) = app.new_browser();
    let (b, b_jar) = app.new_browser();
    a.get(app.url("/signin")).send().await.unwrap();
    b.get(app.url("/signin")).send().await.unwrap();
    let a_visitor = cookie_in(&a_jar, &app.address, "concilia_visitor").unwrap();
    let b_token = cookie_in(&b_jar, &app.address, "concilia_csrf").unwrap();
    let fields = |token: &str| {
        vec![
            ("email", "ana@example.com".to_string()),
            ("password", PASSWORD.to_string()),
            ("next", "/dashboard".to_string()),
            ("csrf_token", token.to_string()),
        ]
    };
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url("/signin"))
        .header(
            "Cookie",
            format!("concilia_visitor={a_visitor}; concilia_csrf={b_token}"),
        )
        .form(&fields(&b_token))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        403,
        "not signed in with a pair from elsewhere"
    );
    let a_token = cookie_in(&a_jar, &app.address, "concilia_csrf").unwrap();
    let res = a
        .post(app.url("/signin"))
        .form(&fields(&a_token))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn the_token_changes_at_sign_in_and_sign_out_and_the_old_one_stops_working() {
    let app = spawn_app().await;
    app.create_user("Ana", "ana@example.com", Role::Consumer, None)
        .await;
    let before = app.csrf().await;
    let res = app.sign_in("ana@example.com", PASSWORD).await;
    assert_eq!(res.status(), 303);
    let signed_in = app.cookie("concilia_csrf").unwrap();
    assert_ne!(signed_in, before, "a fresh token with the session");
    let page = app.get_text("/account").await;
    assert_eq!(
        hidden_csrf(&page).unwrap(),
        signed_in,
        "forms carry the new one"
    );
    let session = app.cookie("concilia_session").unwrap();
    // The token from before the sign-in, in the signed-in browser, is refused.
    let res = post_with_cookies(
        &app,
        "/account/notifications",
        &format!("concilia_session={session}; concilia_csrf={before}"),
        &[("csrf_token", &before)],
    )
    .await;
    assert_eq!(res.status(), 403);

    let res = app.sign_out().await;
    assert_eq!(res.status(), 303);
    let after = app.cookie("concilia_csrf").unwrap();
    assert_ne!(after, signed_in, "a fresh token once signed out");
    assert_ne!(after, before);
    // The signed-in token does not carry over to the visitor the browser is now.
    let visitor = app.cookie("concilia_visitor").unwrap();
    let res = post_with_cookies(
        &app,
        "/password/forgot",
        &format!("concilia_visitor={visitor}; concilia_csrf={signed_in}"),
        &[("email", "ana@example.com"), ("csrf_token", &signed_in)],
    )
    .await;
    assert_eq!(res.status(), 403);
    let page = app.get_text("/signin").await;
    assert_eq!(hidden_csrf(&page).unwrap(), after);
}
