//! Settlement: proposals and counters, the mediator's proposed solution (Art. 9(1)(a) and
//! 9(2)), blind offers on the money part, the agreement that records what was accepted, and
//! the obligations followed until they are honoured.
use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::lifecycle::{CaseRole, Step};
use super::{By, CaseError, CaseResult, apply, in_transaction, notify, required_text};
use crate::db::models::{Agreement, BlindOffer, Case, Obligation, Proposal, ProposalAnswer};
use crate::db::{self, DbConn, new_id, now};
use crate::domain::accounts::FieldErrors;
use crate::domain::dates::{self, DateKind};
use crate::domain::money;
use crate::domain::policy::Actor;
use crate::i18n;
use crate::mail::{Attachment, Mailer};
use crate::state::AppState;

mod agreement;
mod blind;
mod obligations;

pub use agreement::{canonical_text, sha256_hex, term_text};
pub use blind::{BlindView, blind_offer, blind_result, blind_view, currency_of};
pub use obligations::{answer_obligation, judge_obligation, mark_done, send_reminders};

pub const KINDS: &[&str] = &["payment", "action"];
pub const ACTIONS: &[&str] = &[
    "repair",
    "replacement",
    "return",
    "refund",
    "apology",
    "other",
];
pub const SIDES: &[&str] = &["consumer", "trader"];
pub const MAX_BLIND_ROUNDS: usize = 3;
/// How long the parties have to pay the figure blind offers met at.
const BLIND_PAYMENT_DAYS: i64 = 14;
/// Reminders go out this many days before an obligation is due.
pub const DUE_SOON_DAYS: i64 = 3;

/// The rows of the proposal form, each with its fields: kind, side, action, amount,
/// currency, due date, description. Field names are static so errors can name them.
pub const ITEM_FIELDS: [[&str; 7]; 3] = [
    [
        "item1_kind",
        "item1_side",
        "item1_action",
        "item1_amount",
        "item1_currency",
        "item1_due_on",
        "item1_description",
    ],
    [
        "item2_kind",
        "item2_side",
        "item2_action",
        "item2_amount",
        "item2_currency",
        "item2_due_on",
        "item2_description",
    ],
    [
        "item3_kind",
        "item3_side",
        "item3_action",
        "item3_amount",
        "item3_currency",
        "item3_due_on",
        "item3_description",
    ],
];

/// The message id naming a value of one of the lists above.
pub fn label_id(list: &str, value: &str) -> String {
    format!("settlement-{list}-{value}")
}

/// One term of a proposal, as stored (canonical JSON, fields in this order) and as the
/// obligation it becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// payment or action.
    pub kind: String,
    /// The side that owes it.
    pub side: String,
    /// For an action: repair, replacement, ...; empty for a payment.
    pub action: String,
    pub amount_minor: Option<i64>,
    pub currency: String,
    pub due_on: NaiveDate,
    pub description: String,
}

impl From<&Obligation> for Term {
    fn from(o: &Obligation) -> Term {
        Term {
            kind: o.kind.clone(),
            side: o.side.clone(),
            action: o.action.clone(),
            amount_minor: o.amount_minor,
            currency: o.currency.clone(),
            due_on: o.due_on,
            description: o.description.clone(),
        }
    }
}

/// How a mediator's solution stands to what the consumer claimed, for the share of
/// outcomes in favour of each party that the annual report gives (Art. 7(2)(d)):
/// `trader` when the trader owes nothing, `consumer` when the solution grants the claim (the
/// amount claimed, or the action claimed), `partly` in between.
pub fn favours(case: &Case, terms: &[Term]) -> &'static str {
    let owed: Vec<&Term> = terms.iter().filter(|t| t.side == "trader").collect();
    if owed.is_empty() {
        return "trader";
    }
    let paid: i64 = owed
        .iter()
        .filter(|t| t.kind == "payment" && t.currency == case.claim_currency)
        .filter_map(|t| t.amount_minor)
        .sum();
    let claimed_action = owed
        .iter()
        .any(|t| t.kind == "action" && t.action == case.claim_kind);
    let granted = match case.claim_amount_minor {
        Some(claimed) if super::catalogue::claim_needs_amount(&case.claim_kind) => {
            paid >= claimed || claimed_action
        }
        // A claim for something other than money or a named action: the trader owing
        // anything is what was asked.
        _ => claimed_action || !matches!(case.claim_kind.as_str(), "repair" | "replacement"),
    };
    if granted { "consumer" } else { "partly" }
}

