//! Coded values (states, roles, sides, ...) are enums in the code and the same words in the
//! database as when they were strings, on both backends; a word no variant matches fails the
//! load with an error naming the column and the value.
use concilia::db;
use concilia::domain::Role;
use concilia::domain::cases::codes::{Capacity, Side};
use concilia::domain::cases::lifecycle::State;
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::cases::{cast, file_case, state_of};
use crate::helpers::spawn_app;

#[derive(QueryableByName)]
struct Word {
    #[diesel(sql_type = Text)]
    word: String,
}

/// A statement with one `?` parameter, as the backend writes its placeholder.
fn statement(
    c: &db::DbConn,
    sql: &str,
    id: String,
) -> diesel::query_builder::BoxedSqlQuery<'static, db::MultiBackend, diesel::query_builder::SqlQuery>
{
    let sql = if matches!(c, db::DbConn::Postgresql(_)) {
        sql.replace('?', "$1")
    } else {
        sql.to_string()
    };
    diesel::sql_query(sql).into_boxed().bind::<Text, _>(id)
}

/// The stored text of one column, read as plain text behind the enums' back.
async fn stored(app: &crate::helpers::TestApp, sql: &'static str, id: &str) -> String {
    let id = id.to_string();
    app.db(move |c| Ok(statement(c, sql, id).get_result::<Word>(c)?.word))
        .await
}

async fn overwrite(app: &crate::helpers::TestApp, sql: &'static str, id: &str) {
    let id = id.to_string();
    app.db(move |c| Ok(statement(c, sql, id).execute(c)?)).await;
}

#[tokio::test]
async fn coded_values_keep_their_stored_words_and_read_back_as_enums() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let id = file_case(&app, &cast.consumer).await;

    // Written through the enums, stored as the words they always were.
    assert_eq!(
        stored(&app, "SELECT state AS word FROM cases WHERE id = ?", &id).await,
        "submitted"
    );
    assert_eq!(
        stored(&app, "SELECT sector AS word FROM cases WHERE id = ?", &id).await,
        "electronics"
    );
    let mediator = app.user_by_email("mia@centre.example").await;
    assert_eq!(mediator.role, Role::Mediator);
    assert_eq!(
        stored(
            &app,
            "SELECT role AS word FROM users WHERE id = ?",
            &mediator.id
        )
        .await,
        "mediator"
    );

    // Read back as the enums, and found by them in queries.
    let case = state_of(&app, &id).await;
    assert_eq!(case.state, State::Submitted);
    assert_eq!(case.sector.map(|s| s.as_str()), Some("electronics"));
    let queue = app.db(|c| db::cases::intake_queue(c, 10)).await;
    assert!(queue.iter().any(|c| c.id == id));

    // A blank coded column (a draft's sector before it is chosen) reads as none and is
    // written back blank, not as a word.
    let res = cast.consumer.post(&app, "/cases", &[]).await;
    let draft = crate::helpers::location(&res)
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(state_of(&app, &draft).await.sector, None);
    assert_eq!(
        stored(
            &app,
            "SELECT sector AS word FROM cases WHERE id = ?",
            &draft
        )
        .await,
        ""
    );

    let _ = (Side::Consumer, Capacity::Assistant);
}

#[tokio::test]
async fn a_stored_word_no_variant_matches_is_a_load_error_naming_column_and_value() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let id = file_case(&app, &cast.consumer).await;
    overwrite(&app, "UPDATE cases SET state = 'limbo' WHERE id = ?", &id).await;

    let id2 = id.clone();
    let err = db::run(&app.state.pool, move |c| db::cases::find(c, &id2))
        .await
        .expect_err("a case in an unknown state does not load");
    let db::DbError::Query(cause) = err else {
        panic!("a query error, not {err:?}")
    };
    // diesel names the field; its source, our error, the column and the value.
    let mut text = cause.to_string();
    let mut source = std::error::Error::source(&cause);
    while let Some(s) = source {
        text.push_str(&format!(": {s}"));
        source = s.source();
    }
    assert!(text.contains("\"limbo\""), "{text}");
    assert!(text.contains("cases.state"), "{text}");

    // The person looking gets the plain error page, never the text of the cause.
    let page = cast.consumer.get(&app, &format!("/cases/{id}")).await;
    assert_eq!(page.status(), 500);
    let body = page.text().await.unwrap();
    assert!(
        !body.contains("limbo") && !body.contains("cases.state"),
        "{body}"
    );
}
