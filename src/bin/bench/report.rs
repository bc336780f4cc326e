//! The result as it goes into BENCHMARKS.md: what was run where, then one table row per
//! measured thing.
use std::fmt::Write;
use std::process::Command;

use super::load::Figures;

pub struct Row {
    pub label: String,
    pub figures: Figures,
    pub statements: Option<u64>,
    /// Highest VmRSS sampled during the row, and VmHWM after it, in KiB (`None`: not the
    /// portal's, as for the ceiling, which runs inside the bench).
    pub peak_kib: Option<u64>,
    pub hwm_kib: Option<u64>,
}

pub struct Header {
    pub backend: &'static str,
    pub seeded: String,
    pub seed_seconds: f64,
    pub idle_kib: Option<u64>,
    pub page_bytes: usize,
    pub connections: u32,
    pub seconds: u64,
}

fn output(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "?".into())
}

/// Cores, kernel and CPU model of this machine.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "?".into());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map(|k| format!("{:.1} GiB", k as f64 / 1024.0 / 1024.0))
        .unwrap_or_else(|| "?".into());
    format!(
        "{cores} cores, {cpu}, {memory} RAM, Linux {}",
        output("uname", &["-r"])
    )
}

fn ms(us: u64) -> String {
    format!("{:.1}", us as f64 / 1000.0)
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or_else(|| "–".into(), |k| format!("{:.0}", k as f64 / 1024.0))
}

pub fn render(h: &Header, ceiling: Option<&Figures>, rows: &[Row]) -> String {
    let mut s = String::new();
    let commit = output("git", &["rev-parse", "--short", "HEAD"]);
    let dirty = !output("git", &["status", "--porcelain", "--untracked-files=no"]).is_empty();
    let command: Vec<String> = std::env::args().collect();
    let _ = writeln!(s, "### {} ", h.backend);
    let _ = writeln!(s);
    let _ = writeln!(s, "- Machine: {}", machine());
    let _ = writeln!(
        s,
        "- Commit: {commit}{}",
        if dirty {
            " (with uncommitted changes)"
        } else {
            ""
        }
    );
    let _ = writeln!(s, "- Command: `{}`", command.join(" "));
    let _ = writeln!(
        s,
        "- Date: {} UTC",
        chrono::Utc::now().format("%Y-%m-%d %H:%M")
    );
    let _ = writeln!(
        s,
        "- Load: `wrk -t2 -c{} -d{}s --latency` on the same machine as the portal (the sign-in flood: 8 connections)",
        h.connections, h.seconds
    );
    let _ = writeln!(s, "- Seeded in {:.0} s: {}", h.seed_seconds, h.seeded);
    let _ = writeln!(
        s,
        "- Portal idle after start: {} MiB RSS; the case page is {} bytes",
        mib(h.idle_kib),
        h.page_bytes
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| Measured | Requests/s | Of ceiling | p50 ms | p99 ms | max ms | Errors | Statements/request | Peak RSS MiB | VmHWM MiB |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in rows {
        let f = &r.figures;
        let ratio = ceiling
            .map(|c| format!("{:.1}%", 100.0 * f.per_second() / c.per_second().max(1e-9)))
            .unwrap_or_else(|| "–".into());
        let _ = writeln!(
            s,
            "| {} | {:.0} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.label,
            f.per_second(),
            ratio,
            ms(f.p50_us),
            ms(f.p99_us),
            ms(f.max_us),
            f.errors,
            r.statements.map_or_else(|| "–".into(), |n| n.to_string()),
            mib(r.peak_kib),
            mib(r.hwm_kib),
        );
    }
    s
}
