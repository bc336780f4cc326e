use std::sync::Arc;

use crate::config::Config;
use crate::db::Pool;
use crate::domain::session::SessionKeys;
use crate::mail::Mailer;
use crate::templates_env::Templates;

/// What every request and background task shares. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub pool: Pool,
    pub mailer: Mailer,
    pub keys: SessionKeys,
    pub templates: Templates,
    /// Key for CSRF tokens, derived from the session secret.
    pub csrf_key: Arc<[u8]>,
    /// Evidence files.
    pub storage: crate::storage::Storage,
    /// Key for the device cookies of browsers that signed in before.
    pub devices: crate::domain::device::DeviceKeys,
}
