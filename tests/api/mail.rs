//! Delivery through real SMTP conversations, with a small SMTP server in the test that can
//! be stopped, started again, or made to refuse.
use std::sync::{Arc, Mutex};

use concilia::config::{SmtpConfig, SmtpTls};
use concilia::db;
use concilia::domain::Role;
use diesel::prelude::*;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::helpers::{PASSWORD, TestApp, fresh_database_url, spawn_app_with};

type Inbox = Arc<Mutex<Vec<String>>>;

/// Accepts SMTP sessions on `port` (0: any) and keeps each message's DATA. `rcpt_reply` is
/// what it answers to RCPT TO, to play a server that refuses.
async fn smtp_server(port: u16, rcpt_reply: &'static str, inbox: Inbox) -> (u16, JoinHandle<()>) {
    smtp_server_answering(port, rcpt_reply, "250 queued\r\n", inbox).await
}

/// The same, answering `data_reply` at the end of the message (a size limit, say).
async fn smtp_server_answering(
    port: u16,
    rcpt_reply: &'static str,
    data_reply: &'static str,
    inbox: Inbox,
) -> (u16, JoinHandle<()>) {
    let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let inbox = inbox.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            let message = data.take().unwrap();
                            if data_reply.starts_with('2') {
                                inbox.lock().unwrap().push(message);
                            }
                            let _ = write.write_all(data_reply.as_bytes()).await;
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_ascii_uppercase();
                    let reply = match verb.as_str() {
                        "EHLO" | "HELO" => "250 test\r\n",
                        "RCPT" => rcpt_reply,
                        "DATA" => {
                            data = Some(String::new());
                            "354 go ahead\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => "250 ok\r\n",
                    };
                    let _ = write.write_all(reply.as_bytes()).await;
                }
            });
        }
    });
    (port, handle)
}

async fn app_with_smtp(port: u16) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    spawn_app_with(dir, url, |c| {
        c.smtp = Some(SmtpConfig {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            tls: SmtpTls::None,
        });
    })
    .await
}

/// A port with nothing listening on it (yet).
async fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn outbox_rows(app: &TestApp) -> Vec<db::models::OutboxMessage> {
    app.db(|c| {
        use concilia::db::schema::outbox::dsl as o;
        Ok(o::outbox
            .select(db::models::OutboxMessage::as_select())
            .load(c)?)
    })
    .await
}

