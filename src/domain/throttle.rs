//! Sign-in throttling: after a few free failures each further failure doubles the wait,
//! capped so that the real owner of an attacked account is never locked out for long.
use chrono::{Duration, NaiveDateTime};

use crate::db::throttle::Counter;

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

impl Rule {
    /// Seconds left to wait, if the key is blocked now.
    pub fn blocked_for(&self, counter: Option<&Counter>, now: NaiveDateTime) -> Option<i64> {
        let until = counter?.blocked_until?;
        (until > now).then(|| (until - now).num_seconds().max(1))
    }

    /// The counter after one more failure.
    pub fn after_failure(
        &self,
        key: &str,
        counter: Option<Counter>,
        now: NaiveDateTime,
    ) -> Counter {
        let failures = match counter {
            Some(c) if now - c.last_failure_at < self.memory => c.failures + 1,
            _ => 1,
        };
        let over = failures - self.free_failures;
        let blocked_until = (over > 0).then(|| {
            let wait = Duration::seconds(1i64 << over.min(20)).min(self.max_wait);
            now + wait
        });
        Counter {
            key: key.to_string(),
            failures,
            last_failure_at: now,
            blocked_until,
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

    #[test]
    fn the_first_failures_are_free_then_the_wait_doubles() {
        let mut c = None;
        for _ in 0..5 {
            let next = PER_ACCOUNT.after_failure("k", c, t0());
            assert!(next.blocked_until.is_none());
            c = Some(next);
        }
        let sixth = PER_ACCOUNT.after_failure("k", c, t0());
        assert_eq!(PER_ACCOUNT.blocked_for(Some(&sixth), t0()), Some(2));
        let seventh = PER_ACCOUNT.after_failure("k", Some(sixth), t0());
        assert_eq!(PER_ACCOUNT.blocked_for(Some(&seventh), t0()), Some(4));
    }

    #[test]
    fn the_wait_is_capped_so_the_owner_gets_back_in() {
        let c = Counter {
            key: "k".into(),
            failures: 500,
            last_failure_at: t0(),
            blocked_until: None,
        };
        let next = PER_ACCOUNT.after_failure("k", Some(c), t0());
        assert_eq!(PER_ACCOUNT.blocked_for(Some(&next), t0()), Some(15 * 60));
        assert_eq!(
            PER_ACCOUNT.blocked_for(Some(&next), t0() + Duration::minutes(16)),
            None
        );
    }

    #[test]
    fn old_failures_are_forgotten() {
        let c = Counter {
            key: "k".into(),
            failures: 50,
            last_failure_at: t0(),
            blocked_until: None,
        };
        let next = PER_ACCOUNT.after_failure("k", Some(c), t0() + Duration::hours(2));
        assert_eq!(next.failures, 1);
        assert!(next.blocked_until.is_none());
    }
}
