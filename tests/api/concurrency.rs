//! The same person, or two people, doing the same thing at the same moment: two tabs, a
//! double reload, a double click, two staff on one case. Every answer is a normal one (never
//! a 500), and what is stored is what one request at a time would have stored.
use std::sync::Arc;

use concilia::db;
use futures::future::join_all;
use reqwest::Client;
use reqwest::cookie::Jar;

use crate::cases::{cast, file_case, state_of, step};
use crate::helpers::spawn_app;

/// Connections held open at once.
const CONNECTIONS: usize = 8;

/// `CONNECTIONS` clients sharing one browser's cookies, each with its own connection pool,
/// so that their requests arrive on separate connections at the same time.
fn tabs(jar: &Arc<Jar>) -> Vec<Client> {
    (0..CONNECTIONS)
        .map(|_| {
            Client::builder()
                .cookie_provider(jar.clone())
                .redirect(reqwest::redirect::Policy::none())
                .pool_max_idle_per_host(1)
                .build()
                .unwrap()
        })
        .collect()
}

/// Runs `per_tab` requests from each tab at once; returns every status with what was asked.
async fn from_every_tab<F, Fut>(tabs: &[Client], per_tab: usize, request: F) -> Vec<(u16, String)>
where
    F: Fn(Client, usize) -> Fut,
    Fut: std::future::Future<Output = (u16, String)>,
{
    let runs = tabs.iter().enumerate().map(|(t, client)| {
        let client = client.clone();
        let request = &request;
        async move {
            let mut out = Vec::with_capacity(per_tab);
            for i in 0..per_tab {
                out.push(request(client.clone(), t * per_tab + i).await);
            }
            out
        }
    });
    join_all(runs).await.into_iter().flatten().collect()
}

fn failures(answers: &[(u16, String)], ok: &[u16]) -> Vec<(u16, String)> {
    answers
        .iter()
        .filter(|(s, _)| !ok.contains(s))
        .cloned()
        .collect()
}

#[tokio::test]
async fn one_person_loading_a_case_page_from_eight_connections_at_once_never_gets_an_error() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = crate::case_file::mediation(&app, &c).await;
    // A message from the other side, so that every view also has something to mark read.
    let res = trader
        .post(
            &app,
            &format!("/cases/{id}/messages"),
            &[("audience", "everyone"), ("body", "Our answer.")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let tabs = tabs(&c.consumer.jar);
    // The messages section: showing them marks them read.
    let page = app.url(&format!("/cases/{id}/messages"));
    let answers = from_every_tab(&tabs, 200 / CONNECTIONS, |client, _| {
        let page = page.clone();
        async move {
            let res = client.get(&page).send().await.unwrap();
            let status = res.status().as_u16();
            (status, res.text().await.unwrap_or_default())
        }
    })
    .await;
    assert_eq!(answers.len(), 200);
    let bad = failures(&answers, &[200]);
    assert!(
        bad.is_empty(),
        "{} of 200 views failed, the first: {:?}",
        bad.len(),
        bad.first()
    );
    assert!(answers.iter().all(|(_, body)| body.contains("Our answer.")));
    // The read marker is one row, however many views raced to write it.
    let (case_id, user) = (id.clone(), app.user_by_email("clara@example.org").await.id);
    let marker = app
        .db(move |c| db::case_file::last_read(c, &case_id, &user))
        .await;
    assert!(marker.is_some());
}

#[tokio::test]
async fn eight_messages_posted_at_once_by_one_person_are_each_stored_exactly_once() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _trader) = crate::case_file::mediation(&app, &c).await;
    let tabs = tabs(&c.consumer.jar);
    let jar = c.consumer.jar.clone();
    let path = format!("/cases/{id}/messages");
    let rounds = 5;
    let answers = from_every_tab(&tabs, rounds, |client, n| {
        let (app, jar, path) = (&app, jar.clone(), path.clone());
        async move {
            let body = format!("Message number {n} of the race");
            let res = app
                .post_form_as(
                    &client,
                    &jar,
                    &path,
                    &[("audience", "everyone"), ("body", &body)],
                )
                .await;
            (res.status().as_u16(), body)
        }
    })
    .await;
    assert_eq!(answers.len(), CONNECTIONS * rounds);
    let bad = failures(&answers, &[303]);
    assert!(bad.is_empty(), "failed: {bad:?}");
    let case_id = id.clone();
    let stored: Vec<String> = app
        .db(move |c| {
            db::case_file::messages(
                c,
                &case_id,
                &[concilia::domain::cases::codes::Audience::Everyone],
            )
        })
        .await
        .into_iter()
        .map(|m| m.body)
        .collect();
    assert_eq!(stored.len(), CONNECTIONS * rounds);
    for (_, body) in &answers {
        assert_eq!(
            stored.iter().filter(|b| *b == body).count(),
            1,
            "{body} stored once"
        );
    }
}

