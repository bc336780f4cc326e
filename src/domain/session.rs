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
        validation.leeway = 0;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            lifetime,
        }
    }

    pub fn issue(&self, user_id: &str, version: i32) -> (String, Claims) {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: user_id.to_string(),
            iat: now,
            exp: now + self.lifetime.num_seconds(),
            iss: ISSUER.to_string(),
            ver: version,
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
