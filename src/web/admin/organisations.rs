use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::{PAGE_SIZE, parse_cursor, split_page};
use crate::db;
use crate::domain::Role;
use crate::domain::accounts::{self, AccountError, InviteInput};
use crate::domain::organisations::{self, OrganisationInput};
use crate::domain::policy::{Action, authorize};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub registration_number: String,
    pub contact_email: String,
    pub sector: String,
    /// A checkbox: present ("on") when ticked.
    pub is_member: Option<String>,
    pub country: String,
    pub address: String,
    pub participation_mandatory: Option<String>,
}

#[derive(Deserialize)]
pub struct ListQuery {
    after: Option<String>,
}

async fn list_page(
    page: &Page,
    user: &CurrentUser,
    after: Option<String>,
    status: StatusCode,
    form: &OrganisationForm,
    errors: &accounts::FieldErrors,
) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ListOrganisations).map_err(|_| AppError::Forbidden)?;
    let cursor = parse_cursor(after.as_deref());
    let orgs = db::run(&page.state.pool, move |c| {
        db::orgs::page(c, cursor, PAGE_SIZE + 1)
    })
    .await?;
    let (orgs, next) = split_page(orgs, |o| format!("{}|{}", o.name, o.id));
    let rows: Vec<_> = orgs
        .iter()
        .map(|o| minijinja::context! { id => o.id, name => o.name, registration_number => o.registration_number, sector => o.sector, is_member => o.is_member })
        .collect();
    page.form_again(
        status,
        "admin/organisations.html",
        form,
        errors,
        None,
        minijinja::context! { organisations => rows, next => next },
    )
}

#[get("/admin/organisations")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn list(
    page: Page,
    user: CurrentUser,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    list_page(
        &page,
        &user,
        q.into_inner().after,
        StatusCode::OK,
        &OrganisationForm::default(),
        &vec![],
    )
    .await
}

#[post("/admin/organisations")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn create(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<OrganisationForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    let input = OrganisationInput {
        name: form.name.clone(),
        registration_number: form.registration_number.clone(),
        contact_email: form.contact_email.clone(),
        sector: form.sector.clone(),
        is_member: form.is_member.is_some(),
        country: form.country.clone(),
        address: form.address.clone(),
        participation_mandatory: form.participation_mandatory.is_some(),
    };
    match organisations::create(&page.state, &user.actor(), input).await {
        Ok(org) => Ok(redirect(&format!(
            "/admin/organisations/{}?notice=organisation-created",
            org.id
        ))),
        Err(AccountError::Invalid(errors)) => {
            list_page(
                &page,
                &user,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                &errors,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub name: String,
    pub email: String,
}

async fn show_org(
    page: &Page,
    user: &CurrentUser,
    id: String,
    status: StatusCode,
    form: &InviteForm,
    errors: &accounts::FieldErrors,
) -> Result<HttpResponse, AppError> {
    // Someone else's organisation is answered as missing, not as forbidden.
    authorize(
        &user.actor(),
        Action::ViewOrganisation {
            organisation_id: &id,
        },
    )
    .map_err(|_| AppError::NotFound)?;
    let (org, members) = db::run(&page.state.pool, move |c| -> db::DbResult<_> {
        let org = db::orgs::find(c, &id)?;
        let members = match &org {
            Some(o) => db::users::members_of(c, &o.id)?,
            None => vec![],
        };
        Ok((org, members))
    })
    .await?;
    let org = org.ok_or(AppError::NotFound)?;
    let members_raw = members;
    let members: Vec<_> = members_raw
        .iter()
        .map(|u| minijinja::context! { id => u.id, name => u.name, email => u.email, active => u.password_hash.is_some(), disabled => u.disabled_at.is_some() })
        .collect();
    let member_options: Vec<(String, String)> = members_raw
        .iter()
        .filter(|u| u.disabled_at.is_none())
        .map(|u| (u.id.clone(), u.name.clone()))
        .collect();
    let can_manage = authorize(
        &user.actor(),
        Action::ManageOrganisation {
            organisation_id: &org.id,
        },
    )
    .is_ok();
    let can_invite = authorize(
        &user.actor(),
        Action::InviteTraderUser {
            organisation_id: &org.id,
        },
    )
    .is_ok();
    page.form_again(
        status,
        "admin/organisation.html",
        form,
        errors,
        None,
        minijinja::context! {
            organisation => minijinja::context! { id => org.id, name => org.name, registration_number => org.registration_number, contact_email => org.contact_email, sector => org.sector, is_member => org.is_member, country => org.country, address => org.address, participation_mandatory => org.participation_mandatory, adr_contact_id => org.adr_contact_id, adr_backup_id => org.adr_backup_id },
            member_options => member_options,
            can_manage => can_manage,
            members => members,
            can_invite => can_invite,
        },
    )
}

#[get("/admin/organisations/{id}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, organisation_id = %id))]
pub async fn show(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    show_org(
        &page,
        &user,
        id.into_inner(),
        StatusCode::OK,
        &InviteForm::default(),
        &vec![],
    )
    .await
}

#[post("/admin/organisations/{id}/invitations")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, organisation_id = %id))]
pub async fn invite(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    let id = id.into_inner();
    let input = InviteInput {
        name: form.name.clone(),
        email: form.email.clone(),
        role: Role::TraderUser,
        organisation_id: Some(id.clone()),
    };
    match accounts::invite(&page.state, &user.actor(), input).await {
        Ok(_) => Ok(redirect(&format!(
            "/admin/organisations/{id}?notice=invitation-sent"
        ))),
        Err(AccountError::Invalid(errors)) => {
            show_org(
                &page,
                &user,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                &form,
                &errors,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactsForm {
    pub adr_contact_id: String,
    pub adr_backup_id: String,
}

/// The organisation names who receives its case mail (its own users, or the centre).
#[post("/admin/organisations/{id}/contacts")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, organisation_id = %id))]
pub async fn set_contacts(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<ContactsForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    let id = id.into_inner();
    match organisations::set_contacts(
        &page.state,
        &user.actor(),
        id.clone(),
        form.adr_contact_id.clone(),
        form.adr_backup_id.clone(),
    )
    .await
    {
        Ok(()) => Ok(redirect(&format!(
            "/admin/organisations/{id}?notice=contacts-saved"
        ))),
        Err(AccountError::Invalid(errors)) => {
            show_org(
                &page,
                &user,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                &InviteForm::default(),
                &errors,
            )
            .await
        }
        Err(AccountError::Denied(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
