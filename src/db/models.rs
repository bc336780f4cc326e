use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::outbox::OutboxStatus;
use super::schema::{account_tokens, organisations, users};
use crate::domain::Role;
use crate::domain::cases::codes::{
    Action, Attendance, Audience, Capacity, Channel, ClaimKind, EventKind, Favours, HearingForm,
    HearingStatus, ObligationKind, ObligationStatus, OrBlank, Outcome, ProblemKind, ProposalStatus,
    ProposedBy, RefusalGround, Sector, Side, Verdict,
};
use crate::domain::cases::lifecycle::State;
use crate::domain::reports::ReportKind;
use crate::domain::tokens::Purpose;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub role: Role,
    pub organisation_id: Option<String>,
    pub language: String,
    pub email_verified_at: Option<NaiveDateTime>,
    pub token_version: i32,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// IANA zone name; dates are shown to the user in it.
    pub time_zone: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub registration_number: String,
    pub contact_email: String,
    pub sector: String,
    pub is_member: bool,
    pub created_at: NaiveDateTime,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub address: String,
    /// Member traders may be bound to take part in ADR; then only the consumer may withdraw.
    pub participation_mandatory: bool,
    /// The users who receive the organisation's case mail; everyone in it when unset.
    pub adr_contact_id: Option<String>,
    pub adr_backup_id: Option<String>,
    /// Lower-cased name for the directory search.
    pub search_name: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = account_tokens)]
pub struct AccountToken {
    pub id: String,
    pub user_id: String,
    pub purpose: Purpose,
    pub token_hash: String,
    pub new_email: Option<String>,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::outbox)]
pub struct OutboxMessage {
    pub id: String,
    pub message_id: String,
    pub recipient: String,
    pub template: String,
    pub subject: String,
    pub body: String,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, serde::Serialize)]
#[diesel(table_name = super::schema::cases, treat_none_as_null = true)]
pub struct Case {
    pub id: String,
    /// `ADR-2026-000042`, given on submission; drafts have none.
    pub reference: Option<String>,
    pub state: State,
    /// online, post, phone or in_person.
    pub channel: Channel,
    /// The consumer's account, when they have one.
    pub consumer_id: Option<String>,
    pub consumer_name: String,
    pub consumer_email: String,
    pub consumer_country: String,
    pub filed_by: String,
    pub trader_org_id: Option<String>,
    pub trader_name: String,
    pub trader_email: String,
    pub trader_country: String,
    pub trader_address: String,
    #[diesel(deserialize_as = OrBlank<Sector>, serialize_as = OrBlank<Sector>)]
    pub sector: Option<Sector>,
    #[diesel(deserialize_as = OrBlank<ProblemKind>, serialize_as = OrBlank<ProblemKind>)]
    pub problem_kind: Option<ProblemKind>,
    pub purchase_description: String,
    pub purchase_date: Option<chrono::NaiveDate>,
    pub price_minor: Option<i64>,
    pub price_currency: String,
    pub complained_on: Option<chrono::NaiveDate>,
    pub trader_responded: bool,
    pub trader_response: String,
    #[diesel(deserialize_as = OrBlank<ClaimKind>, serialize_as = OrBlank<ClaimKind>)]
    pub claim_kind: Option<ClaimKind>,
    pub claim_amount_minor: Option<i64>,
    pub claim_currency: String,
    pub description: String,
    pub language: String,
    pub not_elsewhere: bool,
    pub complex: bool,
    pub group_id: Option<String>,
    pub mediator_id: Option<String>,
    pub mediator_confirmed_at: Option<NaiveDateTime>,
    /// A party's objection to the mediator, waiting for the centre's decision.
    pub objection: Option<String>,
    /// What the centre asked the consumer to add, while they have not answered.
    pub info_request: Option<String>,
    pub received_at: Option<NaiveDateTime>,
    /// The file was marked complete: the 90-day clock starts here.
    pub completed_at: Option<NaiveDateTime>,
    pub decided_at: Option<NaiveDateTime>,
    pub trader_due_on: Option<chrono::NaiveDate>,
    pub trader_answered_at: Option<NaiveDateTime>,
    pub negotiation_until: Option<NaiveDateTime>,
    pub mediation_started_at: Option<NaiveDateTime>,
    pub outcome_due_at: Option<NaiveDateTime>,
    pub extended: bool,
    pub closed_at: Option<NaiveDateTime>,
    pub refusal_ground: Option<RefusalGround>,
    /// The reasoned explanation of a refusal, a decline or a closing.
    pub closing_reason: String,
    pub withdrawn_by: Option<Side>,
    pub search_text: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::case_events)]
pub struct CaseEvent {
    pub case_id: String,
    pub seq: i32,
    pub at: NaiveDateTime,
    pub actor_id: Option<String>,
    pub kind: EventKind,
    /// JSON: the values the event changed or recorded.
    pub data: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::case_members)]
pub struct CaseMember {
    pub case_id: String,
    pub user_id: String,
    /// consumer or trader.
    pub side: Side,
    /// representative or assistant.
    pub capacity: Capacity,
    pub relationship: String,
    pub added_by: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::case_messages)]
pub struct CaseMessage {
    pub id: String,
    pub case_id: String,
    pub author_id: String,
    /// everyone, caucus_consumer or caucus_trader.
    pub audience: Audience,
    pub body: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::case_documents)]
