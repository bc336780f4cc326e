//! The centre's intake: asking for missing information, marking the file complete, and
//! accepting (which invites the trader) or refusing on a ground of Art. 5(4).
use chrono::{Duration, NaiveDate};
use serde_json::json;

use super::codes::RefusalGround;
use super::filing::today;
use super::lifecycle::{self, CaseRole, Step};
use super::{By, CaseError, CaseResult, apply, in_transaction, notify, required_text};
use crate::config::CentreConfig;
use crate::db::models::{Case, Organisation};
use crate::db::{self, DbConn, new_id, now};
use crate::domain::accounts::{self, AccountError, FieldErrors};
use crate::domain::policy::{self, Actor};
use crate::domain::{Role, working_days};
use crate::i18n;
use crate::state::AppState;

/// The outcome is due this long after the file is complete (Art. 8(e)).
pub const OUTCOME_DAYS: i64 = 90;
/// The intake decision is due this long after the file is received (Art. 5(4)).
pub const DECISION_DAYS: i64 = 21;
/// The queue warns this many days before the decision is due.
pub const DECISION_WARNING_DAYS: i64 = 5;
/// Working days the trader has to answer (Directive (EU) 2025/2647), and for complex cases.
pub const TRADER_DAYS: u32 = 20;
pub const TRADER_DAYS_COMPLEX: u32 = 30;

/// Whether the case waits for the intake decision (and so the page suggests grounds and
/// warns of the deadline).
fn awaits_decision(case: &Case) -> bool {
    super::lifecycle::INTAKE.contains(&case.state)
}

/// The refusal grounds the case page suggests: to staff, while the intake decision is
/// theirs to take.
pub fn suggested_grounds(case: &Case, role: CaseRole, centre: &CentreConfig) -> Vec<RefusalGround> {
    // Refusing is the staff's intake decision, taken only while the case awaits it.
    if lifecycle::check(case.state, Step::Refuse, role).is_ok() {
        automatic_grounds(case, centre)
    } else {
        vec![]
    }
}

/// Whether the intake decision (Art. 5(4)) is due within the warning days, `days_since_received`
/// after the file came in.
pub fn decision_warning(case: &Case, days_since_received: Option<i64>) -> bool {
    awaits_decision(case)
        && days_since_received.is_some_and(|d| d >= DECISION_DAYS - DECISION_WARNING_DAYS)
}

/// Refusal grounds the data itself shows, proposed to staff as automatic suggestions; a
/// person decides.
pub fn automatic_grounds(case: &Case, centre: &CentreConfig) -> Vec<RefusalGround> {
    let mut grounds = vec![];
    let received = case.received_at.map(|r| r.date()).unwrap_or_else(today);
    match case.complained_on {
        None => grounds.push(RefusalGround::NoPriorComplaint),
        Some(c) if (received - c).num_days() > centre.filing_limit_days => {
            grounds.push(RefusalGround::TooLate)
        }
        Some(_) => {}
    }
    if let Some(amount) = case.claim_amount_minor.or(case.price_minor)
        && case.claim_currency == centre.claim_currency
    {
        if centre.claim_min_minor > 0 && amount < centre.claim_min_minor {
            grounds.push(RefusalGround::BelowThreshold);
        }
        if centre.claim_max_minor > 0 && amount > centre.claim_max_minor {
            grounds.push(RefusalGround::AboveThreshold);
        }
    }
    grounds
}

pub async fn request_info(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    request: String,
) -> CaseResult<Case> {
    let request = required_text("request", &request, 5000)?;
    let (by, mailer) = (By::Person(actor.clone()), app.mailer.clone());
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::RequestInfo, |c, case, _| {
            case.info_request = Some(request.clone());
            let to = notify::consumer_side(c, case)?;
            notify::send(c, &mailer, &to, case, "info-requested", &[], Some(&request))?;
            Ok(json!({ "request": request }))
        })
    })
    .await
}

pub async fn provide_info(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    answer: String,
) -> CaseResult<Case> {
    let answer = required_text("answer", &answer, 10_000)?;
    let (by, mailer) = (By::Person(actor.clone()), app.mailer.clone());
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::ProvideInfo, |c, case, _| {
            let request = case.info_request.take();
            let to = notify::staff(c)?;
            notify::send(c, &mailer, &to, case, "info-provided", &[], None)?;
            Ok(json!({ "request": request, "answer": answer }))
        })
    })
    .await
}

