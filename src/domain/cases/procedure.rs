//! The procedure once the case is accepted: the trader's answer, direct negotiation,
//! mediation with the conflict-of-interest check, withdrawal, extension and closing.
use chrono::Duration;
use serde_json::json;

use super::codes::{Capacity, Side};
use super::filing::today;
use super::lifecycle::{CaseRole, Step};
use super::{By, CaseError, CaseResult, apply, in_transaction, notify, required_text};
use crate::db::models::CaseMember;
use crate::db::{self, DbConn, now};
use crate::domain::accounts::{self, FieldErrors};
use crate::domain::policy::Actor;
use crate::domain::{EmailAddress, Role, UserName};
use crate::state::AppState;

/// The longest extension a mediator may grant, once.
pub const MAX_EXTENSION_DAYS: i64 = 90;

async fn step<F>(app: &AppState, by: By, case_id: String, step: Step, work: F) -> CaseResult<()>
where
    F: FnOnce(
            &mut DbConn,
            &mut crate::db::models::Case,
            CaseRole,
            &crate::mail::Mailer,
        ) -> CaseResult<serde_json::Value>
        + Send
        + 'static,
{
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, step, |c, case, role| {
            work(c, case, role, &mailer)
        })
        .map(|_| ())
    })
    .await
}

/// The trader takes part, with its first answer (the facts as it sees them, an offer).
pub async fn join(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    answer: String,
) -> CaseResult<()> {
    let answer = required_text("answer", &answer, 10_000)?;
    let negotiation = Duration::days(app.config.centre.negotiation_days);
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::JoinAsTrader,
        move |c, case, _, mailer| {
            let at = now();
            case.trader_answered_at = Some(at);
            case.negotiation_until = Some(at + negotiation);
            let to = notify::consumer_side(c, case)?;
            notify::send(c, mailer, &to, case, "trader-joined", &[], Some(&answer))?;
            Ok(json!({ "answer": answer, "negotiation_until": case.negotiation_until }))
        },
    )
    .await
}

/// The trader declines to take part, with its reason: the case closes.
pub async fn decline(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    reason: String,
) -> CaseResult<()> {
    let reason = required_text("reason", &reason, 10_000)?;
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::DeclineAsTrader,
        move |c, case, _, mailer| {
            if bound_to_take_part(c, case)? {
                return Err(CaseError::Denied);
            }
            let at = now();
            case.trader_answered_at = Some(at);
            case.closed_at = Some(at);
            case.closing_reason = reason.clone();
            let to = notify::consumer_side(c, case)?;
            notify::send(c, mailer, &to, case, "trader-declined", &[], Some(&reason))?;
            Ok(json!({ "reason": reason }))
        },
    )
    .await
}

/// The scheduler closes a case whose trader let the deadline pass: a deemed refusal.
pub fn deem_refused(
    conn: &mut DbConn,
    mailer: &crate::mail::Mailer,
    case_id: &str,
) -> CaseResult<()> {
    apply(
        conn,
        &By::System,
        case_id,
        Step::DeemRefused,
        |c, case, _| {
            case.closed_at = Some(now());
            case.closing_reason = String::new();
            let to = notify::both_sides(c, case)?;
            notify::send(c, mailer, &to, case, "deemed-refusal", &[], None)?;
            Ok(json!({ "trader_due_on": case.trader_due_on }))
        },
    )
    .map(|_| ())
}

/// Either party asks for mediation before the negotiation period ends.
pub async fn request_mediation(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<()> {
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::RequestMediation,
        |c, case, role, mailer| {
            case.mediation_started_at = Some(now());
            let mut to = match role {
                CaseRole::Consumer => notify::trader_side(c, case)?,
                _ => notify::consumer_side(c, case)?,
            };
            to.extend(notify::staff(c)?);
            to.extend(notify::mediator(c, case)?);
            notify::send(c, mailer, &to, case, "mediation-started", &[], None)?;
            Ok(json!({ "requested_by": side(role) }))
        },
    )
    .await
}

