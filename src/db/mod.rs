//! Database access: one connection type over SQLite and PostgreSQL, the pool, migrations,
//! and the queries. Everything backend-specific stays in this module.
/// Runs one diesel statement on the concrete connection of whichever backend is in use, for
/// what the multi-backend connection cannot express: upserts (`on_conflict`), which both
/// backends have (SQLite since 3.24) but the derived connection does not compile. The
/// statement is written once and type-checked against each backend.
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $statement:expr) => {
        match $conn {
            $crate::db::DbConn::Sqlite($c) => $statement,
            $crate::db::DbConn::Postgresql($c) => $statement,
        }
    };
}
pub(crate) use on_backend;

pub mod case_file;
pub mod cases;
pub mod coded;
pub mod digests;
pub mod health;
pub mod hearings;
pub mod jobs;
pub mod models;
pub mod orgs;
pub mod outbox;
pub mod reports;
/// Printed by `diesel print-schema` from the PostgreSQL migrations (the README says how);
/// `.ci/schema-drift` fails when either folder gives something else.
pub mod schema;
pub mod settlements;
pub mod submissions;
pub mod throttle;
pub mod tokens;
pub mod users;
mod watch;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::cause::Cause;

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");
// The two folders must stay twins: same migrations, same statements but for the dialects.
#[cfg(test)]
mod migration_pairs_tests;

/// Advisory lock key that serialises migrations across instances ("conc" in ASCII).
const MIGRATION_LOCK: i64 = 0x636f_6e63;

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

pub type PooledConn = r2d2::PooledConnection<Manager>;

/// The connection pool, and what it knows of the database's health: once a checkout has
/// failed or a connection was lost (the database is down or unreachable), requests are
/// answered "unavailable" at once, without each waiting the full checkout timeout, until a
/// background probe reaches the database again (see `health`).
#[derive(Clone)]
pub struct Pool {
    inner: r2d2::Pool<Manager>,
    /// With the `Manager`: the statement count, losses and health.
    shared: Arc<watch::Shared>,
}

/// No connection to be had: the database is down, or every connection stayed busy.
#[derive(Debug, thiserror::Error)]
pub enum CheckoutError {
    #[error("the database is unreachable; waiting for it to come back")]
    Down,
    #[error("no connection from the pool")]
    Pool(#[source] r2d2::PoolError),
}

impl From<CheckoutError> for DbError {
    #[track_caller]
    fn from(e: CheckoutError) -> Self {
        DbError::Unavailable(Cause::new(e))
    }
}

impl Pool {
    /// A connection known to be good: not one found lost, and one made before the latest
    /// loss only once it has answered a test (see `watch`).
    pub fn get(&self) -> Result<PooledConn, CheckoutError> {
        // Each dead connection taken is dropped; the pool makes new ones in their place.
        for _ in 0..=self.inner.max_size() {
            if self.shared.health.is_down() {
                return Err(CheckoutError::Down);
            }
            let mut conn = self.inner.get().map_err(|e| {
                // A timeout with every connection made and busy is load, not an outage;
                // with room left in the pool, new connections could not be made: it is
                // unreachable.
                if self.inner.state().connections < self.inner.max_size() {
                    self.shared.health.mark_down();
                }
                CheckoutError::Pool(e)
            })?;
            if !watch::is_suspect(&mut conn) || watch::test(&mut conn) {
                return Ok(conn);
            }
        }
        // Every connection taken was dead.
        self.shared.health.mark_down();
        Err(CheckoutError::Down)
    }

    /// True while the database is known to be unreachable.
    pub fn is_down(&self) -> bool {
        self.shared.health.is_down()
    }

    /// How many statements this pool's connections have started since it was made.
    pub fn statements(&self) -> u64 {
        self.shared.statements.load(Ordering::Relaxed)
    }
}

/// What went wrong with the database. The internal variants keep their cause, and where it
/// was taken in, for the log (`cause::Report`); their own message says only what failed.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database unavailable")]
    Unavailable(#[source] Cause),
    #[error("not found")]
    NotFound,
    #[error("unique constraint violated")]
    Conflict,
    #[error("database query failed")]
    Query(#[source] Cause),
    #[error("migration failed")]
    Migration(#[source] Cause),
    /// Something to be stored could not be prepared (an email that does not render).
    #[error("could not prepare")]
    Prepare(#[source] Cause),
}

impl From<diesel::result::Error> for DbError {
    /// The place kept is the `?` in the query function that failed.
    #[track_caller]
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => DbError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => DbError::Conflict,
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            ) => DbError::Unavailable(Cause::new(e)),
            other => DbError::Query(Cause::new(other)),
        }
    }
}

impl From<r2d2::PoolError> for DbError {
    #[track_caller]
    fn from(e: r2d2::PoolError) -> Self {
        DbError::Unavailable(Cause::new(e))
    }
}

pub type DbResult<T> = Result<T, DbError>;

/// Which backend a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Backend {
        if url.starts_with("sqlite://") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        }
    }
}

