//! Outgoing email: rendered from a text and an HTML template in the recipient's language,
//! delivered by SMTP, or written as `.eml` files into the outbox folder when no SMTP server
//! is configured.
use std::path::PathBuf;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{FileTransport, Message, SmtpTransport, Transport as _};
use secrecy::ExposeSecret;
use serde_json::Value;

use crate::config::{Config, SmtpTls};
use crate::templates_env::Templates;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("rendering {template}: {source}")]
    Render {
        template: String,
        source: minijinja::Error,
    },
    #[error("building the message: {0}")]
    Build(String),
    #[error("delivering: {0}")]
    Deliver(String),
}

#[derive(Clone)]
enum Transport {
    Outbox(FileTransport, PathBuf),
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
}

impl Mailer {
    pub fn new(config: &Config, templates: Templates) -> Result<Self, MailError> {
        let transport = match &config.smtp {
            Some(smtp) => {
                let builder = match smtp.tls {
                    SmtpTls::Starttls => SmtpTransport::starttls_relay(&smtp.host)
                        .map_err(|e| MailError::Build(e.to_string()))?,
                    SmtpTls::Tls => SmtpTransport::relay(&smtp.host)
                        .map_err(|e| MailError::Build(e.to_string()))?,
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
                    .map_err(|e| MailError::Build(format!("{}: {e}", dir.display())))?;
                Transport::Outbox(FileTransport::new(&dir), dir)
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

    pub fn outbox_dir(&self) -> Option<&PathBuf> {
        match &self.transport {
            Transport::Outbox(_, dir) => Some(dir),
            Transport::Smtp(_) => None,
        }
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
        let subject = crate::i18n::t(
            &email.lang,
            &format!("email-{}-subject", email.template.replace('_', "-")),
        );
        Message::builder()
            .from(self.from.clone())
            .to(email.to.clone())
            .subject(subject)
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| MailError::Build(e.to_string()))
    }

    /// Blocking: call from a blocking thread.
    pub fn deliver(&self, message: &Message) -> Result<(), MailError> {
        match &self.transport {
            Transport::Outbox(t, _) => t
                .send(message)
                .map(|_| ())
                .map_err(|e| MailError::Deliver(e.to_string())),
            Transport::Smtp(t) => t
                .send(message)
                .map(|_| ())
                .map_err(|e| MailError::Deliver(e.to_string())),
        }
    }

    /// Renders and delivers off the async workers. Failures are logged, not returned: the
    /// action that caused the email has already been committed.
    pub async fn send(&self, email: Email) {
        let template = email.template;
        let message = match self.render(&email) {
            Ok(m) => m,
            Err(e) => {
                tracing::error!(error = %e, template, "could not render email");
                return;
            }
        };
        let mailer = self.clone();
        let result = tokio::task::spawn_blocking(move || mailer.deliver(&message)).await;
        match result {
            Ok(Ok(())) => tracing::info!(template, "email sent"),
            Ok(Err(e)) => tracing::error!(error = %e, template, "email not delivered"),
            Err(e) => tracing::error!(error = %e, template, "email task failed"),
        }
    }
}

pub fn mailbox(name: &str, email: &str) -> Option<Mailbox> {
    let address = email.parse().ok()?;
    Some(Mailbox::new(Some(name.to_string()), address))
}
