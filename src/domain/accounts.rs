//! Account life cycle: sign-up, verification, sign-in, password and email changes,
//! invitations. Each function validates its input fully before touching the database.
use chrono::NaiveDateTime;
use serde_json::json;

use super::password::{self, InvalidPassword, Password};
use super::policy::{self, Action, Actor};
use super::session::Claims;
use super::throttle::{PER_ACCOUNT, PER_DEVICE, PER_IP};
use super::tokens::{self, Purpose};
use super::user_name::InvalidName;
use super::{EmailAddress, Role, UserName};
use crate::db::models::{AccountToken, User};
use crate::db::{self, DbConn, DbError, new_id, now};
use crate::domain::cases::notify::{Category, Delivery};
use crate::i18n;
use crate::mail::{self, Email, Mailer};
use crate::state::AppState;

/// Field-level problems, as (field name, message id) pairs, shown beside each field.
pub type FieldErrors = Vec<(&'static str, &'static str)>;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("email or password is wrong")]
    InvalidCredentials,
    #[error("too many attempts; retry in {0} s")]
    Throttled(i64),
    #[error("the account is disabled")]
    Disabled,
    #[error("link not valid")]
    LinkInvalid,
    #[error("link expired")]
    LinkExpired,
    #[error("link already used")]
    LinkUsed,
    #[error("not allowed")]
    Denied(#[from] policy::Denied),
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbError),
    /// Every password hashing thread was busy: try again in a moment.
    #[error(transparent)]
    Busy(#[from] super::password::Busy),
}

pub type AccountResult<T> = Result<T, AccountError>;

impl From<diesel::result::Error> for AccountError {
    #[track_caller]
    fn from(e: diesel::result::Error) -> Self {
        AccountError::Db(e.into())
    }
}

fn password_error(e: InvalidPassword) -> &'static str {
    match e {
        InvalidPassword::TooShort => "error-password-too-short",
        InvalidPassword::TooLong => "error-password-too-long",
    }
}

pub fn name_error(e: InvalidName) -> &'static str {
    match e {
        InvalidName::Empty => "error-required",
        InvalidName::TooLong => "error-too-long",
        InvalidName::ControlCharacters => "error-invalid-characters",
    }
}

pub struct SignupInput {
    pub name: String,
    pub email: String,
    pub password: String,
    pub password_confirm: String,
    pub language: String,
}

