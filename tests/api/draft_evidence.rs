//! Evidence added while filing: the case file's own streaming upload into the draft, shown
//! in the review, removable before filing, and the case's shared documents once filed. Only
//! whoever files the draft uploads or sees them.
use concilia::domain::Role;
use concilia::domain::cases::filing::STEPS;

use crate::case_file::{PDF, documents, post_files, stored_files};
use crate::cases::{TRADER_EMAIL, answers, cast, step};
use crate::helpers::{Browser, PASSWORD, TestApp, location, spawn_app, spawn_app_with};

/// Uploads on the draft's evidence step as its plain form does.
async fn draft_upload(
    app: &TestApp,
    b: &Browser,
    id: &str,
    title: &str,
    files: Vec<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let fields = [("title", title), ("description", "")];
    post_files(
        app,
        b,
        &format!("/cases/{id}/draft/documents"),
        &fields,
        files,
    )
    .await
}

/// A draft with every step up to the evidence filled in; returns its id.
async fn draft_up_to_evidence(app: &TestApp, b: &Browser) -> String {
    let res = b.post(app, "/cases", &[]).await;
    assert_eq!(res.status(), 303);
    let id = location(&res)
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    for (s, fields) in answers() {
        let res = b
            .post(app, &format!("/cases/{id}/draft/{s}"), &fields)
            .await;
        assert_eq!(res.status(), 303, "{s}");
        if s == "details" {
            assert_eq!(location(&res), format!("/cases/{id}/draft/evidence"));
        }
    }
    id
}