/// What a person typed into the proposal form: one map of field to value.
pub type Input = std::collections::HashMap<String, String>;

/// Checks the proposal form: at least one item, each complete; amounts above zero in a
/// known currency, as written in `lang`; due dates from today on. Empty rows are skipped.
pub fn check_terms(
    input: &Input,
    today: NaiveDate,
    lang: &str,
) -> Result<(Vec<Term>, String), FieldErrors> {
    let v = |k: &str| input.get(k).map(|s| s.trim()).unwrap_or_default();
    let mut errors: FieldErrors = vec![];
    let mut terms = vec![];
    for [kind, side, action, amount, currency, due_on, description] in ITEM_FIELDS {
        // The side and currency selects always hold a value; a row counts once it says more.
        if [kind, action, amount, due_on, description]
            .iter()
            .all(|f| v(f).is_empty())
        {
            continue;
        }
        let k = v(kind);
        if !KINDS.contains(&k) {
            errors.push((kind, "error-choice-unknown"));
        }
        if !SIDES.contains(&v(side)) {
            errors.push((side, "error-choice-unknown"));
        }
        let due = dates::parse(v(due_on), DateKind::Due, today)
            .map_err(|id| errors.push((due_on, id)))
            .ok();
        let text = v(description);
        if text.chars().count() > 1000 {
            errors.push((description, "error-too-long"));
        }
        let mut term = Term {
            kind: k.to_string(),
            side: v(side).to_string(),
            action: String::new(),
            amount_minor: None,
            currency: String::new(),
            due_on: due.unwrap_or(today),
            description: text.to_string(),
        };
        match k {
            "payment" => match money::currency(v(currency)) {
                Err(e) => errors.push((currency, money::error_id(e))),
                Ok(code) => {
                    match money::parse_amount(v(amount), &code, lang) {
                        Ok(0) => errors.push((amount, "error-amount-zero")),
                        Ok(m) => term.amount_minor = Some(m),
                        Err(e) => errors.push((amount, money::error_id(e))),
                    }
                    term.currency = code;
                }
            },
            "action" => {
                if !ACTIONS.contains(&v(action)) {
                    errors.push((action, "error-choice-unknown"));
                } else if v(action) == "other" && text.is_empty() {
                    errors.push((description, "error-required"));
                }
                term.action = v(action).to_string();
            }
            _ => {}
        }
        terms.push(term);
    }
    if terms.is_empty() && errors.is_empty() {
        errors.push(("item1_kind", "error-proposal-no-items"));
    }
    let note = v("note");
    if note.chars().count() > 5000 {
        errors.push(("note", "error-too-long"));
    }
    if errors.is_empty() {
        Ok((terms, note.to_string()))
    } else {
        Err(errors)
    }
}

pub fn terms_of(p: &Proposal) -> Vec<Term> {
    serde_json::from_str(&p.terms).unwrap_or_default()
}

/// The side a role speaks for on a proposal.
pub fn side_name(role: CaseRole) -> Option<&'static str> {
    match role {
        CaseRole::Consumer => Some("consumer"),
        CaseRole::Trader => Some("trader"),
        CaseRole::Mediator => Some("mediator"),
        _ => None,
    }
}

fn side_of(role: CaseRole) -> CaseResult<&'static str> {
    side_name(role).ok_or(CaseError::Denied)
}

fn other_side(side: &str) -> &'static str {
    if side == "consumer" {
        "trader"
    } else {
        "consumer"
    }
}

fn proposal_of(c: &mut DbConn, case: &Case, id: &str) -> CaseResult<Proposal> {
    db::settlements::find_proposal(c, &case.id, id)?.ok_or(CaseError::NotFound)
}

/// Why an open proposal cannot be answered or changed any more, as a message id.
fn closed_reason(p: &Proposal) -> &'static str {
    match p.status.as_str() {
        "withdrawn" => "error-proposal-withdrawn",
        "countered" => "error-proposal-countered",
        "rejected" => "error-proposal-rejected",
        _ => "error-proposal-accepted",
    }
}

fn must_be_open(p: &Proposal) -> CaseResult<()> {
    if p.status == "open" {
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
    let shared_messages = db::case_file::messages(c, &case.id, &["everyone"])?;
    let shared_documents = db::case_file::documents(c, &case.id, &["everyone"])?;
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
                .filter(|e| e.kind == "join")
                .filter_map(|e| e.actor_id.clone().map(|a| (a, e.at))),
        );
    let windows =
        super::case_file::comment_windows(case, &members, &people, submissions, comment_days);
    if windows.open_until(now()).is_some() {
        return Err(CaseError::Invalid(vec![(
            "note",
            "error-comment-window-open",
        )]));
    }
    Ok(())
}

