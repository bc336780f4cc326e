//! The coded values of a case, each an enum stored as the text it always had (see
//! `domain::coded`). The state, the steps and the roles on a case are in `lifecycle`.
use super::lifecycle::Step;
use crate::domain::coded::coded;

coded! {
    /// How a complaint reached the centre.
    pub enum Channel in "cases.channel", label "channel" {
        Online = "online",
        Post = "post",
        Phone = "phone",
        InPerson = "in_person",
    }
}

coded! {
    /// Sectors, after the European Commission's classification of consumer complaints.
    pub enum Sector in "cases.sector, organisations.sector", label "sector" {
        Goods = "goods",
        Electronics = "electronics",
        Clothing = "clothing",
        Vehicles = "vehicles",
        Travel = "travel",
        Transport = "transport",
        Telecoms = "telecoms",
        Energy = "energy",
        Financial = "financial",
        Health = "health",
        Leisure = "leisure",
        Other = "other",
    }
}

coded! {
    pub enum ProblemKind in "cases.problem_kind", label "problem" {
        Defective = "defective",
        NotDelivered = "not_delivered",
        NotAsDescribed = "not_as_described",
        Late = "late",
        Billing = "billing",
        Contract = "contract",
        Warranty = "warranty",
        ServiceQuality = "service_quality",
        UnfairPractice = "unfair_practice",
        Other = "other",
    }
}

coded! {
    /// What the consumer asks for.
    pub enum ClaimKind in "cases.claim_kind", label "claim" {
        Refund = "refund",
        Repair = "repair",
        Replacement = "replacement",
        PriceReduction = "price_reduction",
        Compensation = "compensation",
        Other = "other",
    }
}

impl ClaimKind {
    /// Claims that are about an amount of money, which must then be given.
    pub fn needs_amount(self) -> bool {
        matches!(
            self,
            ClaimKind::Refund | ClaimKind::PriceReduction | ClaimKind::Compensation
        )
    }

    /// The action of a settlement that grants this claim, if it is one.
    pub fn granted_by(self) -> Option<Action> {
        match self {
            ClaimKind::Refund => Some(Action::Refund),
            ClaimKind::Repair => Some(Action::Repair),
            ClaimKind::Replacement => Some(Action::Replacement),
            ClaimKind::Other => Some(Action::Other),
            ClaimKind::PriceReduction | ClaimKind::Compensation => None,
        }
    }
}

coded! {
    /// The grounds on which Art. 5(4) of Directive 2013/11/EU lets a centre refuse a dispute.
    pub enum RefusalGround in "cases.refusal_ground", label "ground" {
        NoPriorComplaint = "no_prior_complaint",
        Frivolous = "frivolous",
        Elsewhere = "elsewhere",
        BelowThreshold = "below_threshold",
        AboveThreshold = "above_threshold",
        TooLate = "too_late",
        ImpairsOperation = "impairs_operation",
    }
}

coded! {
    /// How a member of a case stands beside its party.
    pub enum Capacity in "case_members.capacity", label "capacity" {
        Representative = "representative",
        Assistant = "assistant",
    }
}

coded! {
    /// One of the two parties.
    pub enum Side in
        "case_members.side, proposal_answers.side, blind_offers.side, obligations.side, cases.withdrawn_by",
        label "side"
    {
        Consumer = "consumer",
        Trader = "trader",
    }
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Consumer => Side::Trader,
            Side::Trader => Side::Consumer,
        }
    }
}

coded! {
    /// Who sees a message or a document.
    pub enum Audience in "case_messages.audience, case_documents.audience", label "audience" {
        Everyone = "everyone",
        /// The consumer's side and the mediator.
        CaucusConsumer = "caucus_consumer",
        /// The trader's side and the mediator.
        CaucusTrader = "caucus_trader",
    }
}

impl Audience {
    pub fn is_shared(self) -> bool {
        self == Audience::Everyone
    }

    /// The side whose caucus this is.
    pub fn caucus_side(self) -> Option<Side> {
        match self {
            Audience::Everyone => None,
            Audience::CaucusConsumer => Some(Side::Consumer),
            Audience::CaucusTrader => Some(Side::Trader),
        }
    }
}

coded! {
    pub enum HearingForm in "hearings.form", label "hearing-form" {
        Video = "video",
        Phone = "phone",
        InPerson = "in_person",
    }
}

coded! {
    pub enum HearingStatus in "hearings.status", label "hearing-status" {
        Scheduled = "scheduled",
        Cancelled = "cancelled",
    }
}

coded! {
    /// A party's answer to a hearing's invitation.
    pub enum Attendance in "hearing_answers.answer", label "hearing-answer" {
        Attend = "attend",
        AnotherTime = "another_time",
    }
}