/// Signs up a new consumer. The answer is the same whether or not the address already has
/// an account, so that the form tells nobody which addresses are registered: a new address
/// gets its account and a link to confirm it; the owner of an address already in use is told
/// by email that someone tried, with the ways in. The password is hashed on both paths, so
/// that they take about as long. Nobody is signed in by signing up.
pub async fn signup(app: &AppState, input: SignupInput) -> AccountResult<()> {
    let mut errors = FieldErrors::new();
    let name = UserName::parse(&input.name)
        .map_err(|e| errors.push(("name", name_error(e))))
        .ok();
    let email = EmailAddress::parse(&input.email)
        .map_err(|_| errors.push(("email", "error-email-invalid")))
        .ok();
    let password = Password::parse(&input.password)
        .map_err(|e| errors.push(("password", password_error(e))))
        .ok();
    if password.is_some() && input.password != input.password_confirm {
        errors.push(("password_confirm", "error-password-mismatch"));
    }
    if !i18n::is_supported(&input.language) {
        errors.push(("language", "error-language-unknown"));
    }
    let (Some(name), Some(email), Some(password), true) =
        (name, email, password, errors.is_empty())
    else {
        return Err(AccountError::Invalid(errors));
    };
    let hash = password::hash_off_thread(password).await?;
    let user = new_user(
        &name,
        &email,
        Some(hash),
        Role::Consumer,
        None,
        input.language,
        false,
    );
    let mailer = app.mailer.clone();
    let done = db::transaction(&app.pool, move |c| {
        if let Some(owner) = db::users::find_by_email(c, &user.email)? {
            return tell_owner_of_signup(c, &mailer, &owner);
        }
        db::users::insert(c, &user)?;
        let token = issue_link(c, &user.id, Purpose::VerifyEmail, None)?;
        queue_link(
            c,
            &mailer,
            &user,
            "verify_email",
            &format!("/verify-email/{token}"),
            None,
        )
    })
    .await;
    match done {
        // Two sign-ups with one address at the same moment: the other one made the account.
        Ok(()) | Err(DbError::Conflict) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Tells the owner of an address that someone tried to sign up with it, with links to sign
/// in and to choose a new password. A disabled account hears nothing: it has no way in.
fn tell_owner_of_signup(conn: &mut DbConn, mailer: &Mailer, owner: &User) -> db::DbResult<()> {
    if owner.disabled_at.is_some() {
        return Ok(());
    }
    let context = json!({
        "name": owner.name,
        "signin_link": mailer.link("/signin"),
        "reset_link": mailer.link("/password/forgot"),
    });
    queue(
        conn,
        mailer,
        owner,
        &owner.email,
        "signup_existing",
        context,
    )
}

/// A new account row; `verified` when the address is already known to work.
fn new_user(
    name: &UserName,
    email: &EmailAddress,
    password_hash: Option<String>,
    role: Role,
    organisation_id: Option<String>,
    language: String,
    verified: bool,
) -> User {
    let at = now();
    User {
        id: new_id(),
        email: email.to_string(),
        name: name.as_str().to_string(),
        password_hash,
        role,
        organisation_id,
        language,
        email_verified_at: verified.then_some(at),
        token_version: 0,
        disabled_at: None,
        created_at: at,
        updated_at: at,
        time_zone: "UTC".into(),
    }
}

/// Creates a single-use link for the user, ending earlier unused links of the same purpose.
/// Returns the secret that goes into the URL; only its digest is stored.
fn issue_link(
    conn: &mut DbConn,
    user_id: &str,
    purpose: Purpose,
    new_email: Option<String>,
) -> db::DbResult<String> {
    let at = now();
    db::tokens::revoke_unused(conn, user_id, purpose, at)?;
    let secret = tokens::random_token(32);
    db::tokens::insert(
        conn,
        &AccountToken {
            id: new_id(),
            user_id: user_id.to_string(),
            purpose,
            token_hash: tokens::digest(&secret),
            new_email,
            expires_at: at + purpose.lifetime(),
            used_at: None,
            created_at: at,
        },
    )?;
    Ok(secret)
}

fn check_link(
    conn: &mut DbConn,
    secret: &str,
    purpose: Purpose,
    at: NaiveDateTime,
) -> AccountResult<(AccountToken, User)> {
    let token = db::tokens::find_by_hash(conn, &tokens::digest(secret))?
        .filter(|t| t.purpose == purpose)
        .ok_or(AccountError::LinkInvalid)?;
    if token.used_at.is_some() {
        return Err(AccountError::LinkUsed);
    }
    if token.expires_at <= at {
        return Err(AccountError::LinkExpired);
    }
    let user = db::users::find(conn, &token.user_id)?.ok_or(AccountError::LinkInvalid)?;
    if user.disabled_at.is_some() {
        return Err(AccountError::Disabled);
    }
    Ok((token, user))
}

/// Checks and uses up a link in one transaction; of two concurrent uses only one succeeds.
fn redeem(
    conn: &mut DbConn,
    secret: &str,
    purpose: Purpose,
) -> AccountResult<(AccountToken, User)> {
    let at = now();
    let (token, user) = check_link(conn, secret, purpose, at)?;
    if !db::tokens::consume(conn, &token.id, at)? {
        return Err(AccountError::LinkUsed);
    }
    Ok((token, user))
}

/// Looks at a link without using it, for the page that shows its form.
pub async fn peek_link(app: &AppState, secret: String, purpose: Purpose) -> AccountResult<User> {
    db::run(&app.pool, move |c| -> db::DbResult<_> {
        Ok(check_link(c, &secret, purpose, now()))
    })
    .await?
    .map(|(_, u)| u)
}

pub async fn verify_email(app: &AppState, secret: String) -> AccountResult<User> {
    db::transaction(&app.pool, move |c| {
        let (_, user) = redeem(c, &secret, Purpose::VerifyEmail)?;
        db::users::mark_verified(c, &user.id)?;
        Ok(user)
    })
    .await
}

pub async fn resend_verification(app: &AppState, user: &User) -> AccountResult<()> {
    if user.email_verified_at.is_some() {
        return Ok(());
    }
    let (u, mailer) = (user.clone(), app.mailer.clone());
    db::transaction(&app.pool, move |c| {
        let token = issue_link(c, &u.id, Purpose::VerifyEmail, None)?;
        queue_link(
            c,
            &mailer,
            &u,
            "verify_email",
            &format!("/verify-email/{token}"),
            None,
        )
    })
    .await?;
    Ok(())
}

/// The throttle key of sign-in failures for an address, however it was typed.
fn account_key(email: &str) -> String {
    format!("email:{}", email.trim().to_lowercase())
}

/// Signs in. Unknown email and wrong password take the same time and give the same error;
/// failures are counted per account and per client address. A browser that presents a
/// device token of the account (`device`, see `domain::device`) is counted on its own
/// instead, so that failures from elsewhere do not lock the owner out.
pub async fn sign_in(
    app: &AppState,
    email: &str,
    password: &str,
    client_ip: &str,
    device: Option<&str>,
) -> AccountResult<User> {
    let email_key = account_key(email);
    let ip_key = format!("ip:{client_ip}");
    let device = device.and_then(|d| app.devices.verify(d, chrono::Utc::now().timestamp()));
    let lookup_email = email.trim().to_lowercase();
    let (keys, device_key) = (
        (email_key.clone(), ip_key.clone()),
        device.as_ref().map(|d| d.throttle_key()),
    );
    let (user, trusted, blocked) = db::run(&app.pool, move |c| -> db::DbResult<_> {
        let at = now();
        let user = db::users::find_by_email(c, &lookup_email)?;
        // Trusted only for the account it was issued to.
        let trusted = device_key
            .filter(|_| matches!((&user, &device), (Some(u), Some(d)) if u.id == d.user_id));
        let blocked = match &trusted {
            Some(key) => PER_DEVICE.blocked_for(db::throttle::get(c, key)?.as_ref(), at),
            None => PER_ACCOUNT
                .blocked_for(db::throttle::get(c, &keys.0)?.as_ref(), at)
                .max(PER_IP.blocked_for(db::throttle::get(c, &keys.1)?.as_ref(), at)),
        };
        Ok((user, trusted, blocked))
    })
    .await?;
    if let Some(seconds) = blocked {
        return Err(AccountError::Throttled(seconds));
    }
    let ok = password::verify_off_thread(
        password.to_string(),
        user.as_ref().and_then(|u| u.password_hash.clone()),
    )
    .await?;
    match user {
        Some(user) if ok => {
            let key = trusted.unwrap_or(email_key);
            db::run(&app.pool, move |c| db::throttle::clear(c, &key)).await?;
            if user.disabled_at.is_some() {
                return Err(AccountError::Disabled);
            }
            Ok(user)
        }
        _ => {
            db::run(&app.pool, move |c| {
                let at = now();
                match &trusted {
                    Some(key) => PER_DEVICE.record_failure(c, key, at),
                    None => {
                        PER_ACCOUNT.record_failure(c, &email_key, at)?;
                        PER_IP.record_failure(c, &ip_key, at)
                    }
                }
            })
            .await?;
            Err(AccountError::InvalidCredentials)
        }
    }
}

/// The user a session token names, if the token is still current for that user.
pub async fn session_user(app: &AppState, claims: Claims) -> AccountResult<Option<User>> {
    let user = db::run(&app.pool, move |c| db::users::find(c, &claims.sub)).await?;
    Ok(user.filter(|u| u.token_version == claims.ver && u.disabled_at.is_none()))
}

pub async fn sign_out(app: &AppState, user_id: String) -> AccountResult<()> {
    db::run(&app.pool, move |c| {
        db::users::bump_token_version(c, &user_id)
    })
    .await?;
    Ok(())
}

/// Always succeeds from the caller's point of view, so the form does not reveal accounts.
pub async fn request_password_reset(app: &AppState, email: &str) -> AccountResult<()> {
    let Ok(email) = EmailAddress::parse(email) else {
        return Err(AccountError::Invalid(vec![(
            "email",
            "error-email-invalid",
        )]));
    };
    let mailer = app.mailer.clone();
    db::transaction(&app.pool, move |c| {
        let Some(user) = db::users::find_by_email(c, email.as_str())? else {
            return Ok(());
        };
        if user.disabled_at.is_some() || user.password_hash.is_none() {
            return Ok(());
        }
        let token = issue_link(c, &user.id, Purpose::ResetPassword, None)?;
        queue_link(
            c,
            &mailer,
            &user,
            "password_reset",
            &format!("/password/reset/{token}"),
            None,
        )
    })
    .await?;
    Ok(())
}

fn new_password(password: &str, confirm: &str) -> AccountResult<Password> {
    let p = Password::parse(password)
        .map_err(|e| AccountError::Invalid(vec![("password", password_error(e))]))?;
    if password != confirm {
        return Err(AccountError::Invalid(vec![(
            "password_confirm",
            "error-password-mismatch",
        )]));
    }
    Ok(p)
}

/// Sets a password through an emailed link (reset or invitation). Following the link proves
/// the mailbox, so the address counts as verified.
pub async fn set_password_by_link(
    app: &AppState,
    secret: String,
    purpose: Purpose,
    password: &str,
    confirm: &str,
) -> AccountResult<User> {
    let password = new_password(password, confirm)?;
    // Check first so a bad link is reported before the cost of hashing.
    peek_link(app, secret.clone(), purpose).await?;
    let hash = password::hash_off_thread(password).await?;
    db::transaction(&app.pool, move |c| {
        let (_, user) = redeem(c, &secret, purpose)?;
        db::users::set_password(c, &user.id, &hash)?;
        db::users::mark_verified(c, &user.id)?;
        // The mailbox is proven: failures others made with this address no longer hold the
        // owner back (the way in that the throttled sign-in page points to).
        db::throttle::clear(c, &account_key(&user.email))?;
        db::users::find(c, &user.id)?.ok_or(AccountError::NotFound)
    })
    .await
}

pub async fn change_password(
    app: &AppState,
    user: &User,
    current: &str,
    password: &str,
    confirm: &str,
) -> AccountResult<User> {
    if !password::verify_off_thread(current.to_string(), user.password_hash.clone()).await? {
        return Err(AccountError::Invalid(vec![(
            "current_password",
            "error-current-password-wrong",
        )]));
    }
    let password = new_password(password, confirm)?;
    let hash = password::hash_off_thread(password).await?;
    let (id, mailer) = (user.id.clone(), app.mailer.clone());
    let updated = db::transaction(&app.pool, move |c| -> db::DbResult<_> {
        db::users::set_password(c, &id, &hash)?;
        let updated = db::users::find(c, &id)?.ok_or(DbError::NotFound)?;
        queue_notice(c, &mailer, &updated, "password_changed")?;
        Ok(updated)
    })
    .await?;
    Ok(updated)
}

pub async fn request_email_change(
    app: &AppState,
    user: &User,
    new_email: &str,
    current: &str,
) -> AccountResult<()> {
    let email = EmailAddress::parse(new_email)
        .map_err(|_| AccountError::Invalid(vec![("new_email", "error-email-invalid")]))?;
    if email.as_str() == user.email {
        return Err(AccountError::Invalid(vec![(
            "new_email",
            "error-email-unchanged",
        )]));
    }
    if !password::verify_off_thread(current.to_string(), user.password_hash.clone()).await? {
        return Err(AccountError::Invalid(vec![(
            "email_current_password",
            "error-current-password-wrong",
        )]));
    }
    let (u, e, mailer) = (user.clone(), email.to_string(), app.mailer.clone());
    let queued = db::transaction(&app.pool, move |c| -> db::DbResult<_> {
        if db::users::find_by_email(c, &e)?.is_some() {
            return Ok(false);
        }
        let token = issue_link(c, &u.id, Purpose::ChangeEmail, Some(e.clone()))?;
        queue_link(
            c,
            &mailer,
            &u,
            "email_change",
            &format!("/email/confirm/{token}"),
            Some(&e),
        )?;
        queue_notice(c, &mailer, &u, "email_change_requested")?;
        Ok(true)
    })
    .await?;
    if !queued {
        return Err(AccountError::Invalid(vec![(
            "new_email",
            "error-email-taken",
        )]));
    }
    Ok(())
}

pub async fn confirm_email_change(app: &AppState, secret: String) -> AccountResult<User> {
    db::transaction(&app.pool, move |c| {
        let (token, user) = redeem(c, &secret, Purpose::ChangeEmail)?;
        let new_email = token.new_email.ok_or(AccountError::LinkInvalid)?;
        if db::users::find_by_email(c, &new_email)?.is_some() {
            return Err(AccountError::Invalid(vec![(
                "new_email",
                "error-email-taken",
            )]));
        }
        db::users::set_email(c, &user.id, &new_email).map_err(|e| match e {
            DbError::Conflict => AccountError::Invalid(vec![("new_email", "error-email-taken")]),
            e => e.into(),
        })?;
        db::users::find(c, &user.id)?.ok_or(AccountError::NotFound)
    })
    .await
}

pub async fn set_language(app: &AppState, user_id: String, language: &str) -> AccountResult<()> {
    if !i18n::is_supported(language) {
        return Err(AccountError::Invalid(vec![(
            "language",
            "error-language-unknown",
        )]));
    }
    let lang = language.to_string();
    db::run(&app.pool, move |c| {
        db::users::set_language(c, &user_id, &lang)
    })
    .await?;
    Ok(())
}

/// Saves the language and time zone the user sees the portal in.
pub async fn set_preferences(
    app: &AppState,
    user_id: String,
    language: &str,
    time_zone: &str,
) -> AccountResult<()> {
    let mut errors = FieldErrors::new();
    if !i18n::is_supported(language) {
        errors.push(("language", "error-language-unknown"));
    }
    if time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.push(("time_zone", "error-time-zone-unknown"));
    }
    if !errors.is_empty() {
        return Err(AccountError::Invalid(errors));
    }
    let (lang, zone) = (language.to_string(), time_zone.to_string());
    db::transaction(&app.pool, move |c| {
        db::users::set_language(c, &user_id, &lang)?;
        db::users::set_time_zone(c, &user_id, &zone)
    })
    .await?;
    Ok(())
}

pub struct InviteInput {
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: Option<String>,
}

/// Creates an account without a password and emails a single-use link to choose one.
pub async fn invite(app: &AppState, actor: &Actor, input: InviteInput) -> AccountResult<User> {
    match (input.role, input.organisation_id.as_deref()) {
        (Role::TraderUser, Some(org)) => policy::authorize(
            actor,
            Action::InviteTraderUser {
                organisation_id: org,
            },
        )?,
        (Role::Mediator, None) => policy::authorize(actor, Action::InviteMediator)?,
        _ => return Err(AccountError::Denied(policy::Denied)),
    }
    let mut errors = FieldErrors::new();
    let name = UserName::parse(&input.name)
        .map_err(|e| errors.push(("name", name_error(e))))
        .ok();
    let email = EmailAddress::parse(&input.email)
        .map_err(|_| errors.push(("email", "error-email-invalid")))
        .ok();
    let (Some(name), Some(email)) = (name, email) else {
        return Err(AccountError::Invalid(errors));
    };
    let inviter_lang = db::run(&app.pool, {
        let id = actor.user_id.clone();
        move |c| db::users::find(c, &id)
    })
    .await?
    .map(|u| u.language)
    .unwrap_or_else(|| i18n::FALLBACK.into());
    let user = new_user(
        &name,
        &email,
        None,
        input.role,
        input.organisation_id.clone(),
        inviter_lang,
        false,
    );
    let (u, mailer) = (user.clone(), app.mailer.clone());
    db::transaction(&app.pool, move |c| {
        if let Some(org) = &u.organisation_id {
            db::orgs::find(c, org)?.ok_or(AccountError::NotFound)?;
        }
        if db::users::find_by_email(c, &u.email)?.is_some() {
            return Err(AccountError::Invalid(vec![("email", "error-email-taken")]));
        }
        db::users::insert(c, &u).map_err(|e| match e {
            DbError::Conflict => AccountError::Invalid(vec![("email", "error-email-taken")]),
            e => e.into(),
        })?;
        let token = issue_link(c, &u.id, Purpose::Invitation, None)?;
        Ok(queue_link(
            c,
            &mailer,
            &u,
            "invitation",
            &format!("/invitations/{token}"),
            None,
        )?)
    })
    .await?;
    Ok(user)
}

pub async fn set_disabled(
    app: &AppState,
    actor: &Actor,
    user_id: String,
    disabled: bool,
) -> AccountResult<()> {
    policy::authorize(actor, Action::DisableUser { user_id: &user_id })?;
    db::run(&app.pool, move |c| {
        if db::users::find(c, &user_id)?.is_none() {
            return Err(DbError::NotFound);
        }
        db::users::set_disabled(c, &user_id, disabled)
    })
    .await
    .map_err(|e| match e {
        DbError::NotFound => AccountError::NotFound,
        e => e.into(),
    })
}

/// Queues an email with a link for the user (or, for an email change, to the new address),
/// in the caller's transaction.
fn queue_link(
    conn: &mut DbConn,
    mailer: &Mailer,
    user: &User,
    template: &'static str,
    path: &str,
    to: Option<&str>,
) -> db::DbResult<()> {
    let context = json!({ "name": user.name, "link": mailer.link(path), "role": user.role });
    queue(
        conn,
        mailer,
        user,
        to.unwrap_or(&user.email),
        template,
        context,
    )
}

/// Queues a notice about the account, linking to the account page.
fn queue_notice(
    conn: &mut DbConn,
    mailer: &Mailer,
    user: &User,
    template: &'static str,
) -> db::DbResult<()> {
    let context = json!({ "name": user.name, "link": mailer.link("/account") });
    queue(conn, mailer, user, &user.email, template, context)
}

fn queue(
    conn: &mut DbConn,
    mailer: &Mailer,
    user: &User,
    address: &str,
    template: &'static str,
    context: serde_json::Value,
) -> db::DbResult<()> {
    let to = mail::mailbox(&user.name, address).ok_or_else(|| {
        DbError::Prepare(format!("address of user {} does not parse", user.id).into())
    })?;
    let email = Email {
        to,
        template,
        lang: user.language.clone(),
        context,
        attachments: vec![],
    };
    mail::outbox::enqueue(conn, mailer, &email)
}

/// Creates an account with a password directly: for the `admin create` command and demo data.
pub async fn create_with_password(
    app: &AppState,
    name: &str,
    email: &str,
    password: &str,
    role: Role,
    organisation_id: Option<String>,
) -> AccountResult<User> {
    let mut errors = FieldErrors::new();
    let name = UserName::parse(name)
        .map_err(|e| errors.push(("name", name_error(e))))
        .ok();
    let email = EmailAddress::parse(email)
        .map_err(|_| errors.push(("email", "error-email-invalid")))
        .ok();
    let password = Password::parse(password)
        .map_err(|e| errors.push(("password", password_error(e))))
        .ok();
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return Err(AccountError::Invalid(errors));
    };
    let hash = password::hash_off_thread(password).await?;
    let user = new_user(
        &name,
        &email,
        Some(hash),
        role,
        organisation_id,
        i18n::FALLBACK.into(),
        true,
    );
    let u = user.clone();
    db::run(&app.pool, move |c| db::users::insert(c, &u))
        .await
        .map_err(|e| match e {
            DbError::Conflict => AccountError::Invalid(vec![("email", "error-email-taken")]),
            e => e.into(),
        })?;
    Ok(user)
}

