use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "concilia",
    version,
    about = "Online dispute resolution for an ADR centre"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the web portal (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage centre administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Load demonstration accounts and print their logins (not in production mode).
    Demo,
    /// Check the case event logs.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Recompute every case's hash chain and name the first broken link (exit status 1).
    Verify,
}

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Create a centre administrator. The password is asked for on a terminal, or read as
    /// the first line of standard input.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}
