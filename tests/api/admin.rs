use concilia::domain::Role;

use crate::helpers::{PASSWORD, spawn_app};

#[tokio::test]
async fn an_admin_creates_a_trader_organisation_and_invites_its_user_who_sets_a_password() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;

    let res = app
        .post_form(
            "/admin/organisations",
            &[
                ("name", "Balkan Electronics Ltd"),
                ("registration_number", "BG-1234"),
                ("contact_email", "claims@balkan.example"),
                ("sector", "Electronics"),
                ("country", "BG"),
                ("address", "1 Main Street, Sofia"),
                ("is_member", "on"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let org_page = res.headers()["location"].to_str().unwrap().to_string();
    let org_path = org_page.split('?').next().unwrap().to_string();
    let html = app.get_text(&org_page).await;
    assert!(html.contains("Balkan Electronics Ltd") && html.contains("BG-1234"));
    assert!(
        app.get_text("/admin/organisations")
            .await
            .contains("Balkan Electronics Ltd")
    );

    let res = app
        .post_form(
            &format!("{org_path}/invitations"),
            &[
                ("name", "Teodora Petrova"),
                ("email", "teodora@balkan.example"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(app.get_text(&org_path).await.contains("Invited"));

    let link = app
        .link_sent_to("teodora@balkan.example", "/invitations/")
        .await;
    let (trader, _) = app.new_browser();
    let page = trader.get(app.url(&link)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let token = crate::helpers::hidden_csrf(&page.text().await.unwrap()).unwrap();
    let res = trader
        .post(app.url(&link))
        .form(&[
            ("password", "teodora's own password"),
            ("password_confirm", "teodora's own password"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"],
        "/signin?notice=invitation-accepted"
    );

    let res = trader
        .post(app.url("/signin"))
        .form(&[
            ("email", "teodora@balkan.example"),
            ("password", "teodora's own password"),
            ("next", "/dashboard"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let dashboard = trader
        .get(app.url("/dashboard"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(dashboard.contains("You act for Balkan Electronics Ltd."));
    let user = app.user_by_email("teodora@balkan.example").await;
    assert_eq!(user.role.as_str(), "trader_user");
    assert!(user.email_verified_at.is_some());

    // The invitation works once.
    let res = trader.get(app.url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 410);
}

#[tokio::test]
async fn an_admin_invites_a_mediator() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;

    let res = app
        .post_form(
            "/admin/mediators",
            &[("name", "Martin Mediator"), ("email", "martin@example.org")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(
        app.get_text("/admin/users")
            .await
            .contains("martin@example.org")
    );
    let user = app.user_by_email("martin@example.org").await;
    assert_eq!(user.role.as_str(), "mediator");
    assert!(
        user.password_hash.is_none(),
        "no password until the invitation is accepted"
    );
    let mail = &app.emails_to("martin@example.org").await[0];
    assert!(mail.contains("You are invited to Concilia"));

    let link = app
        .link_sent_to("martin@example.org", "/invitations/")
        .await;
    app.sign_out().await;
    let res = app
        .post_form(
            &link,
            &[
                ("password", "martin's own password"),
                ("password_confirm", "martin's own password"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.sign_in("martin@example.org", "martin's own password")
            .await
            .status(),
        303
    );
    assert!(
        app.get_text("/dashboard")
            .await
            .contains("No cases are assigned to you")
    );
}

#[tokio::test]
async fn bad_organisation_and_invitation_input_is_shown_beside_the_fields_and_kept() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;

    let res = app
        .post_form(
            "/admin/organisations",
            &[
                ("name", "Acme"),
                ("registration_number", ""),
                ("contact_email", "nope"),
                ("sector", "Retail"),
                ("country", "BG"),
                ("address", "1 Main Street, Sofia"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"value="Acme""#) && html.contains(r#"value="nope""#));
    assert!(html.contains(r#"id="f-registration_number-error">Please fill in this field."#));
    assert!(html.contains(r#"id="f-contact_email-error""#));

    app.post_form(
        "/admin/mediators",
        &[("name", "Mia"), ("email", "mia@example.org")],
    )
    .await;
    let res = app
        .post_form(
            "/admin/mediators",
            &[("name", "Mia Again"), ("email", "MIA@example.org")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("An account already uses this email address.")
    );
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions_at_once() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;
    let consumer = app
        .create_user("Clara", "clara@example.org", Role::Consumer, None)
        .await;
    let res = app
        .client
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({"email": "clara@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let token = res.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();

    let res = app
        .post_form(&format!("/admin/users/{}/disable", consumer.id), &[])
        .await;
    assert_eq!(res.status(), 303);

    let (other, _) = app.new_browser();
    let res = other
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let res = other
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({"email": "clara@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401, "a disabled account cannot sign in");

    app.post_form(&format!("/admin/users/{}/enable", consumer.id), &[])
        .await;
    let res = other
        .post(app.url("/api/v1/session"))
        .json(&serde_json::json!({"email": "clara@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
}

#[tokio::test]
async fn an_admin_cannot_disable_their_own_account() {
    let app = spawn_app().await;
    let admin = app.signed_in_as(Role::Admin).await;
    let res = app
        .post_form(&format!("/admin/users/{}/disable", admin.id), &[])
        .await;
    assert_eq!(res.status(), 403);
    assert_eq!(app.get("/dashboard").await.status(), 200);
}

#[tokio::test]
async fn the_user_list_pages_with_a_keyset_cursor() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;
    for i in 0..55 {
        app.db(move |c| {
            let at = concilia::db::now();
            concilia::db::users::insert(
                c,
                &concilia::db::models::User {
                    id: concilia::db::new_id(),
                    email: format!("user{i:02}@example.org"),
                    name: format!("User {i:02}"),
                    password_hash: None,
                    role: "consumer".parse().unwrap(),
                    organisation_id: None,
                    language: "en".into(),
                    email_verified_at: None,
                    token_version: 0,
                    disabled_at: None,
                    created_at: at,
                    updated_at: at,
                    time_zone: "UTC".into(),
                },
            )
        })
        .await;
    }
    let first = app.get_text("/admin/users").await;
    assert!(first.contains("user00@example.org"));
    assert!(!first.contains("user54@example.org"));
    let start = first.find("/admin/users?after=").expect("a next-page link");
    let next: String = first[start..].chars().take_while(|c| *c != '"').collect();
    let second = app.get_text(&next.replace("&amp;", "&")).await;
    assert!(second.contains("user54@example.org"));
    assert!(!second.contains("user00@example.org"));
}
