//! Proposals and counters, revisions, withdrawal and answers; an answer that completes
//! acceptance settles the case.
use super::*;

/// Why an open proposal cannot be answered or changed any more, as a message id.
fn closed_reason(p: &Proposal) -> &'static str {
    match p.status {
        ProposalStatus::Withdrawn => "error-proposal-withdrawn",
        ProposalStatus::Countered => "error-proposal-countered",
        ProposalStatus::Rejected => "error-proposal-rejected",
        ProposalStatus::Open | ProposalStatus::Accepted => "error-proposal-accepted",
    }
}

fn must_be_open(p: &Proposal) -> CaseResult<()> {
    if p.status == ProposalStatus::Open {
        Ok(())
    } else {
        Err(CaseError::Invalid(vec![("answer", closed_reason(p))]))
    }
}

/// Art. 9(1)(a): a mediator's solution relies only on what both parties have seen, and
/// comes once each party has had its time to comment on the other's submissions.
fn check_solution(
    c: &mut DbConn,
    case: &Case,
    cites: &[String],
    comment_days: i64,
) -> CaseResult<()> {
    let shared_messages = db::case_file::messages(c, &case.id, &[Audience::Everyone])?;
    let shared_documents = db::case_file::documents(c, &case.id, &[Audience::Everyone])?;
    for id in cites {
        let shared = shared_messages.iter().any(|m| &m.id == id)
            || shared_documents.iter().any(|d| &d.id == id);
        if !shared {
            return Err(CaseError::Invalid(vec![(
                "cites",
                "error-cites-not-shared",
            )]));
        }
    }
    let members = db::cases::members(c, &case.id)?;
    let events = db::cases::events(c, &case.id)?;
    let mut authors: Vec<String> = shared_messages
        .iter()
        .map(|m| m.author_id.clone())
        .chain(shared_documents.iter().map(|d| d.uploader_id.clone()))
        .chain(events.iter().filter_map(|e| e.actor_id.clone()))
        .collect();
    authors.sort();
    authors.dedup();
    let people = db::users::find_many(c, &authors)?
        .into_iter()
        .map(|u| (u.id.clone(), u))
        .collect();
    let submissions = shared_messages
        .iter()
        .map(|m| (m.author_id.clone(), m.created_at))
        .chain(
            shared_documents
                .iter()
                .map(|d| (d.uploader_id.clone(), d.created_at)),
        )
        .chain(
            events
                .iter()
                .filter(|e| e.kind == EventKind::Step(Step::JoinAsTrader))
                .filter_map(|e| e.actor_id.clone().map(|a| (a, e.at))),
        );
    let windows = crate::domain::cases::case_file::comment_windows(
        case,
        &members,
        &people,
        submissions,
        comment_days,
    );
    if windows.open_until(now()).is_some() {
        return Err(CaseError::Invalid(vec![(
            "note",
            "error-comment-window-open",
        )]));
    }
    Ok(())
}

/// Everyone on the case but the side that acted: the other party, and the mediator.
fn others(c: &mut DbConn, case: &Case, side: ProposedBy) -> CaseResult<Vec<notify::Recipient>> {
    // The mediator acted (a blind offers' figure is nobody's and never comes here).
    let Some(party) = side.side() else {
        return Ok(notify::both_sides(c, case)?);
    };
    let mut to = notify_side(c, case, party.other())?;
    to.extend(notify::mediator(c, case)?);
    Ok(to)
}

