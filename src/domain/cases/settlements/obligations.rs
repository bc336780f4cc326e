//! Obligations of an agreement, followed until honoured or judged not honoured, with
//! reminders before and after the due date; the case closes when all are settled.
use super::*;

fn obligation_of(c: &mut DbConn, case: &Case, id: &str) -> CaseResult<Obligation> {
    db::settlements::obligations_of_case(c, &case.id)?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or(CaseError::NotFound)
}

/// How an agreement was honoured, once every obligation is settled: the worst of their
/// outcomes (one not honoured makes the agreement not honoured).
pub fn compliance(obligations: &[Obligation]) -> Option<Outcome> {
    if obligations.is_empty() || obligations.iter().any(|o| o.outcome.is_none()) {
        return None;
    }
    let rank = |o: Outcome| match o {
        Outcome::Honoured => 0,
        Outcome::Late => 1,
        Outcome::NotHonoured => 2,
    };
    obligations
        .iter()
        .filter_map(|o| o.outcome)
        .max_by_key(|o| rank(*o))
}

/// The side that owes an obligation says it is done, optionally pointing at a document it
/// shared as evidence.
pub async fn mark_done(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    obligation_id: String,
    note: String,
    document_id: String,
) -> CaseResult<()> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let mut owed_to = None;
        let case = apply(c, &by, &case_id, Step::MarkDone, |c, case, role| {
            let side = party_of(role)?;
            let mut o = obligation_of(c, case, &obligation_id)?;
            if o.side != side {
                return Err(CaseError::Denied);
            }
            if !matches!(o.status, ObligationStatus::Due | ObligationStatus::Reported) {
                return Err(CaseError::Invalid(vec![(
                    "note",
                    "error-obligation-not-due",
                )]));
            }
            let document = document_id.trim();
            if !document.is_empty() {
                let shared = db::case_file::document(c, &case.id, document)?
                    .is_some_and(|d| d.audience == Audience::Everyone);
                if !shared {
                    return Err(CaseError::Invalid(vec![(
                        "document_id",
                        "error-choice-unknown",
                    )]));
                }
                o.document_id = Some(document.to_string());
            }
            let note = note.trim();
            if note.chars().count() > 2000 {
                return Err(CaseError::Invalid(vec![("note", "error-too-long")]));
            }
            o.status = ObligationStatus::Done;
            o.done_at = Some(now());
            o.done_note = note.to_string();
            o.updated_at = now();
            db::settlements::save_obligation(c, &o)?;
            owed_to = Some(side.other());
            Ok(json!({ "obligation": o.position, "by": side.as_str() }))
        })?;
        let to = notify_side(c, &case, owed_to.expect("set above"))?;
        notify::send(c, &mailer, &to, &case, "obligation-done", &[], None)?;
        Ok(())
    })
    .await
}

/// Settles an obligation as not honoured, or as honoured (late when done after the due
/// date).
fn settle_obligation(o: &mut Obligation, honoured: bool, at: NaiveDateTime) {
    o.outcome = Some(match honoured {
        false => Outcome::NotHonoured,
        // Honoured: on time when done by the due date.
        true if o.done_at.unwrap_or(at).date() <= o.due_on => Outcome::Honoured,
        true => Outcome::Late,
    });
    o.status = if honoured {
        ObligationStatus::Confirmed
    } else {
        ObligationStatus::NotHonoured
    };
    o.settled_at = Some(at);
    o.updated_at = at;
}

/// The side owed an obligation confirms it was honoured, or reports that it was not (with
/// a reason; staff then decide).
pub async fn answer_obligation(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    obligation_id: String,
    answer: String,
    reason: String,
) -> CaseResult<()> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let mut reported = false;
        let mut owed_to = None;
        let case = apply(c, &by, &case_id, Step::AnswerObligation, |c, case, role| {
            let side = party_of(role)?;
            let mut o = obligation_of(c, case, &obligation_id)?;
            if o.side == side {
                return Err(CaseError::Denied);
            }
            if o.outcome.is_some() {
                return Err(CaseError::Invalid(vec![(
                    "answer",
                    "error-obligation-settled",
                )]));
            }
            let at = now();
            let may = obligation_actions(state_of(case), role, &o, at.date());
            // The form's words: confirm, or the outcome not_honoured.
            match (answer.as_str(), Outcome::parse(&answer)) {
                ("confirm", _) => {
                    if !may.may_confirm {
                        return Err(CaseError::Invalid(vec![(
                            "answer",
                            "error-obligation-not-marked-done",
                        )]));
                    }
                    settle_obligation(&mut o, true, at)
                }
                (_, Some(Outcome::NotHonoured)) => {
                    if !may.may_report {
                        return Err(CaseError::Invalid(vec![(
                            "answer",
                            "error-obligation-not-yet-due",
                        )]));
                    }
                    o.report_reason = required_text("reason", &reason, 2000)?;
                    o.status = ObligationStatus::Reported;
                    o.reported_at = Some(at);
                    o.updated_at = at;
                    reported = true;
                }
                _ => return Err(CaseError::Invalid(vec![("answer", "error-choice-unknown")])),
            }
            db::settlements::save_obligation(c, &o)?;
            owed_to = Some(side.other());
            Ok(json!({ "obligation": o.position, "by": side.as_str(), "decision": answer }))
        })?;
        let owed_to = owed_to.expect("set above");
        if reported {
            let mut to = notify_side(c, &case, owed_to)?;
            to.extend(notify::staff(c)?);
            notify::send(c, &mailer, &to, &case, "obligation-reported", &[], None)?;
        } else {
            let to = notify_side(c, &case, owed_to)?;
            notify::send(c, &mailer, &to, &case, "obligation-confirmed", &[], None)?;
            close_if_complete(c, &mailer, &case)?;
        }
        Ok(())
    })
    .await
}