/// Inside the caller's transaction: an account without a password, for someone a case
/// brings in (a consumer filed for by post, a trader, a representative), and the path of the
/// single-use link that lets them choose a password. Fails with a field error on `email`
/// when the address already has an account.
pub fn create_invited_in(
    conn: &mut DbConn,
    name: &str,
    email: &str,
    role: Role,
    organisation_id: Option<String>,
    language: &str,
) -> AccountResult<(User, String)> {
    let name =
        UserName::parse(name).map_err(|e| AccountError::Invalid(vec![("name", name_error(e))]))?;
    let email = EmailAddress::parse(email)
        .map_err(|_| AccountError::Invalid(vec![("email", "error-email-invalid")]))?;
    if db::users::find_by_email(conn, email.as_str())?.is_some() {
        return Err(AccountError::Invalid(vec![("email", "error-email-taken")]));
    }
    let language = if i18n::is_supported(language) {
        language.to_string()
    } else {
        i18n::FALLBACK.to_string()
    };
    let user = new_user(&name, &email, None, role, organisation_id, language, false);
    db::users::insert(conn, &user)?;
    let token = issue_link(conn, &user.id, Purpose::Invitation, None)?;
    Ok((user, format!("/invitations/{token}")))
}

/// A fresh invitation link for an account that has not chosen a password yet (earlier
/// links stop working), for reminders.
pub fn reissue_invitation_in(conn: &mut DbConn, user_id: &str) -> db::DbResult<String> {
    let token = issue_link(conn, user_id, Purpose::Invitation, None)?;
    Ok(format!("/invitations/{token}"))
}

/// Saves, per notification category, whether the user gets mail at once or in a daily digest.
pub async fn set_notifications(
    app: &AppState,
    user_id: String,
    choices: Vec<(Category, String)>,
) -> AccountResult<()> {
    let Some(choices) = choices
        .into_iter()
        .map(|(c, m)| Delivery::parse(&m).map(|m| (c, m)))
        .collect::<Option<Vec<_>>>()
    else {
        return Err(AccountError::Invalid(vec![(
            "notifications",
            "error-choice-unknown",
        )]));
    };
    db::transaction(&app.pool, move |c| -> db::DbResult<_> {
        for (category, mode) in choices {
            db::digests::set_pref(c, &user_id, category, mode)?;
        }
        Ok(())
    })
    .await?;
    Ok(())
}
