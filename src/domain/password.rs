//! Password policy and argon2id hashing (the crate's defaults are OWASP's parameters:
//! 19 MiB, 2 passes, 1 lane).
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidPassword {
    #[error("password is shorter than {MIN_CHARS} characters")]
    TooShort,
    #[error("password is longer than {MAX_CHARS} characters")]
    TooLong,
}

/// A new password that meets the policy. Kept secret so it never reaches a log.
pub struct Password(SecretString);

impl Password {
    pub fn parse(input: &str) -> Result<Self, InvalidPassword> {
        let chars = input.chars().count();
        if chars < MIN_CHARS {
            return Err(InvalidPassword::TooShort);
        }
        if chars > MAX_CHARS {
            return Err(InvalidPassword::TooLong);
        }
        Ok(Password(SecretString::from(input.to_string())))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

fn hasher() -> Argon2<'static> {
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters"),
    )
}

/// Blocking: about 20 ms optimised. Call through `hash_off_thread` from async code.
pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing cannot fail with valid parameters")
        .to_string()
}

/// Blocking. Verifies against the stored hash; with no hash (unknown account, or an invited
/// user who has not chosen a password) it still spends the same time, so timing does not
/// tell whether an account exists.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash("not a real password, only for timing"));
    let (hash_str, real) = match stored {
        Some(h) => (h, true),
        None => (DUMMY.as_str(), false),
    };
    let ok = PasswordHash::new(hash_str)
        .map(|parsed| {
            hasher()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false);
    ok && real
}

/// Hashing waits here when every hashing thread is busy and this many are already queued:
/// a sign-in flood is refused at once (503, retry) instead of piling up.
pub const QUEUE_PER_THREAD: usize = 8;

/// The hashing threads were all busy and their queue full: try again in a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("password hashing is busy")]
pub struct Busy;

type Job = Box<dyn FnOnce() + Send>;

/// Password hashing on threads of its own, one per core, with a bounded queue. Why: argon2
/// takes 19 MiB and ~20 ms a hash; on the shared blocking pool a flood of sign-ins ran
/// hundreds at once, starved the pages of CPU and left the memory of every thread's arena
/// behind (630 MB after a flood). A few long-lived threads reuse their own memory.
struct Hashers {
    queue: std::sync::mpsc::SyncSender<Job>,
}

fn hashers() -> &'static Hashers {
    static HASHERS: std::sync::LazyLock<Hashers> = std::sync::LazyLock::new(|| {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let (queue, jobs) = std::sync::mpsc::sync_channel::<Job>(threads * QUEUE_PER_THREAD);
        let jobs = std::sync::Arc::new(std::sync::Mutex::new(jobs));
        for i in 0..threads {
            let jobs = jobs.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    loop {
                        // The lock is held only to take the next job, not to run it.
                        let job = match jobs.lock() {
                            Ok(rx) => rx.recv(),
                            Err(poisoned) => poisoned.into_inner().recv(),
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                })
                .expect("start a password hashing thread");
        }
        Hashers { queue }
    });
    &HASHERS
}

/// Runs `f` on a hashing thread, or refuses at once when their queue is full.
async fn on_hashers<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, Busy> {
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = done.send(f());
    });
    hashers().queue.try_send(job).map_err(|_| Busy)?;
    result.await.map_err(|_| Busy)
}

pub async fn hash_off_thread(password: Password) -> Result<String, Busy> {
    on_hashers(move || hash(password.expose())).await
}

pub async fn verify_off_thread(password: String, stored: Option<String>) -> Result<bool, Busy> {
    on_hashers(move || verify(&password, stored.as_deref())).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_flood_of_hashes_is_bounded_and_the_rest_are_refused_at_once() {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let bound = threads * (QUEUE_PER_THREAD + 1);
        let flood: Vec<_> = (0..bound * 3)
            .map(|_| tokio::spawn(verify_off_thread("a guess of twelve".into(), None)))
            .collect();
        let mut busy = 0;
        let mut answered = 0;
        for f in flood {
            match f.await.unwrap() {
                Ok(ok) => {
                    assert!(!ok);
                    answered += 1;
                }
                Err(Busy) => busy += 1,
            }
        }
        assert!(answered >= threads, "{answered} answered");
        assert!(
            busy > 0,
            "no more than the queue holds waits: {answered} answered"
        );
        // Once the flood is over, hashing works again.
        let h = hash_off_thread(Password::parse("a passphrase of mine").unwrap())
            .await
            .unwrap();
        assert!(
            verify_off_thread("a passphrase of mine".into(), Some(h))
                .await
                .unwrap()
        );
    }

    #[test]
    fn eleven_characters_are_too_short_and_twelve_are_enough() {
        assert_eq!(
            Password::parse("abcdefghijk").err(),
            Some(InvalidPassword::TooShort)
        );
        assert!(Password::parse("abcdefghijkl").is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(Password::parse("жжжжжжжжжжжж").is_ok());
        assert!(Password::parse("жжжжжж").is_err());
    }

    #[test]
    fn long_passphrases_up_to_256_characters_are_accepted() {
        assert!(Password::parse(&"a".repeat(128)).is_ok());
        assert!(Password::parse(&"a".repeat(256)).is_ok());
        assert_eq!(
            Password::parse(&"a".repeat(257)).err(),
            Some(InvalidPassword::TooLong)
        );
    }

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let h = hash("correct horse battery");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery", Some(&h)));
        assert!(!verify("wrong horse battery", Some(&h)));
        assert!(!verify("correct horse battery", None));
        assert!(!verify("anything", Some("not a hash")));
    }
}
