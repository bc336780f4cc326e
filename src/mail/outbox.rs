//! Durable delivery: emails are stored in the `outbox` table inside the transaction of the
//! action that causes them, and a worker in every instance delivers what is due.
//!
//! Guarantees: a crash, a restart or an SMTP outage loses nothing, because the message is
//! committed before anyone tries to send it. Each message is claimed under a lease, so one
//! worker sends it at a time; a worker that dies mid-send leaves a lease that expires and
//! another worker takes over. The edge that remains is at-least-once: if a worker dies after
//! the SMTP server accepted a message but before it recorded that, the message is sent
//! again, with the same Message-ID, so mail clients show it once.
use std::time::Duration;

use chrono::NaiveDateTime;
use rand::Rng;

use super::{Email, Mailer};
use crate::cause::{Cause, Report};
use crate::db::models::OutboxMessage;
use crate::db::{self, DbConn, DbError, DbResult, new_id, now};
use crate::state::AppState;

const BATCH: i64 = 20;
/// After this long without success a message is marked failed for staff to look at.
const GIVE_UP_AFTER: chrono::Duration = chrono::Duration::hours(48);
pub const POLL: Duration = Duration::from_secs(1);

/// Renders the email now (so a broken template fails the action, not a later send) and
/// stores it in the caller's transaction.
pub fn enqueue(conn: &mut DbConn, mailer: &Mailer, email: &Email) -> DbResult<()> {
    let message = mailer
        .render(email)
        .map_err(|e| DbError::Prepare(Cause::new(e)))?;
    let header = |name: &str| {
        message
            .headers()
            .get_raw(name)
            .map(str::to_string)
            .unwrap_or_default()
    };
    let body =
        String::from_utf8(message.formatted()).map_err(|e| DbError::Prepare(Cause::new(e)))?;
    let at = now();
    db::outbox::insert(
        conn,
        &OutboxMessage {
            id: new_id(),
            message_id: header("Message-ID"),
            recipient: email.to.email.to_string(),
            template: email.template.to_string(),
            subject: Mailer::subject(email),
            body,
            status: db::outbox::PENDING,
            attempts: 0,
            next_attempt_at: at,
            claimed_by: None,
            claimed_until: None,
            last_error: None,
            created_at: at,
            sent_at: None,
        },
    )
}

/// Exponential backoff with jitter: 30 s, 1 min, 2 min, ... capped at one hour.
pub fn retry_delay(attempts_so_far: i32) -> chrono::Duration {
    let base = 30i64
        .saturating_mul(1i64 << attempts_so_far.clamp(0, 7))
        .min(3600);
    let jitter = rand::rng().random_range(0..=base / 5);
    chrono::Duration::seconds(base + jitter)
}

fn next_attempt(message: &OutboxMessage, at: NaiveDateTime) -> Option<NaiveDateTime> {
    (at - message.created_at < GIVE_UP_AFTER).then(|| at + retry_delay(message.attempts))
}

/// Delivers every message due now; returns how many were attempted.
pub async fn deliver_due(app: &AppState, worker: &str) -> DbResult<usize> {
    let (w, lease) = (worker.to_string(), app.config.mail_lease);
    let claimed = db::run(&app.pool, move |c| {
        let at = now();
        db::outbox::claim_due(c, &w, at, at + lease, BATCH)
    })
    .await?;
    let count = claimed.len();
    for message in claimed {
        let mailer = app.mailer.clone();
        let (recipient, body) = (message.recipient.clone(), message.body.clone());
        let result =
            tokio::task::spawn_blocking(move || mailer.deliver_raw(&recipient, body.as_bytes()))
                .await
                .unwrap_or_else(|e| {
                    Err(super::DeliveryError {
                        permanent: false,
                        message: e.to_string(),
                    })
                });
        let w = worker.to_string();
        match result {
            Ok(()) => {
                tracing::info!(message_id = %message.message_id, template = %message.template, "email sent");
                db::run(&app.pool, move |c| {
                    db::outbox::mark_sent(c, &message.id, &w, now())
                })
                .await?;
            }
            Err(e) => {
                let retry_at = if e.permanent {
                    None
                } else {
                    next_attempt(&message, now())
                };
                tracing::warn!(message_id = %message.message_id, error = %e.message, retrying = retry_at.is_some(), "email not delivered");
                db::run(&app.pool, move |c| {
                    db::outbox::mark_attempt_failed(c, &message.id, &w, &e.message, retry_at)
                })
                .await?;
            }
        }
    }
    Ok(count)
}

/// The worker each instance runs: delivers what is due, then waits a moment.
pub async fn run_worker(app: AppState) {
    let worker = format!("{}-{}", hostname(), uuid::Uuid::new_v4().simple());
    tracing::info!(%worker, "mail worker started");
    loop {
        match deliver_due(&app, &worker).await {
            Ok(n) if n as i64 == BATCH => continue,
            Ok(_) => {}
            Err(e) => {
                let e = Report(&e);
                tracing::warn!(error = %e, at = %e.places(), "mail worker could not reach the database")
            }
        }
        tokio::time::sleep(POLL).await;
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME").unwrap_or_else(|_| "concilia".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_retry_delay_doubles_with_jitter_and_is_capped_at_an_hour() {
        for (attempts, base) in [(0, 30), (1, 60), (2, 120), (6, 1920), (7, 3600), (50, 3600)] {
            let d = retry_delay(attempts).num_seconds();
            assert!((base..=base + base / 5).contains(&d), "{attempts}: {d}");
        }
    }
}
