//! Delivery through a real SMTP conversation, with a small SMTP server in the test.
use std::sync::{Arc, Mutex};

use concilia::config::{SmtpConfig, SmtpTls};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::helpers::{fresh_database_url, spawn_app_with};

/// Accepts SMTP sessions and keeps each message's DATA.
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            store.lock().unwrap().push(data.take().unwrap());
                            write.write_all(b"250 queued\r\n").await.unwrap();
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
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 sink\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_smtp_configured_the_verification_email_goes_through_the_smtp_server() {
    let (port, received) = smtp_sink().await;
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |c| {
        c.smtp = Some(SmtpConfig {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            tls: SmtpTls::None,
        });
    })
    .await;

    assert_eq!(app.sign_up("Ana", "ana@example.com").await.status(), 303);

    let messages = received.lock().unwrap().clone();
    assert_eq!(messages.len(), 1);
    let message = messages[0].replace("=\n", "").replace("=3D", "=");
    assert!(
        message.contains("To: \"Ana\" <ana@example.com>")
            || message.contains("To: Ana <ana@example.com>"),
        "{message}"
    );
    assert!(message.contains("Subject: Confirm your email address"));
    assert!(message.contains(&format!("{}/verify-email/", app.state.config.base_url)));
    assert!(
        app.outbox().is_empty(),
        "nothing written to the outbox folder"
    );
}
