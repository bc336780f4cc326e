//! What the pool learns from each of its connections as they work: how many statements they
//! started (one counter for the whole pool, read by `/metrics`, the benchmark and the tests
//! that hold each page's statement count).
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use diesel::connection::{Instrumentation, InstrumentationEvent};

/// Set on every connection the pool makes (after its own set-up statements, so a page's
/// count does not depend on whether its connection happened to be new).
pub struct Watch {
    statements: Arc<AtomicU64>,
}

impl Watch {
    pub fn new(statements: Arc<AtomicU64>) -> Watch {
        Watch { statements }
    }
}

impl Instrumentation for Watch {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if let InstrumentationEvent::StartQuery { .. } = event {
            // A count read now and then, ordering nothing else: relaxed is enough, and is
            // one uncontended add.
            self.statements.fetch_add(1, Ordering::Relaxed);
        }
    }
}
