//! The case workspace: the next step first, for the person looking, with the deadline and
//! their one or two steps as buttons; sections with their own addresses, counts and unread
//! markers; and the dashboard's list of what waits for each person.
use crate::case_file::mediation;
use crate::cases::{accepted_case, cast, file_case, state_of, step};
use crate::helpers::spawn_app;

/// The text of the next-step panel of a page.
fn panel(page: &str) -> &str {
    let start = page.find(r#"class="next-step"#).expect("a next-step panel");
    let end = page[start..].find("</section>").unwrap() + start;
    &page[start..end]
}

#[tokio::test]
async fn each_person_sees_who_must_act_by_when_and_their_own_step_first() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    // Filed: the centre checks the file; staff get the two intake steps as buttons.
    let id = file_case(&app, &c.consumer).await;
    let staff = c
        .staff
        .text(&app, &format!("/cases/{id}"))
        .await
        .replace("&#x2f;", "/");
    let p = panel(&staff);
    assert!(p.contains("Check that the file is complete"), "{p}");
    assert!(p.contains("Due by") && p.contains("days left"), "{p}");
    assert!(p.contains(r#"id="step-mark-complete""#) && p.contains(r#"id="step-request-info""#));
    let consumer = c
        .consumer
        .text(&app, &format!("/cases/{id}"))
        .await
        .replace("&#x2f;", "/");
    let p = panel(&consumer);
    assert!(p.contains("is checking that the file is complete"), "{p}");
    assert!(
        !p.contains("<form"),
        "the consumer waits: no step in the panel"
    );

    // Accepted: the trader must answer by its deadline, and "Take part" is a visible
    // primary form, not a disclosure.
    let id = {
        let (id, trader) = accepted_case(&app, &c).await;
        let case = state_of(&app, &id).await;
        let page = trader
            .text(&app, &format!("/cases/{id}"))
            .await
            .replace("&#x2f;", "/");
        let p = panel(&page);
        assert!(
            p.contains("Answer the dispute: take part in the procedure, or decline."),
            "{p}"
        );
        assert!(
            p.contains(r#"class="step-form step-form--primary" id="step-join""#),
            "{p}"
        );
        assert!(
            !page.contains(r#"<details id="step-join""#),
            "not also among the other steps"
        );
        let due = case.trader_due_on.unwrap().to_string();
        assert!(p.contains(&format!(r#"datetime="{due}""#)), "{p}");
        let consumer = c
            .consumer
            .text(&app, &format!("/cases/{id}"))
            .await
            .replace("&#x2f;", "/");
        let p = panel(&consumer);
        assert!(
            p.contains(&format!("{} must answer", case.trader_name)),
            "the consumer is told who must act: {p}"
        );
        // The trader's dashboard lists it as waiting for them, in the same words.
        let dashboard = trader.text(&app, "/dashboard").await;
        let yours = &dashboard[dashboard.find("agenda-yours").unwrap()..];
        assert!(
            yours.contains(case.reference.as_deref().unwrap()),
            "{yours}"
        );
        assert!(yours.contains("Answer the dispute"), "{yours}");
        let dashboard = c.consumer.text(&app, "/dashboard").await;
        let others = &dashboard[dashboard.find("agenda-others").expect("waiting for others")..];
        assert!(others.contains(&format!("{} must answer", case.trader_name)));
        id
    };

    // Assigned: the mediator who has not declared sees the parties' names, and is asked to
    // declare; the file's sections are not there for them yet.
    step(
        &app,
        &c.staff,
        &id,
        "assign-mediator",
        &[("mediator_id", &c.mediator_id)],
    )
    .await;
    let case = state_of(&app, &id).await;
    let page = c
        .mediator
        .text(&app, &format!("/cases/{id}"))
        .await
        .replace("&#x2f;", "/");
    assert!(page.contains(&case.consumer_name) && page.contains(&case.trader_name));
    assert!(panel(&page).contains(r#"id="step-declare-no-conflict""#));
    let res = c.mediator.get(&app, &format!("/cases/{id}/messages")).await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn sections_have_their_own_addresses_counts_and_unread_markers() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let res = trader
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[
                ("audience", "everyone"),
                ("body", "Our answer, in writing."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert!(crate::helpers::location(&res).starts_with(&format!("/cases/{id}/messages?")));
    let overview = c
        .consumer
        .text(&app, &format!("/cases/{id}"))
        .await
        .replace("&#x2f;", "/");
    for section in ["messages", "documents", "hearings", "settlement", "history"] {
        assert!(
            overview.contains(&format!(r#"href="/cases/{id}/{section}""#)),
            "{section}"
        );
    }
    assert!(
        !overview.contains("Our answer, in writing."),
        "messages live in their section"
    );
    let tab = &overview[overview
        .find(&format!(r#"href="/cases/{id}/messages""#))
        .unwrap()..];
    let tab = &tab[..tab.find("</a>").unwrap()];
    assert!(tab.contains("1 new"), "{tab}");
    let messages = c
        .consumer
        .text(&app, &format!("/cases/{id}/messages"))
        .await
        .replace("&#x2f;", "/");
    assert!(messages.contains("Our answer, in writing."));
    assert!(messages.contains(r#"aria-current="page""#));
    // Seen once, it is no longer new.
    let overview = c
        .consumer
        .text(&app, &format!("/cases/{id}"))
        .await
        .replace("&#x2f;", "/");
    let tab = &overview[overview
        .find(&format!(r#"href="/cases/{id}/messages""#))
        .unwrap()..];
    let tab = &tab[..tab.find("</a>").unwrap()];
    assert!(!tab.contains("new"), "{tab}");
    // In mediation the mediator leads: propose or book a hearing, as links to their
    // sections.
    assert_eq!(
        step(&app, &c.consumer, &id, "request-mediation", &[]).await,
        303
    );
    let page = c
        .mediator
        .text(&app, &format!("/cases/{id}/history"))
        .await
        .replace("&#x2f;", "/");
    let p = panel(&page);
    let propose = format!("/cases/{id}/settlement?open=proposal-new#proposal-new");
    assert!(p.contains(&format!(r#"href="{propose}""#)), "{p}");
    let book = format!("/cases/{id}/hearings?open=hearing-new#hearing-new");
    assert!(p.contains(&format!(r#"href="{book}""#)), "{p}");
    // The link lands on its form, open: one tap to reach it, no script needed.
    let page = c
        .mediator
        .text(&app, propose.split('#').next().unwrap())
        .await;
    assert!(page.contains(r#"<details id="proposal-new" open>"#), "open");
    let page = c
        .mediator
        .text(&app, &format!("/cases/{id}/settlement"))
        .await;
    assert!(
        page.contains(r#"<details id="proposal-new">"#),
        "closed otherwise"
    );
}

/// What one person's next-step panel says: its sentence, whether it has a deadline, and the
/// steps it offers (forms by their step, links by the form they open).
async fn panel_of(app: &crate::helpers::TestApp, b: &crate::helpers::Browser, id: &str) -> String {
    let page = b
        .text(app, &format!("/cases/{id}"))
        .await
        .replace("&#x2f;", "/");
    panel(&page).to_string()
}

/// Walks one case through its states and, at each, asks every person on it what the panel
/// says: who must act (named), a deadline where the procedure sets one, and the right
/// primary step for the one who acts, none for the others.
#[tokio::test]
async fn at_every_state_the_panel_names_the_actor_the_deadline_and_the_step() {
    use crate::settlements::{in_days, obligations_of, payment, settle_with};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let p = panel_of(&app, &c.staff, &id).await;
    assert!(
        p.contains("/steps/mark-complete") && p.contains("Due by"),
        "{p}"
    );
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "request-info",
            &[("request", "The receipt, please.")]
        )
        .await,
        303
    );
    let p = panel_of(&app, &c.consumer, &id).await;
    assert!(
        p.contains("Send the centre the information it asked for")
            && p.contains("/steps/provide-info"),
        "{p}"
    );
    let p = panel_of(&app, &c.staff, &id).await;
    assert!(
        p.contains("Clara Consumer must send") && !p.contains("<form"),
        "{p}"
    );
    assert_eq!(
        step(
            &app,
            &c.consumer,
            &id,
            "provide-info",
            &[("answer", "Attached.")]
        )
        .await,
        303
    );
    assert_eq!(step(&app, &c.staff, &id, "mark-complete", &[]).await, 303);
    let p = panel_of(&app, &c.staff, &id).await;
    assert!(
        p.contains("Accept the case or refuse it")
            && p.contains("/steps/accept")
            && p.contains("/steps/refuse"),
        "{p}"
    );
    let p = panel_of(&app, &c.consumer, &id).await;
    assert!(p.contains("is deciding whether to take the case"), "{p}");
    drop(id);

    // From acceptance to a closed case.
    let (id, trader) = accepted_case(&app, &c).await;
    let p = panel_of(&app, &trader, &id).await;
    assert!(p.contains("/steps/join") && p.contains("Due by"), "{p}");
    assert_eq!(
        step(&app, &trader, &id, "join", &[("answer", "We take part.")]).await,
        303
    );
    for b in [&c.consumer, &trader] {
        let p = panel_of(&app, b, &id).await;
        assert!(
            p.contains("Try to settle directly")
                && p.contains("open=proposal-new")
                && p.contains("/steps/request-mediation"),
            "{p}"
        );
    }
    let p = panel_of(&app, &c.staff, &id).await;
    assert!(
        p.contains("The parties are trying to settle directly.") && !p.contains("<form"),
        "{p}"
    );
    assert_eq!(
        step(&app, &c.consumer, &id, "request-mediation", &[]).await,
        303
    );
    let p = panel_of(&app, &c.staff, &id).await;
    assert!(
        p.contains("Assign a mediator") && p.contains("/steps/assign-mediator"),
        "{p}"
    );
    let p = panel_of(&app, &c.consumer, &id).await;
    assert!(p.contains("is assigning a mediator"), "{p}");
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
    let p = panel_of(&app, &c.mediator, &id).await;
    assert!(p.contains("/steps/declare-no-conflict"), "{p}");
    let p = panel_of(&app, &c.consumer, &id).await;
    assert!(p.contains("Mia Mediator must declare"), "{p}");
    assert_eq!(
        step(&app, &c.mediator, &id, "declare-no-conflict", &[]).await,
        303
    );
    let p = panel_of(&app, &c.mediator, &id).await;
    assert!(
        p.contains("Lead the mediation") && p.contains("open=hearing-new") && p.contains("Due by"),
        "{p}"
    );
    let p = panel_of(&app, &trader, &id).await;
    assert!(p.contains("Mia Mediator is leading the mediation"), "{p}");

    // A proposal: the side that has to answer is asked, with a link that opens the answer.
    let due = in_days(10);
    let (status, body) = crate::settlements::post(
        &app,
        &c.consumer,
        &format!("/cases/{id}/proposals"),
        &payment("trader", "80.00", "EUR", &due),
    )
    .await;
    assert_eq!(status, 303, "{body}");
    let p = panel_of(&app, &trader, &id).await;
    assert!(
        p.contains("Answer the proposal") && p.contains("-answer#p-"),
        "{p}"
    );
    let p = panel_of(&app, &c.consumer, &id).await;
    assert!(
        p.contains(&format!(
            "{} must answer the proposal",
            state_of(&app, &id).await.trader_name
        )),
        "{p}"
    );

    // Settled: the trader must pay by the due date; then the consumer confirms in one tap.
    settle_with(
        &app,
        &c,
        &trader,
        &id,
        &payment("trader", "90.00", "EUR", &due),
    )
    .await;
    let p = panel_of(&app, &trader, &id).await;
    assert!(
        p.contains("Do what the agreement says") && p.contains("-done#o-"),
        "{p}"
    );
    assert!(p.contains(&format!(r#"datetime="{due}""#)), "{p}");
    let o = obligations_of(&app, &id).await.pop().unwrap();
    let done = format!("/cases/{id}/obligations/{}/done", o.id);
    assert_eq!(
        crate::settlements::post(&app, &trader, &done, &[("note", "Paid.")])
            .await
            .0,
        303
    );
    let p = panel_of(&app, &c.consumer, &id).await;
    assert!(
        p.contains("Confirm that what the agreement says was done")
            && p.contains(r#"name="answer" value="confirm""#),
        "{p}"
    );
    let p = panel_of(&app, &trader, &id).await;
    assert!(
        p.contains("Clara Consumer must confirm") && !p.contains("<form"),
        "{p}"
    );
    let answer = format!("/cases/{id}/obligations/{}/answer", o.id);
    assert_eq!(
        crate::settlements::post(&app, &c.consumer, &answer, &[("answer", "confirm")])
            .await
            .0,
        303
    );
    for b in [&c.consumer, &trader, &c.mediator, &c.staff] {
        let p = panel_of(&app, b, &id).await;
        assert!(
            p.contains("The case has ended") && !p.contains("<form") && !p.contains("Due by"),
            "{p}"
        );
    }
}
