//! A person has one role on a case. Whoever already reaches a case by any path (the consumer,
//! a member of either side, the trader's own staff through its organisation, the mediator,
//! pending or confirmed, staff) cannot be added to a side, and the consumer's caucus with
//! the mediator stays closed to the trader's people whatever membership they hold.
use concilia::db;
use concilia::db::models::CaseMember;
use concilia::domain::Role;

use crate::cases::{TRADER_EMAIL, cast, state_of, step};
use crate::helpers::{Browser, TestApp, spawn_app};

const SECRET: &str = "Only between me and the mediator";

async fn add(app: &TestApp, by: &Browser, id: &str, name: &str, email: &str) -> u16 {
    step(
        app,
        by,
        id,
        "add-member",
        &[
            ("name", name),
            ("email", email),
            ("capacity", "assistant"),
            ("relationship", "Helps me"),
        ],
    )
    .await
}

async fn members(app: &TestApp, id: &str) -> Vec<CaseMember> {
    let id = id.to_string();
    app.db(move |c| db::cases::members(c, &id)).await
}

/// Whether a person's case page and API listing show the consumer's caucus message.
async fn sees_secret(app: &TestApp, b: &Browser, id: &str) -> bool {
    let page = b.get(app, &format!("/cases/{id}")).await;
    let page = page.text().await.unwrap();
    let api = b
        .get(app, &format!("/api/v1/cases/{id}/messages"))
        .await
        .text()
        .await
        .unwrap();
    page.contains(SECRET) || api.contains(SECRET)
}

#[tokio::test]
async fn nobody_who_reaches_a_case_by_any_path_can_be_added_to_either_side() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = crate::case_file::mediation(&app, &c).await;
    let org = state_of(&app, &id).await.trader_org_id.unwrap();
    // The trader's colleague: another user of its organisation.
    let (_, colleague) = app
        .person(
            Role::TraderUser,
            "Tara Trader",
            "tara@shop.example",
            Some(org),
        )
        .await;
    // A member of each side.
    assert_eq!(
        add(&app, &c.consumer, &id, "Rita Rep", "rita@example.org").await,
        303
    );
    assert_eq!(
        add(&app, &trader, &id, "Tom Counsel", "tom@law.example").await,
        303
    );
    // Staff who have nothing to do with this case see it as staff all the same.
    app.create_user(
        "Other Staff",
        "other-staff@centre.example",
        Role::Admin,
        None,
    )
    .await;
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[("audience", "caucus_consumer"), ("body", SECRET)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let before = members(&app, &id).await.len();

    let reaching = [
        ("the consumer", "clara@example.org"),
        ("a consumer-side member", "rita@example.org"),
        ("the trader", TRADER_EMAIL),
        ("the trader's colleague", "tara@shop.example"),
        ("a trader-side member", "tom@law.example"),
        ("the mediator", "mia@centre.example"),
        ("the staff member", "staff@centre.example"),
        ("other staff", "other-staff@centre.example"),
    ];
    for (who, email) in reaching {
        for (side, by) in [("consumer", &c.consumer), ("trader", &trader)] {
            assert_eq!(
                add(&app, by, &id, "Someone", email).await,
                422,
                "{who} added to the {side} side"
            );
        }
    }
    // Pending: assigned, no declaration yet.
    let case_id = id.clone();
    app.db(move |c| {
        use concilia::db::schema::cases::dsl as k;
        use diesel::prelude::*;
        diesel::update(k::cases.find(case_id))
            .set(k::mediator_confirmed_at.eq(None::<chrono::NaiveDateTime>))
            .execute(c)?;
        Ok(())
    })
    .await;
    for by in [&c.consumer, &trader] {
        assert_eq!(add(&app, by, &id, "Mia", "mia@centre.example").await, 422);
    }
    assert_eq!(members(&app, &id).await.len(), before, "nobody was added");

    // The refusal says why, beside the field.
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/steps/add-member"),
            &[
                ("name", "Tara"),
                ("email", "tara@shop.example"),
                ("capacity", "assistant"),
                ("relationship", "Friend"),
            ],
        )
        .await;
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&concilia::i18n::t("en", "error-member-exists"))
    );
    for b in [&colleague, &trader] {
        assert!(!sees_secret(&app, b, &id).await);
    }
}

