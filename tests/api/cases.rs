//! Disputes end to end over HTTP: filing, intake, the trader's answer, mediation, withdrawal
//! and closing, with the emails each step sends.
use concilia::db;
use concilia::domain::Role;
use concilia::domain::organisations::{self, OrganisationInput};
use concilia::domain::policy::Actor;

use crate::helpers::{Browser, TestApp, location, spawn_app};

pub const TRADER_EMAIL: &str = "claims@shop.example";

/// The consumer's answers, step by step; tests change what they need.
pub fn answers() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    vec![
        (
            "trader",
            vec![
                ("trader_name", "Gadget Shop Ltd"),
                ("trader_email", TRADER_EMAIL),
                ("trader_country", "BG"),
                ("trader_address", "5 Market Street, Plovdiv"),
            ],
        ),
        (
            "purchase",
            vec![
                ("sector", "electronics"),
                ("problem_kind", "defective"),
                ("purchase_description", "A washing machine"),
                ("purchase_date", "2026-05-02"),
                ("price", "499.90"),
                ("price_currency", "EUR"),
            ],
        ),
        (
            "complaint",
            vec![
                ("complained_on", "2026-06-01"),
                ("trader_responded", "yes"),
                ("trader_response", "They said it was my fault."),
                ("claim_kind", "refund"),
                ("claim_amount", "499.90"),
                ("claim_currency", "EUR"),
            ],
        ),
        (
            "details",
            vec![
                ("description", "The drum stopped after two weeks."),
                ("language", "en"),
                ("consumer_country", "BG"),
                ("not_elsewhere", "on"),
            ],
        ),
    ]
}

