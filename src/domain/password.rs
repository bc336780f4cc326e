//! Password policy and argon2id hashing (the crate's defaults are OWASP's parameters:
//! 19 MiB, 2 passes, 1 lane).
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Block, Params, Version};
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

/// The working memory of one argon2 computation (19 MiB with our parameters). A hashing
/// thread keeps its own between hashes, so a flood of sign-ins reuses the same few buffers
/// instead of asking the allocator for 19 MiB each time (which glibc keeps afterwards).
#[derive(Default)]
pub struct Memory(Vec<Block>);

impl Memory {
    /// At least `blocks` blocks; grows for a stored hash made with more memory than ours.
    fn blocks(&mut self, blocks: usize) -> &mut [Block] {
        if self.0.len() < blocks {
            self.0.resize(blocks, Block::new());
        }
        &mut self.0[..blocks]
    }
}

/// Blocking: about 20 ms optimised. Call through `hash_off_thread` from async code.
pub fn hash(password: &str) -> String {
    hash_with(&mut Memory::default(), password)
}

fn hash_with(memory: &mut Memory, password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    let argon = hasher();
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt
        .as_salt()
        .decode_b64(&mut salt_bytes)
        .expect("a generated salt decodes");
    let mut hashed = [0u8; Params::DEFAULT_OUTPUT_LEN];
    let blocks = memory.blocks(argon.params().block_count());
    argon
        .hash_password_into_with_memory(password.as_bytes(), salt_bytes, &mut hashed, blocks)
        .expect("argon2 hashing cannot fail with valid parameters");
    // The same PHC string `PasswordHasher::hash_password` writes.
    PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon.params()).expect("our parameters fit a PHC string"),
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&hashed).expect("32 bytes is a valid output length")),
    }
    .to_string()
}

/// Blocking. Verifies against the stored hash; with no hash (unknown account, or an invited
/// user who has not chosen a password) it still spends the same time, so timing does not
/// tell whether an account exists.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    verify_with(&mut Memory::default(), password, stored)
}

fn verify_with(memory: &mut Memory, password: &str, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash("not a real password, only for timing"));
    let (hash_str, real) = match stored {
        Some(h) => (h, true),
        None => (DUMMY.as_str(), false),
    };
    let ok = PasswordHash::new(hash_str)
        .ok()
        .and_then(|parsed| recompute(memory, password, &parsed).map(|out| Some(out) == parsed.hash))
        .unwrap_or(false);
    ok && real
}

/// What `PasswordVerifier::verify_password` computes, in the caller's memory: the output for
/// this password with the stored hash's algorithm, version, parameters and salt. `None` when
/// the stored hash is not one argon2 can check.
fn recompute(memory: &mut Memory, password: &str, stored: &PasswordHash<'_>) -> Option<Output> {
    let algorithm = Algorithm::try_from(stored.algorithm).ok()?;
    let version = stored
        .version
        .map(Version::try_from)
        .transpose()
        .ok()?
        .unwrap_or_default();
    let params = Params::try_from(stored).ok()?;
    let expected_len = stored.hash?.len();
    let mut salt_bytes = [0u8; 64];
    let salt = stored.salt?.decode_b64(&mut salt_bytes).ok()?;
    let blocks = memory.blocks(params.block_count());
    let argon = Argon2::new(algorithm, version, params);
    Output::init_with(expected_len, |out| {
        argon
            .hash_password_into_with_memory(password.as_bytes(), salt, out, blocks)
            .map_err(Into::into)
    })
    .ok()
}

/// Hashing waits here when every hashing thread is busy and this many are already queued:
/// a sign-in flood is refused at once (503, retry) instead of piling up.
pub const QUEUE_PER_THREAD: usize = 8;

/// The hashing threads were all busy and their queue full: try again in a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("password hashing is busy")]
pub struct Busy;

