//! Settlement: proposals, counters and acceptance to an agreement whose hash verifies, the
//! mediator's solution (shared sources only, Art. 9(2) information, reflection period),
//! blind offers, obligations to closure with reminders, and every bad input refused.
use concilia::db;
use concilia::domain::cases::settlements::sha256_hex;
use diesel::prelude::*;

use crate::case_file::mediation;
use crate::cases::{TRADER_EMAIL, cast};
use crate::helpers::{Browser, TestApp, fresh_database_url, spawn_app, spawn_app_with};

pub fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(days)).to_string()
}

pub fn payment<'a>(
    side: &'a str,
    amount: &'a str,
    currency: &'a str,
    due: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("item1_kind", "payment"),
        ("item1_side", side),
        ("item1_amount", amount),
        ("item1_currency", currency),
        ("item1_due_on", due),
    ]
}

pub async fn proposals(app: &TestApp, id: &str) -> Vec<db::models::Proposal> {
    let id = id.to_string();
    app.db(move |c| db::settlements::proposals_of_case(c, &id))
        .await
}

pub async fn obligations_of(app: &TestApp, id: &str) -> Vec<db::models::Obligation> {
    let id = id.to_string();
    app.db(move |c| db::settlements::obligations_of_case(c, &id))
        .await
}

async fn state(app: &TestApp, id: &str) -> String {
    let id = id.to_string();
    app.db(move |c| db::cases::find(c, &id))
        .await
        .unwrap()
        .state
        .as_str()
        .to_string()
}

pub async fn post(
    app: &TestApp,
    b: &Browser,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let res = b.post(app, path, fields).await;
    let status = res.status().as_u16();
    let body = res
        .text()
        .await
        .unwrap()
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/");
    (status, body)
}

pub async fn answer(
    app: &TestApp,
    b: &Browser,
    id: &str,
    p: &db::models::Proposal,
    what: &str,
) -> (u16, String) {
    let version = p.version.to_string();
    post(
        app,
        b,
        &format!("/cases/{id}/proposals/{}/answer", p.id),
        &[
            ("answer", what),
            ("version", &version),
            ("reason", "Too little."),
        ],
    )
    .await
}

/// A consumer offer that the trader accepts: the shortest way to a settled case.
pub async fn settle_with(
    app: &TestApp,
    c: &crate::cases::Cast,
    trader: &Browser,
    id: &str,
    fields: &[(&str, &str)],
) {
    let (status, body) = post(app, &c.consumer, &format!("/cases/{id}/proposals"), fields).await;
    assert_eq!(status, 303, "{body}");
    let p = proposals(app, id).await.pop().unwrap();
    let (status, body) = answer(app, trader, id, &p, "accept").await;
    assert_eq!(status, 303, "{body}");
    assert_eq!(state(app, id).await, "settled");
}

