//! Wiring: builds the shared state and the HTTP server. Tests use `Application::build` with
//! port 0 and read back the port.
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::{Server, Service};
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tracing_actix_web::TracingLogger;

use crate::config::{self, Config};
use crate::domain::session::SessionKeys;
use crate::mail::Mailer;
use crate::state::AppState;
use crate::{db, templates_env, web as routes};

pub struct Application {
    port: u16,
    server: Server,
    pub state: AppState,
}

/// Migrates the database and builds everything requests share.
pub fn build_state(config: Config) -> anyhow::Result<AppState> {
    std::fs::create_dir_all(&config.data_dir).map_err(|e| {
        anyhow::anyhow!(
            "cannot create data folder {}: {e}",
            config.data_dir.display()
        )
    })?;
    let applied = db::migrate(&config.database_url)?;
    if applied > 0 {
        tracing::info!(applied, "database migrations applied");
    }
    let pool = db::pool(
        &config.database_url,
        config.database_pool_size,
        Duration::from_secs(config.database_timeout_seconds),
    )?;
    let templates = templates_env::build();
    let mailer = Mailer::new(&config, templates.clone())?;
    let secret = config::jwt_secret(&config)?;
    let keys = SessionKeys::new(
        config::expose(&secret).as_bytes(),
        chrono::Duration::minutes(config.session_minutes),
    );
    // A separate key for CSRF tokens, derived so that one secret is all an operator manages.
    let mut mac =
        Hmac::<Sha256>::new_from_slice(config::expose(&secret).as_bytes()).expect("any key length");
    mac.update(b"concilia csrf key");
    let csrf_key: Arc<[u8]> = mac.finalize().into_bytes().to_vec().into();
    let storage = match &config.s3 {
        Some(s3) => crate::storage::Storage::s3(s3)?,
        None => crate::storage::Storage::local(&config.data_dir.join("evidence"))?,
    };
    let devices = crate::domain::device::DeviceKeys::derive(config::expose(&secret).as_bytes());
    Ok(AppState {
        devices,
        storage,
        config: Arc::new(config),
        pool,
        mailer,
        keys,
        templates,
        csrf_key,
    })
}

impl Application {
    pub fn build(mut config: Config) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(config.listen)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen))?;
        let port = listener.local_addr()?.port();
        // Port 0 asks the system for a free port; links in emails must name the real one.
        if let Some(base) = config.base_url.strip_suffix(":0") {
            config.base_url = format!("{base}:{port}");
        }
        let workers = config.workers;
        let state = build_state(config)?;
        let data = web::Data::new(state.clone());
        let form_limit = 64 * 1024;
        // One count for all workers.
        let uploads = Arc::new(routes::in_flight::Uploads::default());
        let requests = web::Data::new(routes::metrics::Requests::default());
        let mut server = HttpServer::new(move || {
            let counted = requests.clone();
            App::new()
                .app_data(data.clone())
                .app_data(uploads.clone())
                .app_data(requests.clone())
                .configure(|cfg| routes::extractor_configs(cfg, form_limit))
                .configure(routes::routes)
                // Listed inner first: the request passes TracingLogger first, the handler last.
                .wrap(from_fn(routes::submission::settle))
                // Before a form key is claimed: a refused request is no first answer.
                .wrap(from_fn(routes::input::refuse_control_characters))
                .wrap(from_fn(routes::session::maintain_cookie))
                .wrap(from_fn(routes::csrf::ensure_cookie))
                .wrap(from_fn(routes::body::deadline))
                .wrap(from_fn(routes::error::render_errors))
                .wrap(from_fn(routes::headers::security_headers))
                .wrap(Compress::default())
                .wrap(TracingLogger::default())
                // Outermost, so that every request counts, also those a middleware refuses.
                .wrap_fn(move |req, srv| {
                    counted.count();
                    srv.call(req)
                })
        })
        .listen(listener)?
        .shutdown_timeout(30);
        if let Some(w) = workers {
            server = server.workers(w.max(1));
        }
        if state.config.background_work {
            tokio::spawn(crate::mail::outbox::run_worker(state.clone()));
            tokio::spawn(crate::jobs::run_scheduler(state.clone()));
        }
        Ok(Self {
            port,
            server: server.run(),
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until SIGTERM or Ctrl-C; in-flight requests get up to 30 s to finish.
    pub async fn run(self) -> std::io::Result<()> {
        self.server.await
    }
}
