//! Hearings: the mediator books, moves and cancels them; the parties say whether they
//! attend; afterwards the mediator records minutes (shared) and notes (private). Each
//! booking, change and cancellation reaches both parties with an iCalendar invitation
//! (RFC 5545) whose UID stays the same and whose SEQUENCE rises.
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde_json::json;

use super::codes::{Attendance, HearingForm, HearingStatus};
use super::lifecycle::{CaseRole, Step};
use super::{By, CaseError, CaseResult, apply, in_transaction, notify, required_text};
use crate::db::models::{Case, Hearing, HearingAnswer};
use crate::db::{self, DbConn, new_id, now};
use crate::domain::dates::{self, DateKind};
use crate::domain::policy::Actor;
use crate::mail::{Attachment, Mailer};
use crate::state::AppState;

pub const MIN_MINUTES: i64 = 15;
pub const MAX_MINUTES: i64 = 8 * 60;
/// How long before a hearing its reminder goes out.
pub const REMINDER_HOURS: i64 = 24;

/// What the mediator typed to book or move a hearing.
#[derive(Debug, Clone, Default)]
pub struct Booking {
    pub date: String,
    pub time: String,
    pub time_zone: String,
    pub duration_minutes: String,
    pub form: String,
    pub place: String,
}

/// A booking that passed every check: UTC start and end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub time_zone: String,
    pub form: HearingForm,
    pub place: String,
}

/// Checks a booking: a real date and time in a time zone that exists, in the future, a
/// sensible duration, and a link, number or address that fits the form.
pub fn check(b: &Booking, now: NaiveDateTime) -> Result<Slot, Vec<(&'static str, &'static str)>> {
    let mut errors = vec![];
    // The day within two years; whether the hour has passed is checked below, in its zone.
    let date = dates::parse(&b.date, DateKind::Hearing, now.date())
        .map_err(|id| errors.push(("date", id)))
        .ok();
    let time = NaiveTime::parse_from_str(b.time.trim(), "%H:%M")
        .map_err(|_| errors.push(("time", "error-time-invalid")))
        .ok();
    let zone: Option<chrono_tz::Tz> = b
        .time_zone
        .trim()
        .parse()
        .map_err(|_| errors.push(("time_zone", "error-hearing-time-zone")))
        .ok();
    let minutes = match b.duration_minutes.trim().parse::<i64>() {
        Ok(m) if (MIN_MINUTES..=MAX_MINUTES).contains(&m) => Some(m),
        _ => {
            errors.push(("duration_minutes", "error-duration"));
            None
        }
    };
    let place = b.place.trim().to_string();
    let form = HearingForm::parse(&b.form);
    match form {
        Some(HearingForm::Video) => {
            let ok = url::Url::parse(&place).is_ok_and(|u| u.scheme() == "https");
            if !ok {
                errors.push(("place", "error-video-link"));
            }
        }
        Some(HearingForm::Phone) => {
            let digits = place.chars().filter(|c| c.is_ascii_digit()).count();
            let ok = (6..=20).contains(&digits)
                && place
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
            if !ok {
                errors.push(("place", "error-phone"));
            }
        }
        Some(HearingForm::InPerson) => {
            if place.is_empty() {
                errors.push(("place", "error-required"));
            } else if place.chars().count() > 500 {
                errors.push(("place", "error-too-long"));
            }
        }
        None => errors.push(("form", "error-choice-unknown")),
    }
    let starts = match (date, time, zone) {
        (Some(d), Some(t), Some(z)) => match z.from_local_datetime(&d.and_time(t)).single() {
            Some(local) => Some(local.naive_utc()),
            // Skipped or repeated by a clock change: say which one is meant.
            None => {
                errors.push(("time", "error-time-ambiguous"));
                None
            }
        },
        _ => None,
    };
    if let Some(s) = starts
        && s <= now
    {
        errors.push(("date", "error-hearing-in-past"));
    }
    match (starts, minutes, form, errors.is_empty()) {
        (Some(starts_at), Some(m), Some(form), true) => Ok(Slot {
            starts_at,
            ends_at: starts_at + chrono::Duration::minutes(m),
            time_zone: b.time_zone.trim().to_string(),
            form,
            place,
        }),
        _ => Err(errors),
    }
}