/// Fills in every step and files; returns the case id.
pub async fn file_case_with(
    app: &TestApp,
    b: &Browser,
    steps: Vec<(&'static str, Vec<(&'static str, &'static str)>)>,
) -> String {
    let res = b.post(app, "/cases", &[]).await;
    assert_eq!(res.status(), 303);
    let loc = location(&res);
    let id = loc
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    for (step, fields) in steps {
        let res = b
            .post(app, &format!("/cases/{id}/draft/{step}"), &fields)
            .await;
        assert_eq!(
            res.status(),
            303,
            "step {step}: {}",
            res.text().await.unwrap()
        );
    }
    let res = b.post(app, &format!("/cases/{id}/submit"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("/cases/{id}?notice=case-filed"));
    id
}

pub async fn file_case(app: &TestApp, b: &Browser) -> String {
    file_case_with(app, b, answers()).await
}

pub async fn state_of(app: &TestApp, id: &str) -> db::models::Case {
    let id = id.to_string();
    app.db(move |c| db::cases::find(c, &id)).await.unwrap()
}

/// Takes a step from a browser; returns the status.
pub async fn step(
    app: &TestApp,
    b: &Browser,
    id: &str,
    step: &str,
    fields: &[(&str, &str)],
) -> u16 {
    b.post(app, &format!("/cases/{id}/steps/{step}"), fields)
        .await
        .status()
        .as_u16()
}

pub async fn member_org(app: &TestApp, reg: &str, mandatory: bool) -> String {
    let admin = Actor {
        user_id: "setup".into(),
        role: Role::Admin,
        organisation_id: None,
    };
    organisations::create(
        &app.state,
        &admin,
        OrganisationInput {
            name: format!("Member Trader {reg}"),
            registration_number: reg.into(),
            contact_email: format!("adr-{}@member.example", reg.to_lowercase()),
            sector: "Electronics".into(),
            is_member: true,
            country: "BG".into(),
            address: "1 Member Street, Sofia".into(),
            participation_mandatory: mandatory,
        },
    )
    .await
    .unwrap()
    .id
}

/// Everyone a case needs: consumer, staff, mediator, each in their own browser.
pub struct Cast {
    pub consumer: Browser,
    pub staff: Browser,
    pub mediator: Browser,
    pub mediator_id: String,
}

pub async fn cast(app: &TestApp) -> Cast {
    let (_, consumer) = app
        .person(Role::Consumer, "Clara Consumer", "clara@example.org", None)
        .await;
    let (_, staff) = app
        .person(Role::Admin, "Sam Staff", "staff@centre.example", None)
        .await;
    let (m, mediator) = app
        .person(Role::Mediator, "Mia Mediator", "mia@centre.example", None)
        .await;
    Cast {
        consumer,
        staff,
        mediator,
        mediator_id: m.id,
    }
}

/// Files, completes and accepts a case with a trader outside the portal; returns the case id
/// and the trader's browser once it has set up its account through the emailed link.
pub async fn accepted_case(app: &TestApp, cast: &Cast) -> (String, Browser) {
    let id = file_case(app, &cast.consumer).await;
    assert_eq!(step(app, &cast.staff, &id, "mark-complete", &[]).await, 303);
    assert_eq!(step(app, &cast.staff, &id, "accept", &[]).await, 303);
    let link = app.link_sent_to(TRADER_EMAIL, "/invitations/").await;
    let (client, jar) = app.new_browser();
    let trader = Browser { client, jar };
    let res = trader
        .post(
            app,
            &link,
            &[
                ("password", crate::helpers::PASSWORD),
                ("password_confirm", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "invitation accepted");
    let trader = app.browser_for(TRADER_EMAIL).await;
    (id, trader)
}

#[tokio::test]
async fn a_consumer_files_a_dispute_and_gets_a_reference_and_an_acknowledgement() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;

    let case = state_of(&app, &id).await;
    let year = chrono::Utc::now().format("%Y").to_string();
    assert_eq!(
        case.reference.as_deref(),
        Some(format!("ADR-{year}-000001").as_str())
    );
    assert_eq!(case.state.as_str(), "submitted");
    assert_eq!(case.price_minor, Some(49_990));
    assert_eq!(
        (case.consumer_country.as_str(), case.trader_country.as_str()),
        ("BG", "BG")
    );
    assert!(case.received_at.is_some() && case.completed_at.is_none());

    let mails = app.emails_to("clara@example.org").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains(&format!("ADR-{year}-000001")));
    assert!(mails[0].contains(&format!("/cases/{id}")));

    let page = c.consumer.text(&app, &format!("/cases/{id}")).await;
    assert!(page.contains("A washing machine"));
    // The history says who filed it and under which reference.
    let history = c.consumer.text(&app, &format!("/cases/{id}/history")).await;
    assert!(history.contains(&format!(
        "Clara Consumer filed the dispute, which has the reference ADR-{year}-000001."
    )));
    let dashboard = c.consumer.text(&app, "/dashboard").await;
    assert!(dashboard.contains(&format!("ADR-{year}-000001")));
}

#[tokio::test]
async fn the_draft_is_kept_between_visits_and_posting_the_filing_twice_makes_one_case() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let res = c.consumer.post(&app, "/cases", &[]).await;
    let first = location(&res);
    // Starting again continues the same draft.
    let res = c.consumer.post(&app, "/cases", &[]).await;
    assert_eq!(location(&res), first);
    let id = first
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let steps = answers();
    c.consumer
        .post(&app, &format!("/cases/{id}/draft/trader"), &steps[0].1)
        .await;
    let again = c
        .consumer
        .text(&app, &format!("/cases/{id}/draft/trader"))
        .await;
    assert!(
        again.contains(r#"value="Gadget Shop Ltd""#),
        "kept between visits"
    );
    for (s, fields) in &steps[1..] {
        c.consumer
            .post(&app, &format!("/cases/{id}/draft/{s}"), fields)
            .await;
    }
    let submit = format!("/cases/{id}/submit");
    let (a, b) = tokio::join!(
        c.consumer.post(&app, &submit, &[]),
        c.consumer.post(&app, &submit, &[])
    );
    assert_eq!(
        (a.status(), b.status()),
        (
            reqwest::StatusCode::SEE_OTHER,
            reqwest::StatusCode::SEE_OTHER
        )
    );
    let count = app
        .db(|c| db::cases::page(c, &db::cases::Scope::All, &Default::default(), None, 10))
        .await
        .len();
    assert_eq!(count, 1);
    assert_eq!(
        app.emails_to("clara@example.org").await.len(),
        1,
        "one acknowledgement"
    );
}

#[tokio::test]
async fn bad_answers_are_shown_beside_their_fields_and_what_was_typed_is_kept() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let res = c.consumer.post(&app, "/cases", &[]).await;
    let id = location(&res)
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/draft/purchase"),
            &[
                ("sector", "electronics"),
                ("problem_kind", "defective"),
                ("purchase_description", "A kettle"),
                ("purchase_date", "2999-01-01"),
                ("price", "-20"),
                ("price_currency", "ZZZ"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for id in [
        "error-date-future",
        "error-amount-negative",
        "error-currency-unknown",
    ] {
        assert!(html.contains(&concilia::i18n::t("en", id)), "{id}");
    }
    assert!(html.contains(r#"value="A kettle""#));
    assert!(html.contains(r#"value="-20""#));
    // The valid fields of the step were saved anyway.
    assert_eq!(state_of(&app, &id).await.purchase_description, "A kettle");

    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/draft/purchase"),
            &[
                ("sector", "electronics"),
                ("problem_kind", "defective"),
                ("purchase_description", "A kettle"),
                ("purchase_date", "2026-05-10"),
                ("price", "20"),
                ("price_currency", "EUR"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/draft/complaint"),
            &[
                ("complained_on", "2026-05-01"),
                ("trader_responded", "no"),
                ("claim_kind", "refund"),
                ("claim_amount", "20"),
                ("claim_currency", "EUR"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&concilia::i18n::t("en", "error-complaint-before-purchase"))
    );
    // Filing an incomplete draft names the steps to finish, and files nothing.
    let res = c
        .consumer
        .post(&app, &format!("/cases/{id}/submit"), &[])
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&format!("/cases/{id}/draft/trader"))
    );
    assert_eq!(state_of(&app, &id).await.state.as_str(), "draft");
}

#[tokio::test]
async fn the_whole_path_from_missing_information_to_a_closing_without_agreement() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;

    // Missing information: the case waits, the consumer is emailed and answers.
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "request-info",
            &[("request", "Please send the receipt number.")]
        )
        .await,
        303
    );
    assert_eq!(state_of(&app, &id).await.state.as_str(), "awaiting_info");
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains("Please send the receipt number."))
    );
    assert_eq!(
        step(
            &app,
            &c.consumer,
            &id,
            "provide-info",
            &[("answer", "It is 4711.")]
        )
        .await,
        303
    );
    assert_eq!(state_of(&app, &id).await.state.as_str(), "submitted");

    // Accepting before the file is complete is refused as a conflict.
    assert_eq!(step(&app, &c.staff, &id, "accept", &[]).await, 409);
    assert_eq!(step(&app, &c.staff, &id, "mark-complete", &[]).await, 303);
    let case = state_of(&app, &id).await;
    let completed = case.completed_at.unwrap();
    assert_eq!(
        case.outcome_due_at.unwrap() - completed,
        chrono::Duration::days(90)
    );
    assert!(case.received_at.unwrap() <= completed, "both dates kept");
    // The consumer is told the file is complete; the trader hears of the case only with its
    // invitation, once the centre accepts it.
    let subject = "is complete";
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains(subject))
    );
    assert!(app.emails_to(TRADER_EMAIL).await.is_empty());

    // Acceptance invites the trader, who is not in the portal, with a single-use link.
    assert_eq!(step(&app, &c.staff, &id, "accept", &[]).await, 303);
    let case = state_of(&app, &id).await;
    assert_eq!(case.state.as_str(), "awaiting_trader");
    let due = case.trader_due_on.unwrap();
    let link = app.link_sent_to(TRADER_EMAIL, "/invitations/").await;
    let (client, jar) = app.new_browser();
    let trader = Browser { client, jar };
    let res = trader
        .post(
            &app,
            &link,
            &[
                ("password", crate::helpers::PASSWORD),
                ("password_confirm", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    // The link works once.
    let again = trader
        .post(
            &app,
            &link,
            &[
                ("password", crate::helpers::PASSWORD),
                ("password_confirm", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_ne!(again.status(), 303);
    let trader = app.browser_for(TRADER_EMAIL).await;
    let list = trader.text(&app, "/cases").await;
    assert!(list.contains(case.reference.as_deref().unwrap()));
    let page = trader.text(&app, &format!("/cases/{id}")).await;
    assert!(page.contains(&concilia::i18n::format_date("en", due)));

    // The trader takes part; the consumer reads its first answer.
    assert_eq!(
        step(
            &app,
            &trader,
            &id,
            "join",
            &[("answer", "We offer a repair.")]
        )
        .await,
        303
    );
    assert_eq!(state_of(&app, &id).await.state.as_str(), "negotiation");
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains("We offer a repair."))
    );

    // Mediation, and a mediator who must first declare no conflict of interest.
    assert_eq!(
        step(&app, &c.consumer, &id, "request-mediation", &[]).await,
        303
    );
    assert_eq!(state_of(&app, &id).await.state.as_str(), "mediation");
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "assign-mediator",
            &[("mediator_id", &c.mediator_id)]
        )
        .await,
        303
    );
    let before = c.mediator.text(&app, &format!("/cases/{id}")).await;
    assert!(
        !before.contains("A washing machine"),
        "no file before the declaration"
    );
    assert!(!before.contains("We offer a repair."));
    assert_eq!(
        c.mediator
            .get(&app, &format!("/cases/{id}/certificate"))
            .await
            .status(),
        404
    );
    assert_eq!(
        step(
            &app,
            &c.mediator,
            &id,
            "extend",
            &[("days", "30"), ("reason", "x")]
        )
        .await,
        403
    );
    assert_eq!(
        step(&app, &c.mediator, &id, "declare-no-conflict", &[]).await,
        303
    );
    let after = c.mediator.text(&app, &format!("/cases/{id}")).await;
    assert!(after.contains("A washing machine"));
    assert!(
        app.emails_to(TRADER_EMAIL)
            .await
            .iter()
            .any(|m| m.contains("Mia Mediator"))
    );

    // One extension, with reasons, told to both; a second is refused.
    let due_before = state_of(&app, &id).await.outcome_due_at.unwrap();
    assert_eq!(
        step(
            &app,
            &c.mediator,
            &id,
            "extend",
            &[("days", "30"), ("reason", "An expert opinion is needed.")]
        )
        .await,
        303
    );
    let case = state_of(&app, &id).await;
    assert_eq!(
        case.outcome_due_at.unwrap() - due_before,
        chrono::Duration::days(30)
    );
    assert!(case.extended && case.complex);
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains("An expert opinion is needed."))
    );
    assert_eq!(
        step(
            &app,
            &c.mediator,
            &id,
            "extend",
            &[("days", "10"), ("reason", "More")]
        )
        .await,
        409
    );

    // Closing without agreement needs a summary, sent to both in writing.
    let res = c
        .mediator
        .post(
            &app,
            &format!("/cases/{id}/steps/close-not-settled"),
            &[("summary", "  ")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(
        step(
            &app,
            &c.mediator,
            &id,
            "close-not-settled",
            &[(
                "summary",
                "The parties could not agree on the cause of the fault."
            )]
        )
        .await,
        303
    );
    let case = state_of(&app, &id).await;
    assert_eq!(case.state.as_str(), "not_settled");
    assert!(case.closed_at.is_some());
    for who in ["clara@example.org", TRADER_EMAIL] {
        assert!(
            app.emails_to(who)
                .await
                .iter()
                .any(|m| m.contains("could not agree on the cause")),
            "{who}"
        );
    }
    // Nothing more happens on a closed case.
    assert_eq!(step(&app, &c.consumer, &id, "withdraw", &[]).await, 409);

    // The certificate of the procedure's dates downloads as an attachment.
    let res = c
        .consumer
        .get(&app, &format!("/cases/{id}/certificate"))
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let cert = res.text().await.unwrap();
    assert!(cert.contains(case.reference.as_deref().unwrap()));

    // Every step is in the hash-chained log, which is intact.
    let events = app
        .db({
            let id = id.clone();
            move |c| db::cases::events(c, &id)
        })
        .await;
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "submit",
            "request-info",
            "provide-info",
            "mark-complete",
            "accept",
            "join",
            "request-mediation",
            "assign-mediator",
            "declare-no-conflict",
            "extend",
            "close-not-settled"
        ]
    );
    let verified = app.db(concilia::domain::cases::audit::verify).await;
    assert_eq!(verified, Ok(11));
}