#[tokio::test]
async fn proposal_counter_and_acceptance_settle_the_case_with_an_agreement_whose_hash_verifies() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let due = in_days(10);

    // The consumer asks for 150 EUR and a written apology.
    let mut fields = payment("trader", "150", "EUR", &due);
    fields.extend([
        ("item2_kind", "action"),
        ("item2_side", "trader"),
        ("item2_action", "apology"),
        ("item2_due_on", due.as_str()),
        ("note", "Paid to my account."),
    ]);
    let (status, _) = post(
        &app,
        &c.consumer,
        &format!("/cases/{id}/proposals"),
        &fields,
    )
    .await;
    assert_eq!(status, 303);
    let first = proposals(&app, &id).await.pop().unwrap();
    assert_eq!(first.side.as_str(), "consumer");
    app.flush_mail().await;
    assert!(
        app.emails_to(TRADER_EMAIL)
            .await
            .iter()
            .any(|m| m.contains("New settlement proposal")),
        "the trader is told"
    );

    // The trader counters with 100 EUR; the first proposal can no longer be accepted.
    let mut counter = payment("trader", "100.00", "EUR", &due);
    counter.push(("counters", first.id.as_str()));
    let (status, _) = post(&app, &trader, &format!("/cases/{id}/proposals"), &counter).await;
    assert_eq!(status, 303);
    let all = proposals(&app, &id).await;
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].status.as_str(), "countered");
    let second = all[1].clone();
    assert_eq!(second.answers_id.as_deref(), Some(first.id.as_str()));
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/settlement"))
        .await;
    assert!(
        page.contains("counters proposal 1"),
        "the thread of offers shows"
    );
    let (status, body) = answer(&app, &trader, &id, &first, "accept").await;
    assert_eq!(status, 422);
    assert!(body.contains("answered with a counter-proposal"), "{body}");

    // The consumer accepts the counter: both sides have accepted the same version.
    let (status, _) = answer(&app, &c.consumer, &id, &second, "accept").await;
    assert_eq!(status, 303);
    assert_eq!(state(&app, &id).await, "settled");
    let agreement = app
        .db({
            let id = id.clone();
            move |c| db::settlements::agreement_of_case(c, &id)
        })
        .await
        .expect("an agreement");
    assert_eq!(agreement.proposal_id, second.id);
    assert_eq!(sha256_hex(&agreement.canonical_text), agreement.sha256);
    let text = &agreement.canonical_text;
    for expected in [
        "Clara Consumer",
        "100.00",
        "EUR",
        "Accepted by:",
        "Consumer:",
        "Trader:",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    // The accepted counter is the case's second proposal, named so and not by its id.
    assert!(text.contains("Proposal: 2 (version 1)"), "{text}");
    assert!(
        !text.contains(&second.id) && !text.contains(&first.id),
        "{text}"
    );

    // The text download is exactly the hashed bytes; the printable page shows the hash.
    let res = c
        .consumer
        .get(&app, &format!("/cases/{id}/agreement?format=text"))
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let bytes = res.bytes().await.unwrap();
    assert_eq!(
        sha256_hex(std::str::from_utf8(&bytes).unwrap()),
        agreement.sha256
    );
    let html = trader.text(&app, &format!("/cases/{id}/agreement")).await;
    assert!(html.contains(&agreement.sha256));
    assert!(
        html.replace("&#x2f;", "/")
            .contains(&format!(r#"href="/cases/{id}/settlement""#)),
        "a way back to the case"
    );
    assert!(!html.contains("does not match"));
    assert!(!html.contains(&second.id), "no internal id on the page");

    // Both parties get it by email, the agreement attached.
    app.flush_mail().await;
    for who in ["clara@example.org", TRADER_EMAIL] {
        let mails = app.emails_to(who).await;
        let mail = mails
            .iter()
            .find(|m| m.contains("Settlement agreement on"))
            .unwrap_or_else(|| panic!("{who}: {mails:?}"));
        assert!(mail.contains("agreement-ADR-"), "attached: {mail}");
        assert!(mail.contains(&agreement.sha256));
    }

    // The agreement cannot be changed, even by a direct update.
    let changed = app
        .db({
            let id = agreement.id.clone();
            move |c| {
                use db::schema::agreements;
                Ok(diesel::update(agreements::table.find(id))
                    .set(agreements::canonical_text.eq("We agreed on 1,000,000 EUR."))
                    .execute(c)
                    .is_err())
            }
        })
        .await;
    assert!(changed, "the database refuses to change an agreement");

    // Each item is an obligation owed by the trader; honoured, the case closes.
    let obligations = obligations_of(&app, &id).await;
    assert_eq!(obligations.len(), 1);
    let o = &obligations[0];
    assert_eq!((o.side.as_str(), o.amount_minor), ("trader", Some(10000)));
    let path = |what: &str| format!("/cases/{id}/obligations/{}/{what}", o.id);
    // Before the trader says it is done, the consumer is offered nothing to confirm or
    // report, and a confirmation sent anyway is refused beside the answer.
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/settlement"))
        .await;
    assert!(
        !page.contains(&format!("/obligations/{}/answer", o.id)),
        "nothing to answer before it is marked done"
    );
    let (status, body) = post(&app, &c.consumer, &path("answer"), &[("answer", "confirm")]).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("once the other side has marked it done"),
        "{body}"
    );
    // Only the side that owes it marks it done, and only the other side confirms.
    assert_eq!(
        post(&app, &c.consumer, &path("done"), &[("note", "x")])
            .await
            .0,
        403
    );
    assert_eq!(
        post(
            &app,
            &trader,
            &path("done"),
            &[("note", "Paid on 1 December.")]
        )
        .await
        .0,
        303
    );
    assert_eq!(
        post(&app, &trader, &path("answer"), &[("answer", "confirm")])
            .await
            .0,
        403
    );
    // Marked done, the consumer's next step is the one-tap confirmation at the top of the
    // case, named for what it is.
    let page = c.consumer.text(&app, &format!("/cases/{id}")).await;
    assert!(
        page.contains("Confirm that what the agreement says was done"),
        "{page}"
    );
    assert!(page.contains(&format!("/obligations/{}/answer", o.id)));
    assert_eq!(
        post(&app, &c.consumer, &path("answer"), &[("answer", "confirm")])
            .await
            .0,
        303
    );
    assert_eq!(state(&app, &id).await, "closed");
    let page = c.consumer.text(&app, &format!("/cases/{id}")).await;
    assert!(
        page.contains("Settled, and the agreement was honoured."),
        "how it ended"
    );
    assert!(page.contains("Ended on"), "and when");
    let o = obligations_of(&app, &id).await.pop().unwrap();
    assert_eq!(o.outcome.map(|v| v.as_str()), Some("honoured"));
}

#[tokio::test]
async fn bad_proposals_and_answers_are_refused_with_a_clear_message() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let path = format!("/cases/{id}/proposals");
    let due = in_days(5);
    let yesterday = in_days(-1);
    for (fields, message) in [
        (vec![("note", "Let us talk.")], "Add at least one item"),
        (payment("trader", "0", "EUR", &due), "more than zero"),
        (payment("trader", "-20", "EUR", &due), "cannot be negative"),
        (
            payment("trader", "20", "EUR", &yesterday),
            "cannot be before today",
        ),
        (payment("trader", "20", "ZZZ", &due), "currency code"),
    ] {
        let (status, body) = post(&app, &c.consumer, &path, &fields).await;
        assert_eq!(status, 422, "{fields:?}");
        assert!(body.contains(message), "{message}: {body}");
        // What was typed stays in the form.
        if let Some((_, amount)) = fields.iter().find(|(k, _)| *k == "item1_amount") {
            assert!(
                body.contains(&format!("value=\"{amount}\"")),
                "{amount} kept"
            );
        }
    }
    assert!(
        proposals(&app, &id).await.is_empty(),
        "nothing was recorded"
    );

    // A proposal changed after the trader read it: the old version cannot be accepted.
    let (status, _) = post(
        &app,
        &c.consumer,
        &path,
        &payment("trader", "80", "EUR", &due),
    )
    .await;
    assert_eq!(status, 303);
    let read = proposals(&app, &id).await.pop().unwrap();
    let revise = format!("/cases/{id}/proposals/{}/revise", read.id);
    assert_eq!(
        post(&app, &trader, &revise, &payment("trader", "1", "EUR", &due))
            .await
            .0,
        403,
        "only its author's side changes it"
    );
    let (status, _) = post(
        &app,
        &c.consumer,
        &revise,
        &payment("trader", "90", "EUR", &due),
    )
    .await;
    assert_eq!(status, 303);
    let (status, body) = answer(&app, &trader, &id, &read, "accept").await;
    assert_eq!(status, 422);
    assert!(body.contains("changed after you opened it"), "{body}");

    // Its own side cannot accept it again, nor accept for the other side.
    let current = proposals(&app, &id).await.pop().unwrap();
    assert_eq!(current.version, 2);
    let version = current.version.to_string();
    let (status, body) = post(
        &app,
        &c.consumer,
        &format!("/cases/{id}/proposals/{}/answer", current.id),
        &[
            ("answer", "accept"),
            ("version", &version),
            ("side", "trader"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("already accepted"), "{body}");
    // The mediator does not accept for the parties.
    assert_eq!(
        answer(&app, &c.mediator, &id, &current, "accept").await.0,
        403
    );
    assert_eq!(state(&app, &id).await, "negotiation");

    // Rejecting needs a reason.
    let (status, body) = post(
        &app,
        &trader,
        &format!("/cases/{id}/proposals/{}/answer", current.id),
        &[("answer", "reject"), ("version", &version), ("reason", " ")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("required") || body.contains("Enter"),
        "{body}"
    );

    // Withdrawn, it cannot be accepted.
    let withdraw = format!("/cases/{id}/proposals/{}/withdraw", current.id);
    assert_eq!(post(&app, &trader, &withdraw, &[]).await.0, 403);
    assert_eq!(post(&app, &c.consumer, &withdraw, &[]).await.0, 303);
    let withdrawn = proposals(&app, &id).await.pop().unwrap();
    assert_eq!(withdrawn.status.as_str(), "withdrawn");
    let (status, body) = answer(&app, &trader, &id, &withdrawn, "accept").await;
    assert_eq!(status, 422);
    assert!(body.contains("was withdrawn"), "{body}");
    assert_eq!(state(&app, &id).await, "negotiation");
}

#[tokio::test]
async fn a_mediators_solution_relies_on_shared_items_and_acceptance_waits_for_information_and_reflection()
 {
    // Art. 9(1)(a): first, the solution waits while a party may still comment.
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _) = mediation(&app, &c).await;
    let (status, body) = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/proposals"),
        &payment("trader", "60", "EUR", &in_days(7)),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("comment period"), "{body}");

    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |config| config.centre.comment_days = 0).await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    for (audience, body) in [
        ("everyone", "The kettle broke after a week."),
        ("caucus_consumer", "I would take 50."),
    ] {
        let res = c
            .consumer
            .post(
                &app,
                &format!("/cases/{id}/messages"),
                &[("audience", audience), ("body", body)],
            )
            .await;
        assert_eq!(res.status(), 303);
    }
    let messages = app
        .db({
            let id = id.clone();
            move |c| {
                db::case_file::messages(
                    c,
                    &id,
                    &[
                        concilia::domain::cases::codes::Audience::Everyone,
                        concilia::domain::cases::codes::Audience::CaucusConsumer,
                    ],
                )
            }
        })
        .await;
    let shared = messages
        .iter()
        .find(|m| m.audience.as_str() == "everyone")
        .unwrap();
    let caucus = messages
        .iter()
        .find(|m| m.audience.as_str() != "everyone")
        .unwrap();

    let week = in_days(7);
    let mut fields = payment("trader", "60", "EUR", &week);
    let cite_caucus = format!("cite_{}", caucus.id);
    fields.push((cite_caucus.as_str(), "yes"));
    let (status, body) = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/proposals"),
        &fields,
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("only messages and documents both parties have seen"),
        "{body}"
    );
    assert!(proposals(&app, &id).await.is_empty());
    let week = in_days(7);
    let mut fields = payment("trader", "60", "EUR", &week);
    let cite_shared = format!("cite_{}", shared.id);
    fields.push((cite_shared.as_str(), "yes"));
    let (status, body) = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/proposals"),
        &fields,
    )
    .await;
    assert_eq!(status, 303, "{body}");
    let solution = proposals(&app, &id).await.pop().unwrap();
    assert_eq!(solution.side.as_str(), "mediator");
    assert!(solution.cites.contains(&shared.id));
    let reflection = solution.reflection_until.expect("a reflection period");
    let hours = (reflection - db::now()).num_minutes() as f64 / 60.0;
    assert!(
        (47.9..=48.0).contains(&hours),
        "48 hours by default: {hours}"
    );

    // The information page says what accepting means.
    let accept = format!("/cases/{id}/proposals/{}/accept", solution.id);
    let page = c.consumer.text(&app, &accept).await.replace("&#x27;", "'");
    for said in [
        "do not have to accept",
        "does not stop you from going to court",
        "may differ from what a court",
        "binds you",
    ] {
        assert!(page.contains(said), "{said}");
    }
    assert_eq!(
        c.mediator.get(&app, &accept).await.status(),
        404,
        "the parties' page only"
    );

    let answer_path = format!("/cases/{id}/proposals/{}/answer", solution.id);
    let version = solution.version.to_string();
    let base = [
        ("answer", "accept"),
        ("version", version.as_str()),
        ("from", "solution"),
    ];
    let (status, body) = post(&app, &c.consumer, &answer_path, &base).await;
    assert_eq!(status, 422);
    assert!(body.contains("Confirm that you have read"), "{body}");
    let mut informed = base.to_vec();
    informed.push(("informed", "yes"));
    let (status, body) = post(&app, &c.consumer, &answer_path, &informed).await;
    assert_eq!(status, 422);
    assert!(body.contains("reflection period has not ended"), "{body}");
    assert!(body.contains("checked"), "the confirmation is kept");
    let mut waived = informed.clone();
    waived.push(("waive", "yes"));
    assert_eq!(post(&app, &c.consumer, &answer_path, &waived).await.0, 303);
    let recorded = app
        .db({
            let p = solution.id.clone();
            move |c| db::settlements::answers_of(c, &p)
        })
        .await;
    let consumer = recorded
        .iter()
        .find(|a| a.side.as_str() == "consumer")
        .unwrap();
    assert!(consumer.informed_at.is_some() && consumer.waived_reflection);
    assert_eq!(
        state(&app, &id).await,
        "negotiation",
        "the trader has not accepted yet"
    );
    let (status, body) = post(&app, &c.consumer, &answer_path, &waived).await;
    assert_eq!(status, 422, "accepting twice");
    assert!(body.contains("already accepted"), "{body}");
    assert_eq!(post(&app, &trader, &answer_path, &waived).await.0, 303);
    assert_eq!(state(&app, &id).await, "settled");
}