/// The hearing's invitation, an update of it, or its cancellation, as RFC 5545 text.
pub fn icalendar(h: &Hearing, case: &Case, mailer: &Mailer, centre: &str) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let reference = case.reference.clone().unwrap_or_default();
    let location = match h.form {
        HearingForm::Phone => format!("tel:{}", h.place),
        HearingForm::Video | HearingForm::InPerson => h.place.clone(),
    };
    let cancelled = h.status == HearingStatus::Cancelled;
    let mut event = Event::new();
    event
        .uid(&format!("hearing-{}@{}", h.id, mailer.domain()))
        .sequence(h.sequence as u32)
        .summary(&format!("{centre}: {reference}"))
        .description(&format!(
            "{reference}\n{}",
            mailer.link(&format!("/cases/{}#hearings", case.id))
        ))
        .location(&location)
        .starts(h.starts_at.and_utc())
        .ends(h.ends_at.and_utc())
        .timestamp(h.updated_at.and_utc())
        .status(if cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        })
        .append_property(icalendar::Property::new(
            "ORGANIZER",
            format!("mailto:{}", mailer.from_address()),
        ));
    if let Some(url) = (h.form == HearingForm::Video).then(|| h.place.clone()) {
        event.url(&url);
    }
    let mut cal = Calendar::new();
    cal.append_property(icalendar::Property::new(
        "METHOD",
        if cancelled { "CANCEL" } else { "REQUEST" },
    ));
    cal.push(event.done());
    cal.done().to_string()
}

fn invite(
    c: &mut DbConn,
    mailer: &Mailer,
    case: &Case,
    h: &Hearing,
    kind: &str,
    centre: &str,
) -> CaseResult<()> {
    let ics = icalendar(h, case, mailer, centre);
    let method = if h.status == HearingStatus::Cancelled {
        "CANCEL"
    } else {
        "REQUEST"
    };
    let attachment = Attachment {
        file_name: "hearing.ics".into(),
        content_type: format!("text/calendar; method={method}; charset=UTF-8"),
        body: ics.into_bytes(),
    };
    let to = notify::both_sides(c, case)?;
    notify::send_with_attachment(
        c,
        mailer,
        &to,
        case,
        kind,
        &[("date", when(h))],
        attachment,
        "#hearings",
    )?;
    Ok(())
}

/// The start for a notice: each party reads it in their language and zone (the hearing's
/// zone for someone without an account), the zone named.
pub fn when(h: &Hearing) -> String {
    notify::moment_arg(h.starts_at, &h.time_zone)
}

fn hearing_of(c: &mut DbConn, case: &Case, id: &str) -> CaseResult<Hearing> {
    db::hearings::find(c, &case.id, id)?.ok_or(CaseError::NotFound)
}

fn place_slot(c: &mut DbConn, mediator: &str, slot: &Slot, except: Option<&str>) -> CaseResult<()> {
    db::hearings::lock_calendar(c, mediator)?;
    if !db::hearings::overlapping(c, mediator, slot.starts_at, slot.ends_at, except)?.is_empty() {
        return Err(CaseError::Invalid(vec![("time", "error-hearing-overlaps")]));
    }
    Ok(())
}