#[tokio::test]
async fn a_refusal_needs_a_ground_and_reasons_and_reaches_both_parties() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let mut steps = answers();
    // No complaint to the trader first: the automatic check proposes that ground.
    steps[2].1 = vec![
        ("complained_on", ""),
        ("trader_responded", "no"),
        ("claim_kind", "repair"),
        ("claim_currency", "EUR"),
    ];
    let id = file_case_with(&app, &c.consumer, steps).await;
    let page = c.staff.text(&app, &format!("/cases/{id}")).await;
    assert!(page.contains(&concilia::i18n::t("en", "case-automatic-grounds")));
    assert!(page.contains(&concilia::i18n::t("en", "ground-no-prior-complaint")));
    let queue = c.staff.text(&app, "/intake").await;
    assert!(queue.contains(&concilia::i18n::t("en", "ground-no-prior-complaint")));

    let res = c
        .staff
        .post(
            &app,
            &format!("/cases/{id}/steps/refuse"),
            &[("ground", ""), ("reason", "Please complain first.")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Please complain first."),
        "what was typed is kept"
    );
    assert_eq!(state_of(&app, &id).await.state.as_str(), "submitted");

    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "refuse",
            &[
                ("ground", "no_prior_complaint"),
                ("reason", "Please complain to the trader first.")
            ]
        )
        .await,
        303
    );
    let case = state_of(&app, &id).await;
    assert_eq!(
        (case.state.as_str(), case.refusal_ground.map(|v| v.as_str())),
        ("refused", Some("no_prior_complaint"))
    );
    for who in ["clara@example.org", TRADER_EMAIL] {
        let mails = app.emails_to(who).await;
        let mail = mails
            .iter()
            .find(|m| m.contains("Please complain to the trader first."))
            .unwrap_or_else(|| panic!("{who}"));
        assert!(
            mail.contains(&concilia::i18n::t("en", "ground-no-prior-complaint")),
            "{who}"
        );
    }
    let events = app
        .db({
            let id = id.clone();
            move |c| db::cases::events(c, &id)
        })
        .await;
    assert!(
        events
            .last()
            .unwrap()
            .data
            .contains("\"suggested_automatically\":true")
    );
}

