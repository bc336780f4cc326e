//! How a person stands to a case. A case the person has no role on does not exist for them.
use super::codes::{Audience, Side};
use super::lifecycle::CaseRole;
use super::{CaseError, CaseResult};
use crate::db::models::{Case, CaseMember};
use crate::db::{self, DbConn};
use crate::domain::Role;
use crate::domain::policy::Actor;

/// A person's one role on a case, from the case's own fields and the person's membership
/// side if any. Every way of reaching a case is weighed here, in this order, so that nobody
/// holds two roles at once (and so sees both sides' caucus):
/// 1. an administrator is staff on every case;
/// 2. a mediator is the case's mediator (pending until they declare no conflict), or nothing;
/// 3. a user of the trader's organisation is the trader once the trader has been invited, and
///    nothing before, whatever membership they also hold. A consumer-side membership of the
///    trader's own staff (added before this rule, or before the case was linked to their
///    organisation when it was accepted) must never open the consumer's caucus to the
///    trader: the organisation, which the centre set up, wins over what a party added;
/// 4. the consumer the case is for is the consumer;
/// 5. a member is on the side they were added to; the trader's side once it is invited.
pub fn role_from(actor: &Actor, case: &Case, member_side: Option<Side>) -> Option<CaseRole> {
    // The trader side sees a case only once the centre has accepted it and invited them.
    let invited = case.trader_due_on.is_some();
    match actor.role {
        Role::Admin => Some(CaseRole::Staff),
        Role::Mediator => (case.mediator_id.as_deref() == Some(&actor.user_id)).then_some(
            if case.mediator_confirmed_at.is_some() {
                CaseRole::Mediator
            } else {
                CaseRole::MediatorPending
            },
        ),
        Role::TraderUser
            if case.trader_org_id.is_some() && actor.organisation_id == case.trader_org_id =>
        {
            invited.then_some(CaseRole::Trader)
        }
        Role::Consumer | Role::TraderUser => {
            if case.consumer_id.as_deref() == Some(&actor.user_id)
                || member_side == Some(Side::Consumer)
            {
                Some(CaseRole::Consumer)
            } else if invited && member_side == Some(Side::Trader) {
                Some(CaseRole::Trader)
            } else {
                None
            }
        }
    }
}

pub fn role_on(conn: &mut DbConn, actor: &Actor, case: &Case) -> CaseResult<Option<CaseRole>> {
    let side = match actor.role {
        Role::Consumer | Role::TraderUser => db::cases::membership(conn, &case.id, &actor.user_id)?,
        _ => None,
    };
    Ok(role_from(actor, case, side))
}

/// Loads a case for a person, as missing when they have no role on it.
pub fn load(conn: &mut DbConn, actor: &Actor, case_id: &str) -> CaseResult<(Case, CaseRole)> {
    let case = db::cases::find(conn, case_id)?.ok_or(CaseError::NotFound)?;
    let role = role_on(conn, actor, &case)?.ok_or(CaseError::NotFound)?;
    Ok((case, role))
}

/// The same, with the case's members, for a page that shows them: the viewer's own
/// membership is read from them rather than by a statement of its own.
pub fn load_with_members(
    conn: &mut DbConn,
    actor: &Actor,
    case_id: &str,
) -> CaseResult<(Case, CaseRole, Vec<CaseMember>)> {
    let case = db::cases::find(conn, case_id)?.ok_or(CaseError::NotFound)?;
    let members = db::cases::members(conn, &case.id)?;
    let side = match actor.role {
        Role::Consumer | Role::TraderUser => members
            .iter()
            .find(|m| m.user_id == actor.user_id)
            .map(|m| m.side),
        _ => None,
    };
    let role = role_from(actor, &case, side).ok_or(CaseError::NotFound)?;
    Ok((case, role, members))
}

/// What a role may see of the file. An assigned mediator sees only who the parties are
/// until they have declared that they have no conflict of interest (Art. 6).
pub fn sees_file(role: CaseRole) -> bool {
    role != CaseRole::MediatorPending
}

/// Whether the case's certificate (Art. 12) is there for this role: once the case has a
/// reference, for everyone who sees the file.
pub fn certificate_of(case: &Case, role: CaseRole) -> Option<&str> {
    case.reference.as_deref().filter(|_| sees_file(role))
}