/// A new proposal, or a counter to `counters`, which stops being open for acceptance.
pub async fn propose(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    input: Input,
    counters: Option<String>,
    lang: &str,
) -> CaseResult<Proposal> {
    let lang = lang.to_string();
    let by = By::Person(actor.clone());
    let user_id = actor.user_id.clone();
    let mailer = app.mailer.clone();
    let centre = app.config.centre.clone();
    in_transaction(&app.pool, move |c| {
        let mut made = None;
        let case = apply(c, &by, &case_id, Step::Propose, |c, case, role| {
            let side = side_of(role)?;
            let at = now();
            let (terms, note) =
                check_terms(&input, at.date(), &lang).map_err(CaseError::Invalid)?;
            let cites: Vec<String> = input
                .get("cites")
                .map(|s| {
                    s.split(',')
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            if side == ProposedBy::Mediator {
                check_solution(c, case, &cites, centre.comment_days)?;
            }
            if let Some(other) = &counters {
                let mut answered = proposal_of(c, case, other)?;
                must_be_open(&answered)?;
                if answered.side == side {
                    return Err(CaseError::Denied);
                }
                answered.status = ProposalStatus::Countered;
                answered.updated_at = at;
                db::settlements::save_proposal(c, &answered)?;
            }
            let p = Proposal {
                id: new_id(),
                case_id: case.id.clone(),
                author_id: Some(user_id.clone()),
                side,
                answers_id: counters.clone(),
                version: 1,
                status: ProposalStatus::Open,
                terms: serde_json::to_string(&terms).expect("terms serialise"),
                note,
                cites: serde_json::to_string(&cites).expect("ids serialise"),
                reflection_until: (side == ProposedBy::Mediator)
                    .then(|| at + Duration::hours(centre.reflection_hours)),
                created_at: at,
                updated_at: at,
                favours: (side == ProposedBy::Mediator).then(|| favours(case, &terms)),
            };
            db::settlements::insert_proposal(c, &p)?;
            // Offering terms is accepting them: the author's side needs no second click.
            if let Some(party) = side.side() {
                accept_own(c, &p, party, &user_id)?;
            }
            let data = json!({ "proposal": p.id, "by": side.as_str(), "counters": counters });
            made = Some(p);
            Ok(data)
        })?;
        let p = made.expect("set above");
        let kind = if p.side == ProposedBy::Mediator {
            "solution-proposed"
        } else {
            "proposal"
        };
        let to = others(c, &case, p.side)?;
        notify::send(c, &mailer, &to, &case, kind, &[], None)?;
        Ok(p)
    })
    .await
}

fn accept_own(c: &mut DbConn, p: &Proposal, side: Side, user_id: &str) -> CaseResult<()> {
    db::settlements::save_answer(
        c,
        &ProposalAnswer {
            proposal_id: p.id.clone(),
            side,
            user_id: user_id.into(),
            version: p.version,
            answer: Verdict::Accepted,
            reason: String::new(),
            informed_at: None,
            waived_reflection: false,
            answered_at: p.updated_at,
        },
    )?;
    Ok(())
}

/// The author's side changes the terms of its open proposal: a new version, which earlier
/// acceptances do not cover.
pub async fn revise(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    proposal_id: String,
    input: Input,
    lang: &str,
) -> CaseResult<Proposal> {
    let lang = lang.to_string();
    let by = By::Person(actor.clone());
    let user_id = actor.user_id.clone();
    let mailer = app.mailer.clone();
    let centre = app.config.centre.clone();
    in_transaction(&app.pool, move |c| {
        let mut changed = None;
        let case = apply(c, &by, &case_id, Step::Propose, |c, case, role| {
            let side = side_of(role)?;
            let mut p = proposal_of(c, case, &proposal_id)?;
            if p.side != side {
                return Err(CaseError::Denied);
            }
            must_be_open(&p)?;
            let at = now();
            let (terms, note) =
                check_terms(&input, at.date(), &lang).map_err(CaseError::Invalid)?;
            p.terms = serde_json::to_string(&terms).expect("terms serialise");
            p.note = note;
            p.version += 1;
            p.updated_at = at;
            match side.side() {
                None => {
                    check_solution(c, case, &cites_of(&p), centre.comment_days)?;
                    p.reflection_until = Some(at + Duration::hours(centre.reflection_hours));
                    p.favours = Some(favours(case, &terms));
                }
                Some(party) => accept_own(c, &p, party, &user_id)?,
            }
            db::settlements::save_proposal(c, &p)?;
            let data = json!({ "proposal": p.id, "by": side.as_str(), "version": p.version });
            changed = Some(p);
            Ok(data)
        })?;
        let p = changed.expect("set above");
        let to = others(c, &case, p.side)?;
        notify::send(c, &mailer, &to, &case, "proposal-revised", &[], None)?;
        Ok(p)
    })
    .await
}

/// The author's side takes back an open proposal.
pub async fn withdraw(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    proposal_id: String,
) -> CaseResult<()> {
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let mut by_side = None;
        let case = apply(c, &by, &case_id, Step::WithdrawProposal, |c, case, role| {
            let side = side_of(role)?;
            let mut p = proposal_of(c, case, &proposal_id)?;
            if p.side != side {
                return Err(CaseError::Denied);
            }
            must_be_open(&p)?;
            p.status = ProposalStatus::Withdrawn;
            p.updated_at = now();
            db::settlements::save_proposal(c, &p)?;
            by_side = Some(side);
            Ok(json!({ "proposal": p.id, "by": side.as_str() }))
        })?;
        let to = others(c, &case, by_side.expect("set above"))?;
        notify::send(c, &mailer, &to, &case, "proposal-withdrawn", &[], None)?;
        Ok(())
    })
    .await
}