#[tokio::test]
async fn either_party_may_withdraw_but_a_bound_member_trader_may_not() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    // A member trader bound to take part.
    let org = member_org(&app, "BOUND-1", true).await;
    let (_, trader) = app
        .person(
            Role::TraderUser,
            "Tina Trader",
            "tina@member.example",
            Some(org.clone()),
        )
        .await;
    let mut steps = answers();
    steps[0].1 = vec![("trader_org_id", org.clone().leak())];
    let id = file_case_with(&app, &c.consumer, steps).await;
    // Before acceptance the trader does not see the case at all.
    assert_eq!(
        trader.get(&app, &format!("/cases/{id}")).await.status(),
        404
    );
    step(&app, &c.staff, &id, "mark-complete", &[]).await;
    step(&app, &c.staff, &id, "accept", &[]).await;
    assert!(
        app.emails_to("tina@member.example")
            .await
            .iter()
            .any(|m| m.contains(&format!("/cases/{id}")))
    );
    assert_eq!(
        trader.get(&app, &format!("/cases/{id}")).await.status(),
        200
    );
    assert_eq!(
        step(&app, &trader, &id, "decline", &[("reason", "No.")]).await,
        403,
        "bound to take part"
    );
    assert_eq!(
        step(
            &app,
            &trader,
            &id,
            "join",
            &[("answer", "We will look into it.")]
        )
        .await,
        303
    );
    assert_eq!(step(&app, &trader, &id, "withdraw", &[]).await, 403);
    assert_eq!(state_of(&app, &id).await.state.as_str(), "negotiation");

    assert_eq!(
        step(
            &app,
            &c.consumer,
            &id,
            "withdraw",
            &[("reason", "We agreed by phone.")]
        )
        .await,
        303
    );
    let case = state_of(&app, &id).await;
    assert_eq!(
        (case.state.as_str(), case.withdrawn_by.map(|v| v.as_str())),
        ("withdrawn", Some("consumer"))
    );
    assert!(
        app.emails_to("tina@member.example")
            .await
            .iter()
            .any(|m| m.contains("We agreed by phone."))
    );
}

