//! Obligations of an agreement, followed until honoured or judged not honoured, with
//! reminders before and after the due date; the case closes when all are settled.
use super::*;

fn obligation_of(c: &mut DbConn, case: &Case, id: &str) -> CaseResult<Obligation> {
    db::settlements::obligations_of_case(c, &case.id)?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or(CaseError::NotFound)
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
        let mut owed_to = "";
        let case = apply(c, &by, &case_id, Step::MarkDone, |c, case, role| {
            let side = side_of(role)?;
            let mut o = obligation_of(c, case, &obligation_id)?;
            if o.side != side {
                return Err(CaseError::Denied);
            }
            if !matches!(o.status.as_str(), "due" | "reported") {
                return Err(CaseError::Invalid(vec![(
                    "note",
                    "error-obligation-not-due",
                )]));
            }
            let document = document_id.trim();
            if !document.is_empty() {
                let shared = db::case_file::document(c, &case.id, document)?
                    .is_some_and(|d| d.audience == "everyone");
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
            o.status = "done".into();
            o.done_at = Some(now());
            o.done_note = note.to_string();
            o.updated_at = now();
            db::settlements::save_obligation(c, &o)?;
            owed_to = other_side(side);
            Ok(json!({ "obligation": o.position, "by": side }))
        })?;
        let to = notify_side(c, &case, owed_to)?;
        notify::send(c, &mailer, &to, &case, "obligation-done", &[], None)?;
        Ok(())
    })
    .await
}

fn settle_obligation(o: &mut Obligation, outcome: &str, at: NaiveDateTime) {
    o.outcome = Some(match outcome {
        "not_honoured" => "not_honoured".into(),
        // Honoured: on time when done by the due date.
        _ if o.done_at.unwrap_or(at).date() <= o.due_on => "honoured".into(),
        _ => "late".into(),
    });
    o.status = if outcome == "not_honoured" {
        "not_honoured".into()
    } else {
        "confirmed".into()
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
        let mut side = "";
        let case = apply(c, &by, &case_id, Step::AnswerObligation, |c, case, role| {
            side = side_of(role)?;
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
            match answer.as_str() {
                "confirm" => settle_obligation(&mut o, "honoured", at),
                "not_honoured" => {
                    if o.status == "due" && o.due_on >= at.date() {
                        return Err(CaseError::Invalid(vec![(
                            "answer",
                            "error-obligation-not-yet-due",
                        )]));
                    }
                    o.report_reason = required_text("reason", &reason, 2000)?;
                    o.status = "reported".into();
                    o.reported_at = Some(at);
                    o.updated_at = at;
                    reported = true;
                }
                _ => return Err(CaseError::Invalid(vec![("answer", "error-choice-unknown")])),
            }
            db::settlements::save_obligation(c, &o)?;
            Ok(json!({ "obligation": o.position, "by": side, "decision": answer }))
        })?;
        if reported {
            let mut to = notify_side(c, &case, other_side(side))?;
            to.extend(notify::staff(c)?);
            notify::send(c, &mailer, &to, &case, "obligation-reported", &[], None)?;
        } else {
            let to = notify_side(c, &case, other_side(side))?;
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
            match (decision.as_str(), o.status.as_str()) {
                ("not_honoured", "reported" | "due" | "done") if o.due_on < at.date() => {
                    settle_obligation(&mut o, "not_honoured", at)
                }
                ("honoured", "reported" | "done" | "not_honoured") => {
                    o.done_at.get_or_insert(at);
                    settle_obligation(&mut o, "honoured", at)
                }
                ("not_honoured" | "honoured", _) => {
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
    if case.state != "settled" {
        return Ok(());
    }
    let all = db::settlements::obligations_of_case(c, &case.id)?;
    if all.iter().any(|o| o.outcome.is_none()) {
        return Ok(());
    }
    let honoured = all
        .iter()
        .filter(|o| o.outcome.as_deref() != Some("not_honoured"))
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
            let done = crate::jobs::once(conn, job, &o.id, |c| {
                let Some(case) = db::cases::find(c, &o.case_id)? else {
                    return Ok(());
                };
                let to = if job == "obligation-due-soon" {
                    notify_side(c, &case, &o.side)?
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
