//! Outgoing email: rendered from a text and an HTML template in the recipient's language,
//! delivered by SMTP, or written as `.eml` files into the outbox folder when no SMTP server
//! is configured. Nothing is sent from a request: emails go through the outbox (`outbox`).
pub mod outbox;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{FileTransport, Message, SmtpTransport, Transport as _};
use secrecy::ExposeSecret;
use serde_json::Value;

use crate::cause::Cause;
use crate::config::{Config, SmtpTls};
use crate::templates_env::Templates;

/// The message says what failed; the cause is its source, for the log (`cause::Report`).
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("rendering {template}")]
    Render {
        template: String,
        source: minijinja::Error,
    },
    #[error("building the message")]
    Build(#[source] Cause),
}

#[derive(Clone)]
enum Transport {
    Outbox(FileTransport),
    Smtp(SmtpTransport),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    base_url: String,
    templates: Templates,
}

/// One email to send: a template pair under `templates/email/`, and its context.
pub struct Email {
    pub to: Mailbox,
    pub template: &'static str,
    pub lang: String,
    pub context: Value,
    /// Files sent with the message (a calendar invitation).
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub file_name: String,
    /// With its parameters, e.g. `text/calendar; method=REQUEST; charset=UTF-8`.
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Mailer {
    pub fn new(config: &Config, templates: Templates) -> Result<Self, MailError> {
        let transport = match &config.smtp {
            Some(smtp) => {
                let builder = match smtp.tls {
                    SmtpTls::Starttls => SmtpTransport::starttls_relay(&smtp.host)
                        .map_err(|e| MailError::Build(Cause::new(e)))?,
                    SmtpTls::Tls => SmtpTransport::relay(&smtp.host)
                        .map_err(|e| MailError::Build(Cause::new(e)))?,
                    SmtpTls::None => SmtpTransport::builder_dangerous(&smtp.host),
                };
                let mut builder = builder
                    .port(smtp.port)
                    .timeout(Some(Duration::from_secs(15)));
                if let (Some(user), Some(pass)) = (&smtp.username, &smtp.password) {
                    builder = builder.credentials(Credentials::new(
                        user.clone(),
                        pass.expose_secret().to_string(),
                    ));
                }
                Transport::Smtp(builder.build())
            }
            None => {
                let dir = config.outbox_dir();
                std::fs::create_dir_all(&dir)
                    .map_err(|e| MailError::Build(Cause::new(e).context(dir.display())))?;
                Transport::Outbox(FileTransport::new(&dir))
            }
        };
        Ok(Self {
            transport,
            from: config.mail_from.clone(),
            base_url: config.base_url.clone(),
            templates,
        })
    }

    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    /// The subject line, in the recipient's language.
    /// A template shared by several notices names its subject in the context (`subject`,
    /// already translated).
    pub fn subject(email: &Email) -> String {
        if let Some(subject) = email.context.get("subject").and_then(Value::as_str) {
            return subject.to_string();
        }
        crate::i18n::t(
            &email.lang,
            &format!("email-{}-subject", email.template.replace('_', "-")),
        )
    }

    pub fn render(&self, email: &Email) -> Result<Message, MailError> {
        let mut ctx = email.context.clone();
        if let Value::Object(map) = &mut ctx {
            map.insert("lang".into(), Value::String(email.lang.clone()));
            map.insert("base_url".into(), Value::String(self.base_url.clone()));
            map.insert(
                "dir".into(),
                Value::String(crate::i18n::direction(&email.lang).into()),
            );
        }
        let render = |name: String| -> Result<String, MailError> {
            self.templates
                .get_template(&name)
                .and_then(|t| t.render(&ctx))
                .map_err(|source| MailError::Render {
                    template: name.clone(),
                    source,
                })
        };
        let text = render(format!("email/{}.txt.j2", email.template))?;
        let html = render(format!("email/{}.html.j2", email.template))?;
        let subject = Self::subject(email);
        let mut body = MultiPart::alternative_plain_html(text, html);
        if !email.attachments.is_empty() {
            let mut mixed = MultiPart::mixed().multipart(body);
            for a in &email.attachments {
                let content_type = lettre::message::header::ContentType::parse(&a.content_type)
                    .map_err(|e| MailError::Build(Cause::new(e)))?;
                mixed = mixed.singlepart(
                    lettre::message::Attachment::new(a.file_name.clone())
                        .body(a.body.clone(), content_type),
                );
            }
            body = mixed;
        }
        let domain = self.from.email.domain().to_string();
        Message::builder()
            .message_id(Some(format!("<{}@{domain}>", uuid::Uuid::new_v4())))
            .from(self.from.clone())
            .to(email.to.clone())
            .subject(subject)
            .multipart(body)
            .map_err(|e| MailError::Build(Cause::new(e)))
    }

    /// The domain of the sender's address: what makes ids such as iCalendar UIDs ours.
    pub fn domain(&self) -> String {
        self.from.email.domain().to_string()
    }

    pub fn from_address(&self) -> String {
        self.from.email.to_string()
    }

    /// Blocking: delivers a stored message exactly as it was rendered.
    pub fn deliver_raw(&self, recipient: &str, body: &[u8]) -> Result<(), DeliveryError> {
        let to: lettre::Address = recipient
            .parse()
            .map_err(|e| DeliveryError::permanent(format!("recipient {recipient}: {e}")))?;
        let envelope = lettre::address::Envelope::new(Some(self.from.email.clone()), vec![to])
            .map_err(|e| DeliveryError::permanent(e.to_string()))?;
        match &self.transport {
            Transport::Outbox(t) => t
                .send_raw(&envelope, body)
                .map(|_| ())
                .map_err(|e| DeliveryError::transient(e.to_string())),
            Transport::Smtp(t) => {
                t.send_raw(&envelope, body)
                    .map(|_| ())
                    .map_err(|e| DeliveryError {
                        permanent: e.is_permanent(),
                        message: e.to_string(),
                    })
            }
        }
    }
}

/// Why a delivery failed, and whether trying again can help (SMTP 5xx cannot).
#[derive(Debug, Clone)]
pub struct DeliveryError {
    pub permanent: bool,
    pub message: String,
}

impl DeliveryError {
    fn permanent(message: String) -> Self {
        Self {
            permanent: true,
            message,
        }
    }