pub struct CaseDocument {
    pub id: String,
    pub case_id: String,
    pub uploader_id: String,
    /// everyone, caucus_consumer or caucus_trader (shared with the mediator only).
    pub audience: Audience,
    pub title: String,
    pub description: String,
    /// As the uploader's computer named it; shown, never used as a path.
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
    pub created_at: NaiveDateTime,
    pub redacted_at: Option<NaiveDateTime>,
    pub redacted_by: Option<String>,
    pub redaction_reason: Option<String>,
}

#[derive(
    Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset, serde::Serialize,
)]
#[diesel(table_name = super::schema::hearings)]
pub struct Hearing {
    pub id: String,
    pub case_id: String,
    pub mediator_id: String,
    /// UTC.
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    /// The IANA zone it was booked in.
    pub time_zone: String,
    /// video, phone or in_person.
    pub form: HearingForm,
    /// The video link, the phone number or the address.
    pub place: String,
    /// Raised by each change, as iCalendar's SEQUENCE.
    pub sequence: i32,
    /// scheduled or cancelled.
    pub status: HearingStatus,
    #[diesel(treat_none_as_null = true)]
    pub minutes: Option<String>,
    #[diesel(treat_none_as_null = true)]
    pub private_notes: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = super::schema::hearing_answers)]
pub struct HearingAnswer {
    pub hearing_id: String,
    pub user_id: String,
    /// attend or another_time.
    pub answer: Attendance,
    pub reason: String,
    pub sequence: i32,
    pub answered_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = super::schema::proposals)]
pub struct Proposal {
    pub id: String,
    pub case_id: String,
    /// `None` for the proposal blind offers produced.
    pub author_id: Option<String>,
    /// consumer, trader, mediator or blind.
    pub side: ProposedBy,
    /// The proposal this one counters.
    pub answers_id: Option<String>,
    pub version: i32,
    /// open, withdrawn, countered, rejected or accepted.
    pub status: ProposalStatus,
    /// The items, as canonical JSON (`domain::cases::settlements::Term`).
    pub terms: String,
    pub note: String,
    /// JSON list of the shared messages and documents a mediator's solution relies on.
    pub cites: String,
    /// A mediator's solution cannot be accepted before this unless the party waives it.
    #[diesel(treat_none_as_null = true)]
    pub reflection_until: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// For a mediator's solution: consumer, partly or trader (`settlements::favours`).
    #[diesel(treat_none_as_null = true, deserialize_as = OrBlank<Favours>, serialize_as = OrBlank<Favours>)]
    pub favours: Option<Favours>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = super::schema::proposal_answers)]
pub struct ProposalAnswer {
    pub proposal_id: String,
    pub side: Side,
    pub user_id: String,
    pub version: i32,
    /// accepted or rejected.
    pub answer: Verdict,
    pub reason: String,
    #[diesel(treat_none_as_null = true)]
    pub informed_at: Option<NaiveDateTime>,
    pub waived_reflection: bool,
    pub answered_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::blind_offers)]
pub struct BlindOffer {
    pub case_id: String,
    pub round: i32,
    pub side: Side,
    pub amount_minor: i64,
    pub currency: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::agreements)]
pub struct Agreement {
    pub id: String,
    pub case_id: String,
    pub proposal_id: String,
    pub language: String,
    pub canonical_text: String,
    pub sha256: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = super::schema::obligations)]
pub struct Obligation {
    pub id: String,
    pub case_id: String,
    pub agreement_id: String,
    pub position: i32,
    /// The side that owes it.
    pub side: Side,
    /// payment or action.
    pub kind: ObligationKind,
    #[diesel(treat_none_as_null = true, deserialize_as = OrBlank<Action>, serialize_as = OrBlank<Action>)]
    pub action: Option<Action>,
    pub description: String,
    pub amount_minor: Option<i64>,
    pub currency: String,
    pub due_on: chrono::NaiveDate,
    /// due, done (the owing side says so), confirmed, reported (the other side says it
    /// was not), or not_honoured (staff decided).
    pub status: ObligationStatus,
    #[diesel(treat_none_as_null = true)]
    pub done_at: Option<NaiveDateTime>,
    pub done_note: String,
    #[diesel(treat_none_as_null = true)]
    pub document_id: Option<String>,
    pub report_reason: String,
    #[diesel(treat_none_as_null = true)]
    pub reported_at: Option<NaiveDateTime>,
    /// honoured, late or not_honoured, once settled.
    #[diesel(treat_none_as_null = true)]
    pub outcome: Option<Outcome>,
    #[diesel(treat_none_as_null = true)]
    pub settled_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = super::schema::report_texts)]
pub struct ReportTexts {
    /// annual or biennial.
    pub kind: ReportKind,
    pub period_from: chrono::NaiveDate,
    pub period_to: chrono::NaiveDate,
    pub recommendations: String,
    pub cooperation: String,
    pub assessment: String,
    pub updated_by: Option<String>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::trainings)]
pub struct Training {
    pub id: String,
    pub user_id: String,
    pub title: String,
    pub provider: String,
    pub started_on: chrono::NaiveDate,
    pub ended_on: chrono::NaiveDate,
    pub hours_tenths: i32,
    pub created_at: NaiveDateTime,
}
