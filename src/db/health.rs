//! Whether the database is reachable. Marked down when a pool checkout fails (which takes
//! the pool's full timeout); while down, requests are refused at once and one background
//! thread tries to connect every second, with a short connect timeout, and marks the
//! database up again as soon as it answers.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use diesel::connection::SimpleConnection;

/// How often the probe tries while the database is down.
const PROBE_EVERY: Duration = Duration::from_secs(1);

pub struct Health {
    down: AtomicBool,
    probing: AtomicBool,
    url: String,
}

impl Health {
    pub fn new(url: &str) -> Arc<Health> {
        Arc::new(Health {
            down: AtomicBool::new(false),
            probing: AtomicBool::new(false),
            url: probe_url(url),
        })
    }

    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Acquire)
    }

    /// A connection's statement found the connection gone (the server restarted, or ended
    /// the session): the database may be down, or back already. Until the probe, which
    /// tries at once, has connected again, requests are answered 503.
    pub fn connection_lost(self: &Arc<Self>) {
        tracing::warn!("a database connection was lost: probing the database");
        self.mark_down();
    }

    /// Marks the database down and starts the probe, unless one runs already.
    pub fn mark_down(self: &Arc<Self>) {
        if !self.down.swap(true, Ordering::AcqRel) {
            tracing::error!("database unreachable: answering 503 until it is back");
        }
        if self.probing.swap(true, Ordering::AcqRel) {
            return;
        }
        let health = self.clone();
        // A thread of its own rather than a task: the pool is also used outside the server
        // (command-line tools), and the probe blocks while it connects.
        let started = std::thread::Builder::new()
            .name("db-probe".into())
            .spawn(move || health.probe());
        if let Err(e) = started {
            tracing::error!(error = %e, "cannot start the database probe");
            // Without a probe nothing would ever mark the database up again.
            self.probing.store(false, Ordering::Release);
            self.down.store(false, Ordering::Release);
        }
    }

    /// Tries at once (after a lost connection the database is often back already: a restart),
    /// then every `PROBE_EVERY`.
    fn probe(&self) {
        loop {
            let answered = super::establish(&self.url)
                .and_then(|mut c| {
                    c.batch_execute("SELECT 1")
                        .map_err(diesel::ConnectionError::CouldntSetupConfiguration)
                })
                .is_ok();
            if answered {
                // In this order: a failure marked between the two stores starts a new probe
                // rather than being lost.
                self.probing.store(false, Ordering::Release);
                self.down.store(false, Ordering::Release);
                tracing::info!("database reachable again");
                return;
            }
            std::thread::sleep(PROBE_EVERY);
        }
    }
}

/// The URL with a short connect timeout for PostgreSQL (libpq's shortest is 2 s), so one
/// probe against an address that does not answer at all does not hang.
fn probe_url(url: &str) -> String {
    if super::Backend::of(url) == super::Backend::Sqlite || url.contains("connect_timeout=") {
        return url.to_string();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}connect_timeout=2")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{DbError, Pool};
    use std::time::Instant;

    fn pool_for(url: &str) -> Pool {
        let shared = crate::db::watch::Shared::new(url);
        Pool {
            inner: crate::db::builder(url, 2, Duration::from_secs(2))
                .min_idle(Some(0))
                .build_unchecked(crate::db::Manager {
                    url: url.to_string(),
                    shared: shared.clone(),
                }),
            shared,
        }
    }

    #[test]
    fn once_a_checkout_fails_the_next_is_refused_at_once_until_the_probe_sees_it_back() {
        let dir = tempfile::tempdir().unwrap();
        // SQLite cannot create a file in a folder that does not exist: unreachable, until
        // the folder is made.
        let folder = dir.path().join("not-yet");
        let url = format!("sqlite://{}", folder.join("db.sqlite").display());
        let pool = pool_for(&url);

        let first = Instant::now();
        assert!(matches!(
            pool.get().map_err(DbError::from),
            Err(DbError::Unavailable(_))
        ));
        assert!(
            first.elapsed() >= Duration::from_secs(1),
            "waited for the pool"
        );
        assert!(pool.is_down());

        let second = Instant::now();
        assert!(matches!(
            pool.get().map_err(DbError::from),
            Err(DbError::Unavailable(_))
        ));
        assert!(
            second.elapsed() < Duration::from_millis(100),
            "refused at once"
        );

        std::fs::create_dir_all(&folder).unwrap();
        let back = Instant::now();
        while pool.is_down() {
            assert!(
                back.elapsed() < Duration::from_secs(10),
                "the probe saw it back"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(pool.get().is_ok());
    }

    #[test]
    fn the_probe_connects_to_postgresql_with_a_short_timeout() {
        assert_eq!(
            probe_url("postgres://u@h/db"),
            "postgres://u@h/db?connect_timeout=2"
        );
        assert_eq!(
            probe_url("postgres://u@h/db?sslmode=require"),
            "postgres://u@h/db?sslmode=require&connect_timeout=2"
        );
        assert_eq!(probe_url("sqlite:///tmp/x.db"), "sqlite:///tmp/x.db");
    }
}