    fn transient(message: String) -> Self {
        Self {
            permanent: false,
            message,
        }
    }
}

pub fn mailbox(name: &str, email: &str) -> Option<Mailbox> {
    let address = email.parse().ok()?;
    Some(Mailbox::new(Some(name.to_string()), address))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every email template, with the sample data its callers provide.
    const SAMPLES: &[&str] = &[
        "verify_email",
        "password_reset",
        "invitation",
        "email_change",
        "password_changed",
        "email_change_requested",
        "case_notice",
        "digest",
        "signup_existing",
    ];

    fn mailer() -> Mailer {
        let dir = std::env::temp_dir().join(format!("concilia-mail-test-{}", uuid::Uuid::new_v4()));
        let config = Config::for_data_dir(&dir, None).unwrap();
        Mailer::new(&config, crate::templates_env::build()).unwrap()
    }

    fn email(template: &'static str, context: Value) -> Email {
        Email {
            to: mailbox("Ana", "ana@example.com").unwrap(),
            template,
            lang: "en".into(),
            context,
            attachments: vec![],
        }
    }

    #[test]
    fn every_email_template_renders_both_parts_with_sample_data() {
        let m = mailer();
        let templates: Vec<String> = crate::templates_env::names()
            .into_iter()
            .filter(|n| n.starts_with("email/") && n.ends_with(".txt.j2") && !n.contains("layout"))
            .collect();
        assert_eq!(
            templates.len(),
            SAMPLES.len(),
            "a new email template needs a sample here"
        );
        for name in SAMPLES {
            let ctx = serde_json::json!({
                "name": "Ana", "link": "http://localhost:8080/x", "role": "consumer",
                "subject": "Case ADR-2026-000001", "body": "Body", "note": "A reason",
                "signin_link": "http://localhost:8080/signin",
                "reset_link": "http://localhost:8080/password/forgot",
                "action": "Open the case", "reference": "ADR-2026-000001",
                "items": [{ "line": "Mediation starts on ADR-2026-000001", "link": "http://localhost:8080/cases/1" }],
            });
            let message = m
                .render(&email(name, ctx))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let text = String::from_utf8(message.formatted()).unwrap();
            assert!(text.contains("multipart/alternative"), "{name}");
            assert!(text.contains("Message-ID: <"), "{name}");
            assert!(
                !text.contains("Subject: email-"),
                "{name} has a translated subject"
            );
        }
    }

    #[test]
    fn a_missing_template_variable_is_an_error_not_a_blank() {
        let m = mailer();
        let err = m.render(&email("verify_email", serde_json::json!({ "name": "Ana" })));
        assert!(matches!(err, Err(MailError::Render { .. })));
    }
}