#[tokio::test]
async fn a_trader_that_is_not_bound_may_withdraw_and_may_decline_to_take_part() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = accepted_case(&app, &c).await;
    let res = trader
        .post(
            &app,
            &format!("/cases/{id}/steps/decline"),
            &[("reason", "")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(
        step(
            &app,
            &trader,
            &id,
            "decline",
            &[("reason", "We never sold this item.")]
        )
        .await,
        303
    );
    let case = state_of(&app, &id).await;
    assert_eq!(case.state.as_str(), "trader_declined");
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains("We never sold this item."))
    );

    // A second dispute with the same trader: its account from the first case is used.
    let id = file_case(&app, &c.consumer).await;
    step(&app, &c.staff, &id, "mark-complete", &[]).await;
    assert_eq!(step(&app, &c.staff, &id, "accept", &[]).await, 303);
    assert_eq!(state_of(&app, &id).await.trader_org_id, case.trader_org_id);
    assert_eq!(
        step(&app, &trader, &id, "join", &[("answer", "Fine.")]).await,
        303
    );
    assert_eq!(step(&app, &trader, &id, "withdraw", &[]).await, 303);
    assert_eq!(
        state_of(&app, &id).await.withdrawn_by.map(|v| v.as_str()),
        Some("trader")
    );
}

