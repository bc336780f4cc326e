//! Random secrets for links sent by email. Only a SHA-256 digest is stored, so a database
//! leak does not hand out working links.
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

pub fn digest(token: &str) -> String {
    let d = Sha256::digest(token.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

crate::domain::coded::coded! {
    /// What an emailed link is for.
    pub enum Purpose in "account_tokens.purpose" {
        VerifyEmail = "verify_email",
        ResetPassword = "reset_password",
        Invitation = "invitation",
        ChangeEmail = "change_email",
    }
}

impl Purpose {
    /// How long a link stays valid: short for password resets, longer for invitations,
    /// which people may open days later.
    pub fn lifetime(self) -> chrono::Duration {
        match self {
            Purpose::VerifyEmail | Purpose::ChangeEmail => chrono::Duration::hours(48),
            Purpose::ResetPassword => chrono::Duration::hours(1),
            Purpose::Invitation => chrono::Duration::days(7),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_url_safe_and_long_enough() {
        let a = random_token(32);
        let b = random_token(32);
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }

    #[test]
    fn the_digest_is_stable_hex() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
