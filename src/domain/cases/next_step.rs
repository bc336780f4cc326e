//! What a case waits for, who must act and by when, and the one or two steps the person
//! looking can take now: the top of the case page and the dashboards. Read from the state
//! table (`lifecycle.rs`) and the deadlines the procedure already set on the case.
use chrono::NaiveDate;

use super::codes::{ObligationStatus, ProposalStatus, ProposedBy, Side, Verdict};
use super::intake;
use super::lifecycle::{self, CaseRole, State, Step};
use crate::db::models::{Case, Hearing, HearingAnswer, Obligation, Proposal, ProposalAnswer};

crate::domain::coded::coded! {
    /// What the case waits for. Never stored; the page says it in the viewer's language.
    pub enum Task in "(not stored)", label "next-task" {
        /// The centre checks that the file is complete.
        CheckFile = "check_file",
        /// The consumer sends what the centre asked for.
        ProvideInfo = "provide_info",
        /// The centre accepts or refuses the case.
        Decide = "decide",
        /// The trader takes part or declines.
        TraderAnswer = "trader_answer",
        /// The parties try to settle directly.
        Negotiate = "negotiate",
        /// The centre decides a party's objection to the mediator.
        DecideObjection = "decide_objection",
        AssignMediator = "assign_mediator",
        /// The mediator declares no conflict of interest.
        Declare = "declare",
        /// One side, or both, answers an open proposal.
        AnswerProposal = "answer_proposal",
        /// The mediator leads the case to an outcome.
        Mediate = "mediate",
        /// A side does what the agreement says.
        Honour = "honour",
        /// The other side confirms that it was done.
        Confirm = "confirm",
        /// The centre decides whether a reported obligation was honoured.
        JudgeObligation = "judge_obligation",
        /// Nothing more happens.
        Ended = "ended",
    }
}

/// Who must act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Centre,
    Consumer,
    Trader,
    Parties,
    Mediator,
    Nobody,
}

/// The primary steps taken elsewhere than in a step form of the panel: on a proposal, a
/// hearing or an obligation. The panel links to them (or, to confirm an obligation, offers
/// the one-tap form).
pub const LINKED: &[Step] = &[
    Step::Propose,
    Step::AnswerProposal,
    Step::ScheduleHearing,
    Step::AnswerHearing,
    Step::MarkDone,
    Step::AnswerObligation,
    Step::JudgeObligation,
];

impl Who {
    fn of(side: Side) -> Who {
        match side {
            Side::Consumer => Who::Consumer,
            Side::Trader => Who::Trader,
        }
    }

    /// Whether a person in `role` is among those who must act.
    pub fn includes(self, role: CaseRole) -> bool {
        match self {
            Who::Centre => role == CaseRole::Staff,
            Who::Consumer => role == CaseRole::Consumer,
            Who::Trader => role == CaseRole::Trader,
            Who::Parties => role.is_party(),
            Who::Mediator => matches!(role, CaseRole::Mediator | CaseRole::MediatorPending),
            Who::Nobody => false,
        }
    }
}

/// What one case needs, as loaded for the case page or, in bulk, for a dashboard.
pub struct Facts<'a> {
    pub case: &'a Case,
    pub role: CaseRole,
    pub viewer_id: &'a str,
    pub proposals: &'a [Proposal],
    pub answers: &'a [ProposalAnswer],
    pub obligations: &'a [Obligation],
    pub hearings: &'a [Hearing],
    pub hearing_answers: &'a [HearingAnswer],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub task: Task,
    pub who: Who,
    /// The deadline of the task, when the procedure sets one.
    pub due: Option<NaiveDate>,
    /// Whether the viewer is among those who must act.
    pub yours: bool,
    /// The one or two steps the viewer can take now, most important first.
    pub primary: Vec<Step>,
}

/// The sides that have not yet accepted the current version of an open proposal.
pub fn awaiting(p: &Proposal, answers: &[ProposalAnswer]) -> Vec<Side> {
    if p.status != ProposalStatus::Open {
        return vec![];
    }
    Side::ALL
        .into_iter()
        .filter(|s| ProposedBy::from(*s) != p.side)
        .filter(|s| {
            !answers.iter().any(|a| {
                a.proposal_id == p.id
                    && a.side == *s
                    && a.version == p.version
                    && a.answer == Verdict::Accepted
            })
        })
        .collect()
}