pub async fn schedule(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    booking: Booking,
) -> CaseResult<Hearing> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    let centre = app.config.centre.name.clone();
    in_transaction(&app.pool, move |c| {
        let mut made = None;
        let case = apply(c, &by, &case_id, Step::ScheduleHearing, |c, case, _| {
            let slot = check(&booking, now()).map_err(CaseError::Invalid)?;
            let mediator = case.mediator_id.clone().ok_or(CaseError::Denied)?;
            place_slot(c, &mediator, &slot, None)?;
            let at = now();
            let h = Hearing {
                id: new_id(),
                case_id: case.id.clone(),
                mediator_id: mediator,
                starts_at: slot.starts_at,
                ends_at: slot.ends_at,
                time_zone: slot.time_zone,
                form: slot.form,
                place: slot.place,
                sequence: 0,
                status: HearingStatus::Scheduled,
                minutes: None,
                private_notes: None,
                created_at: at,
                updated_at: at,
            };
            db::hearings::insert(c, &h)?;
            let data = json!({ "hearing": h.id, "starts": h.starts_at.to_string(), "time_zone": h.time_zone });
            made = Some(h);
            Ok(data)
        })?;
        let h = made.expect("set above");
        invite(c, &mailer, &case, &h, "hearing-scheduled", &centre)?;
        Ok(h)
    })
    .await
}

pub async fn reschedule(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    hearing_id: String,
    booking: Booking,
) -> CaseResult<Hearing> {
    change(app, actor, case_id, hearing_id, Step::RescheduleHearing, move |c, h| {
        let slot = check(&booking, now()).map_err(CaseError::Invalid)?;
        place_slot(c, &h.mediator_id, &slot, Some(&h.id))?;
        h.starts_at = slot.starts_at;
        h.ends_at = slot.ends_at;
        h.time_zone = slot.time_zone;
        h.form = slot.form;
        h.place = slot.place;
        Ok(json!({ "hearing": h.id, "starts": h.starts_at.to_string(), "time_zone": h.time_zone }))
    })
    .await
}

pub async fn cancel(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    hearing_id: String,
    reason: String,
) -> CaseResult<Hearing> {
    change(
        app,
        actor,
        case_id,
        hearing_id,
        Step::CancelHearing,
        move |_, h| {
            let reason = required_text("reason", &reason, 2000)?;
            h.status = HearingStatus::Cancelled;
            Ok(json!({ "hearing": h.id, "reason": reason }))
        },
    )
    .await
}

/// Moves or cancels a scheduled hearing: raises its SEQUENCE and sends the update.
async fn change(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    hearing_id: String,
    step: Step,
    edit: impl FnOnce(&mut DbConn, &mut Hearing) -> CaseResult<serde_json::Value> + Send + 'static,
) -> CaseResult<Hearing> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    let centre = app.config.centre.name.clone();
    let kind = match step {
        Step::CancelHearing => "hearing-cancelled",
        _ => "hearing-rescheduled",
    };
    in_transaction(&app.pool, move |c| {
        let mut changed = None;
        let case = apply(c, &by, &case_id, step, |c, case, _| {
            let mut h = hearing_of(c, case, &hearing_id)?;
            if h.status != HearingStatus::Scheduled {
                return Err(CaseError::WrongState(HearingStatus::Cancelled.as_str()));
            }
            let data = edit(c, &mut h)?;
            h.sequence += 1;
            h.updated_at = now();
            db::hearings::save(c, &h)?;
            changed = Some(h);
            Ok(data)
        })?;
        let h = changed.expect("set above");
        invite(c, &mailer, &case, &h, kind, &centre)?;
        Ok(h)
    })
    .await
}

/// A party says it will attend, or asks for another time with a reason.
pub async fn answer(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    hearing_id: String,
    answer: String,
    reason: String,
) -> CaseResult<()> {
    let by = By::Person(actor.clone());
    let user_id = actor.user_id.clone();
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let case = apply(c, &by, &case_id, Step::AnswerHearing, |c, case, _| {
            let h = hearing_of(c, case, &hearing_id)?;
            if h.status != HearingStatus::Scheduled {
                return Err(CaseError::WrongState(HearingStatus::Cancelled.as_str()));
            }
            let Some(answer) = Attendance::parse(&answer) else {
                return Err(CaseError::Invalid(vec![("answer", "error-choice-unknown")]));
            };
            let reason = if answer == Attendance::AnotherTime {
                required_text("reason", &reason, 2000)?
            } else {
                reason.trim().chars().take(2000).collect()
            };
            db::hearings::save_answer(
                c,
                &HearingAnswer {
                    hearing_id: h.id.clone(),
                    user_id: user_id.clone(),
                    answer,
                    reason: reason.clone(),
                    sequence: h.sequence,
                    answered_at: now(),
                },
            )?;
            // The reason is for the mediator; the log, which both sides read, keeps the answer.
            Ok(json!({ "hearing": h.id, "answer": answer.as_str() }))
        })?;
        let to = notify::mediator(c, &case)?;
        notify::send(c, &mailer, &to, &case, "hearing-answered", &[], None)?;
        Ok(())
    })
    .await
}

