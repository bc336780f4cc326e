//! How a person stands to a case. A case the person has no role on does not exist for them.
use super::lifecycle::CaseRole;
use super::{CaseError, CaseResult};
use crate::db::models::Case;
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
pub fn role_from(actor: &Actor, case: &Case, member_side: Option<&str>) -> Option<CaseRole> {
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
                || member_side == Some("consumer")
            {
                Some(CaseRole::Consumer)
            } else if invited && member_side == Some("trader") {
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
    Ok(role_from(actor, case, side.as_deref()))
}

/// Loads a case for a person, as missing when they have no role on it.
pub fn load(conn: &mut DbConn, actor: &Actor, case_id: &str) -> CaseResult<(Case, CaseRole)> {
    let case = db::cases::find(conn, case_id)?.ok_or(CaseError::NotFound)?;
    let role = role_on(conn, actor, &case)?.ok_or(CaseError::NotFound)?;
    Ok((case, role))
}

/// What a role may see of the file. An assigned mediator sees only who the parties are
/// until they have declared that they have no conflict of interest (Art. 6).
pub fn sees_file(role: CaseRole) -> bool {
    role != CaseRole::MediatorPending
}

/// Who a message or document is for: everyone on the case, or one side and the mediator
/// (a caucus, which the other side never sees).
pub const AUDIENCES: &[&str] = &["everyone", "caucus_consumer", "caucus_trader"];

/// The audiences whose messages and documents a role sees. Staff see what is shared with
/// everyone; a caucus is between a party and the mediator.
pub fn visible_audiences(role: CaseRole) -> &'static [&'static str] {
    match role {
        CaseRole::Consumer => &["everyone", "caucus_consumer"],
        CaseRole::Trader => &["everyone", "caucus_trader"],
        CaseRole::Mediator => AUDIENCES,
        CaseRole::Staff => &["everyone"],
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
    audience: &str,
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
    match (role, audience) {
        (CaseRole::Consumer, "everyone" | "caucus_consumer")
        | (CaseRole::Trader, "everyone" | "caucus_trader") => {
            audience == "everyone" || has_mediator
        }
        (CaseRole::Mediator, a) => AUDIENCES.contains(&a),
        (CaseRole::Staff, "everyone") => true,
        _ => false,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::models::Case;

    /// A submitted case between two parties in Bulgaria, for unit tests.
    pub(crate) fn case() -> Case {
        let at = crate::db::now();
        Case {
            id: "c1".into(),
            reference: Some("ADR-2026-000001".into()),
            state: "submitted".into(),
            channel: "online".into(),
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
            sector: "electronics".into(),
            problem_kind: "defective".into(),
            purchase_description: "x".into(),
            purchase_date: None,
            price_minor: None,
            price_currency: "EUR".into(),
            complained_on: None,
            trader_responded: false,
            trader_response: String::new(),
            claim_kind: "refund".into(),
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
        use super::super::lifecycle::State;
        for role in CaseRole::ALL {
            let sees = visible_audiences(role);
            assert_eq!(
                sees.contains(&"caucus_consumer"),
                matches!(role, CaseRole::Consumer | CaseRole::Mediator),
                "{role:?}"
            );
            assert_eq!(
                sees.contains(&"caucus_trader"),
                matches!(role, CaseRole::Trader | CaseRole::Mediator),
                "{role:?}"
            );
        }
        assert!(may_add(
            CaseRole::Consumer,
            State::Mediation,
            "caucus_consumer",
            true
        ));
        assert!(!may_add(
            CaseRole::Consumer,
            State::Mediation,
            "caucus_trader",
            true
        ));
        assert!(
            !may_add(
                CaseRole::Consumer,
                State::Submitted,
                "caucus_consumer",
                false
            ),
            "no mediator yet"
        );
        assert!(
            !may_add(CaseRole::Trader, State::Submitted, "everyone", false),
            "not accepted"
        );
        assert!(
            !may_add(CaseRole::Consumer, State::NotSettled, "everyone", true),
            "closed"
        );
        assert!(!may_add(
            CaseRole::Staff,
            State::Mediation,
            "caucus_trader",
            true
        ));
        assert!(!may_add(
            CaseRole::MediatorPending,
            State::Mediation,
            "everyone",
            true
        ));
        assert!(may_add(
            CaseRole::Mediator,
            State::Mediation,
            "caucus_trader",
            true
        ));
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
            role_from(&other_consumer, &c, Some("consumer")),
            Some(CaseRole::Consumer)
        );
        assert_eq!(
            role_from(&other_trader, &c, Some("trader")),
            Some(CaseRole::Trader)
        );
    }

    #[test]
    fn the_traders_own_staff_are_the_trader_whatever_membership_they_also_hold() {
        let mut c = case();
        let trader = actor("trader-1", Role::TraderUser, Some("org-1"));
        // Added to the consumer's side (by the old add-member check, or before the case was
        // linked to the organisation): never the consumer, and nothing before the invitation.
        assert_eq!(role_from(&trader, &c, Some("consumer")), None);
        c.trader_due_on = Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 21).unwrap());
        assert_eq!(
            role_from(&trader, &c, Some("consumer")),
            Some(CaseRole::Trader)
        );
        // Staff and mediators have their one role, whatever membership a row says.
        let staff = actor("admin-1", Role::Admin, None);
        assert_eq!(
            role_from(&staff, &c, Some("consumer")),
            Some(CaseRole::Staff)
        );
        let mediator = actor("mediator-1", Role::Mediator, None);
        assert_eq!(
            role_from(&mediator, &c, Some("trader")),
            Some(CaseRole::MediatorPending)
        );
        let stranger_mediator = actor("mediator-2", Role::Mediator, None);
        assert_eq!(role_from(&stranger_mediator, &c, Some("consumer")), None);
    }
}
