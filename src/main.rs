use std::io::{BufRead, IsTerminal};

use clap::Parser;
use concilia::cli::{AdminCommand, AuditCommand, Cli, Command};
use concilia::config::{Config, Mode};
use concilia::domain::Role;
use concilia::domain::accounts::{self, AccountError};
use concilia::startup::{Application, build_state};
use concilia::{db, demo, telemetry};

fn main() {
    let cli = Cli::parse();
    let config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    telemetry::init(config.mode == Mode::Production, config.log_spans);
    let result =
        actix_web::rt::System::new().block_on(run(cli.command.unwrap_or(Command::Serve), config));
    if let Err(e) = result {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let listen_ip = config.listen.ip();
            let app = Application::build(config)?;
            println!(
                "Concilia is running at {} (listening on {}:{})",
                app.state.config.base_url,
                listen_ip,
                app.port()
            );
            app.run().await?;
        }
        Command::Migrate => {
            let n = db::migrate(&config.database_url)?;
            println!("{n} migration(s) applied");
        }
        Command::Admin {
            command: AdminCommand::Create { email, name },
        } => {
            let password = read_password()?;
            let state = build_state(config)?;
            match accounts::create_with_password(
                &state,
                &name,
                &email,
                &password,
                Role::Admin,
                None,
            )
            .await
            {
                Ok(user) => println!("administrator {} created", user.email),
                Err(AccountError::Invalid(errors)) => {
                    let problems: Vec<String> = errors
                        .iter()
                        .map(|(f, m)| format!("{f}: {}", concilia::i18n::t("en", m)))
                        .collect();
                    anyhow::bail!("{}", problems.join("; "));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            db::migrate(&config.database_url)?;
            let pool = db::pool(&config.database_url, 2, std::time::Duration::from_secs(5))?;
            let result = db::run(&pool, |c| -> db::DbResult<_> {
                let outcome = concilia::domain::cases::audit::verify(c)?;
                let reference = match &outcome {
                    Err(broken) => db::cases::find(c, &broken.case_id)?.and_then(|k| k.reference),
                    Ok(_) => None,
                };
                Ok((outcome, reference))
            })
            .await?;
            match result {
                (Ok(n), _) => println!("audit log intact: {n} event(s) checked"),
                (Err(broken), reference) => {
                    eprintln!(
                        "audit log broken: case {} ({}), event {}: {}",
                        reference.as_deref().unwrap_or("draft"),
                        broken.case_id,
                        broken.seq,
                        broken.problem
                    );
                    std::process::exit(1);
                }
            }
        }
        Command::Demo => {
            if config.mode == Mode::Production {
                anyhow::bail!("demo data is not loaded in production mode");
            }
            let base = config.base_url.clone();
            let state = build_state(config)?;
            let logins = demo::load(&state).await?;
            println!(
                "Demo data loaded. Sign in at {base}/signin with any of these (password: {}):",
                demo::PASSWORD
            );
            for (role, email) in logins {
                println!("  {role:<12} {email}");
            }
        }
    }
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let p = rpassword::prompt_password("Password (at least 12 characters): ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        anyhow::ensure!(p == again, "the passwords differ");
        Ok(p)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\n', '\r']).to_string())
    }
}