fn sqlite_path(url: &str) -> &str {
    url.trim_start_matches("sqlite://")
}

/// Opens a connection for the backend the URL names, reporting that backend's own error
/// (the derive's `establish` tries every backend and hides it).
pub fn establish(url: &str) -> Result<DbConn, diesel::ConnectionError> {
    match Backend::of(url) {
        Backend::Sqlite => {
            let mut conn = SqliteConnection::establish(sqlite_path(url))?;
            // Per connection: foreign keys are off by default, and writers must wait for
            // each other rather than fail at once.
            conn.batch_execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;")
                .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            Ok(DbConn::Sqlite(conn))
        }
        Backend::Postgres => Ok(DbConn::Postgresql(PgConnection::establish(url)?)),
    }
}

#[derive(Debug, Clone)]
pub struct Manager {
    url: String,
    shared: Arc<watch::Shared>,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        let mut conn = establish(&self.url).map_err(r2d2::Error::ConnectionError)?;
        conn.set_instrumentation(watch::Watch::new(self.shared.clone()));
        Ok(conn)
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    /// Checked when a connection comes back to the pool, without a statement: a connection
    /// found lost, one left inside a transaction or with its transaction state broken, or
    /// one given back by a panicking thread is dropped rather than handed out again.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        use diesel::r2d2::R2D2Connection;
        std::thread::panicking() || watch::is_lost(conn) || conn.is_broken()
    }
}

/// Creates the SQLite file's folder, switches SQLite to WAL (a property of the file, set
/// once), and applies pending migrations.
pub fn migrate(url: &str) -> DbResult<usize> {
    if Backend::of(url) == Backend::Sqlite {
        let path = std::path::Path::new(sqlite_path(url));
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbError::Unavailable(Cause::new(e).context(dir.display())))?;
        }
    }
    let mut conn = establish(url).map_err(|e| DbError::Unavailable(Cause::new(e)))?;
    let applied = match &mut conn {
        DbConn::Sqlite(c) => {
            c.batch_execute("PRAGMA journal_mode = WAL;")?;
            c.run_pending_migrations(SQLITE_MIGRATIONS)
                .map_err(|e| DbError::Migration(Cause::new(e)))?
                .len()
        }
        DbConn::Postgresql(c) => {
            // Several instances may start at once: one migrates while the others wait here,
            // then find nothing pending.
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))?;
            let result = c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|m| m.len());
            c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))?;
            result.map_err(|e| DbError::Migration(Cause::new(e)))?
        }
    };
    Ok(applied)
}

/// True when the database answers and has no pending migration.
#[tracing::instrument(level = "debug", skip_all)]
pub fn ready(conn: &mut DbConn) -> DbResult<bool> {
    let pending = match conn {
        DbConn::Sqlite(c) => c.has_pending_migration(SQLITE_MIGRATIONS),
        DbConn::Postgresql(c) => c.has_pending_migration(POSTGRES_MIGRATIONS),
    };
    pending
        .map(|p| !p)
        .map_err(|e| DbError::Unavailable(Cause::new(e)))
}

pub fn pool(url: &str, size: u32, timeout: Duration) -> DbResult<Pool> {
    let shared = watch::Shared::new(url);
    let inner = builder(url, size, timeout)
        .build(Manager {
            url: url.to_string(),
            shared: shared.clone(),
        })
        .map_err(|e| DbError::Unavailable(Cause::new(e)))?;
    Ok(Pool { inner, shared })
}

/// No test on checkout (`SELECT 1` each time): a connection is known good until a statement
/// finds it lost (`watch`).
fn builder(url: &str, size: u32, timeout: Duration) -> r2d2::Builder<Manager> {
    let size = if Backend::of(url) == Backend::Sqlite {
        size.min(8)
    } else {
        size
    };
    r2d2::Pool::builder()
        .max_size(size)
        .min_idle(Some(1))
        .connection_timeout(timeout)
        .test_on_check_out(false)
}

