use concilia::db;
use concilia::jobs;
use diesel::prelude::*;

use crate::helpers::{fresh_database_url, spawn_app, spawn_app_with};

#[tokio::test]
async fn an_occasion_is_handled_once_even_by_two_instances_on_one_database() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let first = spawn_app_with(dir, url.clone(), |_| {}).await;
    let second = spawn_app_with(tempfile::tempdir().unwrap(), url, |_| {}).await;

    let ran_first = first
        .db(|c| db::jobs::once(c, "reminder", "case-1:day-20", |_| Ok(())))
        .await;
    let ran_second = second
        .db(|c| db::jobs::once(c, "reminder", "case-1:day-20", |_| Ok(())))
        .await;
    let ran_again = first
        .db(|c| db::jobs::once(c, "reminder", "case-1:day-20", |_| Ok(())))
        .await;
    let other_occasion = second
        .db(|c| db::jobs::once(c, "reminder", "case-2:day-20", |_| Ok(())))
        .await;

    assert!(ran_first && !ran_second && !ran_again && other_occasion);
    assert_eq!(first.db(|c| db::jobs::occasions_of(c, "reminder")).await, 2);
}

#[tokio::test]
async fn work_that_fails_leaves_the_occasion_open_for_the_next_try() {
    let app = spawn_app().await;
    let failed = app
        .state
        .pool
        .get()
        .map(|mut c| {
            db::jobs::once(&mut c, "reminder", "x", |_| {
                Err(db::DbError::Prepare("boom".into()))
            })
        })
        .unwrap();
    assert!(failed.is_err());
    assert!(
        app.db(|c| db::jobs::once(c, "reminder", "x", |_| Ok(())))
            .await
    );
}

#[tokio::test]
async fn the_daily_cleanup_removes_dead_links_once_a_day_and_keeps_live_ones() {
    let app = spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    app.post_form("/password/forgot", &[("email", "ana@example.com")])
        .await;
    // The verification link expired long ago; the reset link is still live.
    app.db(|c| {
        use concilia::db::schema::account_tokens::dsl as t;
        diesel::update(t::account_tokens.filter(t::purpose.eq("verify_email")))
            .set(t::expires_at.eq(db::now() - chrono::Duration::days(30)))
            .execute(c)?;
        Ok(())
    })
    .await;

    jobs::run_due(&app.state).await.unwrap();
    jobs::run_due(&app.state).await.unwrap();

    let purposes: Vec<String> = app
        .db(|c| {
            use concilia::db::schema::account_tokens::dsl as t;
            Ok(t::account_tokens.select(t::purpose).load(c)?)
        })
        .await;
    assert_eq!(purposes, vec!["reset_password".to_string()]);
    assert_eq!(app.db(|c| db::jobs::occasions_of(c, "cleanup")).await, 1);
}