#[tokio::test]
async fn an_objection_to_the_mediator_upheld_removes_them() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = accepted_case(&app, &c).await;
    step(&app, &trader, &id, "join", &[("answer", "OK")]).await;
    step(
        &app,
        &c.staff,
        &id,
        "assign-mediator",
        &[("mediator_id", &c.mediator_id)],
    )
    .await;
    step(&app, &c.mediator, &id, "declare-no-conflict", &[]).await;
    assert_eq!(
        step(
            &app,
            &trader,
            &id,
            "object",
            &[("reason", "The mediator worked for the consumer's employer.")]
        )
        .await,
        303
    );
    assert!(
        app.emails_to("staff@centre.example")
            .await
            .iter()
            .any(|m| m.contains("worked for the consumer"))
    );
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "decide-objection",
            &[("decision", "uphold"), ("note", "A fair point.")]
        )
        .await,
        303
    );
    let case = state_of(&app, &id).await;
    assert!(case.mediator_id.is_none() && case.objection.is_none());
    assert_eq!(
        c.mediator.get(&app, &format!("/cases/{id}")).await.status(),
        404
    );
}

#[tokio::test]
async fn a_representative_sees_that_case_only() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let (_, other) = app
        .person(
            Role::Consumer,
            "Dmitri Consumer",
            "dmitri@example.org",
            None,
        )
        .await;
    let other_case = file_case(&app, &other).await;
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/steps/add-member"),
            &[
                ("name", "Rita Rep"),
                ("email", "not-an-email"),
                ("capacity", "representative"),
                ("relationship", "Lawyer"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&concilia::i18n::t("en", "error-email-invalid"))
    );
    assert_eq!(
        step(
            &app,
            &c.consumer,
            &id,
            "add-member",
            &[
                ("name", "Rita Rep"),
                ("email", "rita@law.example"),
                ("capacity", "representative"),
                ("relationship", "Lawyer")
            ]
        )
        .await,
        303
    );
    let link = app.link_sent_to("rita@law.example", "/invitations/").await;
    let (client, jar) = app.new_browser();
    let rep = Browser { client, jar };
    rep.post(
        &app,
        &link,
        &[
            ("password", crate::helpers::PASSWORD),
            ("password_confirm", crate::helpers::PASSWORD),
        ],
    )
    .await;
    let rep = app.browser_for("rita@law.example").await;
    assert_eq!(rep.get(&app, &format!("/cases/{id}")).await.status(), 200);
    assert_eq!(
        rep.get(&app, &format!("/cases/{other_case}"))
            .await
            .status(),
        404
    );
    let list = rep.text(&app, "/cases").await;
    assert_eq!(
        list.matches("href=\"/cases/").count() - list.matches("href=\"/cases/new").count(),
        1
    );
    // The representative acts for the consumer.
    assert_eq!(step(&app, &rep, &id, "withdraw", &[]).await, 303);
}