/// A party's answer to a proposal, from the form it was shown.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    /// accept or reject.
    pub answer: String,
    /// The version the party read; acceptance of any other is refused.
    pub version: String,
    pub reason: String,
    /// The party confirmed reading the Art. 9(2) information (a mediator's solution).
    pub informed: bool,
    /// The party waives the rest of the reflection period.
    pub waive: bool,
}

/// What answering did: nothing more, or the case settled with this agreement.
pub enum Answered {
    Recorded,
    Settled(Agreement),
}

pub async fn answer(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    proposal_id: String,
    a: Answer,
) -> CaseResult<Answered> {
    let by = By::Person(actor.clone());
    let user_id = actor.user_id.clone();
    let mailer = app.mailer.clone();
    let centre_name = app.config.centre.name.clone();
    in_transaction(&app.pool, move |c| {
        let mut outcome = (Verdict::Accepted, false);
        let case = apply(c, &by, &case_id, Step::AnswerProposal, |c, case, role| {
            let side = party_of(role)?;
            let mut p = proposal_of(c, case, &proposal_id)?;
            if p.side == ProposedBy::from(side) {
                // Its own proposal: the side accepted it by making it.
                return Err(CaseError::Invalid(vec![(
                    "answer",
                    "error-already-accepted",
                )]));
            }
            must_be_open(&p)?;
            if a.version.trim() != p.version.to_string() {
                return Err(CaseError::Invalid(vec![(
                    "answer",
                    "error-proposal-changed",
                )]));
            }
            let answers = db::settlements::answers_of(c, &p.id)?;
            let current = |s: Side| {
                answers
                    .iter()
                    .any(|x| x.side == s && x.version == p.version && x.answer == Verdict::Accepted)
            };
            if current(side) {
                return Err(CaseError::Invalid(vec![(
                    "answer",
                    "error-already-accepted",
                )]));
            }
            let at = now();
            // The form's words: accept or reject.
            let verdict = match a.answer.as_str() {
                "reject" => Verdict::Rejected,
                "accept" => Verdict::Accepted,
                _ => return Err(CaseError::Invalid(vec![("answer", "error-choice-unknown")])),
            };
            let mut answer = ProposalAnswer {
                proposal_id: p.id.clone(),
                side,
                user_id: user_id.clone(),
                version: p.version,
                answer: verdict,
                reason: String::new(),
                informed_at: None,
                waived_reflection: false,
                answered_at: at,
            };
            match verdict {
                Verdict::Rejected => {
                    answer.reason = required_text("reason", &a.reason, 2000)?;
                    p.status = ProposalStatus::Rejected;
                }
                Verdict::Accepted => {
                    if p.side == ProposedBy::Mediator {
                        if !a.informed {
                            return Err(CaseError::Invalid(vec![(
                                "informed",
                                "error-must-confirm-information",
                            )]));
                        }
                        answer.informed_at = Some(at);
                        if p.reflection_until.is_some_and(|u| at < u) {
                            if !a.waive {
                                return Err(CaseError::Invalid(vec![(
                                    "waive",
                                    "error-reflection-period",
                                )]));
                            }
                            answer.waived_reflection = true;
                        }
                    }
                    // A party's offer waits for the other party; a solution or the blind
                    // offers' figure, for both.
                    let other = p.side.side().unwrap_or(side.other());
                    if current(other) {
                        p.status = ProposalStatus::Accepted;
                    }
                }
            }
            p.updated_at = at;
            db::settlements::save_proposal(c, &p)?;
            db::settlements::save_answer(c, &answer)?;
            outcome = (answer.answer, p.status == ProposalStatus::Accepted);
            Ok(json!({
                "proposal": p.id,
                "by": side.as_str(),
                "decision": answer.answer.as_str(),
                "version": p.version,
                "waived_reflection": answer.waived_reflection,
            }))
        })?;
        let (given, settled) = outcome;
        if !settled {
            let kind = if given == Verdict::Rejected {
                "proposal-rejected"
            } else {
                "proposal-accepted"
            };
            let to = notify::both_sides(c, &case)?
                .into_iter()
                .chain(notify::mediator(c, &case)?)
                .filter(|r| r.user_id.as_deref() != Some(user_id.as_str()))
                .collect::<Vec<_>>();
            notify::send(c, &mailer, &to, &case, kind, &[], None)?;
            return Ok(Answered::Recorded);
        }
        let agreement = agreement::settle(c, &mailer, &case, &proposal_id, &centre_name)?;
        Ok(Answered::Settled(agreement))
    })
    .await
}
