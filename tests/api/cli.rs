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