/// Marks the file complete: the consumer is told at once (Art. 8(d)) and the 90-day clock
/// starts. The trader hears of the case first with its invitation, once the centre accepts.
pub async fn mark_complete(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<Case> {
    let (by, mailer) = (By::Person(actor.clone()), app.mailer.clone());
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::MarkComplete, |c, case, _| {
            let at = now();
            case.completed_at = Some(at);
            case.outcome_due_at = Some(at + Duration::days(OUTCOME_DAYS));
            // Nobody on the trader's side yet: `trader_side` is empty until the invitation.
            let to = notify::both_sides(c, case)?;
            let due = case
                .outcome_due_at
                .map(|d| d.date().to_string())
                .unwrap_or_default();
            notify::send(
                c,
                &mailer,
                &to,
                case,
                "file-complete",
                &[("due", due)],
                None,
            )?;
            Ok(json!({ "completed_at": at, "outcome_due_at": case.outcome_due_at }))
        })
    })
    .await
}

/// The day the trader's answer is due: working days in the trader's country.
pub fn trader_due(conn: &mut DbConn, case: &Case, from: NaiveDate) -> CaseResult<NaiveDate> {
    let days = if case.complex {
        TRADER_DAYS_COMPLEX
    } else {
        TRADER_DAYS
    };
    // Enough calendar days to hold the working days and any holidays in between.
    let holidays = db::cases::holidays_in(
        conn,
        &case.trader_country,
        from,
        from + Duration::days(i64::from(days) * 3),
    )?;
    Ok(working_days::add(from, days, &holidays))
}

/// Accepts the dispute and invites the trader: users of a member organisation see it in
/// their list and get an email; a trader without an account gets a single-use link that
/// creates one, tied to a new organisation record and so to this case.
pub async fn accept(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<Case> {
    let (by, mailer) = (By::Person(actor.clone()), app.mailer.clone());
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::Accept, |c, case, _| {
            let at = now();
            case.decided_at = Some(at);
            case.trader_due_on = Some(trader_due(c, case, at.date())?);
            let mut invitation = None;
            if case.trader_org_id.is_none()
                && let Some(known) = db::users::find_by_email(c, &case.trader_email)?
            {
                // A trader that an earlier case brought into the portal.
                case.trader_org_id = policy::trader_organisation(&Actor::of(&known)).map(str::to_string);
            }
            if case.trader_org_id.is_none() {
                let org = Organisation {
                    id: new_id(),
                    name: case.trader_name.clone(),
                    registration_number: format!("unregistered-{}", new_id()),
                    contact_email: case.trader_email.clone(),
                    // The directory's sector is free text; it starts as the case's.
                    sector: case.sector.map(|s| s.as_str().to_string()).unwrap_or_default(),
                    is_member: false,
                    created_at: at,
                    country: case.trader_country.clone(),
                    address: case.trader_address.clone(),
                    participation_mandatory: false,
                    adr_contact_id: None,
                    adr_backup_id: None,
                    search_name: case.trader_name.to_lowercase(),
                };
                db::orgs::insert(c, &org)?;
                case.trader_org_id = Some(org.id.clone());
                let (_, link) = accounts::create_invited_in(
                    c,
                    &case.trader_name,
                    &case.trader_email,
                    Role::TraderUser,
                    Some(org.id),
                    &case.language,
                )
                .map_err(|e| match e {
                    AccountError::Invalid(_) => CaseError::Invalid(vec![(
                        "trader_email",
                        "error-trader-email-has-account",
                    )]),
                    e => e.into(),
                })?;
                invitation = Some(link);
            }
            let due = case.trader_due_on.map(|d| d.to_string()).unwrap_or_default();
            let trader = notify::trader_side(c, case)?;
            match &invitation {
                Some(link) => notify::send_link(c, &mailer, &trader, case, "trader-invited-new", link)?,
                None => notify::send(c, &mailer, &trader, case, "trader-invited", &[("due", due.clone())], None)?,
            }
            let consumer = notify::consumer_side(c, case)?;
            notify::send(c, &mailer, &consumer, case, "accepted", &[("due", due)], None)?;
            Ok(json!({ "trader_due_on": case.trader_due_on, "trader_org_id": case.trader_org_id, "new_trader_account": invitation.is_some() }))
        })
    })
    .await
}

