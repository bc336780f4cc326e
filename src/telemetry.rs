use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::FmtSpan;

/// Structured logs: JSON lines in production, readable lines in development.
/// `RUST_LOG` picks the levels (default `info`). With `spans`, each span that closes is a line
/// too, with how long it was busy: the request (its id), the handler, and, when
/// `concilia::db` is at `debug`, every database function it called, in the request's span.
pub fn init(json: bool, spans: bool) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(if spans { FmtSpan::CLOSE } else { FmtSpan::NONE })
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