#[tokio::test]
async fn staff_enter_a_postal_complaint_and_the_consumer_gets_access_by_email() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let res = c
        .staff
        .post(
            &app,
            "/staff/cases",
            &[
                ("consumer_name", "Petar Postal"),
                ("consumer_email", "petar@example.org"),
                ("consumer_country", "RO"),
                ("channel", "post"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let id = location(&res)
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let mut steps = answers();
    steps[3].1 = vec![
        ("description", "Letter of 3 May."),
        ("language", "en"),
        ("consumer_country", "RO"),
        ("not_elsewhere", "on"),
    ];
    for (s, fields) in steps {
        assert_eq!(
            c.staff
                .post(&app, &format!("/cases/{id}/draft/{s}"), &fields)
                .await
                .status(),
            303
        );
    }
    assert_eq!(
        c.staff
            .post(&app, &format!("/cases/{id}/submit"), &[])
            .await
            .status(),
        303
    );
    let case = state_of(&app, &id).await;
    assert_eq!(
        (case.channel.as_str(), case.state.as_str()),
        ("post", "submitted")
    );
    assert_ne!(
        case.consumer_country, case.trader_country,
        "cross-border recorded"
    );
    let link = app.link_sent_to("petar@example.org", "/invitations/").await;
    let (client, jar) = app.new_browser();
    let petar = Browser { client, jar };
    petar
        .post(
            &app,
            &link,
            &[
                ("password", crate::helpers::PASSWORD),
                ("password_confirm", crate::helpers::PASSWORD),
            ],
        )
        .await;
    let petar = app.browser_for("petar@example.org").await;
    assert_eq!(petar.get(&app, &format!("/cases/{id}")).await.status(), 200);
    // A letter that came later is logged into the file.
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "log-correspondence",
            &[
                ("direction", "incoming"),
                ("date", "2026-06-03"),
                ("summary", "Copy of the receipt by post.")
            ]
        )
        .await,
        303
    );
    assert!(
        petar
            .text(&app, &format!("/cases/{id}/history"))
            .await
            .contains("Copy of the receipt by post.")
    );
}

#[tokio::test]
async fn references_stay_unique_and_without_gaps_when_many_file_at_once() {
    let app = spawn_app().await;
    let mut people = vec![];
    for i in 0..8 {
        let (_, b) = app
            .person(
                Role::Consumer,
                &format!("Consumer {i}"),
                &format!("c{i}@example.org"),
                None,
            )
            .await;
        people.push(b);
    }
    let ids = futures::future::join_all(people.iter().map(|b| file_case(&app, b))).await;
    let mut refs: Vec<String> = vec![];
    for id in &ids {
        refs.push(state_of(&app, id).await.reference.unwrap());
    }
    refs.sort();
    let year = chrono::Utc::now().format("%Y").to_string();
    let expected: Vec<String> = (1..=8).map(|n| format!("ADR-{year}-{n:06}")).collect();
    assert_eq!(refs, expected);
}

