//! Scheduled work. Every instance runs the same loop; each job acts on an *occasion* (a day,
//! a case's deadline, a hearing) and records it in `scheduled_runs` in the same transaction
//! as its work, so an occasion is handled once across instances and restarts. Reminders for
//! cases, hearings and settlements add their jobs here as those features land.
use std::time::Duration;

use chrono::{Duration as Span, NaiveDateTime};

use crate::db::{self, DbConn, DbError, DbResult};
use crate::state::AppState;

pub const TICK: Duration = Duration::from_secs(60);

/// Runs `work` for `occasion` unless an instance already has, in one transaction with the
/// record of it. Returns whether it ran here.
pub fn once<F>(conn: &mut DbConn, job: &str, occasion: &str, work: F) -> DbResult<bool>
where
    F: FnOnce(&mut DbConn) -> DbResult<()>,
{
    use diesel::Connection;
    let result = conn.transaction(|c| {
        if !db::jobs::claim_occasion(c, job, occasion, db::now())? {
            // Roll back: on PostgreSQL the failed insert has ended the transaction anyway.
            return Err(DbError::Conflict);
        }
        work(c)
    });
    match result {
        Ok(()) => Ok(true),
        Err(DbError::Conflict) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Daily cleanup: dead account links, old sign-in failure counters, delivered mail after a
/// year. Uploaded files that belong to nothing join here with the evidence feature.
pub fn cleanup(conn: &mut DbConn, now: NaiveDateTime) -> DbResult<bool> {
    let day = now.date().to_string();
    once(conn, "cleanup", &day, |c| {
        let tokens = db::jobs::delete_dead_tokens(c, now - Span::days(7))?;
        let throttles = db::jobs::delete_stale_throttles(c, now - Span::days(1))?;
        let mail = db::jobs::delete_old_sent_mail(c, now - Span::days(365))?;
        tracing::info!(tokens, throttles, mail, "cleanup done");
        Ok(())
    })
}

/// Every job, once. The loop below calls this each tick; tests call it directly.
pub async fn run_due(app: &AppState) -> DbResult<()> {
    db::run(&app.pool, |c| cleanup(c, db::now()).map(|_| ())).await
}

pub async fn run_scheduler(app: AppState) {
    loop {
        if let Err(e) = run_due(&app).await {
            tracing::warn!(error = %e, "scheduled jobs could not run");
        }
        tokio::time::sleep(TICK).await;
    }
}
