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
pub mod digests;
pub mod health;
pub mod hearings;
pub mod jobs;
pub mod models;
pub mod orgs;
pub mod outbox;
pub mod reports;
pub mod schema;
pub mod settlements;
pub mod submissions;
pub mod throttle;
pub mod tokens;
pub mod users;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Advisory lock key that serialises migrations across instances ("conc" in ASCII).
const MIGRATION_LOCK: i64 = 0x636f_6e63;

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

pub type PooledConn = r2d2::PooledConnection<Manager>;

/// The connection pool, and what it knows of the database's health: once a checkout has
/// failed (the database is down or unreachable), requests are answered "unavailable" at
/// once, without each waiting the full checkout timeout, until a background probe reaches
/// the database again (see `health`).
#[derive(Clone)]
pub struct Pool {
    inner: r2d2::Pool<Manager>,
    health: std::sync::Arc<health::Health>,
}

/// No connection to be had: the database is down, or every connection stayed busy.
#[derive(Debug)]
pub struct CheckoutError(String);

impl From<CheckoutError> for DbError {
    fn from(e: CheckoutError) -> Self {
        DbError::Unavailable(e.0)
    }
}

impl Pool {
    pub fn get(&self) -> Result<PooledConn, CheckoutError> {
        if self.health.is_down() {
            return Err(CheckoutError(
                "the database is unreachable; waiting for it to come back".into(),
            ));
        }
        self.inner.get().map_err(|e| {
            // A timeout with every connection made and busy is load, not an outage; with
            // room left in the pool, new connections could not be made: it is unreachable.
            if self.inner.state().connections < self.inner.max_size() {
                self.health.mark_down();
            }
            CheckoutError(e.to_string())
        })
    }

    /// True while the database is known to be unreachable.
    pub fn is_down(&self) -> bool {
        self.health.is_down()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("not found")]
    NotFound,
    #[error("unique constraint violated")]
    Conflict,
    #[error("database error: {0}")]
    Query(diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    /// Something to be stored could not be prepared (an email that does not render).
    #[error("could not prepare: {0}")]
    Prepare(String),
}

impl From<diesel::result::Error> for DbError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => DbError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => DbError::Conflict,
            Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                info,
            ) => DbError::Unavailable(info.message().to_string()),
            other => DbError::Query(other),
        }
    }
}

impl From<r2d2::PoolError> for DbError {
    fn from(e: r2d2::PoolError) -> Self {
        DbError::Unavailable(e.to_string())
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
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConn, r2d2::Error> {
        establish(&self.url).map_err(r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

/// Creates the SQLite file's folder, switches SQLite to WAL (a property of the file, set
/// once), and applies pending migrations.
pub fn migrate(url: &str) -> DbResult<usize> {
    if Backend::of(url) == Backend::Sqlite {
        let path = std::path::Path::new(sqlite_path(url));
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbError::Unavailable(format!("{}: {e}", dir.display())))?;
        }
    }
    let mut conn = establish(url).map_err(|e| DbError::Unavailable(e.to_string()))?;
    let applied = match &mut conn {
        DbConn::Sqlite(c) => {
            c.batch_execute("PRAGMA journal_mode = WAL;")?;
            c.run_pending_migrations(SQLITE_MIGRATIONS)
                .map_err(|e| DbError::Migration(e.to_string()))?
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
            result.map_err(|e| DbError::Migration(e.to_string()))?
        }
    };
    Ok(applied)
}

/// True when the database answers and has no pending migration.
pub fn ready(conn: &mut DbConn) -> DbResult<bool> {
    let pending = match conn {
        DbConn::Sqlite(c) => c.has_pending_migration(SQLITE_MIGRATIONS),
        DbConn::Postgresql(c) => c.has_pending_migration(POSTGRES_MIGRATIONS),
    };
    pending
        .map(|p| !p)
        .map_err(|e| DbError::Unavailable(e.to_string()))
}

pub fn pool(url: &str, size: u32, timeout: Duration) -> DbResult<Pool> {
    let inner = builder(url, size, timeout)
        .build(Manager {
            url: url.to_string(),
        })
        .map_err(|e| DbError::Unavailable(e.to_string()))?;
    Ok(Pool {
        inner,
        health: health::Health::new(url),
    })
}

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
        .test_on_check_out(true)
}

/// Runs blocking database work on actix's blocking thread pool, never on an async worker.
pub async fn run<T, F>(pool: &Pool, f: F) -> DbResult<T>
where
    F: FnOnce(&mut DbConn) -> DbResult<T> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    actix_web::web::block(move || {
        let mut conn = pool.get()?;
        f(&mut conn)
    })
    .await
    .map_err(|e| DbError::Unavailable(e.to_string()))?
}

/// Same as `run`, inside one transaction.
pub async fn transaction<T, F>(pool: &Pool, f: F) -> DbResult<T>
where
    F: FnOnce(&mut DbConn) -> DbResult<T> + Send + 'static,
    T: Send + 'static,
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
