//! The case state machine: every state, every step, who may take it and where it leads, in
//! one table. Nothing else decides whether a step is allowed.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// The consumer is still filling in the form.
    Draft,
    /// Filed and waiting for the centre's intake decision.
    Submitted,
    /// The centre asked the consumer for missing information.
    AwaitingInfo,
    /// The file is complete: the 90-day clock runs.
    Complete,
    /// Accepted; the trader has been invited to take part.
    AwaitingTrader,
    /// Both sides are in and may settle directly before mediation.
    Negotiation,
    Mediation,
    /// Both parties accepted the same proposal: the agreement's obligations are followed.
    Settled,
    NotSettled,
    Withdrawn,
    TraderDeclined,
    Refused,
    /// Settled, and every obligation was honoured or judged not honoured.
    Closed,
}

impl State {
    pub const ALL: [State; 13] = [
        State::Draft,
        State::Submitted,
        State::AwaitingInfo,
        State::Complete,
        State::AwaitingTrader,
        State::Negotiation,
        State::Mediation,
        State::Settled,
        State::NotSettled,
        State::Withdrawn,
        State::TraderDeclined,
        State::Refused,
        State::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Submitted => "submitted",
            State::AwaitingInfo => "awaiting_info",
            State::Complete => "complete",
            State::AwaitingTrader => "awaiting_trader",
            State::Negotiation => "negotiation",
            State::Mediation => "mediation",
            State::Settled => "settled",
            State::NotSettled => "not_settled",
            State::Withdrawn => "withdrawn",
            State::TraderDeclined => "trader_declined",
            State::Refused => "refused",
            State::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }

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

    /// The trader side takes part: from the acceptance until the agreement is honoured.
    pub fn trader_takes_part(self) -> bool {
        self.is_accepted() || self == State::Settled
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the person acting stands to this case (worked out by `access`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseRole {
    /// The consumer, or their representative or assistant.
    Consumer,
    /// A user of the trader's organisation, or its representative.
    Trader,
    /// The assigned mediator, before declaring no conflict of interest.
    MediatorPending,
    Mediator,
    Staff,
    /// The scheduler, acting on a deadline.
    System,
}

impl CaseRole {
    pub const ALL: [CaseRole; 6] = [
        CaseRole::Consumer,
        CaseRole::Trader,
        CaseRole::MediatorPending,
        CaseRole::Mediator,
        CaseRole::Staff,
        CaseRole::System,
    ];

    pub fn is_party(self) -> bool {
        matches!(self, CaseRole::Consumer | CaseRole::Trader)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Submit,
    RequestInfo,
    ProvideInfo,
    MarkComplete,
    Accept,
    Refuse,
    JoinAsTrader,
    DeclineAsTrader,
    DeemRefused,
    RequestMediation,
    EndNegotiation,
    AssignMediator,
    DeclareNoConflict,
    DeclineAssignment,
    ObjectToMediator,
    DecideObjection,
    Extend,
    CloseNotSettled,
    Withdraw,
    MarkComplex,
    LogCorrespondence,
    AddMember,
    LinkGroup,
    ScheduleHearing,
    RescheduleHearing,
    CancelHearing,
    AnswerHearing,
    RecordMinutes,
    Propose,
    WithdrawProposal,
    AnswerProposal,
    BlindOffer,
    Settle,
    MarkDone,
    AnswerObligation,
    JudgeObligation,
    CloseCompliance,
}

impl Step {
    pub const ALL: [Step; 37] = [
        Step::Submit,
        Step::RequestInfo,
        Step::ProvideInfo,
        Step::MarkComplete,
        Step::Accept,
        Step::Refuse,
        Step::JoinAsTrader,
        Step::DeclineAsTrader,
        Step::DeemRefused,
        Step::RequestMediation,
        Step::EndNegotiation,
        Step::AssignMediator,
        Step::DeclareNoConflict,
        Step::DeclineAssignment,
        Step::ObjectToMediator,
        Step::DecideObjection,
        Step::Extend,
        Step::CloseNotSettled,
        Step::Withdraw,
        Step::MarkComplex,
        Step::LogCorrespondence,
        Step::AddMember,
        Step::LinkGroup,
        Step::ScheduleHearing,
        Step::RescheduleHearing,
        Step::CancelHearing,
        Step::AnswerHearing,
        Step::RecordMinutes,
        Step::Propose,
        Step::WithdrawProposal,
        Step::AnswerProposal,
        Step::BlindOffer,
        Step::Settle,
        Step::MarkDone,
        Step::AnswerObligation,
        Step::JudgeObligation,
        Step::CloseCompliance,
    ];

    /// The name used in URLs, event kinds and message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::RequestInfo => "request-info",
            Step::ProvideInfo => "provide-info",
            Step::MarkComplete => "mark-complete",
            Step::Accept => "accept",
            Step::Refuse => "refuse",
            Step::JoinAsTrader => "join",
            Step::DeclineAsTrader => "decline",
            Step::DeemRefused => "deemed-refusal",
            Step::RequestMediation => "request-mediation",
            Step::EndNegotiation => "end-negotiation",
            Step::AssignMediator => "assign-mediator",
            Step::DeclareNoConflict => "declare-no-conflict",
            Step::DeclineAssignment => "decline-assignment",
            Step::ObjectToMediator => "object",
            Step::DecideObjection => "decide-objection",
            Step::Extend => "extend",
            Step::CloseNotSettled => "close-not-settled",
            Step::Withdraw => "withdraw",
            Step::MarkComplex => "mark-complex",
            Step::LogCorrespondence => "log-correspondence",
            Step::AddMember => "add-member",
            Step::LinkGroup => "link-group",
            Step::ScheduleHearing => "schedule-hearing",
            Step::RescheduleHearing => "reschedule-hearing",
            Step::CancelHearing => "cancel-hearing",
            Step::AnswerHearing => "answer-hearing",
            Step::RecordMinutes => "record-minutes",
            Step::Propose => "propose",
            Step::WithdrawProposal => "withdraw-proposal",
            Step::AnswerProposal => "answer-proposal",
            Step::BlindOffer => "blind-offer",
            Step::Settle => "settle",
            Step::MarkDone => "mark-done",
            Step::AnswerObligation => "answer-obligation",
            Step::JudgeObligation => "judge-obligation",
            Step::CloseCompliance => "close-compliance",
        }
    }

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

    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.as_str() == s)
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
const INTAKE: &[State] = &[S::Submitted, S::AwaitingInfo, S::Complete];
const ACCEPTED: &[State] = &[S::AwaitingTrader, S::Negotiation, S::Mediation];
const FILED: &[State] = &[
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

#[cfg(test)]
mod tests {
    use super::*;

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
