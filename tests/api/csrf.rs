use concilia::domain::Role;

use crate::helpers::{PASSWORD, hidden_csrf, spawn_app};

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
