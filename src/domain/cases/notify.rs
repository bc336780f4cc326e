//! Who hears about what happens on a case, and the notices they get. Emails are queued in
//! the transaction of the step that causes them; each goes in the recipient's language, or
//! the procedure's language for someone without an account.
use serde_json::json;

use super::codes::Side;
use crate::db::models::{Case, User};
use crate::db::{self, DbConn, DbError, DbResult};
use crate::i18n;
use crate::mail::{self, Email, Mailer};

/// Every notice a case sends; each has `email-case-<kind>-subject` and `-body` messages.
pub const KINDS: &[&str] = &[
    "received",
    "consumer-invited",
    "info-requested",
    "info-provided",
    "file-complete",
    "accepted",
    "trader-invited",
    "trader-invited-new",
    "refused",
    "trader-joined",
    "trader-declined",
    "deemed-refusal",
    "mediation-started",
    "mediator-assigned",
    "mediator-confirmed",
    "mediator-declined",
    "objection",
    "objection-upheld",
    "objection-dismissed",
    "extended",
    "not-settled",
    "withdrawn",
    "member-invited",
    "member-added",
    "trader-reminder",
    "trader-reminder-new",
    "intake-reminder",
    "outcome-reminder",
    "message",
    "document",
    "document-redacted",
    "hearing-scheduled",
    "hearing-rescheduled",
    "hearing-cancelled",
    "hearing-answered",
    "hearing-minutes",
    "hearing-reminder",
    "proposal",
    "solution-proposed",
    "proposal-revised",
    "proposal-withdrawn",
    "proposal-accepted",
    "proposal-rejected",
    "blind-offer",
    "blind-met",
    "blind-missed",
    "settled",
    "obligation-done",
    "obligation-confirmed",
    "obligation-reported",
    "obligation-decided",
    "obligation-due-soon",
    "obligation-overdue",
    "compliance-closed",
];

crate::domain::coded::coded! {
    /// What a user may choose to receive as a daily digest instead of at once. Notices the
    /// Directive requires (acknowledgement, intake decision, the trader's answer, extension,
    /// outcome) and links that must arrive are always sent at once.
    pub enum Category in "notification_prefs.category, digest_items.category", label "notify-category" {
        Messages = "messages",
        CaseUpdates = "case_updates",
        Reminders = "reminders",
    }
}

crate::domain::coded::coded! {
    /// How a user gets the mail of a category.
    pub enum Delivery in "notification_prefs.mode", label "notify-mode" {
        Immediate = "immediate",
        Digest = "digest",
    }
}