/// The mediator alone sees every party's hearing answers and the private notes; a party
/// sees its own answers.
pub fn sees_hearing_answer(role: CaseRole, answered_by: &str, viewer_id: &str) -> bool {
    role == CaseRole::Mediator || answered_by == viewer_id
}

/// The mediator's private notes of a hearing are for the mediator only.
pub fn sees_private_notes(role: CaseRole) -> bool {
    role == CaseRole::Mediator
}

/// Whose Art. 9(1)(a) comment window a role is shown: a party its own, the mediator and
/// staff both.
pub fn sees_comment_window(role: CaseRole, side: Side) -> bool {
    matches!(role, CaseRole::Mediator | CaseRole::Staff) || role.side() == Some(side)
}

/// What was said to the centre alone, an objection to the mediator or the reasons a
/// mediator gives for declining a case: staff and the mediator read it, and the party who
/// said it; the other party learns only that it happened.
pub fn sees_said_to_centre(role: CaseRole, said_by: Option<Side>) -> bool {
    matches!(role, CaseRole::Staff | CaseRole::Mediator)
        || (said_by.is_some() && role.side() == said_by)
}

/// Staff assign mediators, so the case page lists the active ones for them only.
pub fn lists_mediators(role: CaseRole) -> bool {
    role == CaseRole::Staff
}

/// Who may be assigned a case as its mediator: an active mediator account.
pub fn may_mediate(user: &crate::db::models::User) -> bool {
    user.role == Role::Mediator && user.disabled_at.is_none()
}

/// Which accounts may be added to a side: a consumer's side takes consumers (a relative,
/// an assistant); a trader's side takes the trader's staff or a consumer account acting as
/// its representative. Staff and mediators are never a party.
pub fn may_join_side(account: Role, side: Side) -> bool {
    match side {
        Side::Consumer => account == Role::Consumer,
        Side::Trader => matches!(account, Role::Consumer | Role::TraderUser),
    }
}

/// A party's objection to the mediator is for staff, who decide it, and for the mediator it
/// names (also before their declaration); the other party does not see what was said.
pub fn sees_objection(role: CaseRole) -> bool {
    matches!(
        role,
        CaseRole::Staff | CaseRole::Mediator | CaseRole::MediatorPending
    )
}

/// The audiences whose messages and documents a role sees: everyone on the case, or one
/// side and the mediator (a caucus, which the other side never sees). Staff see what is
/// shared with everyone; a caucus is between a party and the mediator.
pub fn visible_audiences(role: CaseRole) -> &'static [Audience] {
    match role {
        CaseRole::Consumer => &[Audience::Everyone, Audience::CaucusConsumer],
        CaseRole::Trader => &[Audience::Everyone, Audience::CaucusTrader],
        CaseRole::Mediator => &Audience::ALL,
        CaseRole::Staff => &[Audience::Everyone],
        CaseRole::MediatorPending | CaseRole::System => &[],
    }
}

/// Staff replace a document's content when it must not stay in the file (a third party's
/// personal data, say); parties never delete or change what was submitted.
pub fn may_redact(role: CaseRole) -> bool {
    role == CaseRole::Staff
}