/// Runs blocking database work on actix's blocking thread pool, never on an async worker,
/// with a connection from the pool. The work returns its caller's own error type (any that a
/// `DbError` converts into), so accounts, cases and the rest keep their errors without a
/// helper of their own; a pool that has no connection or no thread left answers
/// `DbError::Unavailable`. The work runs in the caller's tracing span (the handler's, under
/// the request's), so its database spans and events carry the request id.
pub async fn run<T, E, F>(pool: &Pool, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: From<DbError> + Send + 'static,
{
    let pool = pool.clone();
    let span = tracing::Span::current();
    actix_web::web::block(move || {
        let _in_caller = span.enter();
        let mut conn = match pool.get() {
            Ok(conn) => conn,
            // Converted here, not by `map_err(DbError::from)`, so that this is the place kept.
            Err(e) => return Err(DbError::from(e).into()),
        };
        f(&mut conn)
    })
    .await
    .map_err(|e| E::from(DbError::Unavailable(Cause::new(e))))?
}

/// Same as `run`, inside one transaction that claims the write lock first (`claim_writer`).
/// The transaction is rolled back when the work returns an error.
pub async fn transaction<T, E, F>(pool: &Pool, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: From<DbError> + From<diesel::result::Error> + Send + 'static,
{
    run(pool, move |conn| {
        conn.transaction(|c| {
            claim_writer(c)?;
            f(c)
        })
    })
    .await
}

/// Call first in a transaction that will write. SQLite starts transactions deferred: one
/// that reads and then writes while another writer is active fails at once with "database
/// is locked" instead of waiting. A write as the first statement takes the write lock
/// up front, waiting its turn (busy_timeout) like PostgreSQL's row locks would.
#[tracing::instrument(level = "debug", skip_all)]
pub fn claim_writer(conn: &mut DbConn) -> DbResult<()> {
    if let DbConn::Sqlite(c) = conn {
        c.batch_execute("UPDATE case_counters SET year = year WHERE 0")?;
    }
    Ok(())
}

pub fn now() -> chrono::NaiveDateTime {
    // Microsecond precision on both backends, so a value read back compares equal.
    let n = chrono::Utc::now().naive_utc();
    n - chrono::Duration::nanoseconds(i64::from(n.and_utc().timestamp_subsec_nanos() % 1000))
}

/// A word for `LIKE '%word%'` with its wildcards taken literally (used with `.escape('\\')`).
pub fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex, OnceLock};

    use tracing::Instrument;

    use super::*;

    /// Everything logged anywhere in this test binary: work on the blocking pool logs through
    /// the global subscriber, not a test's own.
    fn global_log() -> &'static Arc<Mutex<Vec<u8>>> {
        static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
        LOG.get_or_init(|| {
            let log = Arc::new(Mutex::new(Vec::new()));
            let writer = log.clone();
            let subscriber = tracing_subscriber::fmt()
                .with_writer(move || Writer(writer.clone()))
                .with_ansi(false)
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("no other global logger");
            log
        })
    }

    struct Writer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Writer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[actix_web::test]
    async fn the_pool_counts_every_statement_its_connections_start_and_not_their_set_up() {
        let pool = pool("sqlite://:memory:", 1, Duration::from_secs(5)).unwrap();
        assert_eq!(pool.statements(), 0, "the PRAGMAs of a new connection");
        let counted = pool.clone();
        let (before, after) = run(&pool, move |c| {
            let before = counted.statements();
            c.batch_execute("CREATE TABLE t (x INTEGER)")?;
            diesel::sql_query("INSERT INTO t VALUES (1)").execute(c)?;
            // A statement that fails was still started.
            let failed = diesel::sql_query("INSERT INTO nowhere VALUES (1)").execute(c);
            assert!(failed.is_err());
            Ok::<_, DbError>((before, counted.statements()))
        })
        .await
        .unwrap();
        assert_eq!(after - before, 3);
        assert_eq!(pool.statements(), after, "nothing after the work");
    }

    #[actix_web::test]
    async fn work_on_the_blocking_pool_is_logged_in_the_callers_span() {
        let log = global_log();
        let pool = pool("sqlite://:memory:", 1, Duration::from_secs(5)).unwrap();
        let marker = new_id();

        let span = tracing::info_span!("caller", marker = %marker);
        let thread = run(&pool, |_| {
            tracing::info!("on the blocking pool");
            Ok::<_, DbError>(std::thread::current().id())
        })
        .instrument(span)
        .await
        .unwrap();

        assert_ne!(thread, std::thread::current().id(), "ran on another thread");
        let text = String::from_utf8(log.lock().unwrap().clone()).unwrap();
        assert!(
            text.contains(&format!(
                "caller{{marker={marker}}}: concilia::db::tests: on the blocking pool"
            )),
            "{text}"
        );
    }
}