pub fn category(kind: &str) -> Option<Category> {
    match kind {
        "info-provided"
        | "mediation-started"
        | "mediator-assigned"
        | "mediator-confirmed"
        | "mediator-declined"
        | "objection"
        | "objection-upheld"
        | "objection-dismissed"
        | "member-added"
        | "info-requested"
        | "trader-joined"
        | "document-redacted"
        | "hearing-answered"
        | "hearing-minutes"
        | "proposal-withdrawn"
        | "blind-offer"
        | "obligation-done"
        | "obligation-confirmed" => Some(Category::CaseUpdates),
        "trader-reminder" | "intake-reminder" | "outcome-reminder" | "obligation-due-soon" => {
            Some(Category::Reminders)
        }
        "message" | "document" => Some(Category::Messages),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The account, when the recipient has one (only they can choose a digest).
    pub user_id: Option<String>,
    pub name: String,
    pub email: String,
    pub lang: String,
    /// Whether a link to the case opens for them: an account that can sign in. Someone
    /// known only by address, or whose account still waits for its invitation to be used,
    /// gets the notice without that link (an invitation's own link is a token and opens).
    pub signs_in: bool,
    /// The IANA zone the recipient's account reads times in; none without an account.
    pub time_zone: Option<String>,
}

impl Recipient {
    pub fn of(u: &User) -> Recipient {
        Recipient {
            user_id: Some(u.id.clone()),
            name: u.name.clone(),
            email: u.email.clone(),
            lang: u.language.clone(),
            signs_in: u.password_hash.is_some() && u.disabled_at.is_none(),
            time_zone: Some(u.time_zone.clone()),
        }
    }

    /// Someone known only by the address given for them, who has no account.
    pub fn by_address(name: &str, email: &str, lang: &str) -> Recipient {
        Recipient {
            user_id: None,
            name: name.to_string(),
            email: email.to_string(),
            lang: lang.to_string(),
            signs_in: false,
            time_zone: None,
        }
    }
}

fn active(users: Vec<User>) -> Vec<Recipient> {
    users
        .iter()
        .filter(|u| u.disabled_at.is_none())
        .map(Recipient::of)
        .collect()
}

fn members_on_side(conn: &mut DbConn, case: &Case, side: Side) -> DbResult<Vec<User>> {
    let ids: Vec<String> = db::cases::members(conn, &case.id)?
        .into_iter()
        .filter(|m| m.side == side)
        .map(|m| m.user_id)
        .collect();
    db::users::find_many(conn, &ids)
}

/// The consumer (by account, or by the address staff recorded) and their representatives.
pub fn consumer_side(conn: &mut DbConn, case: &Case) -> DbResult<Vec<Recipient>> {
    let mut out = match &case.consumer_id {
        Some(id) => active(db::users::find(conn, id)?.into_iter().collect()),
        None if !case.consumer_email.is_empty() => vec![Recipient::by_address(
            &case.consumer_name,
            &case.consumer_email,
            &case.language,
        )],
        None => vec![],
    };
    // Only members whose role on the case is the consumer's: the trader's own staff, even if
    // once added to this side, hear nothing meant for the consumer's side.
    let mut members = members_on_side(conn, case, Side::Consumer)?;
    members.retain(|u| {
        let person = crate::domain::policy::Actor::of(u);
        super::access::role_from(&person, case, Some(Side::Consumer))
            == Some(super::lifecycle::CaseRole::Consumer)
    });
    out.extend(active(members));
    Ok(out)
}

/// The trader's ADR contact and backup (everyone in the organisation when none is named),
/// and its representatives; the address given by the consumer when nobody has an account.
/// Nobody, until the centre has accepted the case and invited the trader: a party hears about
/// a case only once it can open it and act on it (the same rule as `access::role_from`), and
/// the invitation is the first thing the trader gets.
pub fn trader_side(conn: &mut DbConn, case: &Case) -> DbResult<Vec<Recipient>> {
    if case.trader_due_on.is_none() {
        return Ok(vec![]);
    }
    trader_contacts(conn, case)
}

/// The trader of a case it was never invited to, told that the centre refused the dispute
/// (Art. 5(4) gives the reasons to both parties); the case does not open for them, so the
/// notice carries no link to it.
pub fn uninvited_trader(conn: &mut DbConn, case: &Case) -> DbResult<Vec<Recipient>> {
    let mut out = trader_contacts(conn, case)?;
    for r in &mut out {
        r.signs_in = false;
    }
    Ok(out)
}

fn trader_contacts(conn: &mut DbConn, case: &Case) -> DbResult<Vec<Recipient>> {
    let mut out = vec![];
    if let Some(org_id) = &case.trader_org_id
        && let Some(org) = db::orgs::find(conn, org_id)?
    {
        let named: Vec<String> = [org.adr_contact_id, org.adr_backup_id]
            .into_iter()
            .flatten()
            .collect();
        let users = if named.is_empty() {
            db::users::members_of(conn, org_id)?
        } else {
            db::users::find_many(conn, &named)?
        };
        out = active(users);
    }
    out.extend(active(members_on_side(conn, case, Side::Trader)?));
    if out.is_empty() && !case.trader_email.is_empty() {
        out.push(Recipient::by_address(
            &case.trader_name,
            &case.trader_email,
            &case.language,
        ));
    }
    Ok(out)
}

pub fn both_sides(conn: &mut DbConn, case: &Case) -> DbResult<Vec<Recipient>> {
    let mut out = consumer_side(conn, case)?;
    out.extend(trader_side(conn, case)?);
    Ok(out)
}

pub fn mediator(conn: &mut DbConn, case: &Case) -> DbResult<Vec<Recipient>> {
    match &case.mediator_id {
        Some(id) => Ok(active(db::users::find(conn, id)?.into_iter().collect())),
        None => Ok(vec![]),
    }
}

pub fn staff(conn: &mut DbConn) -> DbResult<Vec<Recipient>> {
    Ok(active(db::users::active_with_role(
        conn,
        crate::domain::Role::Admin,
    )?))
}

/// Queues the notice `kind` about the case to each recipient: subject
/// `email-case-<kind>-subject`, text `email-case-<kind>-body` (both given the reference and
/// `args`), and an optional note quoted as written (a reason, a request).
pub fn send(
    conn: &mut DbConn,
    mailer: &Mailer,
    to: &[Recipient],
    case: &Case,
    kind: &str,
    args: &[(&str, String)],
    note: Option<&str>,
) -> DbResult<()> {
    let path = format!("/cases/{}", case.id);
    send_with_link(conn, mailer, to, case, kind, args, note, &path, None)
}

/// A notice whose button leads to `path` (an invitation link) instead of the case.
pub fn send_link(
    conn: &mut DbConn,
    mailer: &Mailer,
    to: &[Recipient],
    case: &Case,
    kind: &str,
    path: &str,
) -> DbResult<()> {
    send_with_link(conn, mailer, to, case, kind, &[], None, path, None)
}

/// A notice with a file attached (a hearing's calendar invitation, the agreement), linking
/// to `anchor` on the case page; always sent at once.
#[allow(clippy::too_many_arguments)]
pub fn send_with_attachment(
    conn: &mut DbConn,
    mailer: &Mailer,
    to: &[Recipient],
    case: &Case,
    kind: &str,
    args: &[(&str, String)],
    attachment: mail::Attachment,
    anchor: &str,
) -> DbResult<()> {
    debug_assert!(
        category(kind).is_none(),
        "{kind} must not wait for a digest"
    );
    let path = format!("/cases/{}{anchor}", case.id);
    send_with_link(
        conn,
        mailer,
        to,
        case,
        kind,
        args,
        None,
        &path,
        Some(&attachment),
    )
}

/// A day for a notice's arguments, written in each recipient's language when sent.
pub fn date_arg(day: chrono::NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// A moment (UTC) for a notice's arguments, shown to each recipient in their language and
/// their own zone, or in `zone` (the zone it was set in) when they have no account.
pub fn moment_arg(utc: chrono::NaiveDateTime, zone: &str) -> String {
    format!("{}@{zone}", utc.format("%Y-%m-%dT%H:%M:%S"))
}

/// An argument as the recipient reads it: a day from `date_arg` or a moment from
/// `moment_arg` in their language (and zone); anything else as it is.
fn localised(lang: &str, time_zone: Option<&str>, value: &str) -> String {
    if value.len() == 10
        && let Ok(day) = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
    {
        return i18n::format_date(lang, day);
    }
    if let Some((at, zone)) = value.split_once('@')
        && let Ok(utc) = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S")
    {
        return i18n::format_datetime(lang, time_zone.unwrap_or(zone), utc);
    }
    value.to_string()
}

#[allow(clippy::too_many_arguments)]
fn send_with_link(
    conn: &mut DbConn,
    mailer: &Mailer,
    to: &[Recipient],
    case: &Case,
    kind: &str,
    args: &[(&str, String)],
    note: Option<&str>,
    path: &str,
    attachment: Option<&mail::Attachment>,
) -> DbResult<()> {
    debug_assert!(KINDS.contains(&kind), "unknown notice kind {kind}");
    let reference = case.reference.clone().unwrap_or_default();
    let invitation = path.starts_with("/invitations/");
    let mut seen = std::collections::HashSet::new();
    let digest: Vec<String> = match (category(kind), invitation) {
        (Some(cat), false) => {
            let ids: Vec<String> = to.iter().filter_map(|r| r.user_id.clone()).collect();
            db::digests::digest_readers(conn, &ids, cat)?
        }
        _ => vec![],
    };
    for r in to.iter().filter(|r| seen.insert(r.email.to_lowercase())) {
        let lang = if i18n::is_supported(&r.lang) {
            r.lang.as_str()
        } else {
            i18n::FALLBACK
        };
        let mut all_args: Vec<(&str, fluent_templates::fluent_bundle::FluentValue<'static>)> =
            vec![("reference", reference.clone().into())];
        all_args.extend(
            args.iter()
                .map(|(k, v)| (*k, localised(lang, r.time_zone.as_deref(), v).into())),
        );
        // The link opens for them: a token link, or the case for someone who can sign in.
        let link = (invitation || r.signs_in).then(|| mailer.link(path));
        if let (Some(id), Some(cat), Some(link)) = (&r.user_id, category(kind), &link)
            && digest.contains(id)
        {
            let line = i18n::t_args(lang, &format!("email-case-{kind}-subject"), &all_args);
            db::digests::hold(conn, &db::new_id(), id, cat, &line, link, db::now())?;
            continue;
        }
        let Some(address) = mail::mailbox(&r.name, &r.email) else {
            tracing::warn!(case = %case.id, "recipient address does not parse; notice skipped");
            continue;
        };
        let context = json!({
            "name": r.name,
            "reference": reference,
            "subject": i18n::t_args(lang, &format!("email-case-{kind}-subject"), &all_args),
            "body": i18n::t_args(lang, &format!("email-case-{kind}-body"), &all_args),
            "note": note,
            "link": link,
            "action": i18n::t(lang, if invitation {
                "email-case-action-invitation"
            } else {
                "email-case-action-open"
            }),
        });
        let email = Email {
            to: address,
            template: "case_notice",
            lang: lang.to_string(),
            context,
            attachments: attachment.into_iter().cloned().collect(),
        };
        mail::outbox::enqueue(conn, mailer, &email).map_err(|e| match e {
            DbError::Prepare(cause) => {
                DbError::Prepare(cause.context(format!("case notice {kind}")))
            }
            e => e,
        })?;
    }
    Ok(())
}
