//! The case state machine: every state, every step, who may take it and where it leads, in
//! one table. Nothing else decides whether a step is allowed.

crate::domain::coded::coded! {
    pub enum State in "cases.state", label "state" {
        /// The consumer is still filling in the form.
        Draft = "draft",
        /// Filed and waiting for the centre's intake decision.
        Submitted = "submitted",
        /// The centre asked the consumer for missing information.
        AwaitingInfo = "awaiting_info",
        /// The file is complete: the 90-day clock runs.
        Complete = "complete",
        /// Accepted; the trader has been invited to take part.
        AwaitingTrader = "awaiting_trader",
        /// Both sides are in and may settle directly before mediation.
        Negotiation = "negotiation",
        Mediation = "mediation",
        /// Both parties accepted the same proposal: the agreement's obligations are followed.
        Settled = "settled",
        NotSettled = "not_settled",
        Withdrawn = "withdrawn",
        TraderDeclined = "trader_declined",
        Refused = "refused",
        /// Settled, and every obligation was honoured or judged not honoured.
        Closed = "closed",
    }
}

impl State {
    /// An outcome has been reached: nothing more happens on the case.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            State::Settled
                | State::NotSettled
                | State::Withdrawn
                | State::TraderDeclined
                | State::Refused
                | State::Closed
        )
    }

    /// The centre has taken the case and the trader has been brought in.
    pub fn is_accepted(self) -> bool {
        matches!(
            self,
            State::AwaitingTrader | State::Negotiation | State::Mediation
        )
    }

    /// Still being filled in: only its filer sees it, on the draft's own pages.
    pub fn is_draft(self) -> bool {
        self == State::Draft
    }

    /// The trader side takes part: from the acceptance until the agreement is honoured.
    pub fn trader_takes_part(self) -> bool {
        self.is_accepted() || self == State::Settled
    }
}

crate::domain::coded::coded! {
    /// How the person acting stands to this case (worked out by `access`). Never stored:
    /// the API names it.
    pub enum CaseRole in "(not stored)", label "case-role" {
        /// The consumer, or their representative or assistant.
        Consumer = "consumer",
        /// A user of the trader's organisation, or its representative.
        Trader = "trader",
        /// The assigned mediator, before declaring no conflict of interest.
        MediatorPending = "mediator_pending",
        Mediator = "mediator",
        Staff = "staff",
        /// The scheduler, acting on a deadline.
        System = "system",
    }
}

impl CaseRole {
    pub fn is_party(self) -> bool {
        matches!(self, CaseRole::Consumer | CaseRole::Trader)
    }

    /// The party this role speaks for, if it is one.
    pub fn side(self) -> Option<super::codes::Side> {
        match self {
            CaseRole::Consumer => Some(super::codes::Side::Consumer),
            CaseRole::Trader => Some(super::codes::Side::Trader),
            _ => None,
        }
    }
}

crate::domain::coded::coded! {
    /// A step on a case. Its stored text is the name used in URLs, event kinds
    /// (`case_events.kind`) and message ids.
    pub enum Step in "case_events.kind", label "event" {
        Submit = "submit",
        RequestInfo = "request-info",
        ProvideInfo = "provide-info",
        MarkComplete = "mark-complete",
        Accept = "accept",
        Refuse = "refuse",
        JoinAsTrader = "join",
        DeclineAsTrader = "decline",
        DeemRefused = "deemed-refusal",
        RequestMediation = "request-mediation",
        EndNegotiation = "end-negotiation",
        AssignMediator = "assign-mediator",
        DeclareNoConflict = "declare-no-conflict",
        DeclineAssignment = "decline-assignment",
        ObjectToMediator = "object",
        DecideObjection = "decide-objection",
        Extend = "extend",
        CloseNotSettled = "close-not-settled",
        Withdraw = "withdraw",
        MarkComplex = "mark-complex",
        LogCorrespondence = "log-correspondence",
        AddMember = "add-member",
        LinkGroup = "link-group",
        ScheduleHearing = "schedule-hearing",
        RescheduleHearing = "reschedule-hearing",
        CancelHearing = "cancel-hearing",
        AnswerHearing = "answer-hearing",
        RecordMinutes = "record-minutes",
        Propose = "propose",
        WithdrawProposal = "withdraw-proposal",
        AnswerProposal = "answer-proposal",
        BlindOffer = "blind-offer",
        Settle = "settle",
        MarkDone = "mark-done",
        AnswerObligation = "answer-obligation",
        JudgeObligation = "judge-obligation",
        CloseCompliance = "close-compliance",
    }
}