#[tokio::test]
async fn holidays_in_the_traders_country_push_its_deadline_and_complex_cases_get_thirty_days() {
    use concilia::domain::working_days;
    let app = spawn_app().await;
    let c = cast(&app).await;
    let today = db::now().date();
    let holiday = working_days::add(today, 3, &[]);
    let res = c
        .staff
        .post(
            &app,
            "/admin/holidays",
            &[
                ("country", "BG"),
                ("day", &holiday.to_string()),
                ("name", "Liberation Day"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = c
        .staff
        .post(
            &app,
            "/admin/holidays",
            &[
                ("country", "BG"),
                ("day", &holiday.to_string()),
                ("name", "Again"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422, "a day is entered once");
    let res = c
        .staff
        .post(
            &app,
            "/admin/holidays",
            &[("country", "XX"), ("day", "someday"), ("name", "")],
        )
        .await;
    assert_eq!(res.status(), 422);

    let id = file_case(&app, &c.consumer).await;
    step(&app, &c.staff, &id, "mark-complete", &[]).await;
    step(&app, &c.staff, &id, "accept", &[]).await;
    let due = state_of(&app, &id).await.trader_due_on.unwrap();
    assert_eq!(due, working_days::add(today, 20, &[holiday]));
    assert_ne!(due, working_days::add(today, 20, &[]));
    assert_eq!(step(&app, &c.staff, &id, "mark-complex", &[]).await, 303);
    let due = state_of(&app, &id).await.trader_due_on.unwrap();
    assert_eq!(due, working_days::add(today, 30, &[holiday]));
    assert_eq!(
        step(&app, &c.staff, &id, "mark-complex", &[]).await,
        409,
        "once"
    );
}

#[tokio::test]
async fn case_mail_of_a_member_trader_goes_to_its_adr_contact_and_backup() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let org = member_org(&app, "CONTACTS-1", false).await;
    let (contact, trader) = app
        .person(
            Role::TraderUser,
            "Cora Contact",
            "cora@member.example",
            Some(org.clone()),
        )
        .await;
    let (backup, _) = app
        .person(
            Role::TraderUser,
            "Ben Backup",
            "ben@member.example",
            Some(org.clone()),
        )
        .await;
    app.create_user(
        "Gus General",
        "gus@member.example",
        Role::TraderUser,
        Some(org.clone()),
    )
    .await;
    let path = format!("/admin/organisations/{org}/contacts");
    let res = trader
        .post(
            &app,
            &path,
            &[
                ("adr_contact_id", &contact.id),
                ("adr_backup_id", &contact.id),
            ],
        )
        .await;
    assert_eq!(res.status(), 422, "the backup is someone else");
    let res = trader
        .post(
            &app,
            &path,
            &[
                ("adr_contact_id", &contact.id),
                ("adr_backup_id", &backup.id),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Another organisation's user cannot change them.
    let other = member_org(&app, "CONTACTS-2", false).await;
    let (_, outsider) = app
        .person(Role::TraderUser, "Olga", "olga@other.example", Some(other))
        .await;
    assert_eq!(
        outsider
            .post(
                &app,
                &path,
                &[("adr_contact_id", ""), ("adr_backup_id", "")]
            )
            .await
            .status(),
        404
    );

    let mut steps = answers();
    steps[0].1 = vec![("trader_org_id", org.clone().leak())];
    let id = file_case_with(&app, &c.consumer, steps).await;
    step(&app, &c.staff, &id, "mark-complete", &[]).await;
    step(&app, &c.staff, &id, "accept", &[]).await;
    let invited =
        |m: &String| m.contains(&format!("/cases/{id}")) && m.contains("needs your answer");
    assert!(
        app.emails_to("cora@member.example")
            .await
            .iter()
            .any(invited)
    );
    assert!(
        app.emails_to("ben@member.example")
            .await
            .iter()
            .any(invited)
    );
    assert!(
        !app.emails_to("gus@member.example")
            .await
            .iter()
            .any(invited)
    );
    // Everyone in the organisation still sees the case in its list.
    let gus = app.browser_for("gus@member.example").await;
    assert!(
        gus.text(&app, "/cases")
            .await
            .contains(&format!("/cases/{id}"))
    );
}

#[tokio::test]
async fn staff_link_related_cases_into_a_group_each_keeping_its_own_outcome() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let a = file_case(&app, &c.consumer).await;
    let b = file_case(&app, &c.consumer).await;
    let b_ref = state_of(&app, &b).await.reference.unwrap();
    let res = c
        .staff
        .post(
            &app,
            &format!("/cases/{a}/steps/link-group"),
            &[("other_reference", "ADR-1999-999999")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert_eq!(
        step(
            &app,
            &c.staff,
            &a,
            "link-group",
            &[("other_reference", &b_ref)]
        )
        .await,
        303
    );
    let (ka, kb) = (state_of(&app, &a).await, state_of(&app, &b).await);
    assert!(ka.group_id.is_some() && ka.group_id == kb.group_id);
    assert!(
        c.staff
            .text(&app, &format!("/cases/{a}"))
            .await
            .contains(&b_ref)
    );
    let b_events = app
        .db({
            let b = b.clone();
            move |c| db::cases::events(c, &b)
        })
        .await;
    assert_eq!(
        b_events.last().unwrap().kind.as_str(),
        "link-group",
        "both logs"
    );
    step(
        &app,
        &c.staff,
        &a,
        "refuse",
        &[("ground", "frivolous"), ("reason", "Duplicate.")],
    )
    .await;
    assert_eq!(
        state_of(&app, &b).await.state.as_str(),
        "submitted",
        "each keeps its own outcome"
    );
}

#[tokio::test]
async fn the_public_page_states_what_article_7_asks_and_the_rules_download() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let page = app.get_text("/about").await;
    assert!(page.contains("Mia Mediator"), "who the mediators are");
    assert!(page.contains(&app.state.config.centre.email));
    assert!(page.contains(&concilia::i18n::t("en", "terms-free")));
    assert!(page.contains(&concilia::i18n::t("en", "ground-too-late")));
    assert!(page.contains(&concilia::i18n::t("en", "about-average-none")));
    // After one closed procedure the average length is computed from the cases.
    let (id, trader) = accepted_case(&app, &c).await;
    step(&app, &trader, &id, "decline", &[("reason", "No.")]).await;
    let page = app.get_text("/about").await;
    assert!(page.contains("On average, 0 days"), "{page}");
    let res = app.get("/about/rules.txt").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert!(res.text().await.unwrap().contains("working days"));
}