#[tokio::test]
async fn an_outsiders_account_joins_only_a_side_it_can_act_for() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = crate::case_file::mediation(&app, &c).await;
    let other_org = crate::cases::member_org(&app, "ELSEWHERE-1", false).await;
    app.create_user(
        "Ola Elsewhere",
        "ola@elsewhere.example",
        Role::TraderUser,
        Some(other_org),
    )
    .await;
    app.create_user("Carl Consumer", "carl@example.org", Role::Consumer, None)
        .await;
    app.create_user("Mo Mediator", "mo@centre.example", Role::Mediator, None)
        .await;
    // A trader account is never on the consumer's side; a mediator on no side.
    assert_eq!(
        add(&app, &c.consumer, &id, "Ola", "ola@elsewhere.example").await,
        422
    );
    assert_eq!(
        add(&app, &c.consumer, &id, "Mo", "mo@centre.example").await,
        422
    );
    assert_eq!(
        add(&app, &trader, &id, "Mo", "mo@centre.example").await,
        422
    );
    // A consumer account may help the consumer; a trader's representative may be either.
    assert_eq!(
        add(&app, &c.consumer, &id, "Carl", "carl@example.org").await,
        303
    );
    assert_eq!(
        add(&app, &trader, &id, "Ola", "ola@elsewhere.example").await,
        303
    );
    let sides: Vec<(String, String)> = members(&app, &id)
        .await
        .into_iter()
        .map(|m| (m.side.as_str().to_string(), m.capacity.as_str().to_string()))
        .collect();
    assert_eq!(sides.len(), 2);
    assert!(sides.contains(&("consumer".into(), "assistant".into())));
    assert!(sides.contains(&("trader".into(), "assistant".into())));
}

/// A membership made before this rule (or before the case was linked to the trader's
/// organisation): the trader's colleague on the consumer's side. They are the trader, with
/// the trader's view, and never see the consumer's caucus.
#[tokio::test]
async fn the_traders_staff_on_the_consumers_side_get_the_traders_view_only() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _trader) = crate::case_file::mediation(&app, &c).await;
    let org = state_of(&app, &id).await.trader_org_id.unwrap();
    let (tara, colleague) = app
        .person(
            Role::TraderUser,
            "Tara Trader",
            "tara@shop.example",
            Some(org),
        )
        .await;
    let member = CaseMember {
        case_id: id.clone(),
        user_id: tara.id.clone(),
        side: "consumer".parse().unwrap(),
        capacity: "assistant".parse().unwrap(),
        relationship: "Friend".into(),
        added_by: app.user_by_email("clara@example.org").await.id,
        created_at: db::now(),
    };
    app.db(move |c| db::cases::insert_member(c, &member)).await;
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[("audience", "caucus_consumer"), ("body", SECRET)],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(!sees_secret(&app, &colleague, &id).await);
    // Acting as the trader: its caucus is the trader's, the consumer's is closed.
    let messages = format!("/cases/{id}/messages");
    for (audience, answer) in [("caucus_consumer", 403), ("caucus_trader", 303)] {
        let res = colleague
            .post(
                &app,
                &messages,
                &[("audience", audience), ("body", "From the shop")],
            )
            .await;
        assert_eq!(res.status(), answer, "{audience}");
    }
    // Nor do they hear of the consumer's caucus by email.
    app.flush_mail().await;
    let before = app.emails_to("tara@shop.example").await.len();
    c.consumer
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[("audience", "caucus_consumer"), ("body", "Another secret")],
        )
        .await;
    assert_eq!(app.emails_to("tara@shop.example").await.len(), before);
}