impl Step {
    /// Whether the step is offered as one of the case page's step forms and taken at
    /// `/cases/{id}/steps/{step}`. Steps on a hearing, a proposal or an obligation have
    /// their own forms and routes; the scheduler's steps have none.
    pub fn has_step_form(self) -> bool {
        !matches!(
            self,
            Step::Submit
                | Step::DeemRefused
                | Step::EndNegotiation
                | Step::ScheduleHearing
                | Step::RescheduleHearing
                | Step::CancelHearing
                | Step::AnswerHearing
                | Step::RecordMinutes
                | Step::Propose
                | Step::WithdrawProposal
                | Step::AnswerProposal
                | Step::BlindOffer
                | Step::Settle
                | Step::MarkDone
                | Step::AnswerObligation
                | Step::JudgeObligation
                | Step::CloseCompliance
        )
    }
}

use CaseRole as R;
use State as S;

/// Filed and not yet at an outcome.
pub const OPEN: &[State] = &[
    S::Submitted,
    S::AwaitingInfo,
    S::Complete,
    S::AwaitingTrader,
    S::Negotiation,
    S::Mediation,
];
/// Waiting for the centre's intake decision.
pub const INTAKE: &[State] = &[S::Submitted, S::AwaitingInfo, S::Complete];
/// Accepted and not yet at an outcome (`State::is_accepted`).
pub const ACCEPTED: &[State] = &[S::AwaitingTrader, S::Negotiation, S::Mediation];
/// The 90-day clock for the outcome runs: from the complete file to an outcome.
pub const OUTCOME_CLOCK: &[State] = &[S::Complete, S::AwaitingTrader, S::Negotiation, S::Mediation];
/// Ended after the trader was brought in or the consumer left (the report's endings).
pub const ENDED: &[State] = &[
    S::Settled,
    S::Closed,
    S::NotSettled,
    S::Withdrawn,
    S::TraderDeclined,
];
/// Ended with or without an agreement after the procedure ran (the report's outcomes).
pub const RESOLVED: &[State] = &[S::Settled, S::Closed, S::NotSettled];
/// Every state but the draft: what lists and filters offer.
pub const FILED: &[State] = &[
    S::Submitted,
    S::AwaitingInfo,
    S::Complete,
    S::AwaitingTrader,
    S::Negotiation,
    S::Mediation,
    S::Settled,
    S::NotSettled,
    S::Withdrawn,
    S::TraderDeclined,
    S::Refused,
    S::Closed,
];

/// Where the step may start, who may take it, and the state it leads to (`None`: the state
/// stays as it is).
struct Rule {
    from: &'static [State],
    by: &'static [CaseRole],
    to: Option<State>,
}

