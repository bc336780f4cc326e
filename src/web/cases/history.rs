//! The case's history as people read it: each event of the log is one sentence in the
//! viewer's language, with the details that matter and, where someone wrote something that
//! belongs to the step (a reason, a note, a request), that text quoted as they wrote it.
//!
//! The events come already filtered by access (`show::load_file`); this module adds no
//! name, figure or text the viewer could not see elsewhere on the page: a blind offer never
//! shows a figure, a hearing answer only to whom `access::sees_hearing_answer` allows, what
//! was said to the centre alone only to whom `access::sees_said_to_centre` allows.
use std::collections::HashMap;

use chrono::NaiveDateTime;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Serialize;
use serde_json::Value as Json;

use super::show::CaseFile;
use crate::db::models::{CaseDocument, CaseEvent, Obligation, Proposal, User};
use crate::domain::cases::access;
use crate::domain::cases::audit::ActedAs;
use crate::domain::cases::codes::{EventKind, ObligationKind, ProposedBy, RefusalGround, Side};
use crate::domain::cases::lifecycle::{CaseRole, Step};
use crate::i18n;
use crate::web::page::Page;

/// One entry of the history: when, what happened, and what the person wrote, if anything.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub seq: i32,
    /// The moment for people, formatted as the rest of the page formats moments.
    pub at: String,
    /// The same moment for `<time datetime>`, in UTC.
    pub datetime: String,
    pub sentence: String,
    pub quote: Option<String>,
}

/// What the sentences need besides the event: who reads, the people named in the log, and
/// the parts of the file the viewer already sees (documents, obligations, proposals).
pub struct Context<'a> {
    pub lang: &'a str,
    pub role: CaseRole,
    pub viewer_id: &'a str,
    pub people: &'a HashMap<String, User>,
    pub documents: &'a [CaseDocument],
    pub obligations: &'a [Obligation],
    pub proposals: &'a [Proposal],
    /// How the page formats a moment (the viewer's zone and language).
    pub datetime: &'a dyn Fn(NaiveDateTime) -> String,
}

/// The Fluent message of an event kind's sentence.
pub fn message_id(kind: EventKind) -> String {
    format!("history-{}", kind.as_str())
}

/// The case page's history, newest first.
pub fn timeline(page: &Page, file: &CaseFile) -> Vec<Entry> {
    let viewer_id = page.user.as_ref().map(|u| u.id.as_str()).unwrap_or("");
    let datetime = |t: NaiveDateTime| page.datetime(t);
    let cx = Context {
        lang: page.lang.as_str(),
        role: file.role,
        viewer_id,
        people: &file.people,
        documents: &file.file.documents,
        obligations: &file.settlement.obligations,
        proposals: &file.settlement.proposals,
        datetime: &datetime,
    };
    file.events.iter().rev().map(|e| entry(&cx, e)).collect()
}

type Args = Vec<(&'static str, FluentValue<'static>)>;