coded! {
    /// Who a proposal comes from: a party, the mediator, or the blind offers that met.
    pub enum ProposedBy in "proposals.side", label "proposal-by" {
        Consumer = "consumer",
        Trader = "trader",
        Mediator = "mediator",
        Blind = "blind",
    }
}

impl ProposedBy {
    pub fn side(self) -> Option<Side> {
        match self {
            ProposedBy::Consumer => Some(Side::Consumer),
            ProposedBy::Trader => Some(Side::Trader),
            ProposedBy::Mediator | ProposedBy::Blind => None,
        }
    }
}

impl From<Side> for ProposedBy {
    fn from(s: Side) -> ProposedBy {
        match s {
            Side::Consumer => ProposedBy::Consumer,
            Side::Trader => ProposedBy::Trader,
        }
    }
}

coded! {
    pub enum ProposalStatus in "proposals.status", label "proposal-status" {
        Open = "open",
        Withdrawn = "withdrawn",
        Countered = "countered",
        Rejected = "rejected",
        Accepted = "accepted",
    }
}

coded! {
    /// A party's answer to a proposal.
    pub enum Verdict in "proposal_answers.answer", label "proposal-answer" {
        Accepted = "accepted",
        Rejected = "rejected",
    }
}

coded! {
    /// Whom a mediator's solution favours, for the report (accepted or not).
    pub enum Favours in "proposals.favours", label "favours" {
        Consumer = "consumer",
        Partly = "partly",
        Trader = "trader",
    }
}

coded! {
    /// What one term of a settlement is.
    pub enum ObligationKind in "obligations.kind", label "settlement-kind" {
        Payment = "payment",
        Action = "action",
    }
}

coded! {
    /// The action a term of a settlement asks for.
    pub enum Action in "obligations.action", label "settlement-action" {
        Repair = "repair",
        Replacement = "replacement",
        Return = "return",
        Refund = "refund",
        Apology = "apology",
        Other = "other",
    }
}

coded! {
    pub enum ObligationStatus in "obligations.status", label "obligation-status" {
        Due = "due",
        /// The owing side says it was done.
        Done = "done",
        Confirmed = "confirmed",
        /// The other side says it was not done.
        Reported = "reported",
        /// Staff decided it was not honoured.
        NotHonoured = "not_honoured",
    }
}

coded! {
    pub enum Outcome in "obligations.outcome", label "obligation-outcome" {
        Honoured = "honoured",
        Late = "late",
        NotHonoured = "not_honoured",
    }
}

/// What an entry of a case's log records: a step of the lifecycle, or a change made beside
/// it (a document's redaction).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum EventKind {
    Step(Step),
    DocumentRedacted,
}

impl EventKind {
    pub const COLUMNS: &'static str = "case_events.kind";

    pub fn all() -> impl Iterator<Item = EventKind> {
        Step::ALL
            .into_iter()
            .map(EventKind::Step)
            .chain([EventKind::DocumentRedacted])
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Step(s) => s.as_str(),
            EventKind::DocumentRedacted => "document-redacted",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::all().find(|k| k.as_str() == s)
    }

    pub fn parse_stored(s: &str) -> Result<EventKind, crate::domain::coded::UnknownValue> {
        EventKind::parse(s).ok_or_else(|| crate::domain::coded::UnknownValue {
            kind: "EventKind",
            columns: EventKind::COLUMNS,
            value: s.to_string(),
        })
    }

    /// The stable API name: the step's, or `document_redacted`.
    pub fn api_name(self) -> String {
        match self {
            EventKind::Step(s) => serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            EventKind::DocumentRedacted => "document_redacted".to_string(),
        }
    }

    pub fn label_id(self) -> String {
        format!("event-{}", self.as_str())
    }
}

impl From<Step> for EventKind {
    fn from(s: Step) -> EventKind {
        EventKind::Step(s)
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.api_name())
    }
}

impl<'de> serde::Deserialize<'de> for EventKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        EventKind::all()
            .find(|k| k.api_name() == name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown event kind {name:?}")))
    }
}

crate::db::coded::stored_as_text!(EventKind);

impl crate::domain::coded::Coded for EventKind {
    fn stored(self) -> &'static str {
        self.as_str()
    }
    fn from_stored(s: &str) -> Result<Self, crate::domain::coded::UnknownValue> {
        EventKind::parse_stored(s)
    }
}

/// A coded value kept in a text column that holds an empty text when there is none (a
/// payment has no action; only a mediator's solution says whom it favours), read and
/// written as an `Option`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub struct OrBlank<T>(pub Option<T>);

