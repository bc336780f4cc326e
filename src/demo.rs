//! Demonstration data, so a newcomer can sign in with every role at once.
use crate::db;
use crate::domain::Role;
use crate::domain::accounts::{self, AccountError};
use crate::domain::organisations::{self, OrganisationInput};
use crate::domain::policy::Actor;
use crate::state::AppState;

pub const PASSWORD: &str = "concilia-demo-2026";

/// Creates what is missing and returns (role, email) for every demo login. Safe to run twice.
pub async fn load(app: &AppState) -> anyhow::Result<Vec<(&'static str, String)>> {
    let admin = ensure_user(
        app,
        "Agnes Admin",
        "admin@demo.concilia.eu",
        Role::Admin,
        None,
    )
    .await?;
    let actor = Actor {
        user_id: admin.id.clone(),
        role: Role::Admin,
        organisation_id: None,
    };
    let mut logins = vec![("admin", admin.email)];
    let mediator = ensure_user(
        app,
        "Martin Mediator",
        "mediator@demo.concilia.eu",
        Role::Mediator,
        None,
    )
    .await?;
    logins.push(("mediator", mediator.email));
    let traders = [
        (
            "Balkan Electronics Ltd",
            "BG-204918372",
            "claims@balkan-electronics.example",
            "Electronics",
            true,
            "Teodora Trader",
            "trader@balkan-electronics.example",
            "BG",
            "12 Vitosha Blvd, 1000 Sofia",
        ),
        (
            "Nordic Travel OÜ",
            "EE-14412897",
            "support@nordic-travel.example",
            "Travel",
            true,
            "Kalev Trader",
            "trader@nordic-travel.example",
            "EE",
            "Narva mnt 5, 10117 Tallinn",
        ),
    ];
    for (name, reg, contact, sector, member, user_name, user_email, country, address) in traders {
        let org_id = match find_org(app, reg).await? {
            Some(id) => id,
            None => {
                let input = OrganisationInput {
                    name: name.into(),
                    registration_number: reg.into(),
                    contact_email: contact.into(),
                    sector: sector.into(),
                    is_member: member,
                    country: country.into(),
                    address: address.into(),
                    participation_mandatory: false,
                };
                organisations::create(app, &actor, input).await?.id
            }
        };
        let user = ensure_user(app, user_name, user_email, Role::TraderUser, Some(org_id)).await?;
        logins.push(("trader", user.email));
    }
    for (name, email) in [
        ("Clara Consumer", "clara@demo.concilia.eu"),
        ("Dmitri Consumer", "dmitri@demo.concilia.eu"),
    ] {
        logins.push((
            "consumer",
            ensure_user(app, name, email, Role::Consumer, None)
                .await?
                .email,
        ));
    }
    Ok(logins)
}

async fn ensure_user(
    app: &AppState,
    name: &str,
    email: &str,
    role: Role,
    org: Option<String>,
) -> anyhow::Result<db::models::User> {
    let e = email.to_string();
    if let Some(u) = db::run(&app.pool, move |c| db::users::find_by_email(c, &e)).await? {
        return Ok(u);
    }
    match accounts::create_with_password(app, name, email, PASSWORD, role, org).await {
        Ok(u) => Ok(u),
        Err(AccountError::Invalid(errors)) => anyhow::bail!("demo user {email}: {errors:?}"),
        Err(e) => Err(e.into()),
    }
}

async fn find_org(app: &AppState, registration_number: &str) -> anyhow::Result<Option<String>> {
    let reg = registration_number.to_string();
    let orgs = db::run(&app.pool, move |c| {
        use crate::db::schema::organisations::dsl as o;
        use diesel::prelude::*;
        Ok(o::organisations
            .filter(o::registration_number.eq(reg))
            .select(o::id)
            .first::<String>(c)
            .optional()?)
    })
    .await?;
    Ok(orgs)
}
