//! Every case-scoped route against every role: another party's case, or a case one has no
//! part in, does not exist (404), in the pages, the certificate and the API alike.
use concilia::db;
use concilia::domain::Role;
use concilia::domain::cases::lifecycle::Step;

use crate::cases::{accepted_case, cast, file_case, member_org, state_of, step};
use crate::helpers::{Browser, TestApp, spawn_app};

/// Every case-scoped route: (method, path).
fn routes(id: &str) -> Vec<(&'static str, String)> {
    let mut r = vec![
        ("GET", format!("/cases/{id}")),
        ("GET", format!("/cases/{id}/certificate")),
        ("GET", format!("/api/v1/cases/{id}")),
        ("GET", format!("/cases/{id}/draft/trader")),
        ("POST", format!("/cases/{id}/draft/details")),
        ("POST", format!("/cases/{id}/submit")),
        ("POST", format!("/cases/{id}/messages")),
        ("GET", format!("/api/v1/cases/{id}/messages")),
        ("GET", format!("/api/v1/cases/{id}/documents")),
        ("POST", format!("/cases/{id}/hearings")),
        ("POST", format!("/cases/{id}/proposals")),
        ("POST", format!("/cases/{id}/blind-offers")),
        ("GET", format!("/cases/{id}/agreement")),
        ("GET", format!("/cases/{id}/agreement?format=text")),
    ];
    for s in Step::ALL {
        r.push(("POST", format!("/cases/{id}/steps/{}", s.as_str())));
    }
    r
}

/// Every route of one document: download, preview page, framed view, redaction.
fn document_routes(id: &str, doc: &str) -> Vec<(&'static str, String)> {
    vec![
        ("GET", format!("/cases/{id}/documents/{doc}")),
        ("GET", format!("/cases/{id}/documents/{doc}/preview")),
        ("GET", format!("/cases/{id}/documents/{doc}/inline")),
        ("POST", format!("/cases/{id}/documents/{doc}/redact")),
    ]
}

/// Every route of one proposal and of one obligation.
fn settlement_routes(id: &str, proposal: &str, obligation: &str) -> Vec<(&'static str, String)> {
    let mut r: Vec<(&'static str, String)> = ["revise", "withdraw", "answer"]
        .into_iter()
        .map(|what| ("POST", format!("/cases/{id}/proposals/{proposal}/{what}")))
        .collect();
    r.push(("GET", format!("/cases/{id}/proposals/{proposal}/accept")));
    for what in ["done", "answer", "judge"] {
        r.push((
            "POST",
            format!("/cases/{id}/obligations/{obligation}/{what}"),
        ));
    }
    r
}

/// Every route of one hearing.
fn hearing_routes(id: &str, hearing: &str) -> Vec<(&'static str, String)> {
    ["reschedule", "cancel", "answer", "minutes"]
        .into_iter()
        .map(|what| ("POST", format!("/cases/{id}/hearings/{hearing}/{what}")))
        .collect()
}

/// A day some weeks ahead: within the two years a hearing or a due date may be set ahead.
fn weeks_ahead() -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::weeks(5)).to_string()
}

async fn call(app: &TestApp, b: &Browser, method: &str, path: &str) -> u16 {
    let ahead = weeks_ahead();
    let fields = [
        ("reason", "x"),
        ("answer", "x"),
        ("request", "x"),
        ("summary", "x"),
        ("note", "x"),
        ("days", "10"),
        ("ground", "frivolous"),
        ("name", "Someone"),
        ("email", "someone@example.org"),
        ("capacity", "assistant"),
        ("relationship", "friend"),
        ("description", "x"),
        ("body", "x"),
        ("audience", "everyone"),
        ("date", ahead.as_str()),
        ("time", "10:00"),
        ("time_zone", "UTC"),
        ("duration_minutes", "60"),
        ("form", "phone"),
        ("place", "+372 5555 1234"),
        ("minutes", "x"),
        ("item1_kind", "payment"),
        ("item1_side", "trader"),
        ("item1_amount", "10"),
        ("item1_currency", "EUR"),
        ("item1_due_on", ahead.as_str()),
        ("amount", "10"),
        ("version", "1"),
        ("informed", "yes"),
        ("waive", "yes"),
        ("decision", "not_honoured"),
    ];
    match method {
        "GET" => b.get(app, path).await.status().as_u16(),
        _ => b.post(app, path, &fields).await.status().as_u16(),
    }
}

