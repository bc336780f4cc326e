//! Scheduled work. Every instance runs the same loop; each job acts on an *occasion* (a day,
//! a case's deadline, a hearing) and records it in `scheduled_runs` in the same transaction
//! as its work, so an occasion is handled once across instances and restarts. `run_due` runs
//! every job each tick: the daily cleanups, the case deadlines and reminders and the digests
//! kept here, and the hearing and settlement reminders, which live beside their rules in
//! `domain::cases`.
use std::time::Duration;

use chrono::{Duration as Span, NaiveDateTime};

use crate::cause::{Cause, Report};
use crate::db::jobs::once;
use crate::db::{self, DbConn, DbError, DbResult};
use crate::domain::accounts;
use crate::domain::cases::{CaseError, CaseResult, intake, notify, procedure};
use crate::mail::Mailer;
use crate::state::AppState;

pub const TICK: Duration = Duration::from_secs(60);

/// Daily cleanup: dead account links, old sign-in failure counters, delivered mail after a
/// year, sent digest notices after 90 days, one-time form keys after a day. Uploaded files
/// that belong to nothing are `cleanup_uploads`'s, since they need the storage.
pub fn cleanup(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<bool> {
    let day = now.date().to_string();
    once(conn, "cleanup", &day, |c| {
        let tokens = db::jobs::delete_dead_tokens(c, now - Span::days(7))?;
        let throttles = db::jobs::delete_stale_throttles(c, now - Span::days(1))?;
        let mail = db::jobs::delete_old_sent_mail(c, now - Span::days(365))?;
        db::jobs::refresh_statistics(c)?;
        db::digests::delete_sent_before(c, now - Span::days(90))?;
        // A form key only guards against the same form sent twice within moments; a day
        // covers a page left open and sent again much later.
        let form_keys = db::submissions::delete_before(c, now - Span::days(1))?;
        tracing::info!(tokens, throttles, mail, form_keys, "cleanup done");
        Ok(())
    })
}

/// A case step taken by the scheduler: a case another instance has just moved on is not an
/// error, only something this instance does not need to do.
fn case_step(result: CaseResult<()>) -> DbResult<()> {
    match result {
        Ok(()) | Err(CaseError::WrongState(_)) | Err(CaseError::NotFound) => Ok(()),
        Err(CaseError::Db(e)) => Err(e),
        Err(e) => Err(DbError::Prepare(Cause::new(e))),
    }
}

/// Deadlines that act by themselves: a trader's silence past its deadline is a deemed
/// refusal; a negotiation period that ends without agreement goes to mediation.
pub fn case_deadlines(conn: &mut DbConn, mailer: &Mailer, now: NaiveDateTime) -> DbResult<usize> {
    let mut done = 0;
    for id in db::cases::trader_overdue(conn, now.date())? {
        if once(conn, "deemed-refusal", &id, |c| {
            case_step(procedure::deem_refused(c, mailer, &id))
        })? {
            done += 1;
        }
    }
    for id in db::cases::negotiation_over(conn, now)? {
        if once(conn, "end-negotiation", &id, |c| {
            case_step(procedure::end_negotiation(c, mailer, &id))
        })? {
            done += 1;
        }
    }
    Ok(done)
}

/// Reminders, each sent once per case and deadline: the trader five days before its answer
/// is due (with a fresh link if it never set up its account), staff when the 21 days for the
/// intake decision are running out, mediator and staff two weeks before the outcome is due.
pub fn case_reminders(conn: &mut DbConn, mailer: &Mailer, now: NaiveDateTime) -> DbResult<usize> {
    let mut sent = 0;
    let today = now.date();
    for (id, due) in db::cases::awaiting_trader_due(conn, today + Span::days(TRADER_REMINDER_DAYS))?
    {
        let occasion = format!("{id}:{due}");
        if once(conn, "trader-reminder", &occasion, |c| {
            let Some(case) = db::cases::find(c, &id)? else {
                return Ok(());
            };
            let due = due.to_string();
            let to = notify::trader_side(c, &case)?;
            let members = match &case.trader_org_id {
                Some(org) => db::users::members_of(c, org)?,
                None => vec![],
            };
            // Nobody at the trader has set up the account: the first link may have expired.
            if !members.is_empty() && members.iter().all(|u| u.password_hash.is_none()) {
                for u in members.into_iter().filter(|u| u.disabled_at.is_none()) {
                    let link = accounts::reissue_invitation_in(c, &u.id)?;
                    let mut one = notify::Recipient::by_address(&u.name, &u.email, &u.language);
                    one.time_zone = Some(u.time_zone.clone());
                    let r = vec![one];
                    notify::send_link(c, mailer, &r, &case, "trader-reminder-new", &link)?;
                }
                return Ok(());
            }
            notify::send(
                c,
                mailer,
                &to,
                &case,
                "trader-reminder",
                &[("due", due)],
                None,
            )
        })? {
            sent += 1;
        }
    }
    let warn_from = now - Span::days(intake::DECISION_DAYS - intake::DECISION_WARNING_DAYS);
    for id in db::cases::intake_due(conn, warn_from)? {
        if once(conn, "intake-reminder", &id, |c| {
            let Some(case) = db::cases::find(c, &id)? else {
                return Ok(());
            };
            let to = notify::staff(c)?;
            notify::send(c, mailer, &to, &case, "intake-reminder", &[], None)
        })? {
            sent += 1;
        }
    }
    for id in db::cases::outcome_due(conn, now + Span::days(OUTCOME_REMINDER_DAYS))? {
        let Some(case) = db::cases::find(conn, &id)? else {
            continue;
        };
        let due = case
            .outcome_due_at
            .map(|d| d.date().to_string())
            .unwrap_or_default();
        if once(conn, "outcome-reminder", &format!("{id}:{due}"), |c| {
            let mut to = notify::mediator(c, &case)?;
            to.extend(notify::staff(c)?);
            notify::send(
                c,
                mailer,
                &to,
                &case,
                "outcome-reminder",
                &[("due", due.clone())],
                None,
            )
        })? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Hour of the day (UTC) from which the daily digests go out.
pub const DIGEST_HOUR: u32 = 7;

/// Once a day, each user who chose a digest gets one email listing the notices held for them.
pub fn send_digests(conn: &mut DbConn, mailer: &Mailer, now: NaiveDateTime) -> DbResult<usize> {
    use chrono::Timelike;
    if now.hour() < DIGEST_HOUR {
        return Ok(0);
    }
    let mut sent = 0;
    for user_id in db::digests::users_waiting(conn)? {
        let occasion = format!("{user_id}:{}", now.date());
        if once(conn, "digest", &occasion, |c| {
            let Some(user) = db::users::find(c, &user_id)? else {
                return Ok(());
            };
            let items: Vec<serde_json::Value> = db::digests::waiting_for(c, &user_id)?
                .into_iter()
                .map(|(line, link)| serde_json::json!({ "line": line, "link": link }))
                .collect();
            db::digests::mark_sent(c, &user_id, now)?;
            if user.disabled_at.is_some() || items.is_empty() {
                return Ok(());
            }
            let to = crate::mail::mailbox(&user.name, &user.email).ok_or_else(|| {
                DbError::Prepare(format!("address of user {} does not parse", user.id).into())
            })?;
            let email = crate::mail::Email {
                to,
                template: "digest",
                lang: user.language.clone(),
                context: serde_json::json!({ "name": user.name, "items": items, "link": mailer.link("/account#notifications") }),
                attachments: vec![],
            };
            crate::mail::outbox::enqueue(c, mailer, &email)
        })? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Days before the trader's deadline that it is reminded.
pub const TRADER_REMINDER_DAYS: i64 = 5;
/// Days before the outcome deadline that mediator and staff are reminded.
pub const OUTCOME_REMINDER_DAYS: i64 = 14;

/// Daily: removes unfinished uploads and stored files no document refers to (a crash
/// between storing a file and recording it), once they are a day old.
pub async fn cleanup_uploads(
    pool: &db::Pool,
    storage: &crate::storage::Storage,
    now: NaiveDateTime,
) -> DbResult<bool> {
    // The occasion is claimed and the known keys read first: listing a bucket can take a
    // while, and no database lock is held meanwhile.
    let keys = db::run(pool, move |c| -> db::DbResult<_> {
        let mut keys = None;
        once(c, "upload-cleanup", &now.date().to_string(), |c| {
            keys = Some(db::case_file::all_keys(c)?);
            Ok(())
        })?;
        Ok(keys)
    })
    .await?;
    let Some(keys) = keys else {
        return Ok(false);
    };
    let removed = storage
        .cleanup(Duration::from_secs(24 * 3600), &|k| keys.contains(k))
        .await
        .map_err(|e| DbError::Prepare(Cause::new(e)))?;
    tracing::info!(removed, "upload cleanup done");
    Ok(true)
}

/// Every job, once. The loop below calls this each tick; tests call it directly.
pub async fn run_due(app: &AppState) -> DbResult<()> {
    let mailer = app.mailer.clone();
    // Storage trouble must not hold up deadlines and mail.
    if let Err(e) = cleanup_uploads(&app.pool, &app.storage, db::now()).await {
        let e = Report(&e);
        tracing::warn!(error = %e, at = %e.places(), "upload cleanup could not run");
    }
    db::run(&app.pool, move |c| {
        let now = db::now();
        cleanup(c, now)?;
        case_deadlines(c, &mailer, now)?;
        case_reminders(c, &mailer, now)?;
        send_digests(c, &mailer, now)?;
        crate::domain::cases::hearings::send_reminders(c, &mailer, now)?;
        crate::domain::cases::settlements::send_reminders(c, &mailer, now)?;
        Ok(())
    })
    .await
}

pub async fn run_scheduler(app: AppState) {
    loop {
        if let Err(e) = run_due(&app).await {
            let e = Report(&e);
            tracing::warn!(error = %e, at = %e.places(), "scheduled jobs could not run");
        }
        tokio::time::sleep(TICK).await;
    }
}
