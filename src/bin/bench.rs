//! The benchmark of issue 19, one whole run per backend: seeds a centre's worth of data in
//! bulk, starts the portal (`concilia serve`) on it, signs in each role, drives load with
//! `wrk` on the pages people use, measures a bare actix-web handler serving a page of the
//! same size as this machine's ceiling, and prints one Markdown table (also written to
//! `target/bench/<backend>.md`). Not part of CI; run it by hand:
//!
//! ```text
//! cargo run --release --bin bench -- --database sqlite
//! cargo run --release --bin bench -- --database postgres --cases 5000 --seconds 3 --only case
//! ```
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};

#[path = "bench/ceiling.rs"]
mod ceiling;
#[path = "bench/load.rs"]
mod load;
#[path = "bench/named.rs"]
mod named;
#[path = "bench/portal.rs"]
mod portal;
#[path = "bench/report.rs"]
mod report;
#[path = "bench/rows.rs"]
mod rows;
#[path = "bench/seed.rs"]
mod seed;
#[path = "bench/text.rs"]
mod text;

use load::{Figures, Request, Wrk};
use portal::{Portal, Sampler};
use report::Row;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Database {
    Sqlite,
    Postgres,
}

impl Database {
    fn name(self) -> &'static str {
        match self {
            Database::Sqlite => "sqlite",
            Database::Postgres => "postgres",
        }
    }
}

#[derive(Parser)]
#[command(about = "Seeds, starts the portal and measures it under wrk (issue 19)")]
struct Options {
    /// The backend to measure.
    #[arg(long, value_enum, default_value = "sqlite")]
    database: Database,
    /// How many cases to seed (messages, documents, people scale with it).
    #[arg(long, default_value_t = 100_000)]
    cases: usize,
    /// Seconds of load per row.
    #[arg(long, default_value_t = 20)]
    seconds: u64,
    /// Where the table goes (default: target/bench/<backend>.md).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Run only the rows whose label contains this (case-insensitive; may be repeated).
    /// The ceiling is always measured.
    #[arg(long)]
    only: Vec<String>,
    /// A PostgreSQL database to connect to; the bench creates and drops `concilia_bench`
    /// on the same server.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/test")]
    postgres: String,
    /// The portal binary to run instead of building `target/release/concilia` first.
    #[arg(long)]
    portal: Option<PathBuf>,
    /// Keep the data folder and the database afterwards (to look at them).
    #[arg(long)]
    keep: bool,
}

/// Connections of every row but the sign-in flood.
const CONNECTIONS: u32 = 32;
/// The sign-in flood's connections.
const FLOOD_CONNECTIONS: u32 = 8;
/// Uploads each of wrk's two threads sends at most: 2 GiB in all.
const UPLOADS_PER_THREAD: u32 = 100;
/// The upload's size.
const UPLOAD_BYTES: usize = 10 * 1024 * 1024;