#[tokio::test]
async fn blind_offers_meet_at_the_midpoint_and_otherwise_reveal_no_figure() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let path = format!("/cases/{id}/blind-offers");
    // Round 1: 500 against 300, too far apart.
    assert_eq!(
        post(&app, &c.consumer, &path, &[("amount", "500")]).await.0,
        303
    );
    assert_eq!(
        post(&app, &c.consumer, &path, &[("amount", "450")]).await.0,
        422,
        "one figure per round"
    );
    assert_eq!(post(&app, &trader, &path, &[("amount", "0")]).await.0, 422);
    assert_eq!(
        post(&app, &trader, &path, &[("amount", "300")]).await.0,
        303
    );
    assert_eq!(
        post(&app, &c.mediator, &path, &[("amount", "300")]).await.0,
        403
    );
    app.flush_mail().await;
    let mails = app.emails_to("clara@example.org").await;
    let missed = mails
        .iter()
        .find(|m| m.contains("did not meet"))
        .expect("told");
    // As an amount in any language's format; a bare "300" can occur in a message id.
    for figure in ["300.00", "300,00", " 300 ", ">300<"] {
        assert!(!missed.contains(figure), "the trader's figure stays secret");
    }
    for section in ["settlement", "history"] {
        let consumer_page = c
            .consumer
            .text(&app, &format!("/cases/{id}/{section}"))
            .await;
        assert!(!consumer_page.contains("300.00") && !consumer_page.contains("300,00"));
        let trader_page = trader.text(&app, &format!("/cases/{id}/{section}")).await;
        assert!(!trader_page.contains("500.00") && !trader_page.contains("500,00"));
    }
    let events = app
        .db({
            let id = id.clone();
            move |c| db::cases::events(c, &id)
        })
        .await;
    // No figure among the numbers any event recorded (ids may hold the same digits).
    fn numbers(v: &serde_json::Value, out: &mut Vec<i64>) {
        match v {
            serde_json::Value::Number(n) => out.extend(n.as_i64()),
            serde_json::Value::String(s) => out.extend(s.parse::<i64>().ok()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| numbers(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| numbers(x, out)),
            _ => {}
        }
    }
    let mut recorded = vec![];
    for e in &events {
        numbers(&serde_json::from_str(&e.data).unwrap(), &mut recorded);
        assert!(!e.data.contains("500.00") && !e.data.contains("300.00"));
    }
    for figure in [500, 50_000, 300, 30_000] {
        assert!(!recorded.contains(&figure), "{figure} in {recorded:?}");
    }

    // Round 2: 420 against 400; the gap is within 10 % of 420, so they meet at 410.
    assert_eq!(
        post(&app, &trader, &path, &[("amount", "400")]).await.0,
        303
    );
    assert_eq!(
        post(&app, &c.consumer, &path, &[("amount", "420")]).await.0,
        303
    );
    let p = proposals(&app, &id)
        .await
        .pop()
        .expect("a proposal at the midpoint");
    assert_eq!(p.side.as_str(), "blind");
    assert!(p.terms.contains("\"amount_minor\":41000"), "{}", p.terms);
    assert_eq!(
        post(&app, &c.consumer, &path, &[("amount", "1")]).await.0,
        422,
        "no more rounds once met"
    );
    app.flush_mail().await;
    assert!(
        app.emails_to(TRADER_EMAIL)
            .await
            .iter()
            .any(|m| m.contains("410.00"))
    );
    // Both accept the payment at the midpoint.
    assert_eq!(answer(&app, &c.consumer, &id, &p, "accept").await.0, 303);
    assert_eq!(answer(&app, &trader, &id, &p, "accept").await.0, 303);
    assert_eq!(state(&app, &id).await, "settled");
}