fn text(data: &Json, key: &str) -> String {
    data.get(key)
        .and_then(Json::as_str)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// A moment the log stores (`2026-12-04T10:30:00` or `2026-12-04 10:30:00`).
fn moment(data: &Json, key: &str) -> Option<NaiveDateTime> {
    let s = data.get(key)?.as_str()?;
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// A date the log stores, as the page shows dates (`2026-12-04`); a moment gives its date.
fn day(lang: &str, data: &Json, key: &str) -> String {
    let date = moment(data, key).map(|t| t.date()).or_else(|| {
        data.get(key)
            .and_then(Json::as_str)
            .and_then(|s| s.get(..10))
            .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    });
    date.map_or_else(|| "—".to_string(), |d| i18n::format_date(lang, d))
}

fn arg(v: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(v.into())
}

/// Who took the step: the `who` selector (a named person, the mediator, the centre, or the
/// system when the scheduler took it) and the words for them in the viewer's language.
fn actor(cx: &Context, e: &CaseEvent) -> Args {
    let user = e.actor_id.as_ref().and_then(|id| cx.people.get(id));
    let who = ActedAs::of(e.actor_id.as_deref(), user).as_str();
    let name = user.map_or_else(|| i18n::t(cx.lang, "history-someone"), |u| u.name.clone());
    let words = i18n::t_args(
        cx.lang,
        "history-actor",
        &[("who", arg(who)), ("name", arg(name))],
    );
    vec![("who", arg(who)), ("actor", arg(words))]
}

/// An obligation of the settlement, by its position, as the sentences name it: its kind,
/// the amount of a payment and the translated action.
fn obligation(cx: &Context, data: &Json) -> Args {
    let position = data.get("obligation").and_then(Json::as_i64).unwrap_or(0);
    let o = cx
        .obligations
        .iter()
        .find(|o| i64::from(o.position) == position);
    let kind = match o.map(|o| o.kind) {
        Some(ObligationKind::Payment) => "payment",
        _ => "action",
    };
    let amount = o
        .and_then(|o| super::money(cx.lang, o.amount_minor, &o.currency))
        .unwrap_or_default();
    let action = o.and_then(|o| o.action).map_or_else(
        || i18n::t(cx.lang, &ObligationKind::Action.label_id()),
        |a| i18n::t(cx.lang, &a.label_id()),
    );
    vec![
        ("kind", arg(kind)),
        ("amount", arg(amount)),
        ("action", arg(action)),
    ]
}

/// What kind of proposal an event answers: the mediator's solution, the blind offers'
/// figure, or a party's offer.
fn proposal_of(cx: &Context, data: &Json) -> &'static str {
    let id = text(data, "proposal");
    match cx.proposals.iter().find(|p| p.id == id).map(|p| p.side) {
        Some(ProposedBy::Mediator) => "solution",
        Some(ProposedBy::Blind) => "blind",
        _ => "offer",
    }
}

/// Turns one event of the log into a sentence for this viewer.
pub fn entry(cx: &Context, e: &CaseEvent) -> Entry {
    let data: Json = serde_json::from_str(&e.data).unwrap_or_default();
    let mut args = actor(cx, e);
    let mut quote = None;
    let said = |key: &str| {
        let t = text(&data, key);
        (!t.is_empty()).then_some(t)
    };
    match e.kind {
        EventKind::Step(step) => match step {
            Step::Submit => {
                let reference = text(&data, "reference");
                args.push((
                    "reference",
                    arg(if reference.is_empty() {
                        "—".into()
                    } else {
                        reference
                    }),
                ));
            }
            Step::RequestInfo => quote = said("request"),
            Step::ProvideInfo => quote = said("answer"),
            Step::MarkComplete => args.push(("due", arg(day(cx.lang, &data, "outcome_due_at")))),
            Step::Accept | Step::DeemRefused => {
                args.push(("due", arg(day(cx.lang, &data, "trader_due_on"))))
            }
            Step::Refuse => {
                let g = text(&data, "ground");
                // A ground that no longer names one of the list's values is left out.
                let ground = RefusalGround::parse(&g)
                    .map(|g| i18n::t(cx.lang, &g.label_id()))
                    .unwrap_or_else(|| "—".into());
                args.push(("ground", arg(ground)));
                quote = said("reason");
            }
            Step::JoinAsTrader => quote = said("answer"),
            Step::DeclineAsTrader | Step::Withdraw => quote = said("reason"),
            Step::DeclineAssignment => {
                if access::sees_said_to_centre(cx.role, None) {
                    quote = said("reason");
                }
            }
            Step::ObjectToMediator => {
                let by = Side::parse(&text(&data, "by"));
                if access::sees_said_to_centre(cx.role, by) {
                    quote = said("reason");
                }
            }
            Step::DecideObjection => {
                let upheld = data.get("upheld").and_then(Json::as_bool).unwrap_or(false);
                args.push(("upheld", arg(if upheld { "yes" } else { "no" })));
                quote = said("note");
            }
            Step::AssignMediator => args.push(("mediator", arg(text(&data, "mediator")))),
            Step::Extend => {
                args.push(("due", arg(day(cx.lang, &data, "to"))));
                quote = said("reason");
            }
            Step::CloseNotSettled => quote = said("summary"),
            Step::LogCorrespondence => {
                let direction = text(&data, "direction");
                args.push(("direction", arg(direction)));
                args.push(("date", arg(day(cx.lang, &data, "date"))));
                quote = said("summary");
            }
            Step::AddMember => {
                args.push(("member", arg(text(&data, "name"))));
                args.push(("capacity", arg(text(&data, "capacity"))));
            }
            Step::LinkGroup => args.push(("linked", arg(text(&data, "linked")))),
            Step::ScheduleHearing | Step::RescheduleHearing => {
                let starts = moment(&data, "starts")
                    .map_or_else(|| "—".to_string(), |t| (cx.datetime)(t).trim().to_string());
                args.push(("starts", arg(starts)));
            }
            Step::CancelHearing => quote = said("reason"),
            Step::AnswerHearing => {
                let mine = e.actor_id.as_deref().unwrap_or_default();
                let answer = if access::sees_hearing_answer(cx.role, mine, cx.viewer_id) {
                    text(&data, "answer")
                } else {
                    "hidden".into()
                };
                args.push(("answer", arg(answer)));
            }
            Step::Propose => {
                let by = ProposedBy::parse(&text(&data, "by"));
                let kind = if data.get("version").is_some() {
                    "revised"
                } else if by == Some(ProposedBy::Mediator) {
                    "solution"
                } else if data.get("counters").is_some_and(|c| !c.is_null()) {
                    "counter"
                } else {
                    "offer"
                };
                args.push(("kind", arg(kind)));
            }
            Step::AnswerProposal => {
                args.push(("decision", arg(text(&data, "decision"))));
                args.push(("of", arg(proposal_of(cx, &data))));
            }
            Step::BlindOffer => {
                let round = data.get("round").and_then(Json::as_i64).unwrap_or(1);
                args.push(("round", FluentValue::from(round)));
                // Only the outcome is logged, never a figure: the figure both sides met at.
                let outcome = match data.get("met").and_then(Json::as_bool) {
                    Some(true) => "met",
                    Some(false) => "apart",
                    None => "waiting",
                };
                args.push(("outcome", arg(outcome)));
                // Older events kept the figure already written out, in English.
                let amount = super::money(
                    cx.lang,
                    data.get("amount_minor").and_then(Json::as_i64),
                    &text(&data, "currency"),
                )
                .unwrap_or_else(|| text(&data, "amount"));
                args.push(("amount", arg(amount)));
            }
            Step::MarkDone => args.extend(obligation(cx, &data)),
            Step::AnswerObligation | Step::JudgeObligation => {
                args.extend(obligation(cx, &data));
                args.push(("decision", arg(text(&data, "decision"))));
                if step == Step::JudgeObligation {
                    quote = said("reason");
                }
            }
            Step::DeclareNoConflict
            | Step::RequestMediation
            | Step::EndNegotiation
            | Step::MarkComplex
            | Step::RecordMinutes
            | Step::WithdrawProposal
            | Step::Settle
            | Step::CloseCompliance => {}
        },
        EventKind::DocumentRedacted => {
            let id = text(&data, "document");
            let doc = cx.documents.iter().find(|d| d.id == id);
            args.push(("known", arg(if doc.is_some() { "yes" } else { "no" })));
            args.push((
                "title",
                arg(doc.map(|d| d.title.clone()).unwrap_or_default()),
            ));
            quote = doc
                .and_then(|d| d.redaction_reason.clone())
                .filter(|r| !r.trim().is_empty());
        }
    }
    Entry {
        seq: e.seq,
        at: (cx.datetime)(e.at),
        datetime: e
            .at
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        sentence: i18n::t_args(cx.lang, &message_id(e.kind), &args),
        quote,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::domain::cases::codes::{Action, Audience, ObligationStatus};
    use serde_json::json;

    const TRADER: &str = "u-trader";
    const CONSUMER: &str = "u-consumer";
    const MEDIATOR: &str = "u-mediator";
    const STAFF: &str = "u-staff";

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(9, 15, 0)
            .unwrap()
    }

    fn user(id: &str, name: &str, role: Role) -> (String, User) {
        let u = User {
            id: id.into(),
            email: format!("{id}@example.org"),
            name: name.into(),
            password_hash: None,
            role,
            organisation_id: None,
            language: "en".into(),
            email_verified_at: None,
            token_version: 0,
            disabled_at: None,
            created_at: at(),
            updated_at: at(),
            time_zone: "UTC".into(),
        };
        (id.to_string(), u)
    }

    fn people() -> HashMap<String, User> {
        HashMap::from([
            user(TRADER, "Teodora Trader", Role::TraderUser),
            user(CONSUMER, "Clara Consumer", Role::Consumer),
            user(MEDIATOR, "Mia Mediator", Role::Mediator),
            user(STAFF, "Sam Staff", Role::Admin),
        ])
    }

    fn obligation(position: i32, kind: ObligationKind) -> Obligation {
        Obligation {
            id: format!("o{position}"),
            case_id: "c".into(),
            agreement_id: "a".into(),
            position,
            side: Side::Trader,
            kind,
            action: (kind == ObligationKind::Action).then_some(Action::Repair),
            description: String::new(),
            amount_minor: (kind == ObligationKind::Payment).then_some(7500),
            currency: "EUR".into(),
            due_on: at().date(),
            status: ObligationStatus::Due,
            done_at: None,
            done_note: String::new(),
            document_id: None,
            report_reason: String::new(),
            reported_at: None,
            outcome: None,
            settled_at: None,
            updated_at: at(),
        }
    }

    fn document() -> CaseDocument {
        CaseDocument {
            id: "d1".into(),
            case_id: "c".into(),
            uploader_id: CONSUMER.into(),
            audience: Audience::Everyone,
            title: "Receipt".into(),
            description: String::new(),
            file_name: "receipt.pdf".into(),
            content_type: "application/pdf".into(),
            size_bytes: 10,
            sha256: "ab".into(),
            storage_key: "k".into(),
            created_at: at(),
            redacted_at: Some(at()),
            redacted_by: Some(STAFF.into()),
            redaction_reason: Some("A third person's address".into()),
        }
    }

    /// Who takes each kind of step, and what the log records for it (every variant the
    /// sentences choose between), as the domain's `apply` calls write it.
    fn samples(kind: EventKind) -> Vec<(Option<&'static str>, Json)> {
        let party = |d: Json| (Some(CONSUMER), d);
        let trader = |d: Json| (Some(TRADER), d);
        let staff = |d: Json| (Some(STAFF), d);
        let mediator = |d: Json| (Some(MEDIATOR), d);
        let system = |d: Json| (None, d);
        let EventKind::Step(step) = kind else {
            return vec![
                staff(json!({ "document": "d1", "sha256_before": "aa", "sha256_after": "bb" })),
                staff(json!({ "document": "gone", "sha256_before": "aa", "sha256_after": "bb" })),
            ];
        };
        match step {
            Step::Submit => vec![
                party(json!({ "reference": "ADR-2026-000001", "channel": "online" })),
                staff(json!({ "reference": "ADR-2026-000002", "channel": "post" })),
            ],
            Step::RequestInfo => vec![staff(json!({ "request": "The receipt, please." }))],
            Step::ProvideInfo => vec![party(json!({ "request": "r", "answer": "Here it is." }))],
            Step::MarkComplete => vec![staff(
                json!({ "completed_at": "2026-12-01T09:15:00", "outcome_due_at": "2027-02-28T09:15:00" }),
            )],
            Step::Accept => vec![staff(
                json!({ "trader_due_on": "2026-12-22", "trader_org_id": null, "new_trader_account": true }),
            )],
            Step::Refuse => vec![staff(
                json!({ "ground": "frivolous", "reason": "No claim.", "suggested_automatically": false }),
            )],
            Step::JoinAsTrader => vec![trader(
                json!({ "answer": "We take part.", "negotiation_until": "2026-12-15T09:15:00" }),
            )],
            Step::DeclineAsTrader => vec![trader(json!({ "reason": "Not our customer." }))],
            Step::DeemRefused => vec![system(json!({ "trader_due_on": "2026-12-22" }))],
            Step::RequestMediation => vec![
                party(json!({ "requested_by": "consumer" })),
                staff(json!({ "requested_by": "centre" })),
            ],
            Step::EndNegotiation => {
                vec![system(json!({ "negotiation_until": "2026-12-15T09:15:00" }))]
            }
            Step::AssignMediator => vec![staff(
                json!({ "mediator_id": MEDIATOR, "mediator": "Mia Mediator", "previous": null }),
            )],
            Step::DeclareNoConflict => {
                vec![mediator(json!({ "declaration": "no_conflict_of_interest" }))]
            }
            Step::DeclineAssignment => vec![mediator(json!({ "reason": "I know the trader." }))],
            Step::ObjectToMediator => vec![party(
                json!({ "by": "consumer", "reason": "The mediator knows them.", "mediator_id": MEDIATOR }),
            )],
            Step::DecideObjection => vec![
                staff(json!({ "objection": "o", "upheld": true, "note": "Fair.", "removed_mediator": MEDIATOR })),
                staff(json!({ "objection": "o", "upheld": false, "note": "No reason.", "removed_mediator": null })),
            ],
            Step::Extend => vec![staff(
                json!({ "days": 90, "reason": "Experts.", "from": "2027-02-28T09:15:00", "to": "2027-05-29T09:15:00" }),
            )],
            Step::CloseNotSettled => vec![mediator(json!({ "summary": "No agreement." }))],
            Step::Withdraw => vec![
                party(json!({ "by": "consumer", "reason": "Paid." })),
                trader(json!({ "by": "trader", "reason": "" })),
            ],
            Step::MarkComplex => {
                vec![staff(json!({ "complex": true, "trader_due_on": "2027-01-12" }))]
            }
            Step::LogCorrespondence => vec![
                staff(json!({ "direction": "incoming", "date": "2026-11-30", "summary": "Letter." })),
                staff(json!({ "direction": "outgoing", "date": "2026-11-30", "summary": "Reply." })),
            ],
            Step::AddMember => vec![
                party(json!({ "user_id": "u-rita", "name": "Rita Rep", "side": "consumer", "capacity": "representative", "relationship": "Lawyer" })),
                party(json!({ "user_id": "u-son", "name": "Sven Son", "side": "consumer", "capacity": "assistant", "relationship": "Son" })),
            ],
            Step::LinkGroup => vec![staff(json!({ "group": "g", "linked": "ADR-2026-000007" }))],
            Step::ScheduleHearing | Step::RescheduleHearing => vec![mediator(
                json!({ "hearing": "h", "starts": "2026-12-04 10:30:00", "time_zone": "Europe/Sofia" }),
            )],
            Step::CancelHearing => vec![mediator(json!({ "hearing": "h", "reason": "Ill." }))],
            Step::AnswerHearing => vec![
                party(json!({ "hearing": "h", "answer": "attend" })),
                party(json!({ "hearing": "h", "answer": "another_time" })),
            ],
            Step::RecordMinutes => vec![mediator(json!({ "hearing": "h" }))],
            Step::Propose => vec![
                party(json!({ "proposal": "p1", "by": "consumer", "counters": null })),
                trader(json!({ "proposal": "p2", "by": "trader", "counters": "p1" })),
                mediator(json!({ "proposal": "p3", "by": "mediator", "counters": null })),
                party(json!({ "proposal": "p1", "by": "consumer", "version": 2 })),
            ],
            Step::WithdrawProposal => vec![party(json!({ "proposal": "p1", "by": "consumer" }))],
            Step::AnswerProposal => ["accepted", "rejected"]
                .into_iter()
                .map(|d| {
                    party(json!({ "proposal": "p3", "by": "consumer", "decision": d, "version": 1, "waived_reflection": false }))
                })
                .collect(),
            Step::BlindOffer => vec![
                party(json!({ "round": 1, "by": "consumer" })),
                trader(json!({ "round": 1, "by": "trader", "met": true, "amount_minor": 8000, "currency": "EUR" })),
                trader(json!({ "round": 2, "by": "trader", "met": false, "amount": null })),
            ],
            Step::Settle => vec![system(json!({ "proposal": "p3", "sha256": "ab" }))],
            Step::MarkDone => vec![
                trader(json!({ "obligation": 1, "by": "trader" })),
                trader(json!({ "obligation": 2, "by": "trader" })),
            ],
            Step::AnswerObligation => vec![
                party(json!({ "obligation": 1, "by": "consumer", "decision": "confirm" })),
                party(json!({ "obligation": 2, "by": "consumer", "decision": "not_honoured" })),
            ],
            Step::JudgeObligation => vec![
                staff(json!({ "obligation": 1, "decision": "honoured", "reason": "Proof shown." })),
                staff(json!({ "obligation": 2, "decision": "not_honoured", "reason": "No proof." })),
            ],
            Step::CloseCompliance => vec![system(json!({ "count": 1 }))],
        }
    }

    fn event(kind: EventKind, actor: Option<&str>, data: &Json) -> CaseEvent {
        CaseEvent {
            case_id: "c".into(),
            seq: 3,
            at: at(),
            actor_id: actor.map(str::to_string),
            kind,
            data: data.to_string(),
            prev_hash: String::new(),
            hash: String::new(),
        }
    }

    /// Renders with the viewer given, the file's obligations and one shared document.
    fn render(lang: &str, role: CaseRole, viewer: &str, e: &CaseEvent) -> Entry {
        let people = people();
        let documents = vec![document()];
        let obligations = vec![
            obligation(1, ObligationKind::Payment),
            obligation(2, ObligationKind::Action),
        ];
        let datetime = |t: NaiveDateTime| i18n::format_datetime(lang, "Europe/Sofia", t);
        let cx = Context {
            lang,
            role,
            viewer_id: viewer,
            people: &people,
            documents: &documents,
            obligations: &obligations,
            proposals: &[],
            datetime: &datetime,
        };
        entry(&cx, e)
    }

    /// The words the sentences choose between and the stored values of the samples: none
    /// may reach a reader (in English only those with `_` or `-` are surely not English).
    const SELECTOR_WORDS: &[&str] = &[
        "person",
        "mediator",
        "centre",
        "system",
        "incoming",
        "outgoing",
        "assistant",
        "representative",
        "attend",
        "another_time",
        "hidden",
        "solution",
        "counter",
        "revised",
        "offer",
        "accepted",
        "rejected",
        "blind",
        "met",
        "apart",
        "waiting",
        "payment",
        "action",
        "confirm",
        "not_honoured",
        "honoured",
        "frivolous",
        "repair",
    ];

    fn raw_words(lang: &str, sentence: &str) -> Vec<String> {
        let names = [
            "Teodora Trader",
            "Clara Consumer",
            "Mia Mediator",
            "Sam Staff",
            "Rita Rep",
        ];
        let text = names
            .iter()
            .fold(sentence.to_string(), |t, n| t.replace(n, " "));
        text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| {
                w.contains('_')
                    || EventKind::all().any(|k| k.as_str() == w && w.contains('-'))
                    || (lang != "en" && SELECTOR_WORDS.contains(&w.as_str()))
            })
            .collect()
    }

    #[test]
    fn every_event_kind_has_a_sentence_in_all_six_languages() {
        for (lang, _) in i18n::LANGUAGES {
            let path = format!(
                "{}/templates/locales/{lang}/concilia.ftl",
                env!("CARGO_MANIFEST_DIR")
            );
            let ftl = std::fs::read_to_string(&path).unwrap();
            for kind in EventKind::all() {
                let id = message_id(kind);
                assert!(
                    ftl.lines().any(|l| l.starts_with(&format!("{id} ="))),
                    "{lang}: no {id}"
                );
            }
        }
    }

    #[test]
    fn every_sentence_reads_without_placeholders_or_stored_words() {
        let mut problems = vec![];
        for (lang, _) in i18n::LANGUAGES {
            for kind in EventKind::all() {
                let cases = samples(kind);
                assert!(!cases.is_empty(), "{kind}: no sample");
                for (actor, data) in cases {
                    let e = event(kind, actor, &data);
                    let entry = render(lang, CaseRole::Mediator, MEDIATOR, &e);
                    let s = &entry.sentence;
                    let raw = raw_words(lang, s);
                    if s.contains(['{', '}', '$'])
                        || s.trim().is_empty()
                        || s.contains("history-")
                        || !raw.is_empty()
                        || s.contains("  ")
                        || s.contains(" .")
                        || s.contains("—")
                    {
                        problems.push(format!("{lang} {kind} {data}: {s:?} {raw:?}"));
                    }
                    // The person who acted is named; the mediator, the centre and the
                    // scheduler are not named but called so.
                    if actor == Some(CONSUMER) && !s.contains("Clara Consumer") {
                        problems.push(format!("{lang} {kind}: actor not named in {s:?}"));
                    }
                    if actor == Some(STAFF) && s.contains("Sam Staff") {
                        problems.push(format!("{lang} {kind}: staff named in {s:?}"));
                    }
                    if entry.at != i18n::format_datetime(lang, "Europe/Sofia", at()) {
                        problems.push(format!("{lang} {kind}: when is {}", entry.at));
                    }
                    assert_eq!(entry.datetime, "2026-12-01T09:15:00Z");
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    fn sentence(kind: Step, actor: &str, data: Json, role: CaseRole, viewer: &str) -> Entry {
        render(
            "en",
            role,
            viewer,
            &event(EventKind::Step(kind), Some(actor), &data),
        )
    }

    #[test]
    fn the_sentences_carry_the_details_that_matter() {
        let s = sentence(
            Step::AnswerObligation,
            CONSUMER,
            json!({ "obligation": 1, "by": "consumer", "decision": "confirm" }),
            CaseRole::Consumer,
            CONSUMER,
        );
        assert_eq!(
            s.sentence,
            "Clara Consumer confirmed that the payment of 75.00 EUR was made."
        );
        let s = sentence(
            Step::RescheduleHearing,
            MEDIATOR,
            json!({ "hearing": "h", "starts": "2026-12-04 08:30:00", "time_zone": "Europe/Sofia" }),
            CaseRole::Trader,
            TRADER,
        );
        assert_eq!(
            s.sentence,
            "The mediator moved the hearing to 4 December 2026 at 10:30 EET."
        );
        let s = sentence(
            Step::JudgeObligation,
            STAFF,
            json!({ "obligation": 2, "decision": "not_honoured", "reason": "No proof." }),
            CaseRole::Trader,
            TRADER,
        );
        assert_eq!(
            s.sentence,
            "The centre decided that the agreed action (Repair) was not carried out."
        );
        assert_eq!(s.quote.as_deref(), Some("No proof."));
        let s = render(
            "en",
            CaseRole::Consumer,
            CONSUMER,
            &event(
                EventKind::Step(Step::DeemRefused),
                None,
                &json!({ "trader_due_on": "2026-12-22" }),
            ),
        );
        assert_eq!(
            s.sentence,
            "The trader did not answer by 22 December 2026, so the trader is taken to have refused to take part."
        );
    }

    #[test]
    fn what_the_viewer_may_not_see_stays_out() {
        // Another party's answer to a hearing is for the mediator and that party only.
        let data = json!({ "hearing": "h", "answer": "another_time" });
        let other = sentence(
            Step::AnswerHearing,
            TRADER,
            data.clone(),
            CaseRole::Consumer,
            CONSUMER,
        );
        assert_eq!(
            other.sentence,
            "Teodora Trader answered the invitation to the hearing."
        );
        let own = sentence(
            Step::AnswerHearing,
            TRADER,
            data.clone(),
            CaseRole::Trader,
            TRADER,
        );
        assert!(
            own.sentence.contains("asked for another time"),
            "{}",
            own.sentence
        );
        let mediator = sentence(
            Step::AnswerHearing,
            TRADER,
            data,
            CaseRole::Mediator,
            MEDIATOR,
        );
        assert!(mediator.sentence.contains("asked for another time"));
        // An objection's reasons go to the centre: the other party learns only that it was made.
        let data = json!({ "by": "consumer", "reason": "The mediator knows them.", "mediator_id": MEDIATOR });
        let other = sentence(
            Step::ObjectToMediator,
            CONSUMER,
            data.clone(),
            CaseRole::Trader,
            TRADER,
        );
        assert_eq!(other.sentence, "Clara Consumer objected to the mediator.");
        assert_eq!(other.quote, None);
        for (role, viewer) in [
            (CaseRole::Consumer, CONSUMER),
            (CaseRole::Staff, STAFF),
            (CaseRole::Mediator, MEDIATOR),
        ] {
            let s = sentence(Step::ObjectToMediator, CONSUMER, data.clone(), role, viewer);
            assert_eq!(
                s.quote.as_deref(),
                Some("The mediator knows them."),
                "{role:?}"
            );
        }
        let data = json!({ "reason": "I know the trader." });
        let party = sentence(
            Step::DeclineAssignment,
            MEDIATOR,
            data.clone(),
            CaseRole::Consumer,
            CONSUMER,
        );
        assert_eq!(party.quote, None);
        let staff = sentence(
            Step::DeclineAssignment,
            MEDIATOR,
            data,
            CaseRole::Staff,
            STAFF,
        );
        assert_eq!(staff.quote.as_deref(), Some("I know the trader."));
        // A blind offer shows no figure until both met, and then only the figure they met at.
        let waiting = sentence(
            Step::BlindOffer,
            CONSUMER,
            json!({ "round": 1, "by": "consumer" }),
            CaseRole::Trader,
            TRADER,
        );
        assert!(
            !waiting
                .sentence
                .chars()
                .any(|c| c.is_ascii_digit() && c != '1'),
            "{}",
            waiting.sentence
        );
        let apart = sentence(
            Step::BlindOffer,
            TRADER,
            json!({ "round": 2, "by": "trader", "met": false, "amount": null }),
            CaseRole::Consumer,
            CONSUMER,
        );
        assert_eq!(
            apart.sentence,
            "Teodora Trader made a blind offer in round 2; the two offers were too far apart."
        );
        // The figure met at is written as the viewer's language writes amounts.
        let met = json!({ "round": 1, "by": "trader", "met": true, "amount_minor": 8050, "currency": "EUR" });
        let figure = |lang| crate::i18n::format_money(lang, 8050, "EUR");
        assert_ne!(figure("en"), figure("bg"));
        for lang in ["en", "bg"] {
            let e = event(EventKind::Step(Step::BlindOffer), Some(TRADER), &met);
            let s = render(lang, CaseRole::Consumer, CONSUMER, &e);
            assert!(s.sentence.contains(&figure(lang)), "{}", s.sentence);
        }
        let old = json!({ "round": 1, "by": "trader", "met": true, "amount": "80.00 EUR" });
        let old = sentence(Step::BlindOffer, TRADER, old, CaseRole::Consumer, CONSUMER);
        assert!(old.sentence.contains("80.00 EUR"), "{}", old.sentence);
    }
}