fn main() -> ExitCode {
    let options = Options::parse();
    match actix_web::rt::System::new().block_on(run(options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(o: Options) -> anyhow::Result<()> {
    load::ensure_wrk()?;
    let binary = match &o.portal {
        Some(path) => path.clone(),
        None => portal::build_binary()?,
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench");
    let data_dir = root.join(format!("data-{}", o.database.name()));
    if data_dir.exists() {
        std::fs::remove_dir_all(&data_dir)?;
    }
    std::fs::create_dir_all(&data_dir)?;
    let url = match o.database {
        Database::Sqlite => format!("sqlite://{}", data_dir.join("concilia.db").display()),
        Database::Postgres => postgres_database(&o.postgres, true)?,
    };
    let sizes = seed::Sizes::for_cases(o.cases);
    println!(
        "Seeding {} cases on {} ({} consumers, {} organisations, {} mediators)",
        sizes.cases,
        o.database.name(),
        sizes.consumers,
        sizes.organisations,
        sizes.mediators
    );
    let started = Instant::now();
    let config = concilia::config::Config::for_data_dir(&data_dir, Some(url.clone()))?;
    let state = concilia::startup::build_state(config)?;
    let seeded = seed::run(&state, &sizes).await?;
    drop(state);
    let seed_seconds = started.elapsed().as_secs_f64();
    let c = seeded.counts;
    let seeded_text = format!(
        "{} cases, {} messages, {} documents, {} events, {} hearings, {} members, {} users, {} organisations",
        c.cases, c.messages, c.documents, c.events, c.hearings, c.members, c.users, c.organisations
    );
    println!("Seeded in {seed_seconds:.1} s: {seeded_text}");

    let portal = portal::start(&binary, &data_dir, &url)?;
    let result = measure(&o, &portal, &seeded, &data_dir).await;
    portal.stop();
    let (rows, ceiling, idle_kib, page_bytes) = result?;
    let header = report::Header {
        backend: match o.database {
            Database::Sqlite => "SQLite",
            Database::Postgres => "PostgreSQL",
        },
        seeded: seeded_text,
        seed_seconds,
        idle_kib,
        page_bytes,
        connections: CONNECTIONS,
        seconds: o.seconds,
    };
    let table = report::render(&header, Some(&ceiling), &rows);
    println!("\n{table}");
    let out = o
        .out
        .clone()
        .unwrap_or_else(|| root.join(format!("{}.md", o.database.name())));
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&out, &table)?;
    println!("Written to {}", out.display());
    if !o.keep {
        std::fs::remove_dir_all(&data_dir)?;
        if o.database == Database::Postgres {
            postgres_database(&o.postgres, false)?;
        }
    }
    Ok(())
}

/// Creates (`fresh`) or drops the bench's own database beside the one given; returns its URL.
fn postgres_database(server: &str, fresh: bool) -> anyhow::Result<String> {
    use diesel::Connection;
    use diesel::connection::SimpleConnection;
    let mut url = url::Url::parse(server)?;
    let mut admin = diesel::PgConnection::establish(server)?;
    // One statement each: neither may run inside a transaction block.
    admin.batch_execute("DROP DATABASE IF EXISTS concilia_bench WITH (FORCE)")?;
    if fresh {
        admin.batch_execute("CREATE DATABASE concilia_bench")?;
    }
    url.set_path("/concilia_bench");
    Ok(url.to_string())
}

/// What one row loads, and with whom.
enum Plan {
    Get {
        label: String,
        request: Request,
    },
    /// Sign-ins at 8 connections and, at the same time, the case page at 32.
    Flood {
        signin: Request,
        page: Request,
    },
    Upload {
        request: Request,
    },
}

impl Plan {
    fn labels(&self) -> Vec<String> {
        match self {
            Plan::Get { label, .. } => vec![label.clone()],
            Plan::Flood { .. } => vec![
                "sign-in flood: POST /api/v1/session, 8 connections".into(),
                "case page during the sign-in flood".into(),
            ],
            Plan::Upload { .. } => {
                vec!["upload of 10 MiB: POST /api/v1/cases/{id}/documents".into()]
            }
        }
    }
}

type Measured = (Vec<Row>, Figures, Option<u64>, usize);

async fn measure(
    o: &Options,
    portal: &Portal,
    seeded: &seed::Seeded,
    data_dir: &Path,
) -> anyhow::Result<Measured> {
    // Mail the seeding queued (the measured case's steps and messages) goes out first.
    std::thread::sleep(Duration::from_secs(3));
    let idle_kib = portal::status_kib(portal.pid(), "VmRSS:");
    let consumer = portal.sign_in(&seeded.consumer, seed::PASSWORD)?;
    let trader = portal.sign_in(&seeded.trader, seed::PASSWORD)?;
    let mediator = portal.sign_in(&seeded.mediator, seed::PASSWORD)?;
    let staff = portal.sign_in(&seeded.staff, seed::PASSWORD)?;
    let case = format!("/cases/{}", seeded.case_id);
    let (status, page) = portal.get(&case, Some(&mediator))?;
    anyhow::ensure!(status == 200, "the case page answered {status}");
    let page_bytes = page.len();
    println!(
        "The case page is {page_bytes} bytes; idle RSS {} KiB",
        idle_kib.unwrap_or(0)
    );

    let wrk_dir = data_dir.join("wrk");
    std::fs::create_dir_all(&wrk_dir)?;
    let wrk = Wrk {
        dir: wrk_dir,
        seconds: o.seconds,
    };
    let ceiling_server = ceiling::start(page_bytes)?;
    println!("Ceiling: bare actix-web");
    let ceiling = wrk.run(
        "ceiling",
        &ceiling_server.base,
        &Request::get("/", None),
        CONNECTIONS,
    )?;
    ceiling_server.stop().await;
    let mut rows = vec![Row {
        label: format!("ceiling: bare actix-web, a static page of {page_bytes} bytes"),
        figures: ceiling,
        statements: None,
        peak_kib: None,
        hwm_kib: None,
    }];

    let mut plans = vec![Plan::Get {
        label: "case page /cases/{id} (mediator; 50 messages, 3 documents, a hearing, a proposal)"
            .into(),
        request: Request::get(case.clone(), Some(&mediator)),
    }];
    for section in ["messages", "documents", "hearings", "settlement", "history"] {
        plans.push(Plan::Get {
            label: format!("case section /cases/{{id}}/{section} (mediator)"),
            request: Request::get(format!("{case}/{section}"), Some(&mediator)),
        });
    }
    plans.push(Plan::Get {
        label: "staff list /cases?state=mediation".into(),
        request: Request::get("/cases?state=mediation", Some(&staff)),
    });
    plans.push(Plan::Get {
        label: "staff list search /cases?q=washing+machine".into(),
        request: Request::get("/cases?q=washing+machine", Some(&staff)),
    });
    for (who, token) in [
        ("consumer", &consumer),
        ("trader", &trader),
        ("mediator", &mediator),
        ("staff", &staff),
    ] {
        plans.push(Plan::Get {
            label: format!("dashboard /dashboard ({who})"),
            request: Request::get("/dashboard", Some(token)),
        });
    }
    let (doc_case, doc) = &seeded.download;
    plans.push(Plan::Get {
        label: "download of a seeded document (256 KiB)".into(),
        request: Request::get(
            format!("/cases/{doc_case}/documents/{doc}"),
            Some(&consumer),
        ),
    });
    let signin_body = data_dir.join("signin.json");
    std::fs::write(
        &signin_body,
        serde_json::json!({ "email": "consumer1@bench.example", "password": seed::PASSWORD })
            .to_string(),
    )?;
    plans.push(Plan::Flood {
        signin: Request {
            method: "POST",
            path: "/api/v1/session".into(),
            headers: vec![("Content-Type".into(), "application/json".into())],
            body_file: Some(signin_body),
            per_thread: None,
        },
        page: Request::get(case.clone(), Some(&mediator)),
    });
    let (upload_body, boundary) = upload_body(data_dir)?;
    plans.push(Plan::Upload {
        request: Request {
            method: "POST",
            path: format!("/api/v1/cases/{}/documents", seeded.upload_case_id),
            headers: vec![
                (
                    "Content-Type".into(),
                    format!("multipart/form-data; boundary={boundary}"),
                ),
                ("Authorization".into(), format!("Bearer {consumer}")),
            ],
            body_file: Some(upload_body),
            per_thread: Some(UPLOADS_PER_THREAD),
        },
    });

    let wanted = |labels: &[String]| {
        o.only.is_empty()
            || labels.iter().any(|l| {
                o.only
                    .iter()
                    .any(|w| l.to_lowercase().contains(&w.to_lowercase()))
            })
    };
    for plan in plans.iter().filter(|p| wanted(&p.labels())) {
        let labels = plan.labels();
        println!("{}", labels.join(" + "));
        match plan {
            Plan::Get { label, request } => {
                let statements = portal.statements_of(&|| once(portal, request))?;
                let sampler = Sampler::start(portal.pid());
                let figures = wrk.run(label, &portal.base, request, CONNECTIONS)?;
                rows.push(row(portal, label, figures, statements, sampler));
            }
            Plan::Flood { signin, page } => {
                let statements = portal.statements_of(&|| once(portal, signin))?;
                let page_statements = portal.statements_of(&|| once(portal, page))?;
                let sampler = Sampler::start(portal.pid());
                let flood = wrk.start("signin-flood", &portal.base, signin, FLOOD_CONNECTIONS)?;
                let during = wrk.start("case-during-flood", &portal.base, page, CONNECTIONS)?;
                let (flood, during) = (flood.finish()?, during.finish()?);
                let peak = sampler.finish();
                let hwm = portal::status_kib(portal.pid(), "VmHWM:");
                for (label, figures, statements) in [
                    (&labels[0], flood, statements),
                    (&labels[1], during, page_statements),
                ] {
                    rows.push(Row {
                        label: label.clone(),
                        figures,
                        statements,
                        peak_kib: Some(peak),
                        hwm_kib: hwm,
                    });
                }
            }
            Plan::Upload { request } => {
                let statements = portal.statements_of(&|| once(portal, request))?;
                let sampler = Sampler::start(portal.pid());
                let figures = wrk.run(&labels[0], &portal.base, request, CONNECTIONS)?;
                rows.push(row(portal, &labels[0], figures, statements, sampler));
                // The uploaded files are not read again: give the shared disk its space back.
                remove_uploads(data_dir)?;
            }
        }
        if let Some(last) = rows.last() {
            let f = &last.figures;
            println!(
                "  {:.0}/s, p99 {:.1} ms, {} errors",
                f.per_second(),
                f.p99_us as f64 / 1000.0,
                f.errors
            );
        }
    }
    Ok((rows, ceiling, idle_kib, page_bytes))
}

fn row(
    portal: &Portal,
    label: &str,
    figures: Figures,
    statements: Option<u64>,
    sampler: Sampler,
) -> Row {
    Row {
        label: label.to_string(),
        figures,
        statements,
        peak_kib: Some(sampler.finish()),
        hwm_kib: portal::status_kib(portal.pid(), "VmHWM:"),
    }
}

/// Removes the files the upload row stored (the seeded documents are hard links, kept).
fn remove_uploads(data_dir: &Path) -> anyhow::Result<()> {
    for dir in std::fs::read_dir(data_dir.join("evidence"))? {
        let dir = dir?.path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir)? {
            let file = file?;
            if file.metadata()?.len() == UPLOAD_BYTES as u64 {
                std::fs::remove_file(file.path())?;
            }
        }
    }
    Ok(())
}

/// One request as wrk would send it, with curl, checked to succeed (2xx or 3xx).
fn once(portal: &Portal, r: &Request) -> anyhow::Result<()> {
    let url = format!("{}{}", portal.base, r.path);
    let mut cmd = std::process::Command::new("curl");
    cmd.args([
        "-s",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-X",
        r.method,
    ]);
    for (k, v) in &r.headers {
        cmd.args(["-H", &format!("{k}: {v}")]);
    }
    if let Some(body) = &r.body_file {
        cmd.args(["--data-binary", &format!("@{}", body.display())]);
    }
    let out = cmd.arg(&url).output()?;
    let status: u16 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    anyhow::ensure!(
        (200..400).contains(&status),
        "{} {} answered {status}",
        r.method,
        r.path
    );
    Ok(())
}

/// A multipart body with one 10 MiB PDF-looking file, written once for wrk to send again
/// and again; returns its path and boundary.
fn upload_body(dir: &Path) -> anyhow::Result<(PathBuf, String)> {
    let boundary = "----concilia-bench-boundary-7d3f".to_string();
    let mut body = Vec::with_capacity(UPLOAD_BYTES + 1024);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"audience\"\r\n\r\neveryone\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBench upload\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-upload.pdf\"\r\n\
             Content-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    // The file's bytes: exactly UPLOAD_BYTES, so that `remove_uploads` knows them.
    let start = body.len();
    body.extend_from_slice(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    let mut dice = seed::Dice::new(99);
    while body.len() < start + UPLOAD_BYTES {
        body.extend_from_slice(&dice.next().to_le_bytes());
    }
    body.truncate(start + UPLOAD_BYTES);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let path = dir.join("upload-body.bin");
    std::fs::write(&path, body)?;
    Ok((path, boundary))
}
