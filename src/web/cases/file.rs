//! Filing a dispute step by step, and staff entering one on a consumer's behalf.
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;

use actix_multipart::Multipart;

use super::documents;
use super::show::choices;
use crate::db::{self, models::Case};
use crate::domain::accounts::FieldErrors;
use crate::domain::cases::CaseError;
use crate::domain::cases::case_file;
use crate::domain::cases::codes::{Channel, ClaimKind, ProblemKind, Sector};
use crate::domain::cases::filing::{self, DraftForm, OnBehalfForm, STEPS};
use crate::domain::policy::{Action, authorize};
use crate::i18n;
use crate::web::EmptyForm;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

/// What filing means, shown before the form and again before submitting.
fn terms(page: &Page) -> minijinja::Value {
    let centre = &page.state.config.centre;
    let fee = (centre.fee_minor > 0)
        .then(|| i18n::format_money(&page.lang, centre.fee_minor, &centre.fee_currency));
    minijinja::context! { fee => fee }
}

#[get("/cases/new")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn new(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::FileCase).map_err(|_| AppError::Forbidden)?;
    let id = user.0.id.clone();
    let draft = db::run(&page.state.pool, move |c| db::cases::draft_of(c, &id)).await?;
    page.render(
        "cases/new.html",
        minijinja::context! {
            draft => draft.map(|d| d.id),
            terms => terms(&page),
            step_count => STEPS.len(),
        },
    )
}

#[post("/cases")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn start(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    let case = filing::start(&page.state, &user.actor()).await?;
    Ok(redirect(&format!("/cases/{}/draft/trader", case.id)))
}

fn step_name(step: &str) -> Result<&'static str, AppError> {
    STEPS
        .iter()
        .find(|s| **s == step)
        .copied()
        .ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

/// What was typed in the evidence step's upload form when it failed: title, description.
type EvidenceTyped = Option<(String, String)>;

#[allow(clippy::too_many_arguments)]
async fn draft_page(
    page: &Page,
    user: &CurrentUser,
    case: &Case,
    step: &'static str,
    form: &DraftForm,
    errors: &FieldErrors,
    status: StatusCode,
    query: Option<String>,
    problems: Vec<(&'static str, FieldErrors)>,
    evidence_typed: EvidenceTyped,
) -> Result<HttpResponse, AppError> {
    let lang = page.lang.as_str();
    let documents = if step == "evidence" || step == "review" {
        case_file::draft_documents(&page.state, &user.actor(), case.id.clone()).await?
    } else {
        vec![]
    };
    let documents: Vec<_> = documents
        .iter()
        .map(|d| {
            minijinja::context! {
                id => d.id,
                title => d.title,
                file_name => d.file_name,
                size => i18n::format_number(lang, d.size_bytes),
            }
        })
        .collect();
    let (evidence_title, evidence_description) = evidence_typed.unwrap_or_default();
    let words: Vec<String> = query
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let directory = if step == "trader" && !words.is_empty() {
        db::run(&page.state.pool, move |c| db::orgs::search(c, &words, 20)).await?
    } else {
        vec![]
    };
    let chosen_org = match &case.trader_org_id {
        Some(id) if step == "trader" || step == "review" => {
            let id = id.clone();
            db::run(&page.state.pool, move |c| db::orgs::find(c, &id)).await?
        }
        _ => None,
    };
    let languages: Vec<(String, String)> = i18n::LANGUAGES
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    let steps: Vec<_> = STEPS
        .iter()
        .enumerate()
        .map(|(i, s)| minijinja::context! { name => s, number => i + 1, label => i18n::t(lang, &format!("file-step-{s}")), current => *s == step })
        .collect();
    let problems: Vec<_> = problems
        .iter()
        .map(|(s, errs)| minijinja::context! { step => s, label => i18n::t(lang, &format!("file-step-{s}")), errors => errs.iter().map(|(f, m)| format!("{}: {}", i18n::t(lang, &format!("file-field-{}", f.replace('_', "-"))), i18n::t(lang, m))).collect::<Vec<_>>() })
        .collect();
    let summary = (step == "review").then(|| super::show::facts(lang, case));
    page.form_again(
        status,
        "cases/draft.html",
        form,
        errors,
        (!errors.is_empty()).then_some("error-form-has-problems"),
        minijinja::context! {
            case_id => case.id,
            on_behalf => case.channel != Channel::Online,
            consumer_name => case.consumer_name,
            step => step,
            steps => steps,
            query => query,
            directory => directory.iter().map(|o| minijinja::context! { id => o.id, name => o.name, country => o.country, member => o.is_member }).collect::<Vec<_>>(),
            chosen_org => chosen_org.map(|o| minijinja::context! { id => o.id, name => o.name, country => o.country, address => o.address }),
            sectors => choices(lang, Sector::ALL, Sector::label_id),
            problem_kinds => choices(lang, ProblemKind::ALL, ProblemKind::label_id),
            claim_kinds => choices(lang, ClaimKind::ALL, ClaimKind::label_id),
            procedure_languages => languages,
            problems => problems,
            summary => summary,
            terms => terms(page),
            documents => documents,
            evidence_title => evidence_title,
            evidence_description => evidence_description,
            upload_max_mb => page.state.config.upload_max_bytes / (1024 * 1024),
        },
    )
}

#[get("/cases/{id}/draft/{step}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, step = %path.1))]
pub async fn show_step(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    q: web::Query<SearchQuery>,
) -> Result<HttpResponse, AppError> {
    let (id, step) = path.into_inner();
    let step = step_name(&step)?;
    let case = match filing::load_draft(&page.state, &user.actor(), id.clone()).await {
        Err(CaseError::WrongState(_)) => return Ok(redirect(&format!("/cases/{id}"))),
        other => other?,
    };
    let problems = if step == "review" {
        filing::check_all(&case, filing::today())
    } else {
        vec![]
    };
    let form = DraftForm::from_case(&case);
    draft_page(
        &page,
        &user,
        &case,
        step,
        &form,
        &vec![],
        StatusCode::OK,
        q.into_inner().q,
        problems,
        None,
    )
    .await
}

#[post("/cases/{id}/draft/{step}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, step = %path.1))]
pub async fn save_step(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<DraftForm>,
) -> Result<HttpResponse, AppError> {
    let (id, step) = path.into_inner();
    let step = step_name(&step)?;
    let form = form.into_inner()?;
    let (case, errors) = match filing::save_step(
        &page.state,
        &user.actor(),
        id.clone(),
        step,
        form.clone(),
        &page.lang,
    )
    .await
    {
        Err(CaseError::WrongState(_)) => return Ok(redirect(&format!("/cases/{id}"))),
        other => other?,
    };
    if !errors.is_empty() {
        return draft_page(
            &page,
            &user,
            &case,
            step,
            &form,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            vec![],
            None,
        )
        .await;
    }
    let next = STEPS
        .iter()
        .skip_while(|s| **s != step)
        .nth(1)
        .unwrap_or(&"review");
    Ok(redirect(&format!("/cases/{id}/draft/{next}")))
}

/// Evidence uploaded while filing: the case file's own streaming upload, with its type, size
/// and count checks, into the draft. The documents are filed with the dispute.
#[post("/cases/{id}/draft/documents")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn upload_evidence(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    mut payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let _slot = documents::upload_slot(&page, &user)?;
    let id = id.into_inner();
    // Only whoever files the draft gets as far as sending a file.
    let case = match filing::load_draft(&page.state, &user.actor(), id.clone()).await {
        Err(CaseError::WrongState(_)) => return Ok(redirect(&format!("/cases/{id}"))),
        other => other?,
    };
    let (typed, outcome) = documents::receive(&page, &user, &id, &mut payload, true).await;
    match outcome {
        Ok(_) => Ok(redirect(&format!("/cases/{id}/draft/evidence"))),
        Err(documents::UploadError::App(e)) => Err(e),
        Err(documents::UploadError::Field(message)) => {
            draft_page(
                &page,
                &user,
                &case,
                "evidence",
                &DraftForm::from_case(&case),
                &vec![("file", message)],
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                vec![],
                Some((typed.title, typed.description)),
            )
            .await
        }
    }
}

