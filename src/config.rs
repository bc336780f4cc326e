//! Typed configuration: defaults, then an optional TOML file, then the environment.
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
#[error("configuration error: {setting}: {message}")]
pub struct ConfigError {
    pub setting: String,
    pub message: String,
}

impl ConfigError {
    fn new(setting: &str, message: impl Into<String>) -> Self {
        Self {
            setting: setting.to_string(),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain connection upgraded with STARTTLS (port 587).
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same host or in tests.
    None,
}

/// Raw settings as read from the sources; `Config` is the validated form.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct RawConfig {
    mode: Mode,
    listen: String,
    base_url: Option<String>,
    data_dir: PathBuf,
    database_url: Option<String>,
    database_pool_size: u32,
    database_timeout_seconds: u64,
    jwt_secret: Option<String>,
    session_minutes: i64,
    mail_from: String,
    smtp_host: Option<String>,
    smtp_port: Option<u16>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    smtp_tls: SmtpTls,
    upload_max_mb: u64,
    case_upload_max_mb: u64,
    upload_files_per_request: usize,
    case_documents_max: i64,
    uploads_in_flight_per_user: usize,
    body_timeout_seconds: u64,
    s3_bucket: Option<String>,
    s3_endpoint: Option<String>,
    s3_region: Option<String>,
    s3_access_key_id: Option<String>,
    s3_secret_access_key: Option<String>,
    workers: Option<usize>,
    behind_proxy: bool,
    background_work: bool,
    log_spans: bool,
    mail_lease_seconds: i64,
    centre_name: String,
    centre_address: String,
    centre_email: String,
    centre_phone: String,
    fee_minor: i64,
    fee_currency: String,
    claim_min_minor: i64,
    claim_max_minor: i64,
    claim_currency: String,
    filing_limit_days: i64,
    negotiation_days: i64,
    comment_days: i64,
    reflection_hours: i64,
    blind_gap_percent: i64,
    publish_non_compliance: bool,
    metrics_token: Option<String>,
}

impl Default for RawConfig {
    fn default() -> Self {
        Self {
            mode: Mode::Development,
            listen: "127.0.0.1:8080".into(),
            base_url: None,
            data_dir: PathBuf::from("./data"),
            database_url: None,
            database_pool_size: 10,
            database_timeout_seconds: 5,
            jwt_secret: None,
            session_minutes: 60,
            mail_from: "Concilia <no-reply@concilia.localhost>".into(),
            smtp_host: None,
            smtp_port: None,
            smtp_username: None,
            smtp_password: None,
            smtp_tls: SmtpTls::Starttls,
            upload_max_mb: 25,
            case_upload_max_mb: 250,
            upload_files_per_request: 20,
            case_documents_max: 500,
            uploads_in_flight_per_user: 4,
            body_timeout_seconds: 30,
            s3_bucket: None,
            s3_endpoint: None,
            s3_region: None,
            s3_access_key_id: None,
            s3_secret_access_key: None,
            workers: None,
            behind_proxy: false,
            background_work: true,
            log_spans: false,
            mail_lease_seconds: 300,
            centre_name: "Concilia ADR Centre".into(),
            centre_address: "1 Example Square, 1000 Sofia, Bulgaria".into(),
            centre_email: "adr@concilia.localhost".into(),
            centre_phone: "+359 2 000 0000".into(),
            fee_minor: 0,
            fee_currency: "EUR".into(),
            claim_min_minor: 0,
            claim_max_minor: 0,
            claim_currency: "EUR".into(),
            filing_limit_days: 365,
            negotiation_days: 30,
            comment_days: 10,
            reflection_hours: 48,
            blind_gap_percent: 10,
            publish_non_compliance: false,
            metrics_token: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<SecretString>,
    pub tls: SmtpTls,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub mode: Mode,
    pub listen: SocketAddr,
    /// Public address used in links sent by email, without a trailing slash.
    pub base_url: String,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub database_pool_size: u32,
    pub database_timeout_seconds: u64,
    /// `None` means: read or create `<data_dir>/jwt-secret` at start-up.
    pub jwt_secret: Option<SecretString>,
    pub session_minutes: i64,
    pub mail_from: lettre::message::Mailbox,
    pub smtp: Option<SmtpConfig>,
    pub upload_max_bytes: u64,
    /// All documents of one case together.
    pub case_upload_max_bytes: u64,
    /// Files one upload request may carry; a request with more stores none of them.
    pub upload_files_per_request: usize,
    /// Documents one case may hold (redacted ones included).
    pub case_documents_max: i64,
    /// Uploads one user may have in flight at once on this instance; one more is refused.
    pub uploads_in_flight_per_user: usize,
    /// A request body that sends no byte for this long is dropped (a stalled or
    /// deliberately slow client would otherwise hold a connection and a worker forever).
    pub body_timeout: std::time::Duration,
    /// Evidence in S3-compatible object storage; `None`: in `<data_dir>/evidence`.
    pub s3: Option<crate::storage::S3Settings>,
    pub workers: Option<usize>,
    /// Trust `X-Forwarded-For` / `Forwarded` for the client address (behind a load balancer).
    pub behind_proxy: bool,
    /// Run the mail worker and the scheduler in this instance (tests drive them themselves).
    pub background_work: bool,
    /// Log each span as it closes, with its time: a request, its handler and (at `debug`)
    /// each database function it called, tied by the request id.
    pub log_spans: bool,
    /// How long a worker holds a claimed email before another instance may take it over.
    pub mail_lease: chrono::Duration,
    pub centre: CentreConfig,
    /// The bearer token `/metrics` asks for; `None`: no `/metrics` at all (404).
    pub metrics_token: Option<SecretString>,
}

/// The centre's own settings: what the public information page states and what the
/// intake rules apply.
#[derive(Debug, Clone)]
pub struct CentreConfig {
    pub name: String,
    pub address: String,
    pub email: String,
    pub phone: String,
    /// The fee a consumer pays, in minor units (0: free of charge).
    pub fee_minor: i64,
    pub fee_currency: String,
    /// Claims below this value may be refused (0: no lower threshold).
    pub claim_min_minor: i64,
    /// Claims above this value may be refused (0: no upper threshold).
    pub claim_max_minor: i64,
    pub claim_currency: String,
    /// A dispute filed later than this after the complaint to the trader may be refused;
    /// the Directive forbids less than one year.
    pub filing_limit_days: i64,
    /// How long the parties may negotiate directly before mediation.
    pub negotiation_days: i64,
    /// Art. 9(1)(a): how long a party may comment on what the other side submitted before
    /// the mediator proposes a solution.
    pub comment_days: i64,
    /// Art. 9(2)(d): how long a party has to reflect on a mediator's proposed solution
    /// before accepting it (unless they waive it).
    pub reflection_hours: i64,
    /// Blind offers settle at the midpoint when the consumer's minimum exceeds the
    /// trader's maximum by at most this share of the minimum.
    pub blind_gap_percent: i64,
    /// List traders that did not honour an agreement on a public page (for 12 months or
    /// until they comply), as the Estonian consumer disputes committee does.
    pub publish_non_compliance: bool,
}

impl Config {
    /// Reads defaults, then `CONCILIA_CONFIG` (or `./concilia.toml` when present),
    /// then `DATABASE_URL`, then `CONCILIA_*` variables.
    pub fn load() -> Result<Self, ConfigError> {
        let file = std::env::var("CONCILIA_CONFIG").ok();
        let mut figment = Figment::from(Serialized::defaults(RawConfig::default()));
        match &file {
            Some(path) => {
                if !Path::new(path).exists() {
                    return Err(ConfigError::new(
                        "CONCILIA_CONFIG",
                        format!("file {path} does not exist"),
                    ));
                }
                figment = figment.merge(Toml::file(path));
            }
            None => figment = figment.merge(Toml::file("concilia.toml")),
        }
        figment = figment
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .merge(Env::prefixed("CONCILIA_").ignore(&["CONFIG", "TEST_DATABASE_URL"]));
        let raw: RawConfig = figment.extract().map_err(|e| {
            let setting = e
                .path
                .first()
                .map(|k| format!("CONCILIA_{}", k.to_uppercase()))
                .unwrap_or_else(|| "configuration".into());
            ConfigError::new(&setting, e.kind.to_string())
        })?;
        raw.validate()
    }

    /// Settings for tests and tools: development mode, everything under `data_dir`.
    pub fn for_data_dir(
        data_dir: &Path,
        database_url: Option<String>,
    ) -> Result<Self, ConfigError> {
        RawConfig {
            listen: "127.0.0.1:0".into(),
            data_dir: data_dir.to_path_buf(),
            database_url,
            ..RawConfig::default()
        }
        .validate()
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

impl RawConfig {
    fn validate(self) -> Result<Config, ConfigError> {
        let listen: SocketAddr = self.listen.parse().map_err(|_| {
            ConfigError::new(
                "CONCILIA_LISTEN",
                format!("'{}' is not an address such as 127.0.0.1:8080", self.listen),
            )
        })?;
        let base_url = match self.base_url {
            Some(u) => {
                let parsed = url::Url::parse(&u).map_err(|_| {
                    ConfigError::new("CONCILIA_BASE_URL", format!("'{u}' is not an absolute URL"))
                })?;
                if !matches!(parsed.scheme(), "http" | "https") {
                    return Err(ConfigError::new(
                        "CONCILIA_BASE_URL",
                        "must start with http:// or https://",
                    ));
                }
                u.trim_end_matches('/').to_string()
            }
            None => {
                let host = if listen.ip().is_unspecified() || listen.ip().is_loopback() {
                    "localhost".to_string()
                } else {
                    listen.ip().to_string()
                };
                format!("http://{host}:{}", listen.port())
            }
        };
        let database_url = self
            .database_url
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("concilia.db").display()));
        if !(database_url.starts_with("sqlite://")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::new(
                "CONCILIA_DATABASE_URL",
                "must start with sqlite://, postgres:// or postgresql://",
            ));
        }
        if self.database_pool_size == 0 {
            return Err(ConfigError::new(
                "CONCILIA_DATABASE_POOL_SIZE",
                "must be at least 1",
            ));
        }
        let jwt_secret = match self.jwt_secret {
            Some(s) if s.len() < 32 => {
                return Err(ConfigError::new(
                    "CONCILIA_JWT_SECRET",
                    "must be at least 32 characters",
                ));
            }
            Some(s) => Some(SecretString::from(s)),
            None if self.mode == Mode::Production => {
                return Err(ConfigError::new(
                    "CONCILIA_JWT_SECRET",
                    "must be set in production mode (all instances share it)",
                ));
            }
            None => None,
        };
        if !(5..=24 * 60).contains(&self.session_minutes) {
            return Err(ConfigError::new(
                "CONCILIA_SESSION_MINUTES",
                "must be between 5 and 1440",
            ));
        }
        let mail_from = self.mail_from.parse().map_err(|_| {
            ConfigError::new(
                "CONCILIA_MAIL_FROM",
                format!("'{}' is not an email address", self.mail_from),
            )
        })?;
        let smtp = match self.smtp_host {
            Some(host) if !host.trim().is_empty() => Some(SmtpConfig {
                port: self.smtp_port.unwrap_or(match self.smtp_tls {
                    SmtpTls::Starttls => 587,
                    SmtpTls::Tls => 465,
                    SmtpTls::None => 25,
                }),
                host,
                username: self.smtp_username,
                password: self.smtp_password.map(SecretString::from),
                tls: self.smtp_tls,
            }),
            _ if self.mode == Mode::Production => {
                return Err(ConfigError::new(
                    "CONCILIA_SMTP_HOST",
                    "must be set in production mode",
                ));
            }
            _ => None,
        };
        // Longer than an SMTP conversation can last (its timeout is 15 s), or two workers
        // could send the same message.
        if !(20..=3600).contains(&self.mail_lease_seconds) {
            return Err(ConfigError::new(
                "CONCILIA_MAIL_LEASE_SECONDS",
                "must be between 20 and 3600",
            ));
        }
        if self.case_upload_max_mb < self.upload_max_mb || self.case_upload_max_mb > 100 * 1024 {
            return Err(ConfigError::new(
                "CONCILIA_CASE_UPLOAD_MAX_MB",
                "must be at least CONCILIA_UPLOAD_MAX_MB and at most 102400",
            ));
        }
        if self.upload_max_mb == 0 || self.upload_max_mb > 1024 {
            return Err(ConfigError::new(
                "CONCILIA_UPLOAD_MAX_MB",
                "must be between 1 and 1024",
            ));
        }
        if !(1..=1000).contains(&self.upload_files_per_request) {
            return Err(ConfigError::new(
                "CONCILIA_UPLOAD_FILES_PER_REQUEST",
                "must be between 1 and 1000",
            ));
        }
        if !(1..=1_000_000).contains(&self.case_documents_max) {
            return Err(ConfigError::new(
                "CONCILIA_CASE_DOCUMENTS_MAX",
                "must be between 1 and 1000000",
            ));
        }
        if !(1..=1000).contains(&self.uploads_in_flight_per_user) {
            return Err(ConfigError::new(
                "CONCILIA_UPLOADS_IN_FLIGHT_PER_USER",
                "must be between 1 and 1000",
            ));
        }
        if !(1..=3600).contains(&self.body_timeout_seconds) {
            return Err(ConfigError::new(
                "CONCILIA_BODY_TIMEOUT_SECONDS",
                "must be between 1 and 3600",
            ));
        }
        if self.filing_limit_days < 365 {
            return Err(ConfigError::new(
                "CONCILIA_FILING_LIMIT_DAYS",
                "must be at least 365 (Art. 5(4)(e) of Directive 2013/11/EU)",
            ));
        }
        if !(0..=180).contains(&self.negotiation_days) {
            return Err(ConfigError::new(
                "CONCILIA_NEGOTIATION_DAYS",
                "must be between 0 and 180",
            ));
        }
        if !(1..=60).contains(&self.comment_days) {
            return Err(ConfigError::new(
                "CONCILIA_COMMENT_DAYS",
                "must be between 1 and 60",
            ));
        }
        if !(0..=24 * 30).contains(&self.reflection_hours) {
            return Err(ConfigError::new(
                "CONCILIA_REFLECTION_HOURS",
                "must be between 0 and 720",
            ));
        }
        if !(0..=50).contains(&self.blind_gap_percent) {
            return Err(ConfigError::new(
                "CONCILIA_BLIND_GAP_PERCENT",
                "must be between 0 and 50",
            ));
        }
        if self.fee_minor < 0 || self.claim_min_minor < 0 || self.claim_max_minor < 0 {
            return Err(ConfigError::new(
                "CONCILIA_FEE_MINOR",
                "fees and thresholds cannot be negative",
            ));
        }
        for (setting, code) in [
            ("CONCILIA_FEE_CURRENCY", &self.fee_currency),
            ("CONCILIA_CLAIM_CURRENCY", &self.claim_currency),
        ] {
            if crate::domain::money::currency(code).is_err() {
                return Err(ConfigError::new(
                    setting,
                    format!("'{code}' is not an ISO 4217 currency"),
                ));
            }
        }
        let metrics_token = match self.metrics_token.map(|t| t.trim().to_string()) {
            None => None,
            Some(t) if t.is_empty() => None,
            // Whoever has it reads the portal's load: no shorter than a guess would take.
            Some(t) if t.len() < 16 => {
                return Err(ConfigError::new(
                    "CONCILIA_METRICS_TOKEN",
                    "must be at least 16 characters",
                ));
            }
            Some(t) => Some(SecretString::from(t)),
        };
        let s3 = match self.s3_bucket {
            Some(bucket) if !bucket.trim().is_empty() => {
                if let Some(endpoint) = &self.s3_endpoint {
                    let ok = url::Url::parse(endpoint)
                        .is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
                    if !ok {
                        return Err(ConfigError::new(
                            "CONCILIA_S3_ENDPOINT",
                            format!("'{endpoint}' is not an http:// or https:// address"),
                        ));
                    }
                }
                Some(crate::storage::S3Settings {
                    bucket: bucket.trim().to_string(),
                    endpoint: self.s3_endpoint,
                    region: self.s3_region,
                    access_key_id: self.s3_access_key_id,
                    secret_access_key: self.s3_secret_access_key.map(SecretString::from),
                })
            }
            _ => None,
        };
        Ok(Config {
            mode: self.mode,
            listen,
            base_url,
            data_dir: self.data_dir,
            database_url,
            database_pool_size: self.database_pool_size,
            database_timeout_seconds: self.database_timeout_seconds.max(1),
            jwt_secret,
            session_minutes: self.session_minutes,
            mail_from,
            smtp,
            upload_max_bytes: self.upload_max_mb * 1024 * 1024,
            case_upload_max_bytes: self.case_upload_max_mb * 1024 * 1024,
            upload_files_per_request: self.upload_files_per_request,
            case_documents_max: self.case_documents_max,
            uploads_in_flight_per_user: self.uploads_in_flight_per_user,
            body_timeout: std::time::Duration::from_secs(self.body_timeout_seconds),
            s3,
            workers: self.workers,
            behind_proxy: self.behind_proxy,
            background_work: self.background_work,
            log_spans: self.log_spans,
            mail_lease: chrono::Duration::seconds(self.mail_lease_seconds),
            metrics_token,
            centre: CentreConfig {
                name: self.centre_name,
                address: self.centre_address,
                email: self.centre_email,
                phone: self.centre_phone,
                fee_minor: self.fee_minor,
                fee_currency: self.fee_currency.to_ascii_uppercase(),
                claim_min_minor: self.claim_min_minor,
                claim_max_minor: self.claim_max_minor,
                claim_currency: self.claim_currency.to_ascii_uppercase(),
                filing_limit_days: self.filing_limit_days,
                negotiation_days: self.negotiation_days,
                comment_days: self.comment_days,
                reflection_hours: self.reflection_hours,
                blind_gap_percent: self.blind_gap_percent,
                publish_non_compliance: self.publish_non_compliance,
            },
        })
    }
}

/// Returns the configured signing secret, or reads (creating on first start)
/// `<data_dir>/jwt-secret` so that a development install keeps its sessions across restarts.
pub fn jwt_secret(config: &Config) -> std::io::Result<SecretString> {
    if let Some(s) = &config.jwt_secret {
        return Ok(s.clone());
    }
    let path = config.data_dir.join("jwt-secret");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        let existing = existing.trim();
        if existing.len() >= 32 {
            return Ok(SecretString::from(existing.to_string()));
        }
    }
    std::fs::create_dir_all(&config.data_dir)?;
    let secret = crate::domain::tokens::random_token(48);
    write_private(&path, &secret)?;
    Ok(SecretString::from(secret))
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(contents.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

pub fn expose(secret: &SecretString) -> &str {
    secret.expose_secret()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawConfig {
        RawConfig::default()
    }

    #[test]
    fn defaults_are_valid_and_use_sqlite_in_the_data_folder() {
        let c = raw().validate().unwrap();
        assert_eq!(c.database_url, "sqlite://./data/concilia.db");
        assert_eq!(c.base_url, "http://localhost:8080");
        assert!(c.smtp.is_none());
    }

    #[test]
    fn production_without_a_jwt_secret_is_refused_naming_the_setting() {
        let err = RawConfig {
            mode: Mode::Production,
            ..raw()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.setting, "CONCILIA_JWT_SECRET");
    }

    #[test]
    fn a_bad_listen_address_names_the_setting() {
        let err = RawConfig {
            listen: "nowhere".into(),
            ..raw()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.setting, "CONCILIA_LISTEN");
        assert!(
            err.to_string()
                .starts_with("configuration error: CONCILIA_LISTEN:")
        );
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        let err = RawConfig {
            database_url: Some("mysql://x".into()),
            ..raw()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.setting, "CONCILIA_DATABASE_URL");
    }

    #[test]
    fn a_short_jwt_secret_is_refused() {
        let err = RawConfig {
            jwt_secret: Some("short".into()),
            ..raw()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.setting, "CONCILIA_JWT_SECRET");
    }

    #[test]
    fn a_body_timeout_of_zero_is_refused_naming_the_setting() {
        let err = RawConfig {
            body_timeout_seconds: 0,
            ..raw()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.setting, "CONCILIA_BODY_TIMEOUT_SECONDS");
        let c = raw().validate().unwrap();
        assert_eq!(c.body_timeout, std::time::Duration::from_secs(30));
        assert_eq!(c.upload_files_per_request, 20);
        assert_eq!(c.case_documents_max, 500);
        assert_eq!(c.uploads_in_flight_per_user, 4);
    }

    #[test]
    fn a_short_metrics_token_is_refused_and_an_empty_one_means_none() {
        let err = RawConfig {
            metrics_token: Some("short".into()),
            ..raw()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.setting, "CONCILIA_METRICS_TOKEN");
        let c = RawConfig {
            metrics_token: Some(" ".into()),
            ..raw()
        }
        .validate()
        .unwrap();
        assert!(c.metrics_token.is_none());
        let c = RawConfig {
            metrics_token: Some("0123456789abcdef".into()),
            ..raw()
        }
        .validate()
        .unwrap();
        assert_eq!(expose(&c.metrics_token.unwrap()), "0123456789abcdef");
    }

    #[test]
    fn smtp_port_defaults_follow_the_tls_mode() {
        let c = RawConfig {
            smtp_host: Some("mail".into()),
            smtp_tls: SmtpTls::Tls,
            ..raw()
        }
        .validate()
        .unwrap();
        assert_eq!(c.smtp.unwrap().port, 465);
    }
}
