//! The fixed lists a case is described with. Each value has a message id `<list>-<value>`
//! in every language.

/// Sectors, after the European Commission's classification of consumer complaints.
pub const SECTORS: &[&str] = &[
    "goods",
    "electronics",
    "clothing",
    "vehicles",
    "travel",
    "transport",
    "telecoms",
    "energy",
    "financial",
    "health",
    "leisure",
    "other",
];

pub const PROBLEM_KINDS: &[&str] = &[
    "defective",
    "not_delivered",
    "not_as_described",
    "late",
    "billing",
    "contract",
    "warranty",
    "service_quality",
    "unfair_practice",
    "other",
];

pub const CLAIM_KINDS: &[&str] = &[
    "refund",
    "repair",
    "replacement",
    "price_reduction",
    "compensation",
    "other",
];

/// Claims that are about an amount of money, which must then be given.
pub fn claim_needs_amount(kind: &str) -> bool {
    matches!(kind, "refund" | "price_reduction" | "compensation")
}

/// How a complaint reached the centre.
pub const CHANNELS: &[&str] = &["online", "post", "phone", "in_person"];

/// The grounds on which Art. 5(4) of Directive 2013/11/EU lets a centre refuse a dispute.
pub const REFUSAL_GROUNDS: &[&str] = &[
    "no_prior_complaint",
    "frivolous",
    "elsewhere",
    "below_threshold",
    "above_threshold",
    "too_late",
    "impairs_operation",
];

pub const CAPACITIES: &[&str] = &["representative", "assistant"];

/// A message id for a list value: `sector-travel`, `problem-late`, ...
pub fn label(list: &str, value: &str) -> String {
    format!("{list}-{}", value.replace('_', "-"))
}