/// Staff decide a reported obligation: not honoured, or honoured after all. On a closed
/// case they record that a trader complied late, which takes it off the public list.
pub async fn judge_obligation(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    obligation_id: String,
    decision: String,
    reason: String,
) -> CaseResult<()> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let case = apply(c, &by, &case_id, Step::JudgeObligation, |c, case, _| {
            let mut o = obligation_of(c, case, &obligation_id)?;
            let reason = required_text("reason", &reason, 2000)?;
            let at = now();
            use ObligationStatus as S;
            // The form's words: the outcome honoured or not_honoured.
            match (Outcome::parse(&decision), o.status) {
                (Some(Outcome::NotHonoured), S::Reported | S::Due | S::Done)
                    if o.due_on < at.date() =>
                {
                    settle_obligation(&mut o, false, at)
                }
                (Some(Outcome::Honoured), S::Reported | S::Done | S::NotHonoured) => {
                    o.done_at.get_or_insert(at);
                    settle_obligation(&mut o, true, at)
                }
                (Some(Outcome::NotHonoured | Outcome::Honoured), _) => {
                    return Err(CaseError::Invalid(vec![(
                        "decision",
                        "error-obligation-not-decidable",
                    )]));
                }
                _ => {
                    return Err(CaseError::Invalid(vec![(
                        "decision",
                        "error-choice-unknown",
                    )]));
                }
            }
            db::settlements::save_obligation(c, &o)?;
            Ok(json!({ "obligation": o.position, "decision": decision, "reason": reason }))
        })?;
        let to = notify::both_sides(c, &case)?;
        notify::send(c, &mailer, &to, &case, "obligation-decided", &[], None)?;
        close_if_complete(c, &mailer, &case)?;
        Ok(())
    })
    .await
}

/// Once every obligation is settled, the settled case closes.
fn close_if_complete(c: &mut DbConn, mailer: &Mailer, case: &Case) -> CaseResult<()> {
    // Only a settled case closes on compliance (the scheduler's step in the table).
    if super::super::lifecycle::check(case.state, Step::CloseCompliance, CaseRole::System).is_err()
    {
        return Ok(());
    }
    let all = db::settlements::obligations_of_case(c, &case.id)?;
    if all.iter().any(|o| o.outcome.is_none()) {
        return Ok(());
    }
    let honoured = all
        .iter()
        .filter(|o| o.outcome != Some(Outcome::NotHonoured))
        .count();
    let case = apply(
        c,
        &By::System,
        &case.id,
        Step::CloseCompliance,
        |_, _, _| Ok(json!({ "count": honoured })),
    )?;
    let to = notify::both_sides(c, &case)?;
    notify::send(c, mailer, &to, &case, "compliance-closed", &[], None)?;
    Ok(())
}

/// Daily: a reminder to the owing side a few days before an obligation is due, and one to
/// both sides the day after it passed unconfirmed; each once.
pub fn send_reminders(
    conn: &mut DbConn,
    mailer: &Mailer,
    at: NaiveDateTime,
) -> db::DbResult<usize> {
    let today = at.date();
    let soon =
        db::settlements::open_obligations_due(conn, today, today + Duration::days(DUE_SOON_DAYS))?;
    let late = db::settlements::open_obligations_due(
        conn,
        today - Duration::days(30),
        today - Duration::days(1),
    )?;
    let mut sent = 0;
    for (job, list) in [("obligation-due-soon", soon), ("obligation-overdue", late)] {
        for o in list {
            let done = db::jobs::once(conn, job, &o.id, |c| {
                let Some(case) = db::cases::find(c, &o.case_id)? else {
                    return Ok(());
                };
                let to = if job == "obligation-due-soon" {
                    notify_side(c, &case, o.side)?
                } else {
                    notify::both_sides(c, &case)?
                };
                notify::send(
                    c,
                    mailer,
                    &to,
                    &case,
                    job,
                    &[("due", o.due_on.to_string())],
                    None,
                )
            })?;
            if done {
                sent += 1;
            }
        }
    }
    Ok(sent)
}
