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
    let (Some(name), Some(email), Some(sector), true) = (name, email, sector, errors.is_empty())
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