/// Takes a document off the draft before filing.
#[post("/cases/{id}/draft/documents/{doc}/remove")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, document_id = %path.1))]
pub async fn remove_evidence(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    let (id, doc) = path.into_inner();
    match case_file::remove_draft_document(&page.state, &user.actor(), id.clone(), doc).await {
        Ok(key) => {
            // Left behind if this fails: the daily cleanup removes it, as nothing refers to it.
            let _ = page.state.storage.delete(&key).await;
            Ok(redirect(&format!("/cases/{id}/draft/evidence")))
        }
        Err(CaseError::WrongState(_)) => Ok(redirect(&format!("/cases/{id}"))),
        Err(e) => Err(e.into()),
    }
}

#[post("/cases/{id}/submit")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn submit(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, AppError> {
    form.into_inner()?;
    let id = id.into_inner();
    match filing::submit(&page.state, &user.actor(), id.clone()).await {
        Ok(case) => Ok(redirect(&format!("/cases/{}?notice=case-filed", case.id))),
        // Posted twice: the first filed it; show the case.
        Err(CaseError::WrongState(_)) => Ok(redirect(&format!("/cases/{id}"))),
        Err(CaseError::Invalid(errors)) => {
            let case = filing::load_draft(&page.state, &user.actor(), id).await?;
            let mut problems = filing::check_all(&case, filing::today());
            if problems.is_empty() {
                problems.push(("details", errors));
            }
            draft_page(
                &page,
                &user,
                &case,
                "review",
                &DraftForm::from_case(&case),
                &vec![],
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                problems,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[get("/staff/cases/new")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn on_behalf_form(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    authorize(&user.actor(), Action::ManageCases).map_err(|_| AppError::Forbidden)?;
    on_behalf_page(&page, &OnBehalfForm::default(), &vec![], StatusCode::OK)
}

fn on_behalf_page(
    page: &Page,
    form: &OnBehalfForm,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    // Staff enter what reached the centre otherwise: online the consumer files themselves.
    let offline = Channel::ALL.into_iter().filter(|c| *c != Channel::Online);
    let channels = choices(&page.lang, offline, Channel::label_id);
    page.form_again(
        status,
        "cases/on_behalf.html",
        form,
        errors,
        None,
        minijinja::context! { channels => channels },
    )
}

#[post("/staff/cases")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn on_behalf(
    page: Page,
    user: CurrentUser,
    form: CsrfForm<OnBehalfForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    authorize(&user.actor(), Action::ManageCases).map_err(|_| AppError::Forbidden)?;
    match filing::start_on_behalf(&page.state, &user.actor(), form.clone()).await {
        Ok(case) => Ok(redirect(&format!("/cases/{}/draft/trader", case.id))),
        Err(CaseError::Invalid(errors)) => {
            on_behalf_page(&page, &form, &errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
    }
}