/// Everyone on the case but the side that acted: the other party, and the mediator.
fn others(c: &mut DbConn, case: &Case, side: &str) -> CaseResult<Vec<notify::Recipient>> {
    if side == "mediator" {
        return Ok(notify::both_sides(c, case)?);
    }
    let mut to = notify_side(c, case, other_side(side))?;
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
            if side == "mediator" {
                check_solution(c, case, &cites, centre.comment_days)?;
            }
            if let Some(other) = &counters {
                let mut answered = proposal_of(c, case, other)?;
                must_be_open(&answered)?;
                if answered.side == side {
                    return Err(CaseError::Denied);
                }
                answered.status = "countered".into();
                answered.updated_at = at;
                db::settlements::save_proposal(c, &answered)?;
            }
            let p = Proposal {
                id: new_id(),
                case_id: case.id.clone(),
                author_id: Some(user_id.clone()),
                side: side.into(),
                answers_id: counters.clone(),
                version: 1,
                status: "open".into(),
                terms: serde_json::to_string(&terms).expect("terms serialise"),
                note,
                cites: serde_json::to_string(&cites).expect("ids serialise"),
                reflection_until: (side == "mediator")
                    .then(|| at + Duration::hours(centre.reflection_hours)),
                created_at: at,
                updated_at: at,
                favours: if side == "mediator" {
                    favours(case, &terms).into()
                } else {
                    String::new()
                },
            };
            db::settlements::insert_proposal(c, &p)?;
            // Offering terms is accepting them: the author's side needs no second click.
            if side != "mediator" {
                accept_own(c, &p, side, &user_id)?;
            }
            let data = json!({ "proposal": p.id, "by": side, "counters": counters });
            made = Some(p);
            Ok(data)
        })?;
        let p = made.expect("set above");
        let kind = if p.side == "mediator" {
            "solution-proposed"
        } else {
            "proposal"
        };
        let to = others(c, &case, &p.side)?;
        notify::send(c, &mailer, &to, &case, kind, &[], None)?;
        Ok(p)
    })
    .await
}