#[tokio::test]
async fn obligations_are_reminded_reported_decided_and_listed_until_the_case_closes() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |config| {
        config.centre.publish_non_compliance = true
    })
    .await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let today = in_days(0);
    let mut fields = payment("trader", "75", "EUR", &today);
    let soon = in_days(2);
    fields.extend([
        ("item2_kind", "action"),
        ("item2_side", "trader"),
        ("item2_action", "repair"),
        ("item2_due_on", soon.as_str()),
    ]);
    settle_with(&app, &c, &trader, &id, &fields).await;
    // The case's first and only proposal is number 1 in the agreement.
    let agreement = app
        .db({
            let id = id.clone();
            move |c| db::settlements::agreement_of_case(c, &id)
        })
        .await
        .expect("an agreement");
    assert!(
        agreement.canonical_text.contains("Proposal: 1 (version 1)"),
        "{}",
        agreement.canonical_text
    );
    let list = obligations_of(&app, &id).await;
    assert_eq!(list.len(), 2);
    // Not yet due: it cannot be reported as not honoured.
    let report = format!("/cases/{id}/obligations/{}/answer", list[0].id);
    let (status, body) = post(
        &app,
        &c.consumer,
        &report,
        &[("answer", "not_honoured"), ("reason", "Nothing came.")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("once its due date has passed"), "{body}");

    // The payment's due date passes.
    let payment_id = list[0].id.clone();
    app.db(move |c| {
        use db::schema::obligations;
        diesel::update(obligations::table.find(payment_id))
            .set(
                obligations::due_on.eq(chrono::Utc::now().date_naive() - chrono::Duration::days(3)),
            )
            .execute(c)?;
        Ok(())
    })
    .await;
    concilia::jobs::run_due(&app.state).await.unwrap();
    concilia::jobs::run_due(&app.state).await.unwrap();
    app.flush_mail().await;
    let to_trader = app.emails_to(TRADER_EMAIL).await;
    assert_eq!(
        to_trader
            .iter()
            .filter(|m| m.contains("is overdue on"))
            .count(),
        1,
        "once"
    );
    assert_eq!(
        to_trader
            .iter()
            .filter(|m| m.contains("An obligation is due on"))
            .count(),
        1,
        "the repair, once"
    );
    let overdue = c.staff.text(&app, "/obligations").await;
    assert!(overdue.contains(&id), "staff see it: {overdue}");
    assert_eq!(c.consumer.get(&app, "/obligations").await.status(), 404);

    // Reported, then decided by staff: not honoured.
    assert_eq!(
        post(
            &app,
            &c.consumer,
            &report,
            &[("answer", "not_honoured"), ("reason", "Nothing came.")]
        )
        .await
        .0,
        303
    );
    let judge = format!("/cases/{id}/obligations/{}/judge", list[0].id);
    assert_eq!(
        post(
            &app,
            &trader,
            &judge,
            &[("decision", "not_honoured"), ("reason", "x")]
        )
        .await
        .0,
        403
    );
    assert_eq!(
        post(
            &app,
            &c.staff,
            &judge,
            &[
                ("decision", "not_honoured"),
                ("reason", "No payment was shown.")
            ]
        )
        .await
        .0,
        303
    );
    // The repair is honoured; every obligation is settled, so the case closes.
    let repair = format!("/cases/{id}/obligations/{}", list[1].id);
    assert_eq!(
        post(
            &app,
            &trader,
            &format!("{repair}/done"),
            &[("note", "Repaired.")]
        )
        .await
        .0,
        303
    );
    assert_eq!(
        post(
            &app,
            &c.consumer,
            &format!("{repair}/answer"),
            &[("answer", "confirm")]
        )
        .await
        .0,
        303
    );
    assert_eq!(state(&app, &id).await, "closed");
    let outcomes: Vec<_> = obligations_of(&app, &id)
        .await
        .into_iter()
        .map(|o| o.outcome)
        .collect();
    assert_eq!(
        outcomes,
        vec![
            Some("not_honoured".parse().unwrap()),
            Some("honoured".parse().unwrap())
        ]
    );

    // The public list names the trader until it complies.
    let (client, _) = app.new_browser();
    let public = client
        .get(app.url("/non-compliance"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(public.contains("Gadget Shop Ltd"), "{public}");
    assert_eq!(
        post(
            &app,
            &c.staff,
            &judge,
            &[
                ("decision", "honoured"),
                ("reason", "Paid late, receipt seen.")
            ]
        )
        .await
        .0,
        303
    );
    let public = client
        .get(app.url("/non-compliance"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!public.contains("Gadget Shop Ltd"), "{public}");
    let outcome = obligations_of(&app, &id).await[0].outcome;
    assert_eq!(outcome.map(|v| v.as_str()), Some("late"));
}

#[tokio::test]
async fn the_public_non_compliance_list_is_off_unless_the_centre_publishes_it() {
    let app = spawn_app().await;
    let (client, _) = app.new_browser();
    let res = client.get(app.url("/non-compliance")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn an_agreement_written_before_keeps_the_text_it_was_stored_with() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _trader) = mediation(&app, &c).await;
    let due = in_days(10);
    let (status, _) = post(
        &app,
        &c.consumer,
        &format!("/cases/{id}/proposals"),
        &payment("trader", "80", "EUR", &due),
    )
    .await;
    assert_eq!(status, 303);
    let p = proposals(&app, &id).await.pop().unwrap();
    // An agreement stored before proposals were numbered, naming the proposal by its id.
    let old_text = format!("SETTLEMENT AGREEMENT\n\nProposal: {} (version 1)\n", p.id);
    let stored = db::models::Agreement {
        id: db::new_id(),
        case_id: id.clone(),
        proposal_id: p.id.clone(),
        language: "en".into(),
        sha256: sha256_hex(&old_text),
        canonical_text: old_text.clone(),
        created_at: db::now(),
    };
    app.db(move |c| db::settlements::insert_agreement(c, &stored))
        .await;
    let res = c
        .consumer
        .get(&app, &format!("/cases/{id}/agreement?format=text"))
        .await;
    assert_eq!(res.text().await.unwrap(), old_text, "the stored bytes");
    let html = c
        .consumer
        .text(&app, &format!("/cases/{id}/agreement"))
        .await;
    assert!(html.contains(&p.id) && !html.contains("does not match"));
}
