//! Every role against every role-scoped route: the policy module decides, these tests check
//! that each route asks it.
use concilia::domain::Role;
use concilia::domain::organisations::{self, OrganisationInput};
use concilia::domain::policy::Actor;

use crate::helpers::{TestApp, spawn_app};

async fn make_org(app: &TestApp, reg: &str) -> String {
    let admin = Actor {
        user_id: "setup".into(),
        role: Role::Admin,
        organisation_id: None,
    };
    let input = OrganisationInput {
        name: format!("Trader {reg}"),
        registration_number: reg.into(),
        contact_email: "claims@trader.example".into(),
        sector: "Retail".into(),
        is_member: true,
        country: "BG".into(),
        address: "1 Main Street, Sofia".into(),
        participation_mandatory: false,
    };
    organisations::create(&app.state, &admin, input)
        .await
        .unwrap()
        .id
}

/// (method, path, expected status for a non-admin) for every admin route.
fn admin_routes(org: &str, victim: &str) -> Vec<(&'static str, String)> {
    vec![
        ("GET", "/admin/organisations".into()),
        ("GET", "/admin/users".into()),
        ("POST", "/admin/organisations".into()),
        ("POST", format!("/admin/organisations/{org}/invitations")),
        ("POST", "/admin/mediators".into()),
        ("POST", format!("/admin/users/{victim}/disable")),
        ("POST", format!("/admin/users/{victim}/enable")),
    ]
}

async fn call(app: &TestApp, method: &str, path: &str) -> u16 {
    let email = format!("someone-{}@example.org", uuid::Uuid::new_v4().simple());
    let fields = [
        ("name", "Someone"),
        ("email", email.as_str()),
        ("registration_number", "X-1"),
        ("contact_email", "x@example.org"),
        ("sector", "Retail"),
        ("country", "BG"),
        ("address", "1 Main Street, Sofia"),
    ];
    let res = match method {
        "GET" => app.get(path).await,
        _ => app.post_form(path, &fields).await,
    };
    res.status().as_u16()
}

#[tokio::test]
async fn consumers_traders_and_mediators_are_refused_every_admin_route() {
    for role in [Role::Consumer, Role::TraderUser, Role::Mediator] {
        let app = spawn_app().await;
        let org = make_org(&app, "ORG-1").await;
        let victim = app
            .create_user("Victim", "victim@example.org", Role::Consumer, None)
            .await;
        app.signed_in_as(role).await;

        for (method, path) in admin_routes(&org, &victim.id) {
            assert_eq!(
                call(&app, method, &path).await,
                403,
                "{role} {method} {path}"
            );
        }
        let count = app.db(concilia::db::users::count).await;
        assert_eq!(count, 2, "{role}: nobody was invited");
        assert!(
            app.user_by_email("victim@example.org")
                .await
                .disabled_at
                .is_none()
        );
    }
}

#[tokio::test]
async fn the_admin_is_allowed_every_admin_route() {
    let app = spawn_app().await;
    let org = make_org(&app, "ORG-1").await;
    let victim = app
        .create_user("Victim", "victim@example.org", Role::Consumer, None)
        .await;
    app.signed_in_as(Role::Admin).await;

    for (method, path) in admin_routes(&org, &victim.id) {
        let status = call(&app, method, &path).await;
        assert!(
            status == 200 || status == 303,
            "admin {method} {path}: {status}"
        );
    }
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in_for_every_private_page() {
    let app = spawn_app().await;
    let org = make_org(&app, "ORG-1").await;
    for path in [
        "/dashboard",
        "/account",
        "/admin/organisations",
        "/admin/users",
        &format!("/admin/organisations/{org}"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 303, "{path}");
        assert!(
            res.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/signin?next="),
            "{path}"
        );
    }
    let victim = app
        .create_user("Victim", "victim@example.org", Role::Consumer, None)
        .await;
    for (method, path) in admin_routes(&org, &victim.id)
        .into_iter()
        .filter(|(m, _)| *m == "POST")
    {
        assert_eq!(call(&app, method, &path).await, 401, "{path}");
    }
}

#[tokio::test]
async fn a_trader_user_sees_its_own_organisation_and_another_is_invisible() {
    let app = spawn_app().await;
    let own = make_org(&app, "ORG-OWN").await;
    let other = make_org(&app, "ORG-OTHER").await;
    app.create_user(
        "Teo",
        "teo@trader.example",
        Role::TraderUser,
        Some(own.clone()),
    )
    .await;
    assert_eq!(
        app.sign_in("teo@trader.example", crate::helpers::PASSWORD)
            .await
            .status(),
        303
    );

    let res = app.get(&format!("/admin/organisations/{own}")).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("Trader ORG-OWN"));
    assert!(!html.contains("Invite a person"), "only the centre invites");

    let res = app.get(&format!("/admin/organisations/{other}")).await;
    assert_eq!(res.status(), 404);
    assert!(!res.text().await.unwrap().contains("Trader ORG-OTHER"));
    assert_eq!(
        app.get("/admin/organisations/no-such-id").await.status(),
        404
    );
}

#[tokio::test]
async fn each_role_gets_its_own_dashboard() {
    let expected = [
        (Role::Consumer, "You have no cases yet"),
        (Role::TraderUser, "No cases concern your business"),
        (Role::Mediator, "No cases are assigned to you"),
        (Role::Admin, "Centre administration"),
    ];
    for (role, text) in expected {
        let app = spawn_app().await;
        app.signed_in_as(role).await;
        let html = app.get_text("/dashboard").await;
        assert!(html.contains(text), "{role}");
        assert_eq!(
            html.contains("href=\"/admin/users\""),
            role == Role::Admin,
            "{role} admin links"
        );
    }
}
