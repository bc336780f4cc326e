//! Case lists: everyone sees the cases they have a part in, staff see all with filters, and
//! the intake queue shows what waits for a decision, oldest first.
use actix_web::{HttpResponse, get, web};
use minijinja::context;
use serde::Deserialize;

use crate::db::cases::{Filter, Scope};
use crate::db::models::Case;
use crate::db::{self};
use crate::domain::Role;
use crate::domain::cases::lifecycle::{self, State};
use crate::domain::cases::{intake, procedure};
use crate::domain::policy;
use crate::domain::policy::{Action, authorize};
use crate::i18n;
use crate::web::admin::{PAGE_SIZE, parse_time_cursor, split_page, time_key};
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

#[derive(Debug, Default, Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ListQuery {
    pub state: String,
    pub mediator: String,
    pub trader: String,
    /// Outcome due within this many days.
    pub days_left: String,
    pub q: String,
    pub after: Option<String>,
}

pub fn scope_of(user: &CurrentUser) -> Scope {
    policy::case_scope(&user.actor())
}

pub fn filter_of(q: &ListQuery) -> Filter {
    let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    Filter {
        state: nonempty(&q.state).and_then(|s| State::parse(&s)),
        mediator_id: nonempty(&q.mediator),
        trader_org_id: nonempty(&q.trader),
        due_before: q
            .days_left
            .trim()
            .parse::<i64>()
            .ok()
            .map(|d| db::now() + chrono::Duration::days(d.clamp(-3650, 3650))),
        words: q
            .q
            .split_whitespace()
            .take(8)
            .map(str::to_lowercase)
            .collect(),
        ..Filter::default()
    }
}

pub fn row(page: &Page, c: &Case) -> minijinja::Value {
    let state = c.state;
    context! {
        id => c.id,
        reference => c.reference,
        state => i18n::t(&page.lang, &state.label_id()),
        consumer => c.consumer_name,
        trader => c.trader_name,
        received_at => c.received_at.map(|t| page.datetime(t)),
        days_left => if state.is_closed() { None } else { procedure::days_left(c) },
        days_since_received => c.received_at.map(|r| (db::now() - r).num_days()),
    }
}

#[get("/cases")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn list(
    page: Page,
    user: CurrentUser,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let q = q.into_inner();
    let scope = scope_of(&user);
    let filter = filter_of(&q);
    let cursor = parse_time_cursor(q.after.as_deref());
    let cases = db::run(&page.state.pool, move |c| {
        db::cases::page(c, &scope, &filter, cursor, PAGE_SIZE + 1)
    })
    .await?;
    let (cases, next) = split_page(cases, |c| time_key(&c.created_at, &c.id));
    let staff = policy::authorize(&user.actor(), policy::Action::ManageCases).is_ok();
    let (mediators, traders) = if staff {
        db::run(&page.state.pool, |c| -> db::DbResult<_> {
            Ok((
                db::users::active_with_role(c, Role::Mediator)?,
                db::orgs::page(c, None, 500)?,
            ))
        })
        .await?
    } else {
        (vec![], vec![])
    };
    let states: Vec<(String, String)> = lifecycle::FILED
        .iter()
        .map(|s| (s.as_str().to_string(), i18n::t(&page.lang, &s.label_id())))
        .collect();
    let mut next_query = q.clone_without_cursor();
    let rows: Vec<_> = cases.iter().map(|c| row(&page, c)).collect();
    next_query.after = next;
    page.render(
        "cases/list.html",
        context! {
            cases => rows,
            query => q,
            next => next_query.after.as_ref().map(|_| serde_urlencoded::to_string(&next_query).unwrap_or_default()),
            staff => staff,
            states => states,
            mediators => mediators.iter().map(|m| (m.id.clone(), m.name.clone())).collect::<Vec<_>>(),
            traders => traders.iter().map(|o| (o.id.clone(), o.name.clone())).collect::<Vec<_>>(),
        },
    )
}

impl ListQuery {
    fn clone_without_cursor(&self) -> ListQuery {
        ListQuery {
            state: self.state.clone(),
            mediator: self.mediator.clone(),
            trader: self.trader.clone(),
            days_left: self.days_left.clone(),
            q: self.q.clone(),
            after: None,
        }
    }
}

/// Cases waiting for the intake decision, oldest first, with the days since the file was
/// received and a warning as the 21 days run out.
#[get("/intake")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn intake_queue(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ManageCases).map_err(|_| AppError::Forbidden)?;
    let cases = db::run(&page.state.pool, |c| db::cases::intake_queue(c, 500)).await?;
    let centre = page.state.config.centre.clone();
    let rows: Vec<_> = cases
        .iter()
        .map(|c| {
            let days = c
                .received_at
                .map(|r| (db::now() - r).num_days())
                .unwrap_or(0);
            let grounds: Vec<String> = intake::automatic_grounds(c, &centre)
                .into_iter()
                .map(|g| i18n::t(&page.lang, &g.label_id()))
                .collect();
            context! {
                id => c.id,
                reference => c.reference,
                state => i18n::t(&page.lang, &c.state.label_id()),
                consumer => c.consumer_name,
                trader => c.trader_name,
                days => days,
                days_left => intake::DECISION_DAYS - days,
                warning => days >= intake::DECISION_DAYS - intake::DECISION_WARNING_DAYS,
                grounds => grounds,
            }
        })
        .collect();
    page.render("cases/intake.html", context! { cases => rows })
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// `text LIKE pattern ESCAPE '\'` as SQL reads it, to check what the search sends.
    fn like(text: &[char], pattern: &[char]) -> bool {
        match pattern.split_first() {
            None => text.is_empty(),
            Some(('%', rest)) => (0..=text.len()).any(|i| like(&text[i..], rest)),
            Some(('_', rest)) => !text.is_empty() && like(&text[1..], rest),
            Some(('\\', [c, rest @ ..])) => text.first() == Some(c) && like(&text[1..], rest),
            Some((c, rest)) => text.first() == Some(c) && like(&text[1..], rest),
        }
    }

    fn query(q: &str) -> ListQuery {
        ListQuery {
            state: String::new(),
            mediator: String::new(),
            trader: String::new(),
            days_left: String::new(),
            q: q.to_string(),
            after: None,
        }
    }

    proptest! {
        #[test]
        fn search_words_are_few_lower_cased_and_without_spaces(q in "\\PC{0,60}|[ %_\\\\a-zA-Z]{0,60}") {
            let words = filter_of(&query(&q)).words;
            prop_assert!(words.len() <= 8);
            for w in &words {
                prop_assert!(!w.is_empty() && !w.chars().any(char::is_whitespace));
                prop_assert_eq!(w.to_lowercase(), w.clone());
            }
        }

        #[test]
        fn a_search_word_matches_literally_wildcards_and_all(
            word in "[a%_\\\\]{1,5}", text in "[a%_\\\\b]{0,10}",
        ) {
            let pattern: Vec<char> = format!("%{}%", db::escape_like(&word)).chars().collect();
            let text_chars: Vec<char> = text.chars().collect();
            prop_assert_eq!(like(&text_chars, &pattern), text.contains(&word));
        }
    }
}