#[tokio::test]
async fn evidence_added_while_filing_is_reviewed_removable_and_filed_with_the_dispute() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = draft_up_to_evidence(&app, &c.consumer).await;
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/draft/evidence"))
        .await;
    assert!(page.contains(&format!(
        r#"action="/cases/{id}/draft/documents" enctype="multipart/form-data""#
    )));

    let res = draft_upload(
        &app,
        &c.consumer,
        &id,
        "Receipt",
        vec![("receipt.pdf", PDF.to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("/cases/{id}/draft/evidence"));
    let docs = documents(&app, &id).await;
    assert_eq!(docs.len(), 1);
    let receipt = docs[0].clone();
    assert_eq!(
        (receipt.content_type.as_str(), receipt.audience.as_str()),
        ("application/pdf", "everyone")
    );
    // Nobody is told of a draft's documents.
    assert!(app.emails_to("staff@centre.example").await.is_empty());

    // A refused type: the reason beside the file field, what was typed kept, nothing stored.
    let res = draft_upload(
        &app,
        &c.consumer,
        &id,
        "My program",
        vec![(
            "program.pdf",
            b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff".to_vec(),
        )],
    )
    .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let refused = concilia::i18n::t("en", "error-file-type");
    assert!(
        html.contains(&format!(
            r#"<p class="field-error" id="f-file-error">{refused}</p>"#
        )),
        "{html}"
    );
    assert!(html.contains(r#"value="My program""#), "the title is kept");
    assert_eq!(documents(&app, &id).await.len(), 1);
    assert_eq!(stored_files(&app).await, 1);

    // Another file, then taken off again before filing: its stored file goes too.
    let res = draft_upload(
        &app,
        &c.consumer,
        &id,
        "",
        vec![("note.txt", b"a note".to_vec())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let note = documents(&app, &id)
        .await
        .into_iter()
        .find(|d| d.file_name == "note.txt")
        .unwrap();
    assert_eq!(stored_files(&app).await, 2);

    // Only whoever files the draft sees or changes its documents.
    let (_, stranger) = app
        .person(Role::Consumer, "Sven Stranger", "sven@example.org", None)
        .await;
    let doc_path = format!("/cases/{id}/documents/{}", receipt.id);
    assert_eq!(c.consumer.get(&app, &doc_path).await.status(), 200);
    for (who, b) in [("stranger", &stranger), ("staff", &c.staff)] {
        assert_eq!(b.get(&app, &doc_path).await.status(), 404, "{who}");
        assert_eq!(
            draft_upload(&app, b, &id, "", vec![("x.txt", b"x".to_vec())])
                .await
                .status(),
            404,
            "{who}"
        );
        let res = b
            .post(
                &app,
                &format!("/cases/{id}/draft/documents/{}/remove", note.id),
                &[],
            )
            .await;
        assert_eq!(res.status(), 404, "{who}");
    }
    assert_eq!(documents(&app, &id).await.len(), 2);

    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/draft/documents/{}/remove", note.id),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(documents(&app, &id).await.len(), 1);
    assert_eq!(stored_files(&app).await, 1);

    // The review lists what will be filed.
    let review = c
        .consumer
        .text(&app, &format!("/cases/{id}/draft/review"))
        .await;
    assert!(review.contains(&doc_path) && review.contains("receipt.pdf"));
    assert!(!review.contains("note.txt"));

    // Filed: the case's document, shared; no longer removable.
    let res = c
        .consumer
        .post(&app, &format!("/cases/{id}/submit"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let case_page = c
        .consumer
        .text(&app, &format!("/cases/{id}/documents"))
        .await;
    assert!(case_page.contains(&doc_path), "listed for the consumer");
    assert!(
        c.staff
            .text(&app, &format!("/cases/{id}/documents"))
            .await
            .contains(&doc_path)
    );
    let res = c
        .consumer
        .post(
            &app,
            &format!("/cases/{id}/draft/documents/{}/remove", receipt.id),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("/cases/{id}"));
    assert_eq!(documents(&app, &id).await.len(), 1);

    // The trader, once invited, sees it with everyone else.
    assert_eq!(step(&app, &c.staff, &id, "mark-complete", &[]).await, 303);
    assert_eq!(step(&app, &c.staff, &id, "accept", &[]).await, 303);
    let link = app.link_sent_to(TRADER_EMAIL, "/invitations/").await;
    let (client, jar) = app.new_browser();
    let res = Browser { client, jar }
        .post(
            &app,
            &link,
            &[("password", PASSWORD), ("password_confirm", PASSWORD)],
        )
        .await;
    assert_eq!(res.status(), 303);
    let trader = app.browser_for(TRADER_EMAIL).await;
    assert!(
        trader
            .text(&app, &format!("/cases/{id}/documents"))
            .await
            .contains(&doc_path)
    );
    assert_eq!(trader.get(&app, &doc_path).await.status(), 200);
}

#[tokio::test]
async fn a_draft_takes_no_more_documents_than_a_case_and_says_so_beside_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |c| c.case_documents_max = 2).await;
    let c = cast(&app).await;
    let id = draft_up_to_evidence(&app, &c.consumer).await;
    let two = vec![("a.txt", b"a".to_vec()), ("b.txt", b"b".to_vec())];
    assert_eq!(
        draft_upload(&app, &c.consumer, &id, "", two).await.status(),
        303
    );
    let res = draft_upload(&app, &c.consumer, &id, "", vec![("c.txt", b"c".to_vec())]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    let full = concilia::i18n::t("en", "error-case-documents-full");
    assert!(
        html.contains(&format!(r#"id="f-file-error">{full}</p>"#)),
        "{html}"
    );
    assert_eq!(documents(&app, &id).await.len(), 2);
    assert_eq!(stored_files(&app).await, 2);
}

#[tokio::test]
async fn the_form_says_how_many_steps_it_has_and_shows_as_many() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let intro = concilia::i18n::t_args(
        "en",
        "file-intro",
        &[("count", (STEPS.len() as i64).into())],
    );
    assert!(intro.contains(&STEPS.len().to_string()), "{intro}");
    let page = c.consumer.text(&app, "/cases/new").await;
    assert!(page.contains(&intro), "{page}");
    let id = draft_up_to_evidence(&app, &c.consumer).await;
    let draft = c
        .consumer
        .text(&app, &format!("/cases/{id}/draft/evidence"))
        .await;
    let nav = &draft[draft.find(r#"class="steps""#).unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    assert_eq!(nav.matches("<li>").count(), STEPS.len());
    assert!(nav.contains(&format!(
        "{}. {}",
        STEPS.len(),
        concilia::i18n::t("en", "file-step-review")
    )));
}