#[tokio::test]
async fn outsiders_of_every_role_find_no_trace_of_a_case() {
    let app = spawn_app().await;
    let ahead = weeks_ahead();
    let c = cast(&app).await;
    let (id, trader) = accepted_case(&app, &c).await;
    step(&app, &trader, &id, "join", &[("answer", "We take part.")]).await;
    step(
        &app,
        &c.staff,
        &id,
        "assign-mediator",
        &[("mediator_id", &c.mediator_id)],
    )
    .await;
    step(&app, &c.mediator, &id, "declare-no-conflict", &[]).await;
    let res = c
        .mediator
        .post(
            &app,
            &format!("/cases/{id}/hearings"),
            &[
                ("date", ahead.as_str()),
                ("time", "10:00"),
                ("time_zone", "UTC"),
                ("duration_minutes", "60"),
                ("form", "phone"),
                ("place", "+372 5555 1234"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let hearing = app
        .db({
            let id = id.clone();
            move |c| db::hearings::of_case(c, &id)
        })
        .await
        .pop()
        .unwrap();
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/proposals"),
            &[
                ("item1_kind", "payment"),
                ("item1_side", "trader"),
                ("item1_amount", "10"),
                ("item1_currency", "EUR"),
                ("item1_due_on", ahead.as_str()),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let proposal = app
        .db({
            let id = id.clone();
            move |c| db::settlements::proposals_of_case(c, &id)
        })
        .await
        .pop()
        .unwrap();
    let before = state_of(&app, &id).await;
    let events_before = app
        .db({
            let id = id.clone();
            move |c| db::cases::events(c, &id)
        })
        .await
        .len();

    let other_org = member_org(&app, "OTHER-1", false).await;
    let outsiders = [
        app.person(Role::Consumer, "Other Consumer", "other@example.org", None)
            .await
            .1,
        app.person(
            Role::TraderUser,
            "Other Trader",
            "other@trader.example",
            Some(other_org),
        )
        .await
        .1,
        app.person(
            Role::Mediator,
            "Other Mediator",
            "other@centre.example",
            None,
        )
        .await
        .1,
    ];
    for (who, b) in ["consumer", "trader", "mediator"].iter().zip(&outsiders) {
        for (method, path) in routes(&id) {
            assert_eq!(
                call(&app, b, method, &path).await,
                404,
                "{who} {method} {path}"
            );
        }
        let list = b.text(&app, "/cases").await;
        assert!(
            !list.contains(before.reference.as_deref().unwrap()),
            "{who} list"
        );
        let api = b.text(&app, "/api/v1/cases").await;
        assert!(!api.contains(&id), "{who} API list");
    }
    // The case file: a message and a document exist; outsiders can neither read, guess nor add.
    let res = crate::case_file::upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![("a.pdf", crate::case_file::PDF.to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let doc = app
        .db({
            let id = id.clone();
            move |c| {
                db::case_file::documents(
                    c,
                    &id,
                    &[concilia::domain::cases::codes::Audience::Everyone],
                )
            }
        })
        .await
        .pop()
        .unwrap();
    for (who, b) in ["consumer", "trader", "mediator"].iter().zip(&outsiders) {
        let mut routes = document_routes(&id, &doc.id);
        routes.extend(hearing_routes(&id, &hearing.id));
        routes.extend(settlement_routes(&id, &proposal.id, "any-obligation"));
        for (method, path) in routes {
            assert_eq!(
                call(&app, b, method, &path).await,
                404,
                "{who} {method} {path}"
            );
        }
        let res = crate::case_file::upload(
            &app,
            b,
            &id,
            "everyone",
            vec![("b.pdf", crate::case_file::PDF.to_vec())],
        )
        .await;
        assert_eq!(res.status(), 404, "{who} upload");
    }
    let after = state_of(&app, &id).await;
    assert_eq!(after.state, before.state);
    let hearing_after = app
        .db({
            let id = id.clone();
            move |c| db::hearings::of_case(c, &id)
        })
        .await;
    assert_eq!(hearing_after, vec![hearing], "the hearing is untouched");
    let proposal_after = app
        .db({
            let id = id.clone();
            move |c| db::settlements::proposals_of_case(c, &id)
        })
        .await;
    assert_eq!(proposal_after, vec![proposal], "the proposal is untouched");
    let events_after = app
        .db({
            let id = id.clone();
            move |c| db::cases::events(c, &id)
        })
        .await
        .len();
    assert_eq!(events_after, events_before, "nothing was recorded");

    // And the parties do see it.
    for b in [&c.consumer, &trader, &c.mediator, &c.staff] {
        assert_eq!(b.get(&app, &format!("/cases/{id}")).await.status(), 200);
        assert_eq!(
            b.get(&app, &format!("/api/v1/cases/{id}")).await.status(),
            200
        );
    }
}

#[tokio::test]
async fn a_party_is_refused_the_steps_of_other_roles_and_an_unknown_case_is_404() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    for s in [
        "mark-complete",
        "accept",
        "refuse",
        "request-info",
        "assign-mediator",
        "close-not-settled",
        "extend",
        "link-group",
    ] {
        assert_eq!(
            step(
                &app,
                &c.consumer,
                &id,
                s,
                &[("reason", "x"), ("ground", "frivolous")]
            )
            .await,
            403,
            "{s}"
        );
    }
    assert_eq!(state_of(&app, &id).await.state.as_str(), "submitted");
    assert_eq!(
        c.staff
            .get(&app, "/cases/00000000-0000-0000-0000-000000000000")
            .await
            .status(),
        404
    );
    assert_eq!(step(&app, &c.staff, &id, "no-such-step", &[]).await, 404);
    // A draft is the filer's alone, even for staff.
    let res = c.consumer.post(&app, "/cases", &[]).await;
    let draft = crate::helpers::location(&res)
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        c.staff
            .get(&app, &format!("/cases/{draft}/draft/trader"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn the_api_answers_with_json_409_for_an_impossible_step_and_needs_a_bearer_token_to_act() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let token = app.api_token("staff@centre.example").await;
    let (client, _) = app.new_browser();
    let res = client
        .post(app.url(&format!("/api/v1/cases/{id}/steps/accept")))
        .bearer_auth(&token)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "conflict");
    let res = client
        .post(app.url(&format!("/api/v1/cases/{id}/steps/refuse")))
        .bearer_auth(&token)
        .json(&serde_json::json!({ "ground": "frivolous" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["error"]["fields"]["reason"].is_string());
    assert_eq!(body["error"]["field_codes"]["reason"], "required");
    let res = client
        .post(app.url(&format!("/api/v1/cases/{id}/steps/mark-complete")))
        .bearer_auth(&token)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let case: serde_json::Value = client
        .get(app.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(case["state"], "complete");
    assert_eq!(case["events"].as_array().unwrap().len(), 2);
    // A signed-in browser's cookie alone cannot act through the API.
    let res = c
        .staff
        .client
        .post(app.url(&format!("/api/v1/cases/{id}/steps/accept")))
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    assert_eq!(state_of(&app, &id).await.state.as_str(), "complete");
}

#[tokio::test]
async fn a_signed_out_visitor_reaches_nothing_of_a_case() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let res = crate::case_file::upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![("a.pdf", crate::case_file::PDF.to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let doc = app
        .db({
            let id = id.clone();
            move |c| {
                db::case_file::documents(
                    c,
                    &id,
                    &[concilia::domain::cases::codes::Audience::Everyone],
                )
            }
        })
        .await
        .pop()
        .unwrap();
    let (client, jar) = app.new_browser();
    let visitor = Browser { client, jar };
    let mut routes = routes(&id);
    routes.extend(document_routes(&id, &doc.id));
    routes.extend(hearing_routes(&id, "any-hearing"));
    routes.extend(settlement_routes(&id, "any-proposal", "any-obligation"));
    routes.push(("GET", "/obligations".into()));
    routes.push(("GET", "/hearings".into()));
    for (method, path) in routes {
        let status = call(&app, &visitor, method, &path).await;
        match method {
            "GET" => assert!(status == 303 || status == 401, "{method} {path}: {status}"),
            _ => assert!(status == 401 || status == 403, "{method} {path}: {status}"),
        }
    }
    let res = crate::case_file::upload(
        &app,
        &visitor,
        &id,
        "everyone",
        vec![("b.pdf", crate::case_file::PDF.to_vec())],
    )
    .await;
    assert!(
        res.status() == 401 || res.status() == 403,
        "{}",
        res.status()
    );
    let docs = app
        .db({
            let id = id.clone();
            move |c| {
                db::case_file::documents(
                    c,
                    &id,
                    &[concilia::domain::cases::codes::Audience::Everyone],
                )
            }
        })
        .await;
    assert_eq!(docs.len(), 1);
    assert_eq!(state_of(&app, &id).await.state.as_str(), "submitted");
}

#[tokio::test]
async fn the_api_reads_and_writes_the_case_file_and_never_shows_the_other_sides_caucus() {
    use reqwest::multipart::{Form, Part};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _trader) = crate::case_file::mediation(&app, &c).await;
    let consumer = app.api_token("clara@example.org").await;
    let trader = app.api_token(crate::cases::TRADER_EMAIL).await;
    let mediator = app.api_token("mia@centre.example").await;
    let outsider_org = member_org(&app, "OTHER-2", false).await;
    app.person(
        Role::TraderUser,
        "Other Trader",
        "other@trader.example",
        Some(outsider_org),
    )
    .await;
    let outsider = app.api_token("other@trader.example").await;
    let (client, _) = app.new_browser();
    let post = |t: &str, audience: &str, body: &str| {
        client
            .post(app.url(&format!("/api/v1/cases/{id}/messages")))
            .bearer_auth(t)
            .json(&serde_json::json!({ "audience": audience, "body": body }))
            .send()
    };
    let res = post(&consumer, "everyone", "Shared view").await.unwrap();
    assert_eq!(res.status(), 201);
    let created: serde_json::Value = res.json().await.unwrap();
    assert_eq!(created["audience"], "everyone");
    assert_eq!(
        post(&trader, "caucus_trader", "Trader secret")
            .await
            .unwrap()
            .status(),
        201
    );
    assert_eq!(
        post(&consumer, "caucus_consumer", "Consumer secret")
            .await
            .unwrap()
            .status(),
        201
    );
    // A party cannot write into the other side's caucus, nor a stranger at all.
    assert_eq!(
        post(&consumer, "caucus_trader", "x")
            .await
            .unwrap()
            .status(),
        403
    );
    assert_eq!(
        post(&outsider, "everyone", "x").await.unwrap().status(),
        404
    );
    let res = post(&consumer, "everyone", "").await.unwrap();
    assert_eq!(res.status(), 422);
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["error"]["fields"]["body"].is_string());
    assert_eq!(body["error"]["field_codes"]["body"], "required");

    let bodies = |t: String| {
        let client = client.clone();
        let url = app.url(&format!("/api/v1/cases/{id}/messages"));
        async move {
            let res = client.get(url).bearer_auth(t).send().await.unwrap();
            let status = res.status().as_u16();
            let v: serde_json::Value = res.json().await.unwrap();
            let texts: Vec<String> = v["messages"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|m| m["body"].as_str().unwrap().to_string())
                        .collect()
                })
                .unwrap_or_default();
            (status, texts)
        }
    };
    assert_eq!(
        bodies(consumer.clone()).await,
        (
            200,
            vec!["Shared view".to_string(), "Consumer secret".to_string()]
        )
    );
    assert_eq!(
        bodies(trader.clone()).await,
        (
            200,
            vec!["Shared view".to_string(), "Trader secret".to_string()]
        )
    );
    assert_eq!(bodies(mediator.clone()).await.1.len(), 3);
    assert_eq!(bodies(outsider.clone()).await.0, 404);

    // Documents: uploaded with a bearer token, listed per audience, refused with JSON.
    let upload = |t: &str, audience: &str, name: &str, bytes: Vec<u8>| {
        client
            .post(app.url(&format!("/api/v1/cases/{id}/documents")))
            .bearer_auth(t)
            .multipart(
                Form::new()
                    .text("audience", audience.to_string())
                    .part("file", Part::bytes(bytes).file_name(name.to_string())),
            )
            .send()
    };
    let res = upload(
        &trader,
        "caucus_trader",
        "offer.pdf",
        crate::case_file::PDF.to_vec(),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), 201);
    let ids: serde_json::Value = res.json().await.unwrap();
    let private = ids["documents"][0].as_str().unwrap().to_string();
    let res = upload(&consumer, "everyone", "fake.pdf", b"MZ\x90\0".to_vec())
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["error"]["fields"]["file"].is_string());
    assert_eq!(
        upload(
            &outsider,
            "everyone",
            "a.pdf",
            crate::case_file::PDF.to_vec()
        )
        .await
        .unwrap()
        .status(),
        404
    );
    // A browser's cookie alone cannot upload through the API.
    let res = c
        .consumer
        .client
        .post(app.url(&format!("/api/v1/cases/{id}/documents")))
        .multipart(Form::new().part(
            "file",
            Part::bytes(crate::case_file::PDF.to_vec()).file_name("a.pdf"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let docs = |t: String| {
        let client = client.clone();
        let url = app.url(&format!("/api/v1/cases/{id}/documents"));
        async move {
            let v: serde_json::Value = client
                .get(url)
                .bearer_auth(t)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            v["documents"].as_array().cloned().unwrap_or_default()
        }
    };
    assert!(
        docs(consumer.clone()).await.is_empty(),
        "the trader's caucus is not listed"
    );
    let seen = docs(mediator.clone()).await;
    assert_eq!(seen.len(), 1);
    let download = seen[0]["download"].as_str().unwrap().to_string();
    assert_eq!(
        client
            .get(app.url(&download))
            .bearer_auth(&mediator)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        client
            .get(app.url(&download))
            .bearer_auth(&consumer)
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert!(download.ends_with(&private));
}