async fn make_due_now(app: &TestApp) {
    app.db(|c| {
        use concilia::db::schema::outbox::dsl as o;
        diesel::update(o::outbox)
            .set(o::next_attempt_at.eq(db::now()))
            .execute(c)?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_smtp_configured_the_verification_email_goes_through_the_smtp_server() {
    let inbox = Inbox::default();
    let (port, _server) = smtp_server(0, "250 ok\r\n", inbox.clone()).await;
    let app = app_with_smtp(port).await;

    assert_eq!(app.sign_up("Ana", "ana@example.com").await.status(), 303);
    app.flush_mail().await;

    let messages = inbox.lock().unwrap().clone();
    assert_eq!(messages.len(), 1);
    let message = messages[0].replace("=\n", "").replace("=3D", "=");
    assert!(message.contains("ana@example.com"), "{message}");
    assert!(message.contains("Subject: Confirm your email address"));
    assert!(message.contains("text/plain") && message.contains("text/html"));
    assert!(message.contains(&format!("{}/verify-email/", app.state.config.base_url)));
    let row = &outbox_rows(&app).await[0];
    assert_eq!(row.status.as_str(), "sent");
    assert!(
        message.contains(&format!("Message-ID: {}", row.message_id)),
        "the stored Message-ID is the one sent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_waits_in_the_outbox_while_the_smtp_server_is_down_and_arrives_once_when_it_is_back() {
    let port = free_port().await;
    let app = app_with_smtp(port).await;

    // The server is down: the actions still succeed and their mail waits.
    assert_eq!(app.sign_up("Ana", "ana@example.com").await.status(), 303);
    assert_eq!(
        app.post_form("/password/forgot", &[("email", "ana@example.com")])
            .await
            .status(),
        303
    );
    app.flush_mail().await;
    let rows = outbox_rows(&app).await;
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert_eq!(row.status.as_str(), "pending");
        assert_eq!(row.attempts, 1);
        assert!(row.last_error.is_some());
        assert!(
            row.next_attempt_at > db::now(),
            "retried later, not hammered"
        );
    }

    // Staff can see what waits.
    let admin = app
        .create_user("Agnes", "agnes@centre.example", Role::Admin, None)
        .await;
    let (staff, jar) = app.new_browser();
    let res = app
        .post_form_as(
            &staff,
            &jar,
            "/signin",
            &[
                ("email", &admin.email),
                ("password", PASSWORD),
                ("next", "/admin/outbox"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = staff
        .get(app.url("/admin/outbox"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("ana@example.com") && page.contains("Waiting, next try"));

    let inbox = Inbox::default();
    let (_, _server) = smtp_server(port, "250 ok\r\n", inbox.clone()).await;
    make_due_now(&app).await;
    app.flush_mail().await;
    app.flush_mail().await;

    let received = inbox.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "each message exactly once");
    assert!(
        outbox_rows(&app)
            .await
            .iter()
            .all(|r| r.status.as_str() == "sent")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_permanent_refusal_marks_the_mail_failed_and_staff_can_send_it_again() {
    let inbox = Inbox::default();
    let (port, server) = smtp_server(0, "550 no such mailbox\r\n", inbox.clone()).await;
    let app = app_with_smtp(port).await;
    app.sign_up("Ana", "ana@example.com").await;
    app.flush_mail().await;

    let row = outbox_rows(&app).await.remove(0);
    assert_eq!(row.status.as_str(), "failed");
    assert!(
        row.last_error
            .as_deref()
            .unwrap()
            .contains("no such mailbox"),
        "{:?}",
        row.last_error
    );
    assert!(inbox.lock().unwrap().is_empty());

    let admin = app
        .create_user("Agnes", "agnes@centre.example", Role::Admin, None)
        .await;
    let (staff, jar) = app.new_browser();
    app.post_form_as(
        &staff,
        &jar,
        "/signin",
        &[("email", &admin.email), ("password", PASSWORD)],
    )
    .await;
    let page = staff
        .get(app.url("/admin/outbox"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Failed") && page.contains("no such mailbox"));

    server.abort();
    let _ = server.await;
    let (_, _good) = smtp_server(port, "250 ok\r\n", inbox.clone()).await;
    let res = app
        .post_form_as(
            &staff,
            &jar,
            &format!("/admin/outbox/{}/retry", row.id),
            &[],
        )
        .await;
    assert_eq!(res.status(), 303);
    app.flush_mail().await;
    assert_eq!(inbox.lock().unwrap().len(), 1);
    assert_eq!(outbox_rows(&app).await[0].status.as_str(), "sent");

    // Only a failed message can be requeued.
    let res = app
        .post_form_as(
            &staff,
            &jar,
            &format!("/admin/outbox/{}/retry", row.id),
            &[],
        )
        .await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn a_message_claimed_by_a_worker_that_died_is_delivered_once_its_lease_runs_out() {
    let app = crate::helpers::spawn_app().await;
    app.sign_up("Ana", "ana@example.com").await;
    // Another instance claimed the message and died mid-send.
    let lease = |until: chrono::NaiveDateTime| {
        move |c: &mut db::DbConn| {
            use concilia::db::schema::outbox::dsl as o;
            diesel::update(o::outbox)
                .set((
                    o::claimed_by.eq("dead-instance"),
                    o::claimed_until.eq(until),
                ))
                .execute(c)?;
            Ok(())
        }
    };
    app.db(lease(db::now() + chrono::Duration::minutes(4)))
        .await;
    assert!(
        app.emails_to("ana@example.com").await.is_empty(),
        "not while the lease holds"
    );

    app.db(lease(db::now() - chrono::Duration::seconds(1)))
        .await;
    assert_eq!(app.emails_to("ana@example.com").await.len(), 1);
    assert_eq!(
        app.emails_to("ana@example.com").await.len(),
        1,
        "and only once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_worker_delivers_without_being_asked() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |c| c.background_work = true).await;
    app.sign_up("Ana", "ana@example.com").await;
    let outbox = app.data_dir.join("outbox");
    for _ in 0..50 {
        if std::fs::read_dir(&outbox).map(|d| d.count()).unwrap_or(0) == 1 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the worker did not deliver within 5 s");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_temporary_refusal_is_retried_and_a_later_permanent_one_fails_the_mail() {
    let inbox = Inbox::default();
    let (port, server) = smtp_server(0, "451 try again later\r\n", inbox.clone()).await;
    let app = app_with_smtp(port).await;
    app.sign_up("Ana", "ana@example.com").await;
    app.flush_mail().await;
    let row = outbox_rows(&app).await.remove(0);
    assert_eq!((row.status.as_str(), row.attempts), ("pending", 1));
    assert!(
        row.last_error
            .as_deref()
            .unwrap()
            .contains("try again later")
    );

    server.abort();
    let _ = server.await;
    let (_, _server) = smtp_server(port, "550 mailbox unavailable\r\n", inbox.clone()).await;
    make_due_now(&app).await;
    app.flush_mail().await;
    let row = outbox_rows(&app).await.remove(0);
    assert_eq!((row.status.as_str(), row.attempts), ("failed", 2));
    assert!(inbox.lock().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_the_servers_size_limit_fails_with_the_servers_answer() {
    let inbox = Inbox::default();
    let (port, _server) = smtp_server_answering(
        0,
        "250 ok\r\n",
        "552 message exceeds fixed maximum size\r\n",
        inbox.clone(),
    )
    .await;
    let app = app_with_smtp(port).await;
    app.sign_up("Ana", "ana@example.com").await;
    app.flush_mail().await;
    let row = outbox_rows(&app).await.remove(0);
    assert_eq!(row.status.as_str(), "failed");
    assert!(
        row.last_error
            .as_deref()
            .unwrap()
            .contains("exceeds fixed maximum size")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_an_instance_is_killed_holding_claimed_mail_another_instance_delivers_it() {
    // Instance B runs in this test; instance A is a real `concilia serve` process on the same
    // database, whose mail server accepts connections and then never answers.
    let dir_b = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir_b.path());
    let b = spawn_app_with(dir_b, url.clone(), |c| {
        c.mail_lease = chrono::Duration::seconds(20)
    })
    .await;
    b.sign_up("Ana", "ana@example.com").await;

    let hang = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hang_port = hang.local_addr().unwrap().port();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((socket, _)) = hang.accept().await {
            open.push(socket);
        }
    });
    let dir_a = tempfile::tempdir().unwrap();
    let mut a = std::process::Command::new(env!("CARGO_BIN_EXE_concilia"))
        .arg("serve")
        .env("CONCILIA_DATA_DIR", dir_a.path())
        .env("CONCILIA_DATABASE_URL", &url)
        .env("CONCILIA_LISTEN", "127.0.0.1:0")
        .env("CONCILIA_SMTP_HOST", "127.0.0.1")
        .env("CONCILIA_SMTP_PORT", hang_port.to_string())
        .env("CONCILIA_SMTP_TLS", "none")
        .env("CONCILIA_MAIL_LEASE_SECONDS", "20")
        .env(
            "CONCILIA_JWT_SECRET",
            "a shared secret for both instances, long enough",
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();

    let mut claimed_by_a = false;
    for _ in 0..100 {
        let row = outbox_rows(&b).await.remove(0);
        if row.claimed_by.is_some() {
            claimed_by_a = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(claimed_by_a, "instance A claimed the message");
    a.kill().unwrap(); // SIGKILL: no chance to clean up
    a.wait().unwrap();
    held.abort();

    assert!(
        b.emails_to("ana@example.com").await.is_empty(),
        "A's lease still holds"
    );
    let lease_end = outbox_rows(&b).await[0].claimed_until.unwrap();
    let wait = (lease_end - db::now()).to_std().unwrap_or_default()
        + std::time::Duration::from_millis(500);
    tokio::time::sleep(wait).await;

    assert_eq!(b.emails_to("ana@example.com").await.len(), 1);
    let row = outbox_rows(&b).await.remove(0);
    assert_eq!(row.status.as_str(), "sent");
    assert_eq!(
        b.emails_to("ana@example.com").await.len(),
        1,
        "delivered once"
    );
}

/// Python's aiosmtpd, a real SMTP server, writing what it receives into a maildir. `None`
/// when it is not installed and the run does not require it (CI requires it).
fn start_aiosmtpd(port: u16, maildir: &std::path::Path) -> Option<std::process::Child> {
    let available = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var("CONCILIA_TEST_REQUIRE_AIOSMTPD").is_err(),
            "aiosmtpd is required: pip install aiosmtpd"
        );
        eprintln!("skipped: aiosmtpd is not installed (pip install aiosmtpd)");
        return None;
    }
    let mut child = std::process::Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(maildir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(child);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("aiosmtpd did not start");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_queued_during_an_outage_arrives_once_at_a_real_smtp_server_when_it_is_back() {
    let port = free_port().await;
    let app = app_with_smtp(port).await;
    let work = tempfile::tempdir().unwrap();
    let maildir = work.path().join("maildir"); // aiosmtpd creates it

    // Down: the sign-up works and its mail waits.
    assert_eq!(
        app.sign_up("Ana López", "ana@example.com").await.status(),
        303
    );
    app.flush_mail().await;
    assert_eq!(outbox_rows(&app).await[0].status.as_str(), "pending");

    let Some(mut server) = start_aiosmtpd(port, &maildir) else {
        return;
    };
    make_due_now(&app).await;
    app.flush_mail().await;
    app.flush_mail().await;
    let _ = server.kill();
    let _ = server.wait();

    let files: Vec<_> = std::fs::read_dir(maildir.join("new"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "exactly once");
    let raw = std::fs::read_to_string(&files[0])
        .unwrap()
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    assert!(
        raw.contains("To: =?utf-8?") || raw.contains("ana@example.com"),
        "{raw}"
    );
    assert!(raw.contains("ana@example.com"));
    assert!(raw.contains("Subject: Confirm your email address"));
    assert!(raw.contains("Content-Type: text/plain") && raw.contains("Content-Type: text/html"));
    assert!(raw.contains(&format!("{}/verify-email/", app.state.config.base_url)));
    assert_eq!(outbox_rows(&app).await[0].status.as_str(), "sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hearing_invitation_reaches_a_real_smtp_server_with_a_calendar_that_parses() {
    // The case is set up with mail in the outbox folder, where the helpers read links;
    // the invitation is then delivered by a worker whose transport is SMTP.
    let app = crate::helpers::spawn_app().await;
    let c = crate::cases::cast(&app).await;
    let (id, _) = crate::case_file::mediation(&app, &c).await;
    app.flush_mail().await;
    let date = (chrono::Utc::now().date_naive() + chrono::Duration::days(9)).to_string();
    let res = c
        .mediator
        .post(
            &app,
            &format!("/cases/{id}/hearings"),
            &[
                ("date", date.as_str()),
                ("time", "11:00"),
                ("time_zone", "Europe/Budapest"),
                ("duration_minutes", "45"),
                ("form", "phone"),
                ("place", "+36 1 234 5678"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    let port = free_port().await;
    let work = tempfile::tempdir().unwrap();
    let maildir = work.path().join("maildir");
    let Some(mut server) = start_aiosmtpd(port, &maildir) else {
        return;
    };
    let mut config = (*app.state.config).clone();
    config.smtp = Some(SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        username: None,
        password: None,
        tls: SmtpTls::None,
    });
    let mut smtp_worker = app.state.clone();
    smtp_worker.mailer = concilia::mail::Mailer::new(&config, app.state.templates.clone()).unwrap();
    while concilia::mail::outbox::deliver_due(&smtp_worker, "smtp-worker")
        .await
        .unwrap()
        > 0
    {}
    let _ = server.kill();
    let _ = server.wait();

    let invitations: Vec<String> = std::fs::read_dir(maildir.join("new"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .filter(|m| m.contains("text/calendar"))
        .collect();
    assert_eq!(invitations.len(), 2, "one to each party");
    for mail in &invitations {
        assert!(mail.contains("Subject: Hearing on"), "{mail}");
        assert!(mail.contains("text/plain") && mail.contains("text/html"));
        assert!(mail.contains("method=REQUEST"));
        let (method, event) = crate::hearings::parse(&crate::hearings::calendar_part(mail));
        assert_eq!(method, "REQUEST");
        assert_eq!(event["SEQUENCE"], "0");
        assert_eq!(event["LOCATION"], "tel:+36 1 234 5678");
    }
    assert!(invitations.iter().any(|m| m.contains("clara@example.org")));
    assert!(
        invitations
            .iter()
            .any(|m| m.contains(crate::cases::TRADER_EMAIL))
    );
}
