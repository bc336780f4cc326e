//! Starts the real application on a random port with a fresh database, and talks to it
//! with a cookie-keeping client, as a browser would.
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use concilia::config::Config;
use concilia::db::{self, models::User};
use concilia::domain::Role;
use concilia::domain::accounts;
use concilia::domain::cases::codes::{self, EventKind};
use concilia::i18n;
use concilia::startup::Application;
use concilia::state::AppState;
use diesel::Connection;
use diesel::connection::SimpleConnection;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::{Client, Response, redirect};

pub const PASSWORD: &str = "a long enough password";

pub struct TestApp {
    pub address: String,
    pub state: AppState,
    pub client: Client,
    pub jar: Arc<Jar>,
    pub data_dir: PathBuf,
    /// The S3 server holding this app's evidence, if any; it stops with the app.
    pub s3_server: Option<ChildGuard>,
    _dir: tempfile::TempDir,
}

/// A database URL for a fresh database: a new SQLite file, or a new PostgreSQL database when
/// `CONCILIA_TEST_DATABASE_URL` names a server.
pub fn fresh_database_url(dir: &std::path::Path) -> String {
    match test_server_url() {
        Some(admin_url) => {
            let (server, query) = admin_url.split_once('?').expect("server URL with a query");
            let (base, _) = server
                .rsplit_once('/')
                .expect("database URL with a database name");
            let template = migrated_template(&admin_url, base, query);
            let name = format!("concilia_test_{}", uuid::Uuid::new_v4().simple());
            let mut conn = diesel::PgConnection::establish(&admin_url)
                .expect("connect to CONCILIA_TEST_DATABASE_URL");
            // Copying a migrated database takes milliseconds; migrating each one took most of
            // a PostgreSQL run. Copies are made one at a time: PostgreSQL refuses to copy a
            // template that another session is using.
            let _one_at_a_time = TEMPLATE_COPY.lock().unwrap_or_else(|e| e.into_inner());
            conn.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
                .expect("create test database");
            format!("{base}/{name}?{query}")
        }
        _ => format!("sqlite://{}", dir.join("concilia.db").display()),
    }
}

static TEMPLATE_COPY: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A database migrated once for this test process, from which each test's database is
/// copied. Its name starts like the tests' own, so CI's clean-up drops it too.
fn migrated_template(admin_url: &str, base: &str, query: &str) -> &'static str {
    static TEMPLATE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let name = format!("concilia_test_template_{}", uuid::Uuid::new_v4().simple());
        let mut conn = diesel::PgConnection::establish(admin_url)
            .expect("connect to CONCILIA_TEST_DATABASE_URL");
        conn.batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create template database");
        // The migration's connection is closed when `migrate` returns, as copying needs.
        db::migrate(&format!("{base}/{name}?{query}")).expect("migrate template database");
        name
    })
}

pub fn on_postgres() -> bool {
    test_server_url().is_some()
}

/// The PostgreSQL server the tests use (`CONCILIA_TEST_DATABASE_URL`), with TLS off unless
/// the URL asks for it. Why: libpq's TLS is OpenSSL, whose clean-up at process exit frees
/// what connections still open in other test threads are using; a run whose tests all
/// passed then aborted with "double free or corruption" (CI, 2026-12-03).
pub fn test_server_url() -> Option<String> {
    let url = std::env::var("CONCILIA_TEST_DATABASE_URL").ok()?;
    if url.is_empty() {
        return None;
    }
    Some(match url.split_once('?') {
        Some((_, query)) if query.split('&').any(|p| p.starts_with("sslmode=")) => url,
        Some(_) => format!("{url}&sslmode=disable"),
        None => format!("{url}?sslmode=disable"),
    })
}

pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    spawn_app_with(dir, url, |_| {}).await
}