/// The negotiation period ended without agreement: the scheduler moves the case on.
pub fn end_negotiation(
    conn: &mut DbConn,
    mailer: &crate::mail::Mailer,
    case_id: &str,
) -> CaseResult<()> {
    apply(
        conn,
        &By::System,
        case_id,
        Step::EndNegotiation,
        |c, case, _| {
            case.mediation_started_at = Some(now());
            let mut to = notify::both_sides(c, case)?;
            to.extend(notify::staff(c)?);
            to.extend(notify::mediator(c, case)?);
            notify::send(c, mailer, &to, case, "mediation-started", &[], None)?;
            Ok(json!({ "negotiation_until": case.negotiation_until }))
        },
    )
    .map(|_| ())
}

/// Who acted, as the case log words it: a party's side, or the centre (`centre`).
fn side(role: CaseRole) -> &'static str {
    role.side().map_or("centre", Side::as_str)
}

/// The party a role speaks for; steps only parties take are refused to anyone else.
fn party(role: CaseRole) -> CaseResult<Side> {
    role.side().ok_or(CaseError::Denied)
}

pub async fn assign_mediator(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    mediator_id: String,
) -> CaseResult<()> {
    step(app, By::Person(actor.clone()), case_id, Step::AssignMediator, move |c, case, _, mailer| {
        let mediator = db::users::find(c, &mediator_id)?
            .filter(super::access::may_mediate)
            .ok_or(CaseError::Invalid(vec![("mediator_id", "error-choice-unknown")]))?;
        let previous = case.mediator_id.replace(mediator.id.clone());
        case.mediator_confirmed_at = None;
        case.objection = None;
        let to = notify::mediator(c, case)?;
        notify::send(c, mailer, &to, case, "mediator-assigned", &[], None)?;
        Ok(json!({ "mediator_id": mediator.id, "mediator": mediator.name, "previous": previous }))
    })
    .await
}

/// The mediator declares no conflict of interest (Art. 6) and from then on sees the file.
pub async fn declare_no_conflict(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<()> {
    let name = mediator_name(app, actor).await?;
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::DeclareNoConflict,
        move |c, case, _, mailer| {
            case.mediator_confirmed_at = Some(now());
            let to = notify::both_sides(c, case)?;
            notify::send(
                c,
                mailer,
                &to,
                case,
                "mediator-confirmed",
                &[("mediator", name.clone())],
                None,
            )?;
            Ok(json!({ "declaration": "no_conflict_of_interest" }))
        },
    )
    .await
}

async fn mediator_name(app: &AppState, actor: &Actor) -> CaseResult<String> {
    let id = actor.user_id.clone();
    Ok(db::run(&app.pool, move |c| db::users::find(c, &id))
        .await?
        .map(|u| u.name)
        .unwrap_or_default())
}

/// The mediator declines the case (a conflict of interest, unavailability); staff reassign.
pub async fn decline_assignment(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    reason: String,
) -> CaseResult<()> {
    let reason = required_text("reason", &reason, 5000)?;
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::DeclineAssignment,
        move |c, case, _, mailer| {
            case.mediator_id = None;
            case.mediator_confirmed_at = None;
            let to = notify::staff(c)?;
            notify::send(
                c,
                mailer,
                &to,
                case,
                "mediator-declined",
                &[],
                Some(&reason),
            )?;
            Ok(json!({ "reason": reason }))
        },
    )
    .await
}

pub async fn object(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    reason: String,
) -> CaseResult<()> {
    let reason = required_text("reason", &reason, 5000)?;
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::ObjectToMediator,
        move |c, case, role, mailer| {
            if case.mediator_id.is_none() {
                return Err(CaseError::WrongState("no_mediator"));
            }
            case.objection = Some(reason.clone());
            let to = notify::staff(c)?;
            notify::send(c, mailer, &to, case, "objection", &[], Some(&reason))?;
            Ok(json!({ "by": side(role), "reason": reason, "mediator_id": case.mediator_id }))
        },
    )
    .await
}

