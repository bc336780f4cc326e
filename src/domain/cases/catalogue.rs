//! The fixed lists a case is described with (sector, problem, claim, channel, refusal ground,
//! capacity) are coded values in `codes`; each value has a message id `<list>-<value>` in
//! every language.
pub use super::codes::{Capacity, Channel, ClaimKind, ProblemKind, RefusalGround, Sector};

/// A message id for a list value as a template names it: `sector-travel`, `problem-late`...
/// The same id as the value's own `label_id`.
pub fn label(list: &str, value: &str) -> String {
    format!("{list}-{}", value.replace('_', "-"))
}