impl<T> From<OrBlank<T>> for Option<T> {
    fn from(v: OrBlank<T>) -> Option<T> {
        v.0
    }
}

impl<T> From<Option<T>> for OrBlank<T> {
    fn from(v: Option<T>) -> OrBlank<T> {
        OrBlank(v)
    }
}

/// The message id of every value of every coded type a person reads, so that a test can
/// check each is translated in every language.
pub fn label_ids() -> Vec<String> {
    use super::lifecycle::{CaseRole, State};
    use super::notify::{Category, Delivery};
    use crate::domain::Role;
    use crate::domain::reports::ReportKind;
    macro_rules! ids {
        ($($t:ty),+) => {{
            let mut v = Vec::new();
            $( v.extend(<$t>::ALL.iter().map(|x| x.label_id())); )+
            v
        }};
    }
    let mut all = ids!(
        Channel,
        Sector,
        ProblemKind,
        ClaimKind,
        RefusalGround,
        Capacity,
        Side,
        Audience,
        HearingForm,
        HearingStatus,
        Attendance,
        ProposedBy,
        ProposalStatus,
        Verdict,
        Favours,
        ObligationKind,
        Action,
        ObligationStatus,
        Outcome,
        State,
        CaseRole,
        Role,
        ReportKind,
        Category,
        Delivery
    );
    all.extend(EventKind::all().map(EventKind::label_id));
    all.extend(super::next_step::Task::ALL.iter().map(|t| t.label_id()));
    all
}

/// Each coded type the API returns, with its values' API names (snake_case), as the README
/// lists them.
pub fn api_names() -> Vec<(&'static str, Vec<String>)> {
    use super::lifecycle::{CaseRole, State};
    use crate::domain::Role;
    fn names<T: serde::Serialize>(all: impl IntoIterator<Item = T>) -> Vec<String> {
        all.into_iter()
            .map(|v| match serde_json::to_value(v) {
                Ok(serde_json::Value::String(s)) => s,
                other => panic!("a coded value serialises as a string, not {other:?}"),
            })
            .collect()
    }
    macro_rules! rows {
        ($($field:literal: $t:ty),+ $(,)?) => { vec![$(($field, names(<$t>::ALL))),+] };
    }
    let mut rows = rows!(
        "state": State,
        "role (on a case)": CaseRole,
        "role (of an account)": Role,
        "channel": Channel,
        "sector": Sector,
        "problem_kind": ProblemKind,
        "claim_kind": ClaimKind,
        "refusal_ground": RefusalGround,
        "side": Side,
        "capacity": Capacity,
        "audience": Audience,
        "hearing form": HearingForm,
        "hearing status": HearingStatus,
        "hearing answer": Attendance,
        "proposal side": ProposedBy,
        "proposal status": ProposalStatus,
        "proposal answer": Verdict,
        "favours": Favours,
        "obligation kind": ObligationKind,
        "action": Action,
        "obligation status": ObligationStatus,
        "obligation outcome": Outcome,
    );
    rows.push(("event kind", names(EventKind::all())));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coded::assert_round_trips;

    #[test]
    fn every_case_value_round_trips_through_its_stored_text_and_api_name() {
        macro_rules! check {
            ($($t:ty),+) => { $( assert_round_trips(&<$t>::ALL, <$t>::as_str, <$t>::parse); )+ };
        }
        check!(
            Channel,
            Sector,
            ProblemKind,
            ClaimKind,
            RefusalGround,
            Capacity,
            Side,
            Audience,
            HearingForm,
            HearingStatus,
            Attendance,
            ProposedBy,
            ProposalStatus,
            Verdict,
            Favours,
            ObligationKind,
            Action,
            ObligationStatus,
            Outcome
        );
        use super::super::lifecycle::{CaseRole, State};
        check!(State, CaseRole, Step);
        let kinds: Vec<EventKind> = EventKind::all().collect();
        assert_round_trips(&kinds, EventKind::as_str, EventKind::parse);
    }

    #[test]
    fn an_unknown_stored_text_names_the_columns_and_the_value() {
        let e = ObligationStatus::parse_stored("paid").unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown value \"paid\" for ObligationStatus (stored in obligations.status)"
        );
    }

    /// The README lists every coded value's API name, so a client can rely on them.
    #[test]
    fn the_readme_lists_every_api_name() {
        let readme = include_str!("../../../README.md");
        for (field, names) in api_names() {
            let line = format!(
                "- {field}: {}",
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            assert!(readme.contains(&line), "README lacks the line\n{line}");
        }
    }

    #[test]
    #[ignore = "prints the README's list of API names"]
    fn print_api_names() {
        for (field, names) in api_names() {
            println!(
                "- {field}: {}",
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
}
