//! The portal under test: `concilia serve` as a child process, asked over HTTP with `curl`
//! (the crate has no HTTP client among its dependencies, and the bench needs only a handful
//! of requests outside the load itself).
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

pub struct Portal {
    child: Child,
    pub base: String,
    pub metrics_token: String,
}

/// The settings the portal runs with besides its defaults: its own folder and database, and
/// upload limits raised so that 32 uploads in flight and a case filled by the upload row are
/// measured rather than refused (by default one person has 4 uploads in flight, and a case
/// holds 250 MB).
pub fn start(binary: &Path, data_dir: &Path, database_url: &str) -> anyhow::Result<Portal> {
    let port = free_port()?;
    let metrics_token = concilia::domain::tokens::random_token(24);
    let log = std::fs::File::create(data_dir.join("serve.log"))?;
    let child = Command::new(binary)
        .arg("serve")
        .env("CONCILIA_DATA_DIR", data_dir)
        .env("CONCILIA_DATABASE_URL", database_url)
        .env("CONCILIA_LISTEN", format!("127.0.0.1:{port}"))
        .env("CONCILIA_METRICS_TOKEN", &metrics_token)
        .env("CONCILIA_UPLOADS_IN_FLIGHT_PER_USER", "64")
        .env("CONCILIA_CASE_UPLOAD_MAX_MB", "102400")
        .env("CONCILIA_CASE_DOCUMENTS_MAX", "1000000")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| anyhow::anyhow!("cannot start {}: {e}", binary.display()))?;
    let mut portal = Portal {
        child,
        base: format!("http://127.0.0.1:{port}"),
        metrics_token,
    };
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok((200, _)) = portal.get("/readyz", None) {
            return Ok(portal);
        }
        if let Some(status) = portal.child.try_wait()? {
            anyhow::bail!(
                "the portal exited with {status}; see {}",
                data_dir.join("serve.log").display()
            );
        }
        anyhow::ensure!(
            Instant::now() < until,
            "the portal was not ready within 60 s"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn free_port() -> std::io::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// `curl` with the options every call shares; returns (status, body).
fn curl(args: &[&str]) -> anyhow::Result<(u16, Vec<u8>)> {
    let out = Command::new("curl")
        .args(["-s", "-o", "-", "-w", "\n%{http_code}", "--max-time", "30"])
        .args(args)
        .output()?;
    anyhow::ensure!(out.status.success(), "curl {args:?} failed: {}", out.status);
    let body = out.stdout;
    let split = body
        .iter()
        .rposition(|b| *b == b'\n')
        .ok_or_else(|| anyhow::anyhow!("curl gave no status"))?;
    let status = std::str::from_utf8(&body[split + 1..])?.trim().parse()?;
    Ok((status, body[..split].to_vec()))
}

impl Portal {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// GET with an optional session cookie.
    pub fn get(&self, path: &str, session: Option<&str>) -> anyhow::Result<(u16, Vec<u8>)> {
        let url = format!("{}{path}", self.base);
        match session {
            Some(token) => {
                let cookie = format!("concilia_session={token}");
                curl(&["-H", &format!("Cookie: {cookie}"), &url])
            }
            None => curl(&[&url]),
        }
    }

    /// Signs in through the API and returns the session token.
    pub fn sign_in(&self, email: &str, password: &str) -> anyhow::Result<String> {
        let body = serde_json::json!({ "email": email, "password": password }).to_string();
        let url = format!("{}/api/v1/session", self.base);
        let (status, answer) = curl(&[
            "-X",
            "POST",
            "-H",
            "Content-Type: application/json",
            "--data-binary",
            &body,
            &url,
        ])?;
        anyhow::ensure!(status == 201, "sign-in of {email} answered {status}");
        let v: serde_json::Value = serde_json::from_slice(&answer)?;
        v["token"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| anyhow::anyhow!("sign-in of {email} gave no token"))
    }

    /// (statements, requests) from `/metrics`, or `None` when the portal has no such page.
    pub fn counters(&self) -> anyhow::Result<Option<(u64, u64)>> {
        let url = format!("{}/metrics", self.base);
        let auth = format!("Authorization: Bearer {}", self.metrics_token);
        let (status, body) = curl(&["-H", &auth, &url])?;
        if status != 200 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&body);
        let value = |name: &str| -> Option<u64> {
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .find_map(|l| {
                    let (key, v) = l.rsplit_once(' ')?;
                    // A counter may carry labels: `name{...} value`.
                    let key = key.split('{').next()?;
                    (key == name).then(|| v.trim().parse::<f64>().ok())?
                })
                .map(|v| v as u64)
        };
        Ok(value("concilia_db_statements_total").zip(value("concilia_http_requests_total")))
    }

    /// Statements one request makes: the counter's change over the request alone, the least
    /// of two tries taken while nothing else ran (the scheduler may run meanwhile: a try with
    /// statements between two reads of the counters is taken again).
    pub fn statements_of(
        &self,
        request: &dyn Fn() -> anyhow::Result<()>,
    ) -> anyhow::Result<Option<u64>> {
        let mut best: Option<u64> = None;
        let mut valid = 0;
        for _ in 0..6 {
            let Some((s0, r0)) = self.counters()? else {
                return Ok(None);
            };
            let (s1, r1) = self.counters()?.unwrap_or((s0, r0));
            request()?;
            let (s2, r2) = self.counters()?.unwrap_or((s1, r1));
            // Reading the counters makes no statement: any seen here is someone else's.
            let read_requests = r1 - r0;
            if s1 != s0 || (r2 - r1).saturating_sub(read_requests) != 1 {
                continue;
            }
            let n = s2 - s1;
            best = Some(best.map_or(n, |b| b.min(n)));
            valid += 1;
            if valid == 2 {
                break;
            }
        }
        Ok(best)
    }

    pub fn stop(mut self) {
        // SIGTERM, so it shuts down as in production; then make sure.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let until = Instant::now() + Duration::from_secs(10);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A field of `/proc/<pid>/status` in KiB (`VmRSS`, `VmHWM`).
pub fn status_kib(pid: u32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    text.lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Samples a process's resident memory every 100 ms until stopped; keeps the highest.
pub struct Sampler {
    stop: Arc<AtomicBool>,
    peak: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sampler {
    pub fn start(pid: u32) -> Sampler {
        let stop = Arc::new(AtomicBool::new(false));
        let peak = Arc::new(AtomicU64::new(0));
        let (s, p) = (stop.clone(), peak.clone());
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                if let Some(kib) = status_kib(pid, "VmRSS:") {
                    p.fetch_max(kib, Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        });
        Sampler {
            stop,
            peak,
            thread: Some(thread),
        }
    }

    /// The highest RSS seen, in KiB.
    pub fn finish(mut self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        self.peak.load(Ordering::Relaxed)
    }
}

/// The portal binary beside this one (`target/release/concilia`), built first so that it is
/// the code of this checkout: `cargo run --bin bench` builds only the bench.
pub fn build_binary() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let target = exe
        .parent()
        .and_then(Path::parent)
        .ok_or_else(|| anyhow::anyhow!("no target folder above {}", exe.display()))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "--bin", "concilia"])
        .status()?;
    anyhow::ensure!(status.success(), "building the portal failed");
    Ok(target.join("release").join("concilia"))
}