type Job = Box<dyn FnOnce(&mut Memory) + Send>;

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
                    yield_to_pages();
                    let mut memory = Memory::default();
                    loop {
                        // The lock is held only to take the next job, not to run it.
                        let job = match jobs.lock() {
                            Ok(rx) => rx.recv(),
                            Err(poisoned) => poisoned.into_inner().recv(),
                        };
                        match job {
                            Ok(job) => job(&mut memory),
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

/// Lowers this thread's scheduling priority to the least (Linux threads each have their
/// own nice value). Why: a hash keeps a core busy for ~20 ms; at normal priority a flood of
/// sign-ins took every core from the pages. At nice 19 the scheduler gives the pages the CPU
/// whenever they want it and hashing the rest, so a flood slows only the sign-ins (which
/// the bounded queue then refuses quickly).
fn yield_to_pages() {
    // On Linux, `setpriority(PRIO_PROCESS, 0, ..)` sets the calling thread's nice value only.
    #[cfg(target_os = "linux")]
    if let Err(e) = rustix::process::setpriority_process(None, 19) {
        tracing::warn!(error = %e, "could not lower the password hashing thread's priority");
    }
}

/// Runs `f` on a hashing thread, or refuses at once when their queue is full.
async fn on_hashers<T: Send + 'static>(
    f: impl FnOnce(&mut Memory) -> T + Send + 'static,
) -> Result<T, Busy> {
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move |memory| {
        let _ = done.send(f(memory));
    });
    hashers().queue.try_send(job).map_err(|_| Busy)?;
    result.await.map_err(|_| Busy)
}

pub async fn hash_off_thread(password: Password) -> Result<String, Busy> {
    on_hashers(move |memory| hash_with(memory, password.expose())).await
}

pub async fn verify_off_thread(password: String, stored: Option<String>) -> Result<bool, Busy> {
    on_hashers(move |memory| verify_with(memory, &password, stored.as_deref())).await
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

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn hashing_threads_run_at_the_lowest_priority_and_others_do_not() {
        // Another test may be flooding the same threads: wait for room.
        let nice = loop {
            match on_hashers(|_| rustix::process::getpriority_process(None).unwrap()).await {
                Ok(nice) => break nice,
                Err(Busy) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
            }
        };
        assert_eq!(nice, 19);
        assert_ne!(rustix::process::getpriority_process(None).unwrap(), 19);
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

    /// The hashes written in reused memory are the crate's own PHC strings: the crate's
    /// verifier checks ours and ours checks the crate's, with other parameters too, and a
    /// buffer used for one hash gives the right answer for the next.
    #[test]
    fn hashes_in_reused_memory_match_the_crates_own() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let mut memory = Memory::default();
        let ours = hash_with(&mut memory, "correct horse battery");
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            hasher()
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );
        assert!(
            hasher()
                .verify_password(b"wrong horse battery", &parsed)
                .is_err()
        );

        let salt = SaltString::generate(&mut OsRng);
        let theirs = hasher()
            .hash_password(b"staple battery horse", &salt)
            .unwrap()
            .to_string();
        assert!(verify_with(
            &mut memory,
            "staple battery horse",
            Some(&theirs)
        ));
        assert!(!verify_with(
            &mut memory,
            "correct horse battery",
            Some(&theirs)
        ));
        assert!(verify_with(
            &mut memory,
            "correct horse battery",
            Some(&ours)
        ));

        // A stored hash with more memory and passes than ours (an older setting).
        let stronger = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(32 * 1024, 3, 1, None).unwrap(),
        )
        .hash_password(b"an older passphrase", &salt)
        .unwrap()
        .to_string();
        assert!(verify_with(
            &mut memory,
            "an older passphrase",
            Some(&stronger)
        ));
        assert!(!verify_with(
            &mut memory,
            "another passphrase",
            Some(&stronger)
        ));
        assert!(verify_with(
            &mut memory,
            "correct horse battery",
            Some(&ours)
        ));
    }
}