pub async fn spawn_app_with(
    dir: tempfile::TempDir,
    url: String,
    tweak: impl FnOnce(&mut Config),
) -> TestApp {
    if std::env::var("TEST_LOG").is_ok() {
        let _ = tracing_subscriber::fmt()
            .with_env_filter("info")
            .with_test_writer()
            .try_init();
    }
    let mut config = Config::for_data_dir(dir.path(), Some(url)).unwrap();
    // Tests deliver mail and run jobs themselves, so they know when it has happened.
    config.background_work = false;
    tweak(&mut config);
    let app = Application::build(config).expect("application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state.clone();
    tokio::spawn(app.run());
    let jar = Arc::new(Jar::default());
    let client = Client::builder()
        .cookie_provider(jar.clone())
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address,
        state,
        client,
        jar,
        data_dir: dir.path().to_path_buf(),
        s3_server: None,
        _dir: dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Another browser on the same app: its own cookies.
    pub fn new_browser(&self) -> (Client, Arc<Jar>) {
        let jar = Arc::new(Jar::default());
        (
            Client::builder()
                .cookie_provider(jar.clone())
                .redirect(redirect::Policy::none())
                .build()
                .unwrap(),
            jar,
        )
    }

    /// Posts a form from another browser as its page would, with that browser's CSRF token.
    pub async fn post_form_as(
        &self,
        browser: &Client,
        jar: &Jar,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        if cookie_in(jar, &self.address, "concilia_csrf").is_none() {
            browser.get(self.url("/")).send().await.unwrap();
        }
        let token = cookie_in(jar, &self.address, "concilia_csrf").expect("csrf cookie");
        let mut body: Vec<(&str, &str)> = fields.to_vec();
        body.push(("csrf_token", &token));
        browser
            .post(self.url(path))
            .form(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_text(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        cookie_in(&self.jar, &self.address, name)
    }

    /// The CSRF token a form on our pages would carry (visits a page first if needed).
    pub async fn csrf(&self) -> String {
        if self.cookie("concilia_csrf").is_none() {
            self.get("/").await;
        }
        self.cookie("concilia_csrf").expect("csrf cookie")
    }

    /// Posts a form the way the page would, with its CSRF token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        let token = self.csrf().await;
        let mut body: Vec<(&str, &str)> = fields.to_vec();
        body.push(("csrf_token", &token));
        self.client
            .post(self.url(path))
            .form(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_form_without_csrf(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.csrf().await;
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    /// Signs up and then signs in with the new password, as the person would: signing up
    /// signs nobody in, so that its answer is the same for an address that has an account.
    /// Returns the sign-up's answer.
    pub async fn sign_up(&self, name: &str, email: &str) -> Response {
        let res = self
            .post_form(
                "/signup",
                &[
                    ("name", name),
                    ("email", email),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                    ("language", "en"),
                ],
            )
            .await;
        if res.status() == 303 {
            let signed_in = self.sign_in(email, PASSWORD).await;
            assert_eq!(signed_in.status(), 303, "sign-in after signing up {email}");
        }
        res
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.post_form(
            "/signin",
            &[
                ("email", email),
                ("password", password),
                ("next", "/dashboard"),
            ],
        )
        .await
    }

    pub async fn sign_out(&self) -> Response {
        self.post_form("/signout", &[]).await
    }

    /// A user with a password, created directly (as `concilia admin create` or the demo do).
    pub async fn create_user(
        &self,
        name: &str,
        email: &str,
        role: Role,
        org: Option<String>,
    ) -> User {
        accounts::create_with_password(&self.state, name, email, PASSWORD, role, org)
            .await
            .unwrap()
    }

    pub async fn signed_in_as(&self, role: Role) -> User {
        let email = format!("{}@example.org", role.as_str().replace('_', "-"));
        let user = self
            .create_user(&format!("Test {role}"), &email, role, None)
            .await;
        let res = self.sign_in(&email, PASSWORD).await;
        assert_eq!(res.status(), 303, "sign-in as {role}");
        user
    }

    /// Delivers every email that is due, as the worker would.
    pub async fn flush_mail(&self) {
        while concilia::mail::outbox::deliver_due(&self.state, "test-worker")
            .await
            .unwrap()
            > 0
        {}
    }

    /// Every email delivered to the outbox folder, decoded enough to read links.
    pub async fn outbox(&self) -> Vec<String> {
        self.flush_mail().await;
        let dir = self.data_dir.join("outbox");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files
            .iter()
            .map(|p| decode_qp(&std::fs::read_to_string(p).unwrap()))
            .collect()
    }

    pub async fn emails_to(&self, address: &str) -> Vec<String> {
        let to = |m: &String| {
            m.lines()
                .any(|l| l.starts_with("To:") && l.contains(address))
        };
        self.outbox().await.into_iter().filter(to).collect()
    }

    /// The newest link under `path_prefix` emailed to `address`, as a path on this app.
    pub async fn link_sent_to(&self, address: &str, path_prefix: &str) -> String {
        let needle = format!("{}{}", self.state.config.base_url, path_prefix);
        let all = self.outbox().await;
        let mail = self
            .emails_to(address)
            .await
            .into_iter()
            .rev()
            .find(|m| m.contains(&needle));
        let mail = mail.unwrap_or_else(|| {
            panic!("no email to {address} with a link to {path_prefix}; outbox: {all:#?}")
        });
        let start = mail.find(&needle).unwrap();
        let link: String = mail[start..]
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '"' && *c != '<')
            .collect();
        link.trim_start_matches(&self.state.config.base_url)
            .to_string()
    }

    pub async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut db::DbConn) -> db::DbResult<T> + Send + 'static,
    ) -> T {
        db::run(&self.state.pool, f).await.unwrap()
    }

    /// A bearer token for the API, signed in with the test password.
    pub async fn api_token(&self, email: &str) -> String {
        let res = self
            .client
            .post(self.url("/api/v1/session"))
            .json(&serde_json::json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201, "API sign-in of {email}");
        res.json::<serde_json::Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub async fn user_by_email(&self, email: &str) -> User {
        let e = email.to_string();
        self.db(move |c| db::users::find_by_email(c, &e))
            .await
            .expect("user exists")
    }
}

pub fn cookie_in(jar: &Jar, address: &str, name: &str) -> Option<String> {
    let header = jar.cookies(&address.parse().unwrap())?;
    header
        .to_str()
        .ok()?
        .split("; ")
        .find_map(|kv| kv.strip_prefix(&format!("{name}=")).map(str::to_string))
}

/// Undoes quoted-printable soft line breaks and `=3D`, enough to find links in an email.
fn decode_qp(raw: &str) -> String {
    raw.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

/// The value of the hidden CSRF field in a page, as a browser would submit it.
pub fn hidden_csrf(html: &str) -> Option<String> {
    let start = html.find("name=\"csrf_token\" value=\"")? + "name=\"csrf_token\" value=\"".len();
    Some(html[start..].chars().take_while(|c| *c != '"').collect())
}

/// The value of the first one-time form key in a page.
pub fn hidden_form_key(html: &str) -> Option<String> {
    let start = html.find("name=\"form_key\" value=\"")? + "name=\"form_key\" value=\"".len();
    Some(html[start..].chars().take_while(|c| *c != '"').collect())
}

/// The page with its one-time form keys (fresh in every rendering) blanked out.
pub fn without_form_keys(html: &str) -> String {
    let marker = "name=\"form_key\" value=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(marker) {
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out
}

/// A browser of its own (cookies, CSRF token), signed in as one person.
pub struct Browser {
    pub client: Client,
    pub jar: Arc<Jar>,
}

impl TestApp {
    /// A new browser signed in as `email`.
    pub async fn browser_for(&self, email: &str) -> Browser {
        let (client, jar) = self.new_browser();
        let b = Browser { client, jar };
        let res = b
            .post(
                self,
                "/signin",
                &[
                    ("email", email),
                    ("password", PASSWORD),
                    ("next", "/dashboard"),
                ],
            )
            .await;
        assert_eq!(res.status(), 303, "sign-in of {email}");
        b
    }

    /// A user with a password and a browser signed in as them.
    pub async fn person(
        &self,
        role: Role,
        name: &str,
        email: &str,
        org: Option<String>,
    ) -> (User, Browser) {
        let user = self.create_user(name, email, role, org).await;
        let b = self.browser_for(email).await;
        (user, b)
    }
}

impl Browser {
    pub async fn get(&self, app: &TestApp, path: &str) -> Response {
        self.client.get(app.url(path)).send().await.unwrap()
    }

    pub async fn text(&self, app: &TestApp, path: &str) -> String {
        let res = self.get(app, path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        res.text().await.unwrap()
    }

    pub async fn post(&self, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> Response {
        app.post_form_as(&self.client, &self.jar, path, fields)
            .await
    }
}

/// The `Location` of a redirect.
pub fn location(res: &Response) -> String {
    res.headers()
        .get("location")
        .unwrap_or_else(|| panic!("no location; status {}", res.status()))
        .to_str()
        .unwrap()
        .to_string()
}

/// A child process that is killed when the test ends, passed or failed.
pub struct ChildGuard(pub std::process::Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Where a test's evidence goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    Local,
    S3,
}

/// moto, a real S3-compatible server from PyPI, on a free port with a fresh bucket. `None`
/// when it is not installed and the run does not require it (CI requires it).
pub async fn start_s3_server() -> Option<(ChildGuard, concilia::storage::S3Settings)> {
    let available = std::process::Command::new("python3")
        .args(["-c", "import moto.server, flask"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var("CONCILIA_TEST_REQUIRE_S3").is_err(),
            "moto is required: pip install 'moto[server]'"
        );
        eprintln!("skipped: moto is not installed (pip install 'moto[server]')");
        return None;
    }
    // Below the system's ephemeral range (32768 and up), from which the other tests' servers
    // take their ports with port 0: a port freed here for moto is never handed to them.
    let port = (0..1000)
        .map(|_| rand::random_range(20_000..30_000u16))
        .find(|p| std::net::TcpListener::bind(("127.0.0.1", *p)).is_ok())
        .expect("a free port for moto");
    let child = std::process::Command::new("python3")
        .args([
            "-m",
            "moto.server",
            "-H",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let guard = ChildGuard(child);
    let endpoint = format!("http://127.0.0.1:{port}");
    let bucket = "evidence-test";
    let client = Client::new();
    for _ in 0..600 {
        // moto accepts an unsigned request to create a bucket.
        if let Ok(res) = client.put(format!("{endpoint}/{bucket}")).send().await {
            assert!(
                res.status().is_success(),
                "bucket created: {}",
                res.status()
            );
            return Some((
                guard,
                concilia::storage::S3Settings {
                    bucket: bucket.into(),
                    endpoint: Some(endpoint),
                    region: Some("us-east-1".into()),
                    access_key_id: Some("test".into()),
                    secret_access_key: Some("test".to_string().into()),
                },
            ));
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("moto did not start");
}

/// Like `spawn_app_with`, keeping evidence where `evidence` says. `None` when that is S3 and
/// no S3 server can run here.
pub async fn spawn_app_storing(
    evidence: Evidence,
    tweak: impl FnOnce(&mut Config),
) -> Option<TestApp> {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let server = match evidence {
        Evidence::Local => None,
        Evidence::S3 => Some(start_s3_server().await?),
    };
    let settings = server.as_ref().map(|(_, s)| s.clone());
    let mut app = spawn_app_with(dir, url, |c| {
        c.s3 = settings;
        tweak(c)
    })
    .await;
    app.s3_server = server.map(|(g, _)| g);
    Some(app)
}

// The check that no coded value shows raw: shared by the API tests (rendered pages and
// emails) and the browser tests (the text of every main page).

/// Words of a text, as a person reads them: split at anything that is not a letter, a digit,
/// `_` or `-`, so `not_honoured` and `request-info` stay whole.
pub fn words(text: &str) -> Vec<String> {
    text.split(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The stored words and API names of every coded value a person could read.
pub fn coded_words() -> HashSet<String> {
    let mut all: HashSet<String> = codes::api_names()
        .into_iter()
        .flat_map(|(_, names)| names)
        .collect();
    all.extend(EventKind::all().map(|k| k.as_str().to_string()));
    all
}

/// The words that a translation of some coded value uses in `lang`: there they are not raw
/// (Estonian says "video", English "consumer").
pub fn translated_words(lang: &str) -> HashSet<String> {
    codes::label_ids()
        .iter()
        .flat_map(|id| words(&i18n::t(lang, id)))
        .collect()
}

/// The names the tests' people and the demo's people and organisations go by, which contain
/// coded words ("Clara Consumer", "Balkan Electronics Ltd") and are not values.
const NAMES: &[&str] = &[
    "Clara Consumer",
    "Mia Mediator",
    "Sam Staff",
    "Rita Rep",
    "Bea Consumer",
    "Agnes Admin",
    "Martin Mediator",
    "Teodora Trader",
    "Kalev Trader",
    "Dmitri Consumer",
    "Balkan Electronics Ltd",
    "Nordic Travel OÜ",
    "Corner Phone Shop",
    "Sunny Furniture",
    "Online mediation in consumer disputes",
];

/// The coded words in `text` that are raw in `lang`. In English most stored words are also
/// plain English, so there only the words with `_` or `-`, never a translation, count.
pub fn raw_words(lang: &str, text: &str, coded: &HashSet<String>) -> Vec<String> {
    let translated = translated_words(lang);
    let text = NAMES
        .iter()
        .fold(text.to_string(), |t, name| t.replace(name, " "));
    // Email addresses and links are not words a value could show as.
    let text: Vec<&str> = text
        .split_whitespace()
        .filter(|chunk| !chunk.contains('@') && !chunk.contains("://"))
        .collect();
    let text = text.join(" ");
    let mut found: Vec<String> = words(&text)
        .into_iter()
        .flat_map(|w| {
            let mut candidates = vec![w.clone()];
            candidates.extend(w.split(['-', '_']).map(str::to_string));
            candidates
        })
        .filter(|w| coded.contains(w))
        .filter(|w| !translated.contains(w))
        .filter(|w| lang != "en" || w.contains(['_', '-']))
        .collect();
    found.sort();
    found.dedup();
    found
}
