use concilia::domain::Role;
use concilia::i18n::{self, LANGUAGES};

use crate::helpers::{PASSWORD, TestApp, spawn_app};

async fn choose(app: &TestApp, lang: &str) {
    let res = app
        .post_form("/language", &[("language", lang), ("next", "/")])
        .await;
    assert_eq!(res.status(), 303, "{lang}");
}

fn assert_page_in(html: &str, lang: &str, what: &str) {
    let dir = i18n::direction(lang);
    assert!(
        html.contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#)),
        "{lang} {what}"
    );
    assert!(
        html.contains(&i18n::t(lang, "nav-skip")),
        "{lang} {what}: texts in the language"
    );
}

#[tokio::test]
async fn every_public_page_renders_in_every_language() {
    let app = spawn_app().await;
    for (lang, _) in LANGUAGES {
        choose(&app, lang).await;
        for path in [
            "/",
            "/signin",
            "/signup",
            "/password/forgot",
            "/no-such-page",
            "/verify-email/bad-token",
        ] {
            let res = app.get(path).await;
            assert!(
                res.status().as_u16() < 500,
                "{lang} {path}: {}",
                res.status()
            );
            assert_page_in(&res.text().await.unwrap(), lang, path);
        }
        // Form errors come in the language too.
        let res = app
            .post_form(
                "/signup",
                &[
                    ("name", ""),
                    ("email", "x"),
                    ("password", "x"),
                    ("password_confirm", "x"),
                    ("language", lang),
                ],
            )
            .await;
        let html = res.text().await.unwrap();
        assert!(
            html.contains(&i18n::t(lang, "error-email-invalid")),
            "{lang} form error"
        );
    }
}

#[tokio::test]
async fn every_signed_in_page_renders_in_every_language_for_every_role() {
    for role in Role::ALL {
        let app = spawn_app().await;
        app.signed_in_as(role).await;
        let mut pages = vec!["/dashboard", "/account", "/cases", "/about"];
        if role == Role::Admin {
            pages.extend([
                "/admin/organisations",
                "/admin/users",
                "/admin/outbox",
                "/intake",
                "/admin/holidays",
                "/staff/cases/new",
            ]);
        }
        if role == Role::Consumer {
            pages.push("/cases/new");
        }
        for (lang, _) in LANGUAGES {
            choose(&app, lang).await;
            for path in &pages {
                let res = app.get(path).await;
                assert_eq!(res.status(), 200, "{role} {lang} {path}");
                assert_page_in(&res.text().await.unwrap(), lang, path);
            }
        }
    }
}

#[tokio::test]
async fn hebrew_pages_are_right_to_left_and_user_text_is_marked_auto() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/signup"))
        .header("accept-language", "he-IL,he;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let html = res.text().await.unwrap();
    assert!(html.contains(r#"<html lang="he" dir="rtl">"#));
    assert!(
        html.contains(r#"dir="auto""#),
        "fields accept text in any script"
    );
}

#[tokio::test]
async fn the_saved_choice_wins_over_the_browser_and_emails_use_the_recipients_language() {
    let app = spawn_app().await;
    let res = app
        .post_form(
            "/signup",
            &[
                ("name", "Иван"),
                ("email", "ivan@example.com"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("language", "ru"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        app.sign_in("ivan@example.com", PASSWORD).await.status(),
        303
    );
    let res = app
        .client
        .get(app.url("/dashboard"))
        .header("accept-language", "et")
        .send()
        .await
        .unwrap();
    assert_page_in(&res.text().await.unwrap(), "ru", "dashboard");

    let subject: String = app
        .db(|c| {
            use concilia::db::schema::outbox::dsl as o;
            use diesel::prelude::*;
            Ok(o::outbox.select(o::subject).first(c)?)
        })
        .await;
    assert_eq!(subject, i18n::t("ru", "email-verify-email-subject"));
    assert_ne!(subject, i18n::t("en", "email-verify-email-subject"));

    // Switching while signed in saves the choice on the account.
    choose(&app, "hu").await;
    assert_eq!(app.user_by_email("ivan@example.com").await.language, "hu");
}

#[tokio::test]
async fn a_user_chooses_a_time_zone_and_sees_times_in_it_with_the_zone_named() {
    let app = spawn_app().await;
    app.signed_in_as(Role::Admin).await;
    app.sign_up_other("Ana", "ana@example.com").await; // leaves a verification email waiting

    let res = app
        .post_form(
            "/account/preferences",
            &[("language", "en"), ("time_zone", "Mars/Olympus")],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&i18n::t("en", "error-time-zone-unknown"))
    );

    let res = app
        .post_form(
            "/account/preferences",
            &[("language", "bg"), ("time_zone", "Europe/Sofia")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let admin = app.user_by_email("admin@example.org").await;
    assert_eq!(
        (admin.language.as_str(), admin.time_zone.as_str()),
        ("bg", "Europe/Sofia")
    );

    let page = app.get_text("/admin/outbox").await;
    // Bulgarian names the zone by its offset from Greenwich: +2 in winter, +3 in summer.
    assert!(
        page.contains(" Гринуич+2") || page.contains(" Гринуич+3"),
        "times named in the user's zone"
    );
    assert!(!page.contains(" UTC"));
}

#[tokio::test]
async fn case_pages_render_in_every_language_for_each_party() {
    use crate::cases::{accepted_case, cast, step};
    let app = spawn_app().await;
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
    let res = c.consumer.post(&app, "/cases", &[]).await;
    let draft = crate::helpers::location(&res);
    let draft_id = draft
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    for (lang, _) in LANGUAGES {
        for b in [&c.consumer, &trader, &c.staff, &c.mediator] {
            b.post(&app, "/language", &[("language", lang), ("next", "/")])
                .await;
        }
        let case_page = format!("/cases/{id}");
        let mut visits = vec![
            (&c.consumer, case_page.clone()),
            (&trader, case_page.clone()),
            (&c.staff, case_page.clone()),
            (&c.mediator, case_page.clone()),
            (&c.staff, "/intake".to_string()),
            (&c.consumer, format!("/cases/{id}/certificate")),
        ];
        for s in ["trader", "purchase", "complaint", "details", "review"] {
            visits.push((&c.consumer, format!("/cases/{draft_id}/draft/{s}")));
        }
        for (b, path) in visits {
            let res = b.get(&app, &path).await;
            assert_eq!(res.status(), 200, "{lang} {path}");
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang} {path}");
        }
    }
}
