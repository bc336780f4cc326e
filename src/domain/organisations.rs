use super::accounts::{AccountError, AccountResult, FieldErrors, name_error};
use super::policy::{self, Action, Actor};
use super::{EmailAddress, UserName};
use crate::db::models::Organisation;
use crate::db::{self, DbError, new_id, now};
use crate::state::AppState;

pub struct OrganisationInput {
    pub name: String,
    pub registration_number: String,
    pub contact_email: String,
    pub sector: String,
    pub is_member: bool,
    pub country: String,
    pub address: String,
    pub participation_mandatory: bool,
}

pub async fn create(
    app: &AppState,
    actor: &Actor,
    input: OrganisationInput,
) -> AccountResult<Organisation> {
    policy::authorize(actor, Action::CreateOrganisation)?;
    let mut errors = FieldErrors::new();
    let name = UserName::parse(&input.name)
        .map_err(|e| errors.push(("name", name_error(e))))
        .ok();
    let reg = input.registration_number.trim().to_string();
    if reg.is_empty() {
        errors.push(("registration_number", "error-required"));
    } else if reg.chars().count() > 64 {
        errors.push(("registration_number", "error-too-long"));
    }
    let email = EmailAddress::parse(&input.contact_email)
        .map_err(|_| errors.push(("contact_email", "error-email-invalid")))
        .ok();
    let sector = UserName::parse(&input.sector)
        .map_err(|e| errors.push(("sector", name_error(e))))
        .ok();
    let country = super::country::parse(&input.country);
    if country.is_none() {
        errors.push(("country", "error-country-unknown"));
    }
    let address = input.address.trim().to_string();
    if address.is_empty() {
        errors.push(("address", "error-required"));
    } else if address.chars().count() > 300 {
        errors.push(("address", "error-too-long"));
    }
    let (Some(name), Some(email), Some(sector), Some(country), true) =
        (name, email, sector, country, errors.is_empty())
    else {
        return Err(AccountError::Invalid(errors));
    };
    let org = Organisation {
        id: new_id(),
        name: name.as_str().into(),
        registration_number: reg,
        contact_email: email.to_string(),
        sector: sector.as_str().into(),
        is_member: input.is_member,
        created_at: now(),
        country,
        address,
        participation_mandatory: input.is_member && input.participation_mandatory,
        adr_contact_id: None,
        adr_backup_id: None,
        search_name: name.as_str().to_lowercase(),
    };
    let o = org.clone();
    db::run(&app.pool, move |c| db::orgs::insert(c, &o))
        .await
        .map_err(|e| match e {
            DbError::Conflict => {
                AccountError::Invalid(vec![("registration_number", "error-registration-taken")])
            }
            e => e.into(),
        })?;
    Ok(org)
}

/// Names the organisation's ADR contact and backup, who receive its case mail. Both must be
/// users of the organisation; an empty value clears the choice.
pub async fn set_contacts(
    app: &AppState,
    actor: &Actor,
    organisation_id: String,
    contact_id: String,
    backup_id: String,
) -> AccountResult<()> {
    policy::authorize(
        actor,
        Action::ManageOrganisation {
            organisation_id: &organisation_id,
        },
    )?;
    db::transaction(&app.pool, move |c| {
        db::orgs::find(c, &organisation_id)?.ok_or(AccountError::NotFound)?;
        let members: Vec<String> = db::users::members_of(c, &organisation_id)?
            .into_iter()
            .map(|u| u.id)
            .collect();
        let pick = |field: &'static str, id: &str| -> AccountResult<Option<String>> {
            match id.trim() {
                "" => Ok(None),
                id if members.iter().any(|m| m == id) => Ok(Some(id.to_string())),
                _ => Err(AccountError::Invalid(vec![(field, "error-choice-unknown")])),
            }
        };
        let contact = pick("adr_contact_id", &contact_id)?;
        let backup = pick("adr_backup_id", &backup_id)?;
        if backup.is_some() && backup == contact {
            return Err(AccountError::Invalid(vec![(
                "adr_backup_id",
                "error-backup-same",
            )]));
        }
        Ok(db::orgs::set_contacts(
            c,
            &organisation_id,
            contact,
            backup,
        )?)
    })
    .await
}
