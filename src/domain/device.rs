//! Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"). A
//! browser that signed in to an account successfully carries a signed token naming that
//! account. Its later sign-in attempts to that account are throttled per token instead of per
//! account, so that a flood of wrong passwords from elsewhere cannot lock the owner out;
//! failures made with a token count against that token, which is blocked in its turn when it
//! fails too often. The token grants nothing by itself: the password is still needed.
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How long a browser stays known: the cookie's lifetime, and the oldest token accepted.
pub const LIFETIME: chrono::Duration = chrono::Duration::days(180);

/// The key device tokens are signed with, derived from the session secret.
#[derive(Clone)]
pub struct DeviceKeys {
    key: Arc<[u8]>,
}

/// A well-signed, current device token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub user_id: String,
    nonce: String,
}

impl Device {
    /// The throttle key of this browser's attempts.
    pub fn throttle_key(&self) -> String {
        format!("device:{}", self.nonce)
    }
}

impl DeviceKeys {
    /// A key of its own, so that a device token can never pass for any other signed value.
    pub fn derive(secret: &[u8]) -> Self {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("any key length");
        mac.update(b"concilia device key");
        Self {
            key: mac.finalize().into_bytes().to_vec().into(),
        }
    }

    fn mac(&self, payload: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length");
        mac.update(payload.as_bytes());
        mac
    }

    /// A new token for a browser that has just signed in as `user_id`, at unix time `now`.
    pub fn issue(&self, user_id: &str, now: i64) -> String {
        let payload = format!("{user_id}.{}.{now}", super::tokens::random_token(16));
        let signature = URL_SAFE_NO_PAD.encode(self.mac(&payload).finalize().into_bytes());
        format!("{payload}.{signature}")
    }

    /// The device a token names, if it is signed with this key and not older than
    /// `LIFETIME` at unix time `now`; `None` for anything else.
    pub fn verify(&self, token: &str, now: i64) -> Option<Device> {
        let (payload, signature) = token.rsplit_once('.')?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        // Constant-time comparison.
        self.mac(payload).verify_slice(&signature).ok()?;
        let mut parts = payload.split('.');
        let (user_id, nonce, issued) = (parts.next()?, parts.next()?, parts.next()?);
        let issued: i64 = issued.parse().ok()?;
        let fresh = issued <= now && now - issued <= LIFETIME.num_seconds();
        (fresh && parts.next().is_none()).then(|| Device {
            user_id: user_id.to_string(),
            nonce: nonce.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn keys() -> DeviceKeys {
        DeviceKeys::derive(b"0123456789abcdef0123456789abcdef")
    }

    #[test]
    fn an_issued_token_names_its_user_and_each_has_its_own_throttle_key() {
        let (a, b) = (keys().issue("user-1", NOW), keys().issue("user-1", NOW));
        let (da, db) = (
            keys().verify(&a, NOW + 60).unwrap(),
            keys().verify(&b, NOW).unwrap(),
        );
        assert_eq!(da.user_id, "user-1");
        assert_ne!(da.throttle_key(), db.throttle_key());
    }

    #[test]
    fn a_forged_altered_foreign_or_stale_token_is_refused() {
        let token = keys().issue("user-1", NOW);
        let other = DeviceKeys::derive(b"another secret another secret 12").issue("user-1", NOW);
        let (payload, signature) = token.rsplit_once('.').unwrap();
        let renamed = format!("{}.{signature}", payload.replacen("user-1", "user-2", 1));
        for bad in [
            other.as_str(),
            renamed.as_str(),
            "user-1.nonce.1800000000.c2lnbmF0dXJl",
            "",
            "...",
            "user-1",
        ] {
            assert_eq!(keys().verify(bad, NOW), None, "{bad}");
        }
        assert_eq!(
            keys().verify(&token, NOW + LIFETIME.num_seconds() + 1),
            None,
            "too old"
        );
        assert_eq!(keys().verify(&token, NOW - 10), None, "from the future");
    }
}
