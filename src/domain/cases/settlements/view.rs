//! What the case page shows of settlement, and what each viewer may do with it.
use super::*;

/// What a viewer may do with one proposal now: answer the other side's (once per
/// version accepted), revise or withdraw their own, while it is open and the step allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProposalActions {
    pub may_answer: bool,
    pub may_change: bool,
    pub may_withdraw: bool,
}

pub fn proposal_actions(
    state: State,
    role: CaseRole,
    p: &Proposal,
    answers: &[ProposalAnswer],
) -> ProposalActions {
    let mine = side_name(role);
    let may = |step: Step| crate::domain::cases::lifecycle::check(state, step, role).is_ok();
    let accepted_by_me = mine.is_some_and(|m| {
        answers.iter().any(|a| {
            a.proposal_id == p.id
                && ProposedBy::from(a.side) == m
                && a.version == p.version
                && a.answer == Verdict::Accepted
        })
    });
    let open = p.status == ProposalStatus::Open;
    let own = mine == Some(p.side);
    ProposalActions {
        may_answer: open && !own && may(Step::AnswerProposal) && !accepted_by_me,
        may_change: open && own && may(Step::Propose),
        may_withdraw: open && own && may(Step::WithdrawProposal),
    }
}

/// Whether a role may counter a proposal: an open one of another side.
pub fn may_counter(role: CaseRole, p: &Proposal) -> bool {
    p.status == ProposalStatus::Open && Some(p.side) != side_name(role)
}

/// Art. 9(2): the page on what accepting a mediator's solution means is for the parties,
/// who answer it.
pub fn may_open_solution(role: CaseRole, p: &Proposal) -> bool {
    p.side == ProposedBy::Mediator && role.is_party()
}

/// The mediator's solution cites the shared submissions it rests on, so the mediator is
/// offered them.
pub fn cites_submissions(role: CaseRole) -> bool {
    proposes_solution(role)
}

/// What the mediator proposes is a solution (Art. 9(1)(a)), not a party's offer.
pub fn proposes_solution(role: CaseRole) -> bool {
    side_name(role) == Some(ProposedBy::Mediator)
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
    let blind = match role.side() {
        Some(side) => blind_view(
            &db::settlements::blind_offers_of_case(c, &case.id)?,
            side,
            gap_percent,
        ),
        None => BlindView::default(),
    };
    Ok(SettlementView {
        proposals: db::settlements::proposals_of_case(c, &case.id)?,
        answers: db::settlements::answers_of_case(c, &case.id)?,
        blind,
        agreement: db::settlements::agreement_of_case(c, &case.id)?,
        obligations: db::settlements::obligations_of_case(c, &case.id)?,
    })
}

/// What a viewer may do with one obligation now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ObligationActions {
    /// The side that owes it says it is done (again, after a report).
    pub may_mark_done: bool,
    /// The other side confirms it, once the owing side said it was done.
    pub may_confirm: bool,
    /// The other side reports it not honoured: after it was marked done, or once it is due
    /// and nothing was said.
    pub may_report: bool,
    /// Staff decide a reported or overdue one, or reopen a decision.
    pub may_judge: bool,
}

pub fn obligation_actions(
    state: State,
    role: CaseRole,
    o: &Obligation,
    today: NaiveDate,
) -> ObligationActions {
    let may = |step: Step| crate::domain::cases::lifecycle::check(state, step, role).is_ok();
    let party = role.side();
    let owed_by_me = party == Some(o.side);
    let owed_to_me = party.is_some() && !owed_by_me;
    let settled = o.outcome.is_some();
    let overdue = !settled && o.due_on < today;
    let answering = owed_to_me && !settled && may(Step::AnswerObligation);
    ObligationActions {
        may_mark_done: owed_by_me
            && !settled
            && matches!(o.status, ObligationStatus::Due | ObligationStatus::Reported)
            && may(Step::MarkDone),
        may_confirm: answering && o.status == ObligationStatus::Done,
        may_report: answering
            && (o.status == ObligationStatus::Done
                || (o.status == ObligationStatus::Due && overdue)),
        may_judge: may(Step::JudgeObligation)
            && (o.status == ObligationStatus::Reported
                || o.outcome == Some(Outcome::NotHonoured)
                || overdue),
    }
}
