//! The one place that decides who may do what. Handlers ask here; nothing else compares roles.
use super::roles::Role;
use crate::db::cases::Scope;

/// Who is acting: enough of the signed-in user for every decision.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: String,
    pub role: Role,
    pub organisation_id: Option<String>,
}

impl Actor {
    /// How a stored account acts. An unknown role (never written by this code) gets the
    /// least rights.
    pub fn of(user: &crate::db::models::User) -> Actor {
        Actor {
            user_id: user.id.clone(),
            role: user.role,
            organisation_id: user.organisation_id.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Action<'a> {
    ViewDashboard,
    ManageOwnAccount,
    ListOrganisations,
    CreateOrganisation,
    ViewOrganisation {
        organisation_id: &'a str,
    },
    /// Name the organisation's ADR contact and backup.
    ManageOrganisation {
        organisation_id: &'a str,
    },
    /// Enter a complaint on a consumer's behalf, see the intake queue and all cases.
    ManageCases,
    /// File a dispute of one's own.
    FileCase,
    /// Keep the holiday calendars.
    ManageHolidays,
    InviteTraderUser {
        organisation_id: &'a str,
    },
    InviteMediator,
    ListUsers,
    DisableUser {
        user_id: &'a str,
    },
    /// See undelivered email and send it again.
    ManageOutbox,
    /// The annual and biennial reports, their texts, and the live dashboard.
    ViewReports,
    /// Keep one's own training log (mediators and staff).
    RecordTraining,
    /// The week's hearings across one's cases (mediators).
    ViewHearingCalendar,
    /// A trader organisation's own figures: its users, if it is a member, and staff.
    ViewTraderFigures {
        organisation_id: &'a str,
        member: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not allowed")]
pub struct Denied;

pub fn authorize(actor: &Actor, action: Action<'_>) -> Result<(), Denied> {
    if allowed(actor, action) {
        Ok(())
    } else {
        Err(Denied)
    }
}

fn allowed(actor: &Actor, action: Action<'_>) -> bool {
    use Action::*;
    match action {
        ViewDashboard | ManageOwnAccount => true,
        ListOrganisations | CreateOrganisation | InviteMediator | ListUsers | ManageOutbox => {
            actor.role == Role::Admin
        }
        ManageCases | ManageHolidays | ViewReports => actor.role == Role::Admin,
        RecordTraining => matches!(actor.role, Role::Admin | Role::Mediator),
        ViewHearingCalendar => actor.role == Role::Mediator,
        ViewTraderFigures {
            organisation_id,
            member,
        } => {
            actor.role == Role::Admin
                || (member
                    && actor.role == Role::TraderUser
                    && actor.organisation_id.as_deref() == Some(organisation_id))
        }
        FileCase => actor.role == Role::Consumer,
        ViewOrganisation { organisation_id } | ManageOrganisation { organisation_id } => {
            actor.role == Role::Admin
                || (actor.role == Role::TraderUser
                    && actor.organisation_id.as_deref() == Some(organisation_id))
        }
        InviteTraderUser { .. } => actor.role == Role::Admin,
        // An administrator cannot disable their own account and lock the centre out.
        DisableUser { user_id } => actor.role == Role::Admin && actor.user_id != user_id,
    }
}

/// Which cases a person's lists show: staff all, a mediator those assigned to them, a
/// trader user their organisation's, anyone else (and a trader user without an
/// organisation) their own as the consumer. `access` still decides each case.
pub fn case_scope(actor: &Actor) -> Scope {
    match (actor.role, &actor.organisation_id) {
        (Role::Admin, _) => Scope::All,
        (Role::Mediator, _) => Scope::Mediator(actor.user_id.clone()),
        (Role::TraderUser, Some(org)) => Scope::Organisation(org.clone()),
        (Role::TraderUser, None) | (Role::Consumer, _) => Scope::Consumer(actor.user_id.clone()),
    }
}

/// The trader organisation a person acts for: a trader user's own, nobody else's.
pub fn trader_organisation(actor: &Actor) -> Option<&str> {
    match actor.role {
        Role::TraderUser => actor.organisation_id.as_deref(),
        _ => None,
    }
}

/// Whether the account may be the consumer of a case (staff file by email for someone who
/// has a consumer account, or none yet).
pub fn is_consumer_account(actor: &Actor) -> bool {
    authorize(actor, Action::FileCase).is_ok()
}

/// What a person's menu and dashboard link to: each link is there because the permission it
/// leads to is granted, so the pages never compare roles themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Menu {
    /// File a dispute of one's own.
    pub file: bool,
    /// The week's hearings.
    pub hearings: bool,
    /// A trader's own organisation.
    pub organisation: Option<String>,
    /// The intake queue, obligations and filing on a consumer's behalf.
    pub cases: bool,
    pub reports: bool,
    pub holidays: bool,
    pub organisations: bool,
    pub users: bool,
    pub outbox: bool,
    pub training: bool,
}

pub fn menu(actor: &Actor) -> Menu {
    let may = |action| authorize(actor, action).is_ok();
    Menu {
        file: may(Action::FileCase),
        hearings: may(Action::ViewHearingCalendar),
        organisation: trader_organisation(actor).map(str::to_string),
        cases: may(Action::ManageCases),
        reports: may(Action::ViewReports),
        holidays: may(Action::ManageHolidays),
        organisations: may(Action::ListOrganisations),
        users: may(Action::ListUsers),
        outbox: may(Action::ManageOutbox),
        training: may(Action::RecordTraining),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role) -> Actor {
        Actor {
            user_id: format!("{role}-1"),
            role,
            organisation_id: (role == Role::TraderUser).then(|| "org-1".to_string()),
        }
    }

    fn allowed_roles(action: Action<'_>) -> Vec<Role> {
        Role::ALL
            .into_iter()
            .filter(|r| authorize(&actor(*r), action).is_ok())
            .collect()
    }

    #[test]
    fn every_signed_in_role_sees_its_dashboard_and_account() {
        assert_eq!(allowed_roles(Action::ViewDashboard), Role::ALL.to_vec());
        assert_eq!(allowed_roles(Action::ManageOwnAccount), Role::ALL.to_vec());
    }

    #[test]
    fn only_admins_manage_organisations_mediators_and_users() {
        for action in [
            Action::ListOrganisations,
            Action::CreateOrganisation,
            Action::InviteMediator,
            Action::ListUsers,
            Action::ManageOutbox,
        ] {
            assert_eq!(allowed_roles(action), vec![Role::Admin], "{action:?}");
        }
        assert_eq!(
            allowed_roles(Action::InviteTraderUser {
                organisation_id: "org-1"
            }),
            vec![Role::Admin]
        );
    }

    #[test]
    fn a_trader_user_sees_its_own_organisation_only() {
        assert_eq!(
            allowed_roles(Action::ViewOrganisation {
                organisation_id: "org-1"
            }),
            vec![Role::TraderUser, Role::Admin]
        );
        assert_eq!(
            allowed_roles(Action::ViewOrganisation {
                organisation_id: "org-2"
            }),
            vec![Role::Admin]
        );
    }

    #[test]
    fn reports_are_for_staff_and_training_for_mediators_and_staff() {
        assert_eq!(allowed_roles(Action::ViewReports), vec![Role::Admin]);
        assert_eq!(
            allowed_roles(Action::RecordTraining),
            vec![Role::Mediator, Role::Admin]
        );
    }

    #[test]
    fn a_member_trader_sees_its_own_figures_only() {
        let figures = |organisation_id, member| Action::ViewTraderFigures {
            organisation_id,
            member,
        };
        assert_eq!(
            allowed_roles(figures("org-1", true)),
            vec![Role::TraderUser, Role::Admin]
        );
        assert_eq!(allowed_roles(figures("org-1", false)), vec![Role::Admin]);
        assert_eq!(allowed_roles(figures("org-2", true)), vec![Role::Admin]);
    }

    #[test]
    fn each_role_s_menu_links_to_what_it_may_do() {
        let actor = |role, org: Option<&str>| Actor {
            user_id: "u".into(),
            role,
            organisation_id: org.map(str::to_string),
        };
        let consumer = menu(&actor(Role::Consumer, None));
        assert!(consumer.file && !consumer.cases && !consumer.hearings && !consumer.reports);
        let trader = menu(&actor(Role::TraderUser, Some("o1")));
        assert_eq!(trader.organisation.as_deref(), Some("o1"));
        assert!(!trader.file && !trader.cases);
        let mediator = menu(&actor(Role::Mediator, None));
        assert!(mediator.hearings && mediator.training && !mediator.cases);
        let admin = menu(&actor(Role::Admin, None));
        assert!(admin.cases && admin.reports && admin.outbox && admin.users && !admin.file);
    }

    #[test]
    fn only_mediators_have_a_hearing_calendar() {
        assert_eq!(
            allowed_roles(Action::ViewHearingCalendar),
            vec![Role::Mediator]
        );
    }

    #[test]
    fn each_role_lists_its_own_cases() {
        let scope = |role| format!("{:?}", case_scope(&actor(role)));
        assert_eq!(scope(Role::Admin), "All");
        assert_eq!(scope(Role::Mediator), "Mediator(\"mediator-1\")");
        assert_eq!(scope(Role::TraderUser), "Organisation(\"org-1\")");
        assert_eq!(scope(Role::Consumer), "Consumer(\"consumer-1\")");
        let lone = Actor {
            organisation_id: None,
            ..actor(Role::TraderUser)
        };
        assert_eq!(
            format!("{:?}", case_scope(&lone)),
            "Consumer(\"trader_user-1\")"
        );
        assert_eq!(trader_organisation(&actor(Role::TraderUser)), Some("org-1"));
        assert_eq!(trader_organisation(&lone), None);
    }

    #[test]
    fn an_admin_cannot_disable_themself() {
        assert_eq!(
            allowed_roles(Action::DisableUser { user_id: "someone" }),
            vec![Role::Admin]
        );
        assert!(
            authorize(
                &actor(Role::Admin),
                Action::DisableUser { user_id: "admin-1" }
            )
            .is_err()
        );
    }
}
