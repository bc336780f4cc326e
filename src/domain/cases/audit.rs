//! The case event log: append-only (the database refuses updates and deletes too), each event
//! carrying the SHA-256 of the one before it on the same case, so an edit made behind the
//! application's back shows when the chain is checked.
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::codes::EventKind;
use crate::db::models::CaseEvent;
use crate::db::{self, DbConn, DbResult, now};

/// Who took a step, as the case's history names them: a person by name, the mediator and
/// the centre's staff by their part, and the system (the scheduler) when no one did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActedAs {
    Person,
    Mediator,
    Centre,
    System,
}

impl ActedAs {
    /// `user` is the event's actor as loaded; `None` with an actor id is someone whose
    /// account is gone, still a person.
    pub fn of(actor_id: Option<&str>, user: Option<&crate::db::models::User>) -> ActedAs {
        match (actor_id, user.map(|u| u.role)) {
            (None, _) => ActedAs::System,
            (Some(_), Some(crate::domain::Role::Mediator)) => ActedAs::Mediator,
            (Some(_), Some(crate::domain::Role::Admin)) => ActedAs::Centre,
            (Some(_), _) => ActedAs::Person,
        }
    }

    /// The selector the history's messages choose their words by.
    pub fn as_str(self) -> &'static str {
        match self {
            ActedAs::Person => "person",
            ActedAs::Mediator => "mediator",
            ActedAs::Centre => "centre",
            ActedAs::System => "system",
        }
    }
}

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash over everything the event says, after the previous hash.
pub fn hash(e: &CaseEvent) -> String {
    let mut h = Sha256::new();
    for part in [
        e.prev_hash.as_str(),
        e.case_id.as_str(),
        &e.seq.to_string(),
        &e.at
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        e.actor_id.as_deref().unwrap_or("-"),
        e.kind.as_str(),
        e.data.as_str(),
    ] {
        h.update(part.len().to_le_bytes());
        h.update(part.as_bytes());
    }
    format!("{:x}", h.finalize())
}

/// Appends an event to the case's chain. The caller holds the case's lock.
pub fn append(
    conn: &mut DbConn,
    case_id: &str,
    actor_id: Option<String>,
    kind: EventKind,
    data: Value,
) -> DbResult<CaseEvent> {
    let last = db::cases::last_event(conn, case_id)?;
    let (seq, prev_hash) = match last {
        Some(e) => (e.seq + 1, e.hash),
        None => (1, GENESIS.to_string()),
    };
    let mut event = CaseEvent {
        case_id: case_id.to_string(),
        seq,
        at: now(),
        actor_id,
        kind,
        data: data.to_string(),
        prev_hash,
        hash: String::new(),
    };
    event.hash = hash(&event);
    db::cases::insert_event(conn, &event)?;
    Ok(event)
}

/// The first broken link found: which case, which event, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub case_id: String,
    pub seq: i32,
    pub problem: &'static str,
}

/// Checks every chain. Returns the number of events checked, or the first broken link.
pub fn verify(conn: &mut DbConn) -> DbResult<Result<u64, Broken>> {
    let mut after: Option<(String, i32)> = None;
    let mut checked = 0u64;
    let mut expected: Option<(String, i32, String)> = None;
    loop {
        let page = db::cases::events_page(conn, after.clone(), 1000)?;
        let Some(last) = page.last() else { break };
        after = Some((last.case_id.clone(), last.seq));
        for e in &page {
            let (want_seq, want_prev) = match &expected {
                Some((case, seq, h)) if *case == e.case_id => (seq + 1, h.clone()),
                _ => (1, GENESIS.to_string()),
            };
            let broken = |problem| Broken {
                case_id: e.case_id.clone(),
                seq: e.seq,
                problem,
            };
            if e.seq != want_seq {
                return Ok(Err(broken("an event is missing before this one")));
            }
            if e.prev_hash != want_prev {
                return Ok(Err(broken("the previous event was changed")));
            }
            if hash(e) != e.hash {
                return Ok(Err(broken("this event was changed")));
            }
            expected = Some((e.case_id.clone(), e.seq, e.hash.clone()));
            checked += 1;
        }
    }
    Ok(Ok(checked))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_covers_every_field() {
        let e = CaseEvent {
            case_id: "c".into(),
            seq: 1,
            at: chrono::DateTime::from_timestamp(1_800_000_000, 0)
                .unwrap()
                .naive_utc(),
            actor_id: Some("u".into()),
            kind: super::super::lifecycle::Step::Submit.into(),
            data: "{}".into(),
            prev_hash: GENESIS.into(),
            hash: String::new(),
        };
        let base = hash(&e);
        assert_eq!(base.len(), 64);
        let mut changed = e.clone();
        changed.data = "{\"x\":1}".into();
        assert_ne!(hash(&changed), base);
        let mut changed = e.clone();
        changed.actor_id = None;
        assert_ne!(hash(&changed), base);
        let mut changed = e.clone();
        changed.seq = 2;
        assert_ne!(hash(&changed), base);
    }
}
