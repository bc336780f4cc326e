//! What the pool learns from each of its connections as they work: how many statements they
//! started (one counter for the whole pool, read by `/metrics`, the benchmark and the tests
//! that hold each page's statement count), and whether the server went away under them.
//! With `RUST_LOG=concilia::db::watch=trace` each statement is logged as it starts, in the
//! span of the request that made it.
//!
//! The pool does not test a connection with `SELECT 1` at every checkout (three statements
//! of a page's twenty went to that). Instead a connection whose statement failed because the
//! connection itself is gone is marked lost here: the pool drops it when it comes back, and
//! the failure is answered 503 (`DbError::Unavailable`). One such failure also tells that
//! the other idle connections, made before it, may be as dead (a server restart ends them
//! all): they are tested once before they are handed out again (`Pool::get`), and the
//! database is probed at once (`Health::connection_lost`).
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel::result::{DatabaseErrorKind, Error};

use super::DbConn;
use super::health::Health;

/// What every connection of one pool shares.
pub struct Shared {
    pub statements: AtomicU64,
    /// How many times a connection was found lost; a connection made before the latest
    /// loss is tested before it is handed out.
    pub losses: AtomicU64,
    pub health: Arc<Health>,
}

impl Shared {
    pub fn new(url: &str) -> Arc<Shared> {
        Arc::new(Shared {
            statements: AtomicU64::new(0),
            losses: AtomicU64::new(0),
            health: Health::new(url),
        })
    }
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("statements", &self.statements)
            .field("losses", &self.losses)
            .finish_non_exhaustive()
    }
}

/// Set on every connection the pool makes (after its own set-up statements, so a page's
/// count does not depend on whether its connection happened to be new).
pub struct Watch {
    shared: Arc<Shared>,
    /// The losses already known when this connection was made or last tested.
    checked_at_loss: u64,
    lost: bool,
    /// While the pool tests a suspect connection: its failure is expected, not news.
    testing: bool,
}

impl Watch {
    pub fn new(shared: Arc<Shared>) -> Watch {
        let checked_at_loss = shared.losses.load(Ordering::Acquire);
        Watch {
            shared,
            checked_at_loss,
            lost: false,
            testing: false,
        }
    }
}

impl Instrumentation for Watch {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartQuery { query, .. } => {
                // A count read now and then, ordering nothing else: relaxed is enough, and
                // is one uncontended add.
                self.shared.statements.fetch_add(1, Ordering::Relaxed);
                // The query is only formatted when the level is on.
                tracing::trace!(%query, "statement");
            }
            InstrumentationEvent::FinishQuery {
                error: Some(error), ..
            } if !self.lost && !self.testing && is_lost_connection(error) => {
                self.lost = true;
                self.shared.losses.fetch_add(1, Ordering::AcqRel);
                self.shared.health.connection_lost();
            }
            _ => {}
        }
    }
}

/// The errors that say the connection, not the statement, failed.
pub fn is_lost_connection(error: &Error) -> bool {
    matches!(
        error,
        Error::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _
        )
    )
}

fn watch_of(conn: &mut DbConn) -> Option<&mut Watch> {
    diesel::Connection::instrumentation(conn).downcast_mut::<Watch>()
}

/// True once a statement found the connection gone: the pool must not hand it out again.
pub fn is_lost(conn: &mut DbConn) -> bool {
    watch_of(conn).is_some_and(|w| w.lost)
}

/// True when another connection was found lost since this one was made or last tested:
/// it may be as dead, and is tested before use.
pub fn is_suspect(conn: &mut DbConn) -> bool {
    watch_of(conn).is_some_and(|w| w.checked_at_loss < w.shared.losses.load(Ordering::Acquire))
}

/// Tests a suspect connection: true when it answers (trusted again until the next loss),
/// false when it does not (marked lost: the pool drops it when it is given back).
pub fn test(conn: &mut DbConn) -> bool {
    use diesel::connection::SimpleConnection;
    let losses = match watch_of(conn) {
        Some(w) => {
            w.testing = true;
            w.shared.losses.load(Ordering::Acquire)
        }
        None => return true,
    };
    let answered = conn.batch_execute("SELECT 1").is_ok();
    if let Some(w) = watch_of(conn) {
        w.testing = false;
        if answered {
            w.checked_at_loss = losses;
        } else {
            w.lost = true;
        }
    }
    answered
}
