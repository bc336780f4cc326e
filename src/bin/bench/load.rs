//! The load: `wrk -t2 -c<n> -d<secs>s --latency` with a Lua script that sets the request
//! (method, headers, body) and, when wrk is done, writes its figures as JSON to a file.
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// What is sent: GET with a session cookie, or a POST with a body read from a file.
#[derive(Clone)]
pub struct Request {
    pub method: &'static str,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body_file: Option<PathBuf>,
    /// Each of wrk's two threads stops after this many answers (the upload row: each answer
    /// stores 10 MiB, and the disk is shared).
    pub per_thread: Option<u32>,
}

impl Request {
    pub fn get(path: impl Into<String>, session: Option<&str>) -> Request {
        Request {
            method: "GET",
            path: path.into(),
            headers: session
                .map(|t| vec![("Cookie".to_string(), format!("concilia_session={t}"))])
                .unwrap_or_default(),
            body_file: None,
            per_thread: None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Figures {
    pub requests: u64,
    pub seconds: f64,
    /// Non-2xx/3xx answers plus socket errors (connect, read, write, timeout).
    pub errors: u64,
    pub p50_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
}

impl Figures {
    pub fn per_second(&self) -> f64 {
        self.requests as f64 / self.seconds.max(1e-9)
    }
}

pub struct Wrk {
    pub dir: PathBuf,
    pub seconds: u64,
}

/// A wrk run under way.
pub struct Running {
    child: Child,
    out: PathBuf,
    label: String,
}

fn lua_string(s: &str) -> String {
    format!("{s:?}")
}

impl Wrk {
    fn script(&self, label: &str, r: &Request) -> anyhow::Result<(PathBuf, PathBuf)> {
        let slug: String = label
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let script = self.dir.join(format!("{slug}.lua"));
        let out = self.dir.join(format!("{slug}.json"));
        let mut lua = format!("wrk.method = {}\n", lua_string(r.method));
        for (k, v) in &r.headers {
            lua.push_str(&format!(
                "wrk.headers[{}] = {}\n",
                lua_string(k),
                lua_string(v)
            ));
        }
        if let Some(body) = &r.body_file {
            lua.push_str(&format!(
                "local f = assert(io.open({}, \"rb\"))\nwrk.body = f:read(\"*a\")\nf:close()\n",
                lua_string(&body.display().to_string())
            ));
        }
        if let Some(n) = r.per_thread {
            lua.push_str(&format!(
                "local answered = 0\nresponse = function(status, headers, body)\n  answered = answered + 1\n  if answered >= {n} then wrk.thread:stop() end\nend\n"
            ));
        }
        lua.push_str(&format!(
            r#"done = function(summary, latency, requests)
  local e = summary.errors
  local f = assert(io.open({}, "w"))
  f:write(string.format('{{"requests":%d,"duration_us":%d,"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50":%d,"p99":%d,"max":%d}}',
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
  f:close()
end
"#,
            lua_string(&out.display().to_string())
        ));
        std::fs::write(&script, lua)?;
        Ok((script, out))
    }

    /// Starts wrk on `base` + the request's path with `connections` connections.
    pub fn start(
        &self,
        label: &str,
        base: &str,
        r: &Request,
        connections: u32,
    ) -> anyhow::Result<Running> {
        let (script, out) = self.script(label, r)?;
        let _ = std::fs::remove_file(&out);
        let child = Command::new("wrk")
            .args([
                "-t2",
                &format!("-c{connections}"),
                &format!("-d{}s", self.seconds),
            ])
            .args(["--latency", "--timeout", "10s", "-s"])
            .arg(&script)
            .arg(format!("{base}{}", r.path))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| anyhow::anyhow!("cannot run wrk (apt-get install wrk): {e}"))?;
        Ok(Running {
            child,
            out,
            label: label.to_string(),
        })
    }

    pub fn run(
        &self,
        label: &str,
        base: &str,
        r: &Request,
        connections: u32,
    ) -> anyhow::Result<Figures> {
        self.start(label, base, r, connections)?.finish()
    }
}

impl Running {
    pub fn finish(self) -> anyhow::Result<Figures> {
        let output = self.child.wait_with_output()?;
        anyhow::ensure!(
            output.status.success(),
            "wrk for {} failed: {}",
            self.label,
            String::from_utf8_lossy(&output.stderr)
        );
        read(&self.out)
    }
}

fn read(path: &Path) -> anyhow::Result<Figures> {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let n = |k: &str| v[k].as_u64().unwrap_or(0);
    Ok(Figures {
        requests: n("requests"),
        seconds: n("duration_us") as f64 / 1e6,
        errors: n("status") + n("connect") + n("read") + n("write") + n("timeout"),
        p50_us: n("p50"),
        p99_us: n("p99"),
        max_us: n("max"),
    })
}

/// Makes sure wrk is there, installing it from the distribution when it is not.
pub fn ensure_wrk() -> anyhow::Result<()> {
    let found = Command::new("wrk")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if found {
        return Ok(());
    }
    println!("wrk is missing: apt-get install wrk");
    let ok = Command::new("sh")
        .args(["-c", "apt-get update -qq && apt-get install -y -qq wrk"])
        .status()?
        .success();
    anyhow::ensure!(ok, "could not install wrk; install it and run again");
    Ok(())
}
