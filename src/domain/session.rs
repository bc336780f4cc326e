//! Signed session tokens (JWT, HS256). A token names the user and the user's token version;
//! bumping the version in the database ends every earlier token at once.
use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};

const ISSUER: &str = "concilia";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
    /// The user's token version when the token was issued.
    pub ver: i32,
    /// One sign-in: random, new at each sign-in, kept by the sliding refresh. CSRF tokens
    /// are bound to it, so a token from another browser or an earlier sign-in is refused.
    pub sid: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the session has expired")]
    Expired,
    #[error("the session token is not valid")]
    Invalid,
}

#[derive(Clone)]
pub struct SessionKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub lifetime: chrono::Duration,
}

impl SessionKeys {
    pub fn new(secret: &[u8], lifetime: chrono::Duration) -> Self {
        // Only HS256 is accepted: "none" and every other algorithm are refused.
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "iat", "sub", "iss"]);
        // `sid` is required by the type: a token issued before it existed no longer verifies,
        // so its holder signs in again and gets a session CSRF tokens can be bound to.
        validation.leeway = 0;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            lifetime,
        }
    }

    /// A token for a new sign-in.
    pub fn issue(&self, user_id: &str, version: i32) -> (String, Claims) {
        self.issue_in(user_id, version, crate::domain::tokens::random_token(18))
    }

    /// A fresh token for the same sign-in (the sliding refresh): same `sid`, new lifetime.
    pub fn renew(&self, claims: &Claims, version: i32) -> (String, Claims) {
        self.issue_in(&claims.sub, version, claims.sid.clone())
    }

    fn issue_in(&self, user_id: &str, version: i32, sid: String) -> (String, Claims) {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.to_string(),
            iat: now,
            exp: now + self.lifetime.num_seconds(),
            iss: ISSUER.to_string(),
            ver: version,
            sid,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .expect("HS256 signing cannot fail");
        (token, claims)
    }

    pub fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|d| d.claims)
            .map_err(|e| match e.kind() {
                jsonwebtoken::errors::ErrorKind::ExpiredSignature => TokenError::Expired,
                _ => TokenError::Invalid,
            })
    }

    /// A token past half its life is replaced on the next request, so an active user
    /// stays signed in while an idle one is signed out.
    pub fn needs_refresh(&self, claims: &Claims) -> bool {
        Utc::now().timestamp() > claims.iat + self.lifetime.num_seconds() / 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn keys() -> SessionKeys {
        SessionKeys::new(
            b"0123456789abcdef0123456789abcdef",
            chrono::Duration::minutes(30),
        )
    }

    #[test]
    fn an_issued_token_verifies_with_its_claims() {
        let (token, claims) = keys().issue("user-1", 3);
        assert_eq!(keys().verify(&token).unwrap(), claims);
        assert_eq!(claims.exp - claims.iat, 1800);
    }

    #[test]
    fn each_sign_in_has_its_own_sid_and_a_renewal_keeps_it() {
        let (_, first) = keys().issue("user-1", 3);
        let (_, second) = keys().issue("user-1", 3);
        assert_ne!(first.sid, second.sid);
        assert!(first.sid.len() >= 16);
        let (token, renewed) = keys().renew(&first, 3);
        assert_eq!(renewed.sid, first.sid);
        assert_eq!(keys().verify(&token).unwrap().sid, first.sid);
    }

    #[test]
    fn a_token_signed_with_another_key_is_invalid() {
        let other = SessionKeys::new(
            b"another secret another secret 12",
            chrono::Duration::minutes(30),
        );
        let (token, _) = other.issue("user-1", 0);
        assert_eq!(keys().verify(&token), Err(TokenError::Invalid));
    }

    #[test]
    fn an_unsigned_alg_none_token_is_invalid() {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let now = Utc::now().timestamp();
        let body = URL_SAFE_NO_PAD.encode(format!(
            r#"{{"sub":"user-1","iat":{now},"exp":{},"iss":"concilia","ver":0}}"#,
            now + 600
        ));
        assert_eq!(
            keys().verify(&format!("{header}.{body}.")),
            Err(TokenError::Invalid)
        );
    }

    #[test]
    fn an_hs512_token_is_refused_even_with_the_right_key() {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: "u".into(),
            iat: now,
            exp: now + 600,
            iss: ISSUER.into(),
            ver: 0,
            sid: "s".into(),
        };
        let token = encode(
            &Header::new(Algorithm::HS512),
            &claims,
            &EncodingKey::from_secret(b"0123456789abcdef0123456789abcdef"),
        )
        .unwrap();
        assert_eq!(keys().verify(&token), Err(TokenError::Invalid));
    }

    #[test]
    fn an_expired_token_is_reported_as_expired() {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: "u".into(),
            iat: now - 7200,
            exp: now - 3600,
            iss: ISSUER.into(),
            ver: 0,
            sid: "s".into(),
        };
        let token = encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(b"0123456789abcdef0123456789abcdef"),
        )
        .unwrap();
        assert_eq!(keys().verify(&token), Err(TokenError::Expired));
    }

    #[test]
    fn garbage_is_invalid() {
        assert_eq!(keys().verify("not.a.token"), Err(TokenError::Invalid));
        assert_eq!(keys().verify(""), Err(TokenError::Invalid));
    }
}
