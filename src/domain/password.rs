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

pub async fn hash_off_thread(password: Password) -> String {
    tokio::task::spawn_blocking(move || hash(password.expose()))
        .await
        .expect("hashing task panicked")
}

pub async fn verify_off_thread(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || verify(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

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
