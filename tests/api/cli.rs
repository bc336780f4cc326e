//! The binary itself: subcommands and configuration errors.
use std::io::Write;
use std::process::{Command, Stdio};

fn concilia(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_concilia"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("CONCILIA_DATA_DIR", dir)
        .env("RUST_LOG", "warn")
        .current_dir(dir);
    cmd
}

#[test]
fn migrate_then_admin_create_makes_an_administrator_who_can_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let out = concilia(dir.path()).arg("migrate").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("concilia.db").exists());

    let mut child = concilia(dir.path())
        .args([
            "admin",
            "create",
            "--email",
            "Boss@Centre.example",
            "--name",
            "Bea Boss",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"the first admin password\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("administrator boss@centre.example created")
    );

    let mut child = concilia(dir.path())
        .args([
            "admin",
            "create",
            "--email",
            "other@centre.example",
            "--name",
            "Short",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 12 characters"));
}

#[test]
fn demo_loads_every_role_once_and_prints_the_logins() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = concilia(dir.path()).arg("demo").output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        for login in [
            "admin@demo.concilia.eu",
            "mediator@demo.concilia.eu",
            "trader@balkan-electronics.example",
            "trader@nordic-travel.example",
            "clara@demo.concilia.eu",
            "dmitri@demo.concilia.eu",
        ] {
            assert!(text.contains(login), "{login} in {text}");
        }
        assert!(text.contains(concilia::demo::PASSWORD));
    }
    // Cases in several states, loaded once: the second run added nothing to the log.
    use diesel::prelude::*;
    let mut conn =
        diesel::SqliteConnection::establish(dir.path().join("concilia.db").to_str().unwrap())
            .unwrap();
    use concilia::db::schema::{case_events, cases};
    let mut states: Vec<String> = cases::table.select(cases::state).load(&mut conn).unwrap();
    states.sort();
    assert_eq!(
        states,
        [
            "awaiting_trader",
            "closed",
            "mediation",
            "negotiation",
            "refused",
            "submitted",
            "withdrawn"
        ]
    );
    let events: i64 = case_events::table.count().get_result(&mut conn).unwrap();
    let out = concilia(dir.path())
        .args(["audit", "verify"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("{events} event(s) checked")));
}

#[test]
fn invalid_configuration_stops_start_up_with_one_line_naming_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    for (var, value, setting) in [
        ("CONCILIA_LISTEN", "nowhere", "CONCILIA_LISTEN"),
        (
            "CONCILIA_DATABASE_POOL_SIZE",
            "many",
            "CONCILIA_DATABASE_POOL_SIZE",
        ),
        ("CONCILIA_MODE", "production", "CONCILIA_JWT_SECRET"),
        (
            "CONCILIA_FILING_LIMIT_DAYS",
            "200",
            "CONCILIA_FILING_LIMIT_DAYS",
        ),
        ("CONCILIA_FEE_CURRENCY", "EURO", "CONCILIA_FEE_CURRENCY"),
        ("DATABASE_URL", "mysql://db/x", "CONCILIA_DATABASE_URL"),
    ] {
        let out = concilia(dir.path())
            .env(var, value)
            .arg("migrate")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(
            err.starts_with(&format!("configuration error: {setting}:")),
            "{var}: {err}"
        );
    }
}

#[test]
fn a_generated_jwt_secret_is_kept_in_the_data_folder_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        concilia(dir.path())
            .arg("demo")
            .output()
            .unwrap()
            .status
            .success()
    );
    let first = std::fs::read_to_string(dir.path().join("jwt-secret")).unwrap();
    assert!(first.len() >= 32);
    assert!(
        concilia(dir.path())
            .arg("demo")
            .output()
            .unwrap()
            .status
            .success()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("jwt-secret")).unwrap(),
        first
    );
}

#[test]
fn serve_answers_and_stops_gracefully_on_sigterm() {
    use std::io::{BufRead, BufReader, Read};
    let dir = tempfile::tempdir().unwrap();
    let mut child = concilia(dir.path())
        .env("CONCILIA_LISTEN", "127.0.0.1:0")
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    let port = first_line
        .trim()
        .rsplit(':')
        .next()
        .unwrap()
        .trim_end_matches(')')
        .to_string();

    let mut stream = std::net::TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "clean exit on SIGTERM: {status}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running 20 s after SIGTERM"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

#[test]
fn a_toml_file_named_by_concilia_config_is_read_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("concilia.toml");
    std::fs::write(&file, "session_minutes = 2\n").unwrap();
    let out = concilia(dir.path())
        .env("CONCILIA_CONFIG", &file)
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("configuration error: CONCILIA_SESSION_MINUTES:")
    );

    // The environment wins over the file.
    let out = concilia(dir.path())
        .env("CONCILIA_CONFIG", &file)
        .env("CONCILIA_SESSION_MINUTES", "30")
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = concilia(dir.path())
        .env("CONCILIA_CONFIG", dir.path().join("missing.toml"))
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("configuration error: CONCILIA_CONFIG:")
    );
}