/// Staff uphold an objection (the mediator is removed, to be reassigned) or dismiss it.
pub async fn decide_objection(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    uphold: bool,
    note: String,
) -> CaseResult<()> {
    let note = required_text("note", &note, 5000)?;
    step(app, By::Person(actor.clone()), case_id, Step::DecideObjection, move |c, case, _, mailer| {
        let Some(objection) = case.objection.take() else {
            return Err(CaseError::WrongState("no_objection"));
        };
        let mut to = notify::both_sides(c, case)?;
        to.extend(notify::mediator(c, case)?);
        let removed = if uphold {
            case.mediator_confirmed_at = None;
            case.mediator_id.take()
        } else {
            None
        };
        let kind = if uphold { "objection-upheld" } else { "objection-dismissed" };
        notify::send(c, mailer, &to, case, kind, &[], Some(&note))?;
        Ok(json!({ "objection": objection, "upheld": uphold, "note": note, "removed_mediator": removed }))
    })
    .await
}

/// The mediator extends the 90 days once, for a complex case, with a reason; both parties
/// are told (Art. 8(e)).
pub async fn extend(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    days: String,
    reason: String,
) -> CaseResult<()> {
    let mut errors = FieldErrors::new();
    let days = match days.trim().parse::<i64>() {
        Ok(d) if (1..=MAX_EXTENSION_DAYS).contains(&d) => d,
        _ => {
            errors.push(("days", "error-extension-days"));
            0
        }
    };
    match required_text("reason", &reason, 5000) {
        Ok(_) => {}
        Err(CaseError::Invalid(mut e)) => errors.append(&mut e),
        Err(e) => return Err(e),
    }
    if !errors.is_empty() {
        return Err(CaseError::Invalid(errors));
    }
    let reason = reason.trim().to_string();
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::Extend,
        move |c, case, _, mailer| {
            if case.extended {
                return Err(CaseError::WrongState("already_extended"));
            }
            let due = case
                .outcome_due_at
                .ok_or(CaseError::WrongState("no_deadline"))?;
            let new_due = due + Duration::days(days);
            case.outcome_due_at = Some(new_due);
            case.extended = true;
            case.complex = true;
            let to = notify::both_sides(c, case)?;
            notify::send(
                c,
                mailer,
                &to,
                case,
                "extended",
                &[("due", new_due.date().to_string())],
                Some(&reason),
            )?;
            Ok(json!({ "days": days, "reason": reason, "from": due, "to": new_due }))
        },
    )
    .await
}

/// The mediator closes without agreement, with a reasoned summary sent to both parties.
pub async fn close_not_settled(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    summary: String,
) -> CaseResult<()> {
    let summary = required_text("summary", &summary, 20_000)?;
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::CloseNotSettled,
        move |c, case, _, mailer| {
            case.closed_at = Some(now());
            case.closing_reason = summary.clone();
            let to = notify::both_sides(c, case)?;
            notify::send(c, mailer, &to, case, "not-settled", &[], Some(&summary))?;
            Ok(json!({ "summary": summary }))
        },
    )
    .await
}

/// A party withdraws (Art. 9(2)(a)). Where the trader's participation is mandatory, only
/// the consumer may. The others are told.
pub async fn withdraw(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    reason: String,
) -> CaseResult<()> {
    let reason = reason.trim().to_string();
    if reason.chars().count() > 5000 {
        return Err(CaseError::Invalid(vec![("reason", "error-too-long")]));
    }
    step(
        app,
        By::Person(actor.clone()),
        case_id,
        Step::Withdraw,
        move |c, case, role, mailer| {
            if role == CaseRole::Trader && bound_to_take_part(c, case)? {
                return Err(CaseError::Denied);
            }
            case.closed_at = Some(now());
            case.withdrawn_by = Some(party(role)?);
            case.closing_reason = reason.clone();
            let mut to = match role {
                CaseRole::Consumer => notify::trader_side(c, case)?,
                _ => notify::consumer_side(c, case)?,
            };
            if case.trader_due_on.is_none() {
                // Not accepted yet: the trader was never brought in.
                to.retain(|_| role != CaseRole::Consumer);
            }
            to.extend(notify::mediator(c, case)?);
            to.extend(notify::staff(c)?);
            let who = side(role).to_string();
            notify::send(
                c,
                mailer,
                &to,
                case,
                "withdrawn",
                &[("side", who)],
                (!reason.is_empty()).then_some(reason.as_str()),
            )?;
            Ok(json!({ "by": side(role), "reason": reason }))
        },
    )
    .await
}