/// Two staff press "accept" and "refuse" on the same new case at the same moment: exactly one
/// decision is taken, the other is told the case has moved on, and the log has one decision.
#[tokio::test]
async fn two_staff_deciding_one_case_at_once_take_exactly_one_decision() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (_, other_staff) = app
        .person(
            concilia::domain::Role::Admin,
            "Otto Staff",
            "otto@centre.example",
            None,
        )
        .await;
    for round in 0..4 {
        let id = file_case(&app, &c.consumer).await;
        assert_eq!(step(&app, &c.staff, &id, "mark-complete", &[]).await, 303);
        let refuse = [("ground", "frivolous"), ("reason", "Nothing to mediate.")];
        let (a, b) = tokio::join!(
            step(&app, &c.staff, &id, "accept", &[]),
            step(&app, &other_staff, &id, "refuse", &refuse)
        );
        let mut statuses = [a, b];
        statuses.sort();
        assert_eq!(statuses, [303, 409], "round {round}: one wins, one is told");
        let case = state_of(&app, &id).await;
        assert!(
            matches!(case.state.as_str(), "awaiting_trader" | "refused"),
            "{}",
            case.state
        );
        let events = app
            .db({
                let id = id.clone();
                move |c| db::cases::events(c, &id)
            })
            .await;
        let decisions = events
            .iter()
            .filter(|e| e.kind.as_str() == "accept" || e.kind.as_str() == "refuse")
            .count();
        assert_eq!(decisions, 1, "round {round}");
    }
}

/// Sign-in failures arriving together each count: a read-then-write would lose some, and
/// let a flood of parallel guesses past the limit.
#[tokio::test]
async fn failures_counted_at_the_same_moment_are_each_counted() {
    let app = spawn_app().await;
    let at = db::now();
    let counts = join_all((0..16).map(|_| {
        db::run(&app.state.pool, move |c| {
            db::throttle::count_failure(
                c,
                "email:flood@example.com",
                at,
                at - chrono::Duration::hours(1),
            )
        })
    }))
    .await;
    let mut counts: Vec<i32> = counts.into_iter().map(Result::unwrap).collect();
    counts.sort();
    assert_eq!(counts, (1..=16).collect::<Vec<_>>());
    let stored = app
        .db(|c| db::throttle::get(c, "email:flood@example.com"))
        .await
        .unwrap();
    assert_eq!(stored.failures, 16);
    // Failures older than the memory are forgotten: the count starts again.
    let later = at + chrono::Duration::hours(2);
    let n = app
        .db(move |c| {
            db::throttle::count_failure(
                c,
                "email:flood@example.com",
                later,
                later - chrono::Duration::hours(1),
            )
        })
        .await;
    assert_eq!(n, 1);
}

/// The notification form saved from two tabs at once: both saved, one row per category.
#[tokio::test]
async fn the_same_choices_saved_from_eight_tabs_at_once_are_all_saved() {
    let app = spawn_app().await;
    let (user, b) = app
        .person(
            concilia::domain::Role::Consumer,
            "Ana",
            "ana@example.com",
            None,
        )
        .await;
    let tabs = tabs(&b.jar);
    let categories = concilia::domain::cases::notify::Category::ALL.map(|c| c.as_str());
    let answers = from_every_tab(&tabs, 3, |client, n| {
        let (app, jar) = (&app, b.jar.clone());
        async move {
            let mode = if n % 2 == 0 { "digest" } else { "immediate" };
            let fields: Vec<(String, String)> = categories
                .iter()
                .map(|c| (c.to_string(), mode.to_string()))
                .collect();
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let res = app
                .post_form_as(&client, &jar, "/account/notifications", &fields)
                .await;
            (res.status().as_u16(), String::new())
        }
    })
    .await;
    let bad = failures(&answers, &[303]);
    assert!(bad.is_empty(), "{bad:?}");
    let prefs = app.db(move |c| db::digests::prefs_of(c, &user.id)).await;
    assert_eq!(prefs.len(), categories.len());
}