/// The task of the case as a whole, who must act, and by when.
fn task_of(f: &Facts) -> (Task, Who, Option<NaiveDate>) {
    let c = f.case;
    let outcome_due = c.outcome_due_at.map(|t| t.date());
    let decision_due = c
        .received_at
        .map(|r| r.date() + chrono::Duration::days(intake::DECISION_DAYS));
    match c.state {
        State::Draft => (Task::CheckFile, Who::Consumer, None),
        State::Submitted => (Task::CheckFile, Who::Centre, decision_due),
        State::AwaitingInfo => (Task::ProvideInfo, Who::Consumer, None),
        State::Complete => (Task::Decide, Who::Centre, decision_due),
        State::AwaitingTrader => (Task::TraderAnswer, Who::Trader, c.trader_due_on),
        State::Negotiation | State::Mediation => {
            let waiting: Vec<Side> = f
                .proposals
                .iter()
                .flat_map(|p| awaiting(p, f.answers))
                .collect();
            let proposal_who = match (
                waiting.contains(&Side::Consumer),
                waiting.contains(&Side::Trader),
            ) {
                (true, true) => Some(Who::Parties),
                (true, false) => Some(Who::Consumer),
                (false, true) => Some(Who::Trader),
                (false, false) => None,
            };
            if c.objection.is_some() {
                (Task::DecideObjection, Who::Centre, outcome_due)
            } else if let Some(who) = proposal_who {
                (Task::AnswerProposal, who, outcome_due)
            } else if c.state == State::Negotiation {
                (
                    Task::Negotiate,
                    Who::Parties,
                    c.negotiation_until.map(|t| t.date()),
                )
            } else if c.mediator_id.is_none() {
                (Task::AssignMediator, Who::Centre, outcome_due)
            } else if c.mediator_confirmed_at.is_none() {
                (Task::Declare, Who::Mediator, outcome_due)
            } else {
                (Task::Mediate, Who::Mediator, outcome_due)
            }
        }
        State::Settled => {
            let open: Vec<&Obligation> = f
                .obligations
                .iter()
                .filter(|o| o.outcome.is_none())
                .collect();
            let earliest = |status: &[ObligationStatus]| {
                open.iter()
                    .filter(|o| status.contains(&o.status))
                    .min_by_key(|o| o.due_on)
                    .copied()
            };
            if earliest(&[ObligationStatus::Reported]).is_some() {
                (Task::JudgeObligation, Who::Centre, None)
            } else if let Some(o) = earliest(&[ObligationStatus::Done]) {
                (Task::Confirm, Who::of(o.side.other()), None)
            } else if let Some(o) = earliest(&[ObligationStatus::Due]) {
                (Task::Honour, Who::of(o.side), Some(o.due_on))
            } else {
                (Task::Ended, Who::Nobody, None)
            }
        }
        State::NotSettled
        | State::Withdrawn
        | State::TraderDeclined
        | State::Refused
        | State::Closed => (Task::Ended, Who::Nobody, None),
    }
}

/// The steps that do the task, most important first.
fn steps_of(task: Task) -> &'static [Step] {
    match task {
        Task::CheckFile => &[Step::MarkComplete, Step::RequestInfo],
        Task::ProvideInfo => &[Step::ProvideInfo],
        Task::Decide => &[Step::Accept, Step::Refuse],
        Task::TraderAnswer => &[Step::JoinAsTrader],
        Task::Negotiate => &[Step::Propose, Step::RequestMediation],
        Task::DecideObjection => &[Step::DecideObjection],
        Task::AssignMediator => &[Step::AssignMediator],
        Task::Declare => &[Step::DeclareNoConflict],
        Task::AnswerProposal => &[Step::AnswerProposal],
        Task::Mediate => &[Step::Propose, Step::ScheduleHearing],
        Task::Honour => &[Step::MarkDone],
        Task::Confirm => &[Step::AnswerObligation],
        Task::JudgeObligation => &[Step::JudgeObligation],
        Task::Ended => &[],
    }
}