fn rule(step: Step) -> Rule {
    let r = |from, by, to| Rule { from, by, to };
    match step {
        Step::Submit => r(&[S::Draft], &[R::Consumer, R::Staff], Some(S::Submitted)),
        Step::RequestInfo => r(&[S::Submitted], &[R::Staff], Some(S::AwaitingInfo)),
        // Staff log an answer that came by post.
        Step::ProvideInfo => r(
            &[S::AwaitingInfo],
            &[R::Consumer, R::Staff],
            Some(S::Submitted),
        ),
        Step::MarkComplete => r(&[S::Submitted], &[R::Staff], Some(S::Complete)),
        Step::Accept => r(&[S::Complete], &[R::Staff], Some(S::AwaitingTrader)),
        Step::Refuse => r(INTAKE, &[R::Staff], Some(S::Refused)),
        Step::JoinAsTrader => r(&[S::AwaitingTrader], &[R::Trader], Some(S::Negotiation)),
        Step::DeclineAsTrader => r(&[S::AwaitingTrader], &[R::Trader], Some(S::TraderDeclined)),
        Step::DeemRefused => r(&[S::AwaitingTrader], &[R::System], Some(S::TraderDeclined)),
        Step::RequestMediation => r(
            &[S::Negotiation],
            &[R::Consumer, R::Trader],
            Some(S::Mediation),
        ),
        Step::EndNegotiation => r(&[S::Negotiation], &[R::System], Some(S::Mediation)),
        Step::AssignMediator => r(ACCEPTED, &[R::Staff], None),
        Step::DeclareNoConflict | Step::DeclineAssignment => {
            r(ACCEPTED, &[R::MediatorPending], None)
        }
        Step::ObjectToMediator => r(ACCEPTED, &[R::Consumer, R::Trader], None),
        Step::DecideObjection => r(ACCEPTED, &[R::Staff], None),
        Step::Extend => r(&[S::Negotiation, S::Mediation], &[R::Mediator], None),
        Step::CloseNotSettled => r(&[S::Mediation], &[R::Mediator], Some(S::NotSettled)),
        // Art. 9(2)(a): either party, at any time before the outcome.
        Step::Withdraw => r(OPEN, &[R::Consumer, R::Trader], Some(S::Withdrawn)),
        Step::MarkComplex => r(OPEN, &[R::Staff], None),
        Step::LogCorrespondence | Step::LinkGroup => r(FILED, &[R::Staff], None),
        Step::AddMember => r(OPEN, &[R::Consumer, R::Trader], None),
        // Once a mediator has declared no conflict, during negotiation or mediation.
        Step::ScheduleHearing | Step::RescheduleHearing | Step::CancelHearing => {
            r(&[S::Negotiation, S::Mediation], &[R::Mediator], None)
        }
        Step::AnswerHearing => r(
            &[S::Negotiation, S::Mediation],
            &[R::Consumer, R::Trader],
            None,
        ),
        // The minutes of the hearing at which the case settled or ended come after it.
        Step::RecordMinutes => r(
            &[S::Negotiation, S::Mediation, S::Settled, S::NotSettled],
            &[R::Mediator],
            None,
        ),
        // Offers, counters and the mediator's proposed solution, until a settlement.
        Step::Propose | Step::WithdrawProposal => r(
            &[S::Negotiation, S::Mediation],
            &[R::Consumer, R::Trader, R::Mediator],
            None,
        ),
        Step::AnswerProposal | Step::BlindOffer => r(
            &[S::Negotiation, S::Mediation],
            &[R::Consumer, R::Trader],
            None,
        ),
        // Taken in the same transaction as the acceptance that completes an agreement.
        Step::Settle => r(
            &[S::Negotiation, S::Mediation],
            &[R::System],
            Some(S::Settled),
        ),
        Step::MarkDone | Step::AnswerObligation => {
            r(&[S::Settled], &[R::Consumer, R::Trader], None)
        }
        // After a report, staff decide; later compliance can still be recorded.
        Step::JudgeObligation => r(&[S::Settled, S::Closed], &[R::Staff], None),
        Step::CloseCompliance => r(&[S::Settled], &[R::System], Some(S::Closed)),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// This role never takes this step.
    #[error("not allowed for this role")]
    NotYours,
    /// The step exists for this role, but not from the case's current state (HTTP 409).
    #[error("not possible in state {0}")]
    WrongState(State),
}

/// Checks a step against the table; returns the state the case moves to.
pub fn check(state: State, step: Step, role: CaseRole) -> Result<State, Refusal> {
    let rule = rule(step);
    if !rule.by.contains(&role) {
        return Err(Refusal::NotYours);
    }
    // The trader side is brought in by the acceptance and acts only from then on.
    if !rule.from.contains(&state) || (role == CaseRole::Trader && !state.trader_takes_part()) {
        return Err(Refusal::WrongState(state));
    }
    Ok(rule.to.unwrap_or(state))
}

/// The steps a role can take now, to offer only the buttons that will work.
pub fn available(state: State, role: CaseRole) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| check(state, *s, role).is_ok())
        .collect()
}