/// After the hearing has begun: minutes for the parties, and notes only the mediator reads.
pub async fn record_minutes(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    hearing_id: String,
    minutes: String,
    private_notes: String,
) -> CaseResult<()> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let case = apply(c, &by, &case_id, Step::RecordMinutes, |c, case, _| {
            let mut h = hearing_of(c, case, &hearing_id)?;
            if h.status != HearingStatus::Scheduled {
                return Err(CaseError::WrongState(HearingStatus::Cancelled.as_str()));
            }
            if h.starts_at > now() {
                return Err(CaseError::Invalid(vec![(
                    "minutes",
                    "error-hearing-not-held",
                )]));
            }
            h.minutes = Some(required_text("minutes", &minutes, 20_000)?);
            let notes = private_notes.trim();
            h.private_notes = (!notes.is_empty()).then(|| notes.chars().take(20_000).collect());
            h.updated_at = now();
            db::hearings::save(c, &h)?;
            // The log says minutes exist; their text is on the hearing, the notes nowhere else.
            Ok(json!({ "hearing": h.id }))
        })?;
        let to = notify::both_sides(c, &case)?;
        notify::send(c, &mailer, &to, &case, "hearing-minutes", &[], None)?;
        Ok(())
    })
    .await
}

/// Hourly: one reminder per hearing version to both sides and the mediator, in the
/// `REMINDER_HOURS` before it starts.
pub fn send_reminders(
    conn: &mut DbConn,
    mailer: &Mailer,
    now: NaiveDateTime,
) -> db::DbResult<usize> {
    let soon =
        db::hearings::starting_between(conn, now, now + chrono::Duration::hours(REMINDER_HOURS))?;
    let mut sent = 0;
    for h in soon {
        let occasion = format!("{}:{}", h.id, h.sequence);
        let done = db::jobs::once(conn, "hearing-reminder", &occasion, |c| {
            let Some(case) = db::cases::find(c, &h.case_id)? else {
                return Ok(());
            };
            let mut to = notify::both_sides(c, &case)?;
            to.extend(notify::mediator(c, &case)?);
            notify::send(
                c,
                mailer,
                &to,
                &case,
                "hearing-reminder",
                &[("date", when(&h))],
                None,
            )
        })?;
        if done {
            sent += 1;
        }
    }
    Ok(sent)
}

/// What the case page shows of hearings to this role: the mediator's private notes only
/// to the mediator.
pub fn visible(role: CaseRole, mut hearings: Vec<Hearing>) -> Vec<Hearing> {
    if !super::access::sees_private_notes(role) {
        for h in &mut hearings {
            h.private_notes = None;
        }
    }
    hearings
}

/// A mediator's hearings in the week starting on `monday` (in `zone`), with their cases'
/// references.
pub async fn week_of(
    app: &AppState,
    mediator_id: &str,
    monday: NaiveDate,
    zone: chrono_tz::Tz,
) -> CaseResult<Vec<(Hearing, Option<String>)>> {
    let utc = |d: NaiveDate| {
        zone.from_local_datetime(&d.and_time(NaiveTime::MIN))
            .earliest()
            .map(|t| t.naive_utc())
            .unwrap_or_else(|| d.and_time(NaiveTime::MIN))
    };
    let (from, to) = (utc(monday), utc(monday + chrono::Duration::days(7)));
    let mediator_id = mediator_id.to_string();
    Ok(db::run(&app.pool, move |c| {
        db::hearings::of_mediator(c, &mediator_id, from, to)
    })
    .await?)
}