/// The hearing the viewer has still to answer: booked, not begun, and not yet
/// answered in its current version.
pub fn hearing_to_answer<'a>(
    hearings: &'a [Hearing],
    answers: &[HearingAnswer],
    viewer_id: &str,
    now: chrono::NaiveDateTime,
) -> Option<&'a Hearing> {
    hearings.iter().find(|h| {
        h.status == super::codes::HearingStatus::Scheduled
            && h.starts_at > now
            && !answers
                .iter()
                .any(|a| a.hearing_id == h.id && a.sequence == h.sequence && a.user_id == viewer_id)
    })
}

/// What the case waits for and what the viewer can do about it now.
pub fn next_step(f: &Facts, now: chrono::NaiveDateTime) -> NextStep {
    let (task, who, due) = match f.role {
        // An assigned mediator's declaration comes first for them, whatever else the case
        // waits for (it may be assigned while the trader has yet to answer).
        CaseRole::MediatorPending
            if lifecycle::check(f.case.state, Step::DeclareNoConflict, f.role).is_ok() =>
        {
            (
                Task::Declare,
                Who::Mediator,
                f.case.outcome_due_at.map(|t| t.date()),
            )
        }
        _ => task_of(f),
    };
    let yours = who.includes(f.role)
        && match task {
            // Only the side that has not yet accepted is asked.
            Task::AnswerProposal => f.proposals.iter().any(|p| {
                f.role
                    .side()
                    .is_some_and(|s| awaiting(p, f.answers).contains(&s))
            }),
            _ => true,
        };
    let state = f.case.state;
    let may = |s: Step| lifecycle::check(state, s, f.role).is_ok();
    let mut primary: Vec<Step> = Vec::new();
    let hearing = hearing_to_answer(f.hearings, f.hearing_answers, f.viewer_id, now);
    if f.role.is_party() && hearing.is_some() && may(Step::AnswerHearing) {
        primary.push(Step::AnswerHearing);
    }
    if yours {
        let offered = lifecycle::offered(f.case, f.role);
        primary.extend(
            steps_of(task)
                .iter()
                .copied()
                .filter(|s| may(*s) && (!s.has_step_form() || offered.contains(s))),
        );
    }
    primary.truncate(2);
    NextStep {
        task,
        who,
        due,
        yours,
        primary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cases::access::tests::case;

    fn at(y: i32, m: u32, d: u32) -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    fn facts<'a>(c: &'a Case, role: CaseRole) -> Facts<'a> {
        Facts {
            case: c,
            role,
            viewer_id: "viewer",
            proposals: &[],
            answers: &[],
            obligations: &[],
            hearings: &[],
            hearing_answers: &[],
        }
    }

    #[test]
    fn the_trader_is_asked_to_take_part_by_its_deadline() {
        let mut c = case();
        c.state = State::AwaitingTrader;
        c.trader_due_on = NaiveDate::from_ymd_opt(2026, 12, 29);
        let n = next_step(&facts(&c, CaseRole::Trader), at(2026, 12, 1));
        assert_eq!(
            (n.task, n.who, n.due, n.yours),
            (Task::TraderAnswer, Who::Trader, c.trader_due_on, true)
        );
        assert_eq!(n.primary, vec![Step::JoinAsTrader]);
        let n = next_step(&facts(&c, CaseRole::Consumer), at(2026, 12, 1));
        assert_eq!((n.who, n.yours), (Who::Trader, false));
        assert!(n.primary.is_empty(), "the consumer waits");
    }

    #[test]
    fn intake_falls_to_the_centre_within_the_decision_days() {
        let mut c = case();
        c.state = State::Submitted;
        c.received_at = Some(at(2026, 12, 1));
        let n = next_step(&facts(&c, CaseRole::Staff), at(2026, 12, 2));
        assert_eq!(n.task, Task::CheckFile);
        assert_eq!(n.due, NaiveDate::from_ymd_opt(2026, 12, 22));
        assert_eq!(n.primary, vec![Step::MarkComplete, Step::RequestInfo]);
        c.state = State::Complete;
        let n = next_step(&facts(&c, CaseRole::Staff), at(2026, 12, 2));
        assert_eq!(n.primary, vec![Step::Accept, Step::Refuse]);
    }

    #[test]
    fn mediation_waits_for_an_assignment_then_the_declaration_then_the_mediator() {
        let mut c = case();
        c.state = State::Mediation;
        c.outcome_due_at = Some(at(2027, 2, 1));
        c.mediator_id = None;
        c.mediator_confirmed_at = None;
        let n = next_step(&facts(&c, CaseRole::Staff), at(2026, 12, 1));
        assert_eq!(
            (n.task, n.primary.clone()),
            (Task::AssignMediator, vec![Step::AssignMediator])
        );
        c.mediator_id = Some("m".into());
        let n = next_step(&facts(&c, CaseRole::MediatorPending), at(2026, 12, 1));
        assert_eq!(
            (n.task, n.primary.clone()),
            (Task::Declare, vec![Step::DeclareNoConflict])
        );
        c.mediator_confirmed_at = Some(at(2026, 12, 1));
        let n = next_step(&facts(&c, CaseRole::Mediator), at(2026, 12, 1));
        assert_eq!(n.task, Task::Mediate);
        assert_eq!(n.primary, vec![Step::Propose, Step::ScheduleHearing]);
        assert_eq!(n.due, NaiveDate::from_ymd_opt(2027, 2, 1));
        c.objection = Some("conflict".into());
        let n = next_step(&facts(&c, CaseRole::Staff), at(2026, 12, 1));
        assert_eq!(
            (n.task, n.primary.clone()),
            (Task::DecideObjection, vec![Step::DecideObjection])
        );
    }

    #[test]
    fn an_open_proposal_asks_only_the_side_that_has_not_accepted() {
        let mut c = case();
        c.state = State::Mediation;
        c.mediator_id = Some("m".into());
        c.mediator_confirmed_at = Some(at(2026, 12, 1));
        let p = Proposal {
            id: "p".into(),
            case_id: c.id.clone(),
            author_id: Some("m".into()),
            side: ProposedBy::Mediator,
            answers_id: None,
            version: 1,
            status: ProposalStatus::Open,
            terms: "[]".into(),
            note: String::new(),
            cites: "[]".into(),
            favours: None,
            reflection_until: None,
            created_at: at(2026, 12, 1),
            updated_at: at(2026, 12, 1),
        };
        let accepted = ProposalAnswer {
            proposal_id: "p".into(),
            side: Side::Consumer,
            user_id: "u".into(),
            version: 1,
            answer: Verdict::Accepted,
            reason: String::new(),
            informed_at: None,
            waived_reflection: false,
            answered_at: at(2026, 12, 1),
        };
        let proposals = [p];
        let mut f = facts(&c, CaseRole::Consumer);
        f.proposals = &proposals;
        let n = next_step(&f, at(2026, 12, 2));
        assert_eq!(
            (n.task, n.who, n.yours),
            (Task::AnswerProposal, Who::Parties, true)
        );
        let answers = [accepted];
        f.answers = &answers;
        let n = next_step(&f, at(2026, 12, 2));
        assert_eq!((n.who, n.yours), (Who::Trader, false));
        assert!(n.primary.is_empty());
        f.role = CaseRole::Trader;
        let n = next_step(&f, at(2026, 12, 2));
        assert_eq!(n.primary, vec![Step::AnswerProposal]);
    }

    #[test]
    fn an_ended_case_asks_nobody() {
        for state in [
            State::Refused,
            State::Withdrawn,
            State::NotSettled,
            State::Closed,
        ] {
            let mut c = case();
            c.state = state;
            for role in [CaseRole::Consumer, CaseRole::Trader, CaseRole::Staff] {
                let n = next_step(&facts(&c, role), at(2026, 12, 1));
                assert_eq!((n.task, n.who, n.yours), (Task::Ended, Who::Nobody, false));
                assert!(n.primary.is_empty());
            }
        }
    }
}