/// The case page's step forms a role is offered: the steps the table allows that have a
/// form, less those the case's own fields rule out (the step itself would refuse them).
pub fn offered(case: &crate::db::models::Case, role: CaseRole) -> Vec<Step> {
    available(case.state, role)
        .into_iter()
        .filter(|s| match s {
            s if !s.has_step_form() => false,
            Step::ObjectToMediator => case.mediator_id.is_some() && case.objection.is_none(),
            Step::DecideObjection => case.objection.is_some(),
            Step::Extend => !case.extended && case.outcome_due_at.is_some(),
            Step::MarkComplex => !case.complex,
            _ => true,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_offers_only_the_steps_the_case_allows() {
        let mut c = crate::domain::cases::access::tests::case();
        c.state = S::Mediation;
        c.trader_due_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 21).unwrap());
        assert!(offered(&c, R::Consumer).contains(&Step::ObjectToMediator));
        assert!(
            !offered(&c, R::Consumer).contains(&Step::AnswerProposal),
            "own form"
        );
        assert!(!offered(&c, R::Staff).contains(&Step::DecideObjection));
        c.objection = Some("conflict".into());
        assert!(!offered(&c, R::Consumer).contains(&Step::ObjectToMediator));
        assert!(offered(&c, R::Staff).contains(&Step::DecideObjection));
        assert!(offered(&c, R::Staff).contains(&Step::MarkComplex));
        c.complex = true;
        assert!(!offered(&c, R::Staff).contains(&Step::MarkComplex));
    }

    #[test]
    fn names_round_trip() {
        for s in State::ALL {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(State::parse("open"), None);
    }

    #[test]
    fn closed_cases_accept_only_the_record_keeping_steps_of_staff() {
        let ended = |s: &State| s.is_closed() && !matches!(s, S::Settled | S::Closed);
        for state in State::ALL.into_iter().filter(ended) {
            for role in CaseRole::ALL {
                let steps = available(state, role);
                let expected = match role {
                    CaseRole::Staff => vec![Step::LogCorrespondence, Step::LinkGroup],
                    // The minutes of the last hearing may come after the outcome.
                    CaseRole::Mediator if matches!(state, S::Settled | S::NotSettled) => {
                        vec![Step::RecordMinutes]
                    }
                    _ => vec![],
                };
                assert_eq!(steps, expected, "{state} {role:?}");
            }
        }
    }

    /// The whole table spelled out as expectations: (state, role) → the steps offered.
    #[test]
    fn every_state_against_every_step_and_role() {
        use Step::*;
        let expected = |state: State, role: CaseRole| -> Vec<Step> {
            match (state, role) {
                (S::Draft, R::Consumer | R::Staff) => vec![Submit],
                (S::Submitted, R::Consumer) => vec![Withdraw, AddMember],
                (S::Submitted, R::Staff) => vec![
                    RequestInfo,
                    MarkComplete,
                    Refuse,
                    MarkComplex,
                    LogCorrespondence,
                    LinkGroup,
                ],
                (S::AwaitingInfo, R::Consumer) => vec![ProvideInfo, Withdraw, AddMember],
                (S::AwaitingInfo, R::Staff) => vec![
                    ProvideInfo,
                    Refuse,
                    MarkComplex,
                    LogCorrespondence,
                    LinkGroup,
                ],
                (S::Complete, R::Consumer) => vec![Withdraw, AddMember],
                (S::Complete, R::Staff) => {
                    vec![Accept, Refuse, MarkComplex, LogCorrespondence, LinkGroup]
                }
                (S::AwaitingTrader, R::Consumer) => vec![ObjectToMediator, Withdraw, AddMember],
                (S::AwaitingTrader, R::Trader) => vec![
                    JoinAsTrader,
                    DeclineAsTrader,
                    ObjectToMediator,
                    Withdraw,
                    AddMember,
                ],
                (S::AwaitingTrader, R::System) => vec![DeemRefused],
                (S::Negotiation, R::Consumer | R::Trader) => vec![
                    RequestMediation,
                    ObjectToMediator,
                    Withdraw,
                    AddMember,
                    AnswerHearing,
                    Propose,
                    WithdrawProposal,
                    AnswerProposal,
                    BlindOffer,
                ],
                (S::Negotiation, R::System) => vec![EndNegotiation, Settle],
                (S::Negotiation, R::Mediator) => vec![
                    Extend,
                    ScheduleHearing,
                    RescheduleHearing,
                    CancelHearing,
                    RecordMinutes,
                    Propose,
                    WithdrawProposal,
                ],
                (S::Mediation, R::Consumer | R::Trader) => vec![
                    ObjectToMediator,
                    Withdraw,
                    AddMember,
                    AnswerHearing,
                    Propose,
                    WithdrawProposal,
                    AnswerProposal,
                    BlindOffer,
                ],
                (S::Mediation, R::System) => vec![Settle],
                (S::Mediation, R::Mediator) => vec![
                    Extend,
                    CloseNotSettled,
                    ScheduleHearing,
                    RescheduleHearing,
                    CancelHearing,
                    RecordMinutes,
                    Propose,
                    WithdrawProposal,
                ],
                (S::Settled | S::NotSettled, R::Mediator) => vec![RecordMinutes],
                (S::Settled, R::Consumer | R::Trader) => vec![MarkDone, AnswerObligation],
                (S::Settled, R::System) => vec![CloseCompliance],
                (S::Settled | S::Closed, R::Staff) => {
                    vec![LogCorrespondence, LinkGroup, JudgeObligation]
                }
                (S::AwaitingTrader | S::Negotiation | S::Mediation, R::MediatorPending) => {
                    vec![DeclareNoConflict, DeclineAssignment]
                }
                (S::AwaitingTrader | S::Negotiation | S::Mediation, R::Staff) => vec![
                    AssignMediator,
                    DecideObjection,
                    MarkComplex,
                    LogCorrespondence,
                    LinkGroup,
                ],
                (s, R::Staff) if s.is_closed() => vec![LogCorrespondence, LinkGroup],
                _ => vec![],
            }
        };
        for state in State::ALL {
            for role in CaseRole::ALL {
                assert_eq!(
                    available(state, role),
                    expected(state, role),
                    "{state} as {role:?}"
                );
            }
        }
    }

    #[test]
    fn a_refused_step_says_whether_the_role_or_the_state_is_wrong() {
        assert_eq!(
            check(S::Submitted, Step::Accept, R::Consumer),
            Err(Refusal::NotYours)
        );
        assert_eq!(
            check(S::Submitted, Step::Accept, R::Staff),
            Err(Refusal::WrongState(S::Submitted))
        );
        assert_eq!(
            check(S::Complete, Step::Accept, R::Staff),
            Ok(S::AwaitingTrader)
        );
        assert_eq!(
            check(S::Mediation, Step::Extend, R::Mediator),
            Ok(S::Mediation)
        );
    }

    #[test]
    fn either_party_may_withdraw_from_every_open_state_and_none_after_the_outcome() {
        for state in State::ALL {
            let open = !state.is_closed() && state != S::Draft;
            // The consumer can withdraw from every open state; the trader once it is in.
            assert_eq!(
                check(state, Step::Withdraw, R::Consumer).is_ok(),
                open,
                "{state}"
            );
            assert_eq!(
                check(state, Step::Withdraw, R::Trader).is_ok(),
                state.is_accepted(),
                "{state}"
            );
        }
    }
}
