//! Sign-in throttling: after a few free failures each further failure doubles the wait,
//! capped so that the real owner of an attacked account is never locked out for long.
use chrono::{Duration, NaiveDateTime};

use crate::db::throttle::Counter;
use crate::db::{self, DbConn, DbResult};

#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub free_failures: i32,
    pub max_wait: Duration,
    /// Failures older than this are forgotten.
    pub memory: Duration,
}

pub const PER_ACCOUNT: Rule = Rule {
    free_failures: 5,
    max_wait: Duration::minutes(15),
    memory: Duration::hours(1),
};
pub const PER_IP: Rule = Rule {
    free_failures: 20,
    max_wait: Duration::minutes(15),
    memory: Duration::hours(1),
};
/// A browser that signed in before (`device`): the same allowance as an account, counted
/// for that browser alone.
pub const PER_DEVICE: Rule = PER_ACCOUNT;

impl Rule {
    /// Seconds left to wait, if the key is blocked now.
    pub fn blocked_for(&self, counter: Option<&Counter>, now: NaiveDateTime) -> Option<i64> {
        let until = counter?.blocked_until?;
        (until > now).then(|| (until - now).num_seconds().max(1))
    }

    /// Until when a key is blocked after its `failures`-th recent failure at `now`, if at all.
    pub fn blocked_until(&self, failures: i32, now: NaiveDateTime) -> Option<NaiveDateTime> {
        let over = failures - self.free_failures;
        (over > 0).then(|| now + Duration::seconds(1i64 << over.min(20)).min(self.max_wait))
    }

    /// Counts a failure under `key` and blocks the key when it has failed too often.
    pub fn record_failure(&self, conn: &mut DbConn, key: &str, now: NaiveDateTime) -> DbResult<()> {
        let failures = db::throttle::count_failure(conn, key, now, now - self.memory)?;
        match self.blocked_until(failures, now) {
            Some(until) => db::throttle::block(conn, key, until),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc()
    }

    /// Seconds to wait at `at` after the `failures`-th failure at `t0`.
    fn blocked(failures: i32, at: NaiveDateTime) -> Option<i64> {
        let counter = Counter {
            key: "k".into(),
            failures,
            last_failure_at: t0(),
            blocked_until: PER_ACCOUNT.blocked_until(failures, t0()),
        };
        PER_ACCOUNT.blocked_for(Some(&counter), at)
    }

    #[test]
    fn the_first_failures_are_free_then_the_wait_doubles() {
        for n in 1..=5 {
            assert_eq!(PER_ACCOUNT.blocked_until(n, t0()), None);
        }
        assert_eq!(blocked(6, t0()), Some(2));
        assert_eq!(blocked(7, t0()), Some(4));
    }

    #[test]
    fn the_wait_is_capped_so_the_owner_gets_back_in() {
        assert_eq!(blocked(500, t0()), Some(15 * 60));
        assert_eq!(blocked(500, t0() + Duration::minutes(16)), None);
    }
}