fn accept_own(c: &mut DbConn, p: &Proposal, side: &str, user_id: &str) -> CaseResult<()> {
    db::settlements::save_answer(
        c,
        &ProposalAnswer {
            proposal_id: p.id.clone(),
            side: side.into(),
            user_id: user_id.into(),
            version: p.version,
            answer: "accepted".into(),
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
            if side == "mediator" {
                check_solution(
                    c,
                    case,
                    &serde_json::from_str::<Vec<String>>(&p.cites).unwrap_or_default(),
                    centre.comment_days,
                )?;
                p.reflection_until = Some(at + Duration::hours(centre.reflection_hours));
                p.favours = favours(case, &terms).into();
            } else {
                accept_own(c, &p, side, &user_id)?;
            }
            db::settlements::save_proposal(c, &p)?;
            let data = json!({ "proposal": p.id, "by": side, "version": p.version });
            changed = Some(p);
            Ok(data)
        })?;
        let p = changed.expect("set above");
        let to = others(c, &case, &p.side)?;
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
        let mut side = "";
        let case = apply(c, &by, &case_id, Step::WithdrawProposal, |c, case, role| {
            side = side_of(role)?;
            let mut p = proposal_of(c, case, &proposal_id)?;
            if p.side != side {
                return Err(CaseError::Denied);
            }
            must_be_open(&p)?;
            p.status = "withdrawn".into();
            p.updated_at = now();
            db::settlements::save_proposal(c, &p)?;
            Ok(json!({ "proposal": p.id, "by": side }))
        })?;
        let to = others(c, &case, side)?;
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
        let mut outcome = (String::new(), false);
        let case = apply(c, &by, &case_id, Step::AnswerProposal, |c, case, role| {
            let side = side_of(role)?;
            let mut p = proposal_of(c, case, &proposal_id)?;
            if p.side == side {
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
            let current = |s: &str| {
                answers
                    .iter()
                    .any(|x| x.side == s && x.version == p.version && x.answer == "accepted")
            };
            if current(side) {
                return Err(CaseError::Invalid(vec![(
                    "answer",
                    "error-already-accepted",
                )]));
            }
            let at = now();
            let mut answer = ProposalAnswer {
                proposal_id: p.id.clone(),
                side: side.into(),
                user_id: user_id.clone(),
                version: p.version,
                answer: String::new(),
                reason: String::new(),
                informed_at: None,
                waived_reflection: false,
                answered_at: at,
            };
            match a.answer.as_str() {
                "reject" => {
                    answer.answer = "rejected".into();
                    answer.reason = required_text("reason", &a.reason, 2000)?;
                    p.status = "rejected".into();
                }
                "accept" => {
                    answer.answer = "accepted".into();
                    if p.side == "mediator" {
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
                    let other = match p.side.as_str() {
                        "consumer" | "trader" => p.side.as_str(),
                        _ => other_side(side),
                    };
                    if current(other) {
                        p.status = "accepted".into();
                    }
                }
                _ => return Err(CaseError::Invalid(vec![("answer", "error-choice-unknown")])),
            }
            p.updated_at = at;
            db::settlements::save_proposal(c, &p)?;
            db::settlements::save_answer(c, &answer)?;
            outcome = (answer.answer.clone(), p.status == "accepted");
            Ok(json!({
                "proposal": p.id,
                "by": side,
                "decision": answer.answer,
                "version": p.version,
                "waived_reflection": answer.waived_reflection,
            }))
        })?;
        let (given, settled) = outcome;
        if !settled {
            let kind = if given == "rejected" {
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

fn notify_side(c: &mut DbConn, case: &Case, side: &str) -> db::DbResult<Vec<notify::Recipient>> {
    if side == "consumer" {
        notify::consumer_side(c, case)
    } else {
        notify::trader_side(c, case)
    }
}

/// Everything about settlement the case page shows, loaded in a fixed number of queries.
#[derive(Debug, Clone, Default)]
pub struct SettlementView {
    pub proposals: Vec<Proposal>,
    pub answers: Vec<ProposalAnswer>,
    pub blind: BlindView,
    pub agreement: Option<Agreement>,
    pub obligations: Vec<Obligation>,
}

pub fn load_view(
    c: &mut DbConn,
    case: &Case,
    role: CaseRole,
    gap_percent: i64,
) -> db::DbResult<SettlementView> {
    let blind = match role {
        CaseRole::Consumer | CaseRole::Trader => {
            let side = if role == CaseRole::Consumer {
                "consumer"
            } else {
                "trader"
            };
            blind_view(
                &db::settlements::blind_offers_of_case(c, &case.id)?,
                side,
                gap_percent,
            )
        }
        _ => BlindView::default(),
    };
    Ok(SettlementView {
        proposals: db::settlements::proposals_of_case(c, &case.id)?,
        answers: db::settlements::answers_of_case(c, &case.id)?,
        blind,
        agreement: db::settlements::agreement_of_case(c, &case.id)?,
        obligations: db::settlements::obligations_of_case(c, &case.id)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(rows: &[(&str, &str)]) -> Input {
        rows.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn term(side: &str, kind: &str, action: &str, amount: Option<i64>, currency: &str) -> Term {
        Term {
            kind: kind.into(),
            side: side.into(),
            action: action.into(),
            amount_minor: amount,
            currency: currency.into(),
            due_on: today(),
            description: String::new(),
        }
    }

    #[test]
    fn a_solution_favours_the_consumer_only_when_it_grants_the_claim() {
        let mut case = crate::domain::cases::access::tests::case();
        case.claim_kind = "refund".into();
        case.claim_amount_minor = Some(64_900);
        let pay = |n| term("trader", "payment", "", Some(n), "EUR");
        assert_eq!(favours(&case, &[pay(64_900)]), "consumer");
        assert_eq!(favours(&case, &[pay(30_000), pay(34_900)]), "consumer");
        assert_eq!(favours(&case, &[pay(64_899)]), "partly");
        // Money in another currency is not the amount claimed.
        assert_eq!(
            favours(&case, &[term("trader", "payment", "", Some(90_000), "USD")]),
            "partly"
        );
        assert_eq!(
            favours(&case, &[term("trader", "action", "refund", None, "")]),
            "consumer"
        );
        // Only the consumer owes something: the solution favours the trader.
        assert_eq!(
            favours(&case, &[term("consumer", "action", "return", None, "")]),
            "trader"
        );
        assert_eq!(favours(&case, &[]), "trader");
        case.claim_kind = "repair".into();
        case.claim_amount_minor = None;
        assert_eq!(
            favours(&case, &[term("trader", "action", "repair", None, "")]),
            "consumer"
        );
        assert_eq!(favours(&case, &[pay(5_000)]), "partly");
    }

    #[test]
    fn a_payment_and_an_action_make_two_terms() {
        let (terms, note) = check_terms(
            &form(&[
                ("item1_kind", "payment"),
                ("item1_side", "trader"),
                ("item1_amount", "120,50"),
                ("item1_currency", "eur"),
                ("item1_due_on", "2026-12-01"),
                ("item2_kind", "action"),
                ("item2_side", "consumer"),
                ("item2_action", "return"),
                ("item2_due_on", "2026-11-23"),
                ("item2_currency", "EUR"),
                ("note", "  Thanks.  "),
            ]),
            today(),
            "bg",
        )
        .unwrap();
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[0].amount_minor, Some(12050));
        assert_eq!(terms[0].currency, "EUR");
        assert_eq!(terms[1].action, "return");
        assert_eq!(terms[1].amount_minor, None);
        assert_eq!(note, "Thanks.");
    }

    #[test]
    fn bad_terms_are_named_by_field() {
        let errors = |rows: &[(&str, &str)]| check_terms(&form(rows), today(), "en").unwrap_err();
        assert_eq!(errors(&[]), vec![("item1_kind", "error-proposal-no-items")]);
        let payment = |amount: &str, currency: &str, due: &str| {
            errors(&[
                ("item1_kind", "payment"),
                ("item1_side", "trader"),
                ("item1_amount", amount),
                ("item1_currency", currency),
                ("item1_due_on", due),
            ])
        };
        assert_eq!(
            payment("0", "EUR", "2026-12-01"),
            vec![("item1_amount", "error-amount-zero")]
        );
        assert_eq!(
            payment("-5", "EUR", "2026-12-01"),
            vec![("item1_amount", "error-amount-negative")]
        );
        assert_eq!(
            payment("5", "XYZ", "2026-12-01"),
            vec![("item1_currency", "error-currency-unknown")]
        );
        assert_eq!(
            payment("5", "EUR", "2026-11-22"),
            vec![("item1_due_on", "error-due-in-past")]
        );
        assert_eq!(
            payment("5", "EUR", "soon"),
            vec![("item1_due_on", "error-date-invalid")]
        );
        assert_eq!(
            errors(&[
                ("item2_kind", "action"),
                ("item2_side", "nobody"),
                ("item2_action", "other"),
                ("item2_due_on", "2026-12-01")
            ]),
            vec![
                ("item2_side", "error-choice-unknown"),
                ("item2_description", "error-required")
            ]
        );
    }

    #[test]
    fn blind_offers_meet_at_the_midpoint_when_they_overlap_or_nearly_do() {
        // In cents. Overlap: the consumer wants at least 100, the trader pays up to 140.
        assert_eq!(blind_result(10000, 14000, 10), Some(12000));
        // A gap of 10 % of the consumer's minimum still meets; 11 % does not.
        assert_eq!(blind_result(10000, 9000, 10), Some(9500));
        assert_eq!(blind_result(10000, 8900, 10), None);
        assert_eq!(blind_result(10000, 9999, 0), None);
        // Half a cent goes to the consumer.
        assert_eq!(blind_result(101, 100, 10), Some(101));
    }

    #[test]
    fn each_side_sees_only_its_own_figure_and_the_rounds() {
        let offer = |round: i32, side: &str, amount: i64| BlindOffer {
            case_id: "c".into(),
            round,
            side: side.into(),
            amount_minor: amount,
            currency: "EUR".into(),
            created_at: chrono::DateTime::UNIX_EPOCH.naive_utc(),
        };
        let offers = vec![
            offer(1, "consumer", 500),
            offer(1, "trader", 100),
            offer(2, "trader", 200),
        ];
        let consumer = blind_view(&offers, "consumer", 10);
        assert_eq!(
            consumer,
            BlindView {
                round: Some(2),
                mine: None,
                other_entered: true,
                missed: 1,
                met_at: None
            }
        );
        let trader = blind_view(&offers, "trader", 10);
        assert_eq!(
            trader,
            BlindView {
                round: Some(2),
                mine: Some(200),
                other_entered: false,
                missed: 1,
                met_at: None
            }
        );
        let mut all = offers.clone();
        all.extend([
            offer(2, "consumer", 400),
            offer(3, "consumer", 300),
            offer(3, "trader", 250),
        ]);
        let view = blind_view(&all, "consumer", 0);
        assert_eq!(view.met_at, None);
        assert_eq!(view.round, None, "three rounds and no more");
        assert_eq!(view.missed, 3);
        let view = blind_view(&all, "consumer", 20);
        assert_eq!(view.met_at, Some(275));
    }
}