/// Refuses the dispute on one of the Directive's grounds, with a reasoned explanation that
/// both parties receive (the trader where it is known).
pub async fn refuse(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    ground: String,
    reason: String,
) -> CaseResult<Case> {
    let mut errors = FieldErrors::new();
    let ground = RefusalGround::parse(&ground);
    if ground.is_none() {
        errors.push(("ground", "error-required"));
    }
    let reason = match required_text("reason", &reason, 10_000) {
        Ok(r) => r,
        Err(CaseError::Invalid(mut e)) => {
            errors.append(&mut e);
            String::new()
        }
        Err(e) => return Err(e),
    };
    let (Some(ground), true) = (ground, errors.is_empty()) else {
        return Err(CaseError::Invalid(errors));
    };
    let (by, mailer) = (By::Person(actor.clone()), app.mailer.clone());
    let centre = app.config.centre.clone();
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::Refuse, |c, case, _| {
            let at = now();
            let automatic = automatic_grounds(case, &centre).contains(&ground);
            case.decided_at = Some(at);
            case.closed_at = Some(at);
            case.refusal_ground = Some(ground);
            case.closing_reason = reason.clone();
            // The trader was never invited: it gets the reasons without a link to the case.
            let mut to = notify::consumer_side(c, case)?;
            to.extend(notify::uninvited_trader(c, case)?);
            for r in &to {
                let label = i18n::t(&r.lang, &ground.label_id());
                notify::send(
                    c,
                    &mailer,
                    std::slice::from_ref(r),
                    case,
                    "refused",
                    &[("ground", label)],
                    Some(&reason),
                )?;
            }
            Ok(json!({ "ground": ground.as_str(), "reason": reason, "suggested_automatically": automatic }))
        })
    })
    .await
}

/// Staff mark a dispute complex: the trader gets 30 working days instead of 20.
pub async fn mark_complex(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<Case> {
    let by = By::Person(actor.clone());
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::MarkComplex, |c, case, _| {
            if case.complex {
                return Err(CaseError::WrongState("complex"));
            }
            case.complex = true;
            if let (Some(decided), Some(_)) = (case.decided_at, case.trader_due_on)
                && lifecycle::check(case.state, Step::JoinAsTrader, CaseRole::Trader).is_ok()
            {
                // Still waiting for the trader: its answer is due later.
                case.trader_due_on = Some(trader_due(c, case, decided.date())?);
            }
            Ok(json!({ "complex": true, "trader_due_on": case.trader_due_on }))
        })
    })
    .await
}

/// Records a letter, a call or a visit in the file.
pub async fn log_correspondence(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    direction: String,
    date: String,
    summary: String,
) -> CaseResult<Case> {
    let mut errors = FieldErrors::new();
    if !["incoming", "outgoing"].contains(&direction.as_str()) {
        errors.push(("direction", "error-required"));
    }
    let day = crate::domain::dates::parse(&date, crate::domain::dates::DateKind::Past, today())
        .map_err(|id| errors.push(("date", id)))
        .ok();
    let summary = match required_text("summary", &summary, 5000) {
        Ok(s) => s,
        Err(CaseError::Invalid(mut e)) => {
            errors.append(&mut e);
            String::new()
        }
        Err(e) => return Err(e),
    };
    if !errors.is_empty() {
        return Err(CaseError::Invalid(errors));
    }
    let by = By::Person(actor.clone());
    in_transaction(&app.pool, move |c| {
        apply(c, &by, &case_id, Step::LogCorrespondence, |_, _, _| {
            Ok(json!({ "direction": direction, "date": day, "summary": summary }))
        })
    })
    .await
}

/// Puts this case and the one with `other_reference` in one group (merging groups).
pub async fn link_group(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    other_reference: String,
) -> CaseResult<Case> {
    let by = By::Person(actor.clone());
    let by_id = actor.user_id.clone();
    let other_reference = other_reference.trim().to_uppercase();
    in_transaction(&app.pool, move |c| {
        let other = db::cases::find_by_reference(c, &other_reference)?
            .filter(|o| o.id != case_id)
            .ok_or(CaseError::Invalid(vec![(
                "other_reference",
                "error-case-unknown",
            )]))?;
        apply(c, &by, &case_id, Step::LinkGroup, |c, case, _| {
            let group = match (&case.group_id, &other.group_id) {
                (Some(g), Some(o)) => {
                    db::cases::move_group(c, o, g)?;
                    g.clone()
                }
                (Some(g), None) | (None, Some(g)) => g.clone(),
                (None, None) => {
                    let g = new_id();
                    db::cases::new_group(c, &g, now())?;
                    g
                }
            };
            case.group_id = Some(group.clone());
            let mut o = db::cases::lock(c, &other.id)?.ok_or(CaseError::NotFound)?;
            o.group_id = Some(group.clone());
            db::cases::save(c, &o)?;
            // The other case's own log records the link too.
            super::audit::append(
                c,
                &o.id,
                Some(by_id.clone()),
                Step::LinkGroup.into(),
                json!({ "group": group, "linked": case.reference }),
            )?;
            Ok(json!({ "group": group, "linked": other.reference }))
        })
    })
    .await
}