/// Whether a role may add a message or a document for `audience` on a case in `state`. A
/// party writes to everyone or privately to the mediator (once there is one); the mediator
/// to everyone or privately to one side; staff to everyone. Nothing is added once closed.
pub fn may_add(
    role: CaseRole,
    state: super::lifecycle::State,
    audience: Audience,
    has_mediator: bool,
) -> bool {
    use super::lifecycle::State;
    // A settled case stays open for the evidence that its obligations were honoured.
    if state == State::Draft || (state.is_closed() && state != State::Settled) {
        return false;
    }
    if role == CaseRole::Trader && !state.trader_takes_part() {
        return false;
    }
    match role {
        CaseRole::Consumer | CaseRole::Trader => {
            visible_audiences(role).contains(&audience) && (audience.is_shared() || has_mediator)
        }
        CaseRole::Mediator => true,
        CaseRole::Staff => audience.is_shared(),
        CaseRole::MediatorPending | CaseRole::System => false,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::models::Case;
    use crate::domain::cases::codes::{Channel, ClaimKind, ProblemKind, Sector};
    use crate::domain::cases::lifecycle::State;

    /// A submitted case between two parties in Bulgaria, for unit tests.
    pub(crate) fn case() -> Case {
        let at = crate::db::now();
        Case {
            id: "c1".into(),
            reference: Some("ADR-2026-000001".into()),
            state: State::Submitted,
            channel: Channel::Online,
            consumer_id: Some("consumer-1".into()),
            consumer_name: "C".into(),
            consumer_email: "c@example.org".into(),
            consumer_country: "BG".into(),
            filed_by: "consumer-1".into(),
            trader_org_id: Some("org-1".into()),
            trader_name: "T".into(),
            trader_email: "t@example.org".into(),
            trader_country: "BG".into(),
            trader_address: "Sofia".into(),
            sector: Some(Sector::Electronics),
            problem_kind: Some(ProblemKind::Defective),
            purchase_description: "x".into(),
            purchase_date: None,
            price_minor: None,
            price_currency: "EUR".into(),
            complained_on: None,
            trader_responded: false,
            trader_response: String::new(),
            claim_kind: Some(ClaimKind::Refund),
            claim_amount_minor: None,
            claim_currency: "EUR".into(),
            description: "d".into(),
            language: "en".into(),
            not_elsewhere: true,
            complex: false,
            group_id: None,
            mediator_id: Some("mediator-1".into()),
            mediator_confirmed_at: None,
            objection: None,
            info_request: None,
            received_at: Some(at),
            completed_at: None,
            decided_at: None,
            trader_due_on: None,
            trader_answered_at: None,
            negotiation_until: None,
            mediation_started_at: None,
            outcome_due_at: None,
            extended: false,
            closed_at: None,
            refusal_ground: None,
            closing_reason: String::new(),
            withdrawn_by: None,
            search_text: String::new(),
            created_at: at,
            updated_at: at,
        }
    }

    fn actor(id: &str, role: Role, org: Option<&str>) -> Actor {
        Actor {
            user_id: id.into(),
            role,
            organisation_id: org.map(str::to_string),
        }
    }

    #[test]
    fn caucus_is_seen_by_its_side_and_the_mediator_only() {
        for role in CaseRole::ALL {
            let sees = visible_audiences(role);
            assert_eq!(
                sees.contains(&Audience::CaucusConsumer),
                matches!(role, CaseRole::Consumer | CaseRole::Mediator),
                "{role:?}"
            );
            assert_eq!(
                sees.contains(&Audience::CaucusTrader),
                matches!(role, CaseRole::Trader | CaseRole::Mediator),
                "{role:?}"
            );
        }
        assert!(may_add(
            CaseRole::Consumer,
            State::Mediation,
            Audience::CaucusConsumer,
            true
        ));
        assert!(!may_add(
            CaseRole::Consumer,
            State::Mediation,
            Audience::CaucusTrader,
            true
        ));
        assert!(
            !may_add(
                CaseRole::Consumer,
                State::Submitted,
                Audience::CaucusConsumer,
                false
            ),
            "no mediator yet"
        );
        assert!(
            !may_add(
                CaseRole::Trader,
                State::Submitted,
                Audience::Everyone,
                false
            ),
            "not accepted"
        );
        assert!(
            !may_add(
                CaseRole::Consumer,
                State::NotSettled,
                Audience::Everyone,
                true
            ),
            "closed"
        );
        assert!(!may_add(
            CaseRole::Staff,
            State::Mediation,
            Audience::CaucusTrader,
            true
        ));
        assert!(!may_add(
            CaseRole::MediatorPending,
            State::Mediation,
            Audience::Everyone,
            true
        ));
        assert!(may_add(
            CaseRole::Mediator,
            State::Mediation,
            Audience::CaucusTrader,
            true
        ));
    }

    #[test]
    fn the_certificate_needs_a_reference_and_the_file() {
        let mut c = case();
        assert_eq!(
            certificate_of(&c, CaseRole::Consumer),
            Some("ADR-2026-000001")
        );
        assert_eq!(certificate_of(&c, CaseRole::MediatorPending), None);
        c.reference = None;
        assert_eq!(certificate_of(&c, CaseRole::Staff), None);
    }

    #[test]
    fn a_party_sees_its_own_window_and_answers_the_mediator_all() {
        assert!(sees_comment_window(CaseRole::Consumer, Side::Consumer));
        assert!(!sees_comment_window(CaseRole::Consumer, Side::Trader));
        assert!(sees_comment_window(CaseRole::Trader, Side::Trader));
        for side in Side::ALL {
            assert!(sees_comment_window(CaseRole::Mediator, side));
            assert!(sees_comment_window(CaseRole::Staff, side));
            assert!(!sees_comment_window(CaseRole::MediatorPending, side));
        }
        assert!(sees_hearing_answer(CaseRole::Mediator, "u1", "m1"));
        assert!(sees_hearing_answer(CaseRole::Consumer, "u1", "u1"));
        assert!(!sees_hearing_answer(CaseRole::Consumer, "u2", "u1"));
        assert!(sees_private_notes(CaseRole::Mediator));
        assert!(!sees_private_notes(CaseRole::Staff));
    }

    #[test]
    fn each_person_gets_their_role_and_strangers_none() {
        let mut c = case();
        let consumer = actor("consumer-1", Role::Consumer, None);
        let other_consumer = actor("consumer-2", Role::Consumer, None);
        let trader = actor("trader-1", Role::TraderUser, Some("org-1"));
        let other_trader = actor("trader-2", Role::TraderUser, Some("org-2"));
        let mediator = actor("mediator-1", Role::Mediator, None);
        let other_mediator = actor("mediator-2", Role::Mediator, None);
        let staff = actor("admin-1", Role::Admin, None);

        assert_eq!(role_from(&consumer, &c, None), Some(CaseRole::Consumer));
        assert_eq!(role_from(&other_consumer, &c, None), None);
        // Not yet accepted: the trader does not see it.
        assert_eq!(role_from(&trader, &c, None), None);
        c.trader_due_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 21).unwrap());
        assert_eq!(role_from(&trader, &c, None), Some(CaseRole::Trader));
        assert_eq!(role_from(&other_trader, &c, None), None);
        assert_eq!(
            role_from(&mediator, &c, None),
            Some(CaseRole::MediatorPending)
        );
        c.mediator_confirmed_at = Some(crate::db::now());
        assert_eq!(role_from(&mediator, &c, None), Some(CaseRole::Mediator));
        assert_eq!(role_from(&other_mediator, &c, None), None);
        assert_eq!(role_from(&staff, &c, None), Some(CaseRole::Staff));
        // A representative added to the consumer side.
        assert_eq!(
            role_from(&other_consumer, &c, Some(Side::Consumer)),
            Some(CaseRole::Consumer)
        );
        assert_eq!(
            role_from(&other_trader, &c, Some(Side::Trader)),
            Some(CaseRole::Trader)
        );
    }

    #[test]
    fn the_traders_own_staff_are_the_trader_whatever_membership_they_also_hold() {
        let mut c = case();
        let trader = actor("trader-1", Role::TraderUser, Some("org-1"));
        // Added to the consumer's side (by the old add-member check, or before the case was
        // linked to the organisation): never the consumer, and nothing before the invitation.
        assert_eq!(role_from(&trader, &c, Some(Side::Consumer)), None);
        c.trader_due_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 21).unwrap());
        assert_eq!(
            role_from(&trader, &c, Some(Side::Consumer)),
            Some(CaseRole::Trader)
        );
        // Staff and mediators have their one role, whatever membership a row says.
        let staff = actor("admin-1", Role::Admin, None);
        assert_eq!(
            role_from(&staff, &c, Some(Side::Consumer)),
            Some(CaseRole::Staff)
        );
        let mediator = actor("mediator-1", Role::Mediator, None);
        assert_eq!(
            role_from(&mediator, &c, Some(Side::Trader)),
            Some(CaseRole::MediatorPending)
        );
        let stranger_mediator = actor("mediator-2", Role::Mediator, None);
        assert_eq!(
            role_from(&stranger_mediator, &c, Some(Side::Consumer)),
            None
        );
    }
}