/// Adds a representative or assistant to the acting party's side; they see this case only.
pub async fn add_member(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    name: String,
    email: String,
    capacity: String,
    relationship: String,
) -> CaseResult<()> {
    let mut errors = FieldErrors::new();
    let name = UserName::parse(&name)
        .map_err(|e| errors.push(("name", accounts::name_error(e))))
        .ok();
    let email = EmailAddress::parse(&email)
        .map_err(|_| errors.push(("email", "error-email-invalid")))
        .ok();
    let capacity = Capacity::parse(&capacity);
    if capacity.is_none() {
        errors.push(("capacity", "error-required"));
    }
    let relationship = relationship.trim().to_string();
    if relationship.is_empty() {
        errors.push(("relationship", "error-required"));
    } else if relationship.chars().count() > 200 {
        errors.push(("relationship", "error-too-long"));
    }
    let (Some(name), Some(email), Some(capacity), true) =
        (name, email, capacity, errors.is_empty())
    else {
        return Err(CaseError::Invalid(errors));
    };
    let added_by = actor.user_id.clone();
    step(app, By::Person(actor.clone()), case_id, Step::AddMember, move |c, case, role, mailer| {
        let side = party(role)?;
        let existing = db::users::find_by_email(c, email.as_str())?;
        let (user, link) = match existing {
            Some(u) => {
                check_may_join(c, case, side, &u)?;
                (u, None)
            }
            None => {
                let (u, link) = accounts::create_invited_in(c, name.as_str(), email.as_str(), Role::Consumer, None, &case.language)?;
                (u, Some(link))
            }
        };
        let user_id = user.id.clone();
        db::cases::insert_member(c, &CaseMember {
            case_id: case.id.clone(),
            user_id: user_id.clone(),
            side,
            capacity,
            relationship: relationship.clone(),
            added_by: added_by.clone(),
            created_at: now(),
        })?;
        // A new person gets the invitation's token link; someone with an account the case
        // link, which opens once they can sign in.
        let to = vec![match link {
            Some(_) => notify::Recipient::by_address(name.as_str(), email.as_str(), &case.language),
            None => notify::Recipient::of(&user),
        }];
        match link {
            Some(l) => notify::send_link(c, mailer, &to, case, "member-invited", &l)?,
            None => notify::send(c, mailer, &to, case, "member-added", &[], None)?,
        }
        Ok(json!({ "user_id": user_id, "name": name.as_str(), "side": side, "capacity": capacity, "relationship": relationship }))
    })
    .await
}

/// Whether an existing account may be added to `side` of the case: only someone with no role
/// on it yet, by any path (the consumer, the trader's own staff through its organisation,
/// the mediator, pending or not, staff, a member of either side), as the access policy
/// would decide it now; and only an account that can act for that side: a consumer account
/// for the consumer, a consumer or trader account for the trader.
fn check_may_join(
    conn: &mut DbConn,
    case: &crate::db::models::Case,
    side: Side,
    user: &crate::db::models::User,
) -> CaseResult<()> {
    let person = Actor::of(user);
    if db::cases::membership(conn, &case.id, &user.id)?.is_some()
        || super::access::role_on(conn, &person, case)?.is_some()
    {
        return Err(CaseError::Invalid(vec![("email", "error-member-exists")]));
    }
    if !super::access::may_join_side(person.role, side) {
        return Err(CaseError::Invalid(vec![(
            "email",
            "error-member-other-side",
        )]));
    }
    Ok(())
}

/// Days left until the outcome is due (negative when overdue).
pub fn days_left(case: &crate::db::models::Case) -> Option<i64> {
    case.outcome_due_at.map(|d| (d.date() - today()).num_days())
}

/// A member trader whose membership binds it to take part may neither decline nor withdraw.
fn bound_to_take_part(conn: &mut DbConn, case: &crate::db::models::Case) -> CaseResult<bool> {
    Ok(match &case.trader_org_id {
        Some(org) => db::orgs::find(conn, org)?.is_some_and(|o| o.participation_mandatory),
        None => false,
    })
}
