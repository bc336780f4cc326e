//! One route for the steps taken on a case page. The domain checks the state machine and the
//! viewer's role; a step refused for the state answers 409, a form with problems comes back
//! with the messages beside its fields and what was typed.
use std::collections::HashMap;

use actix_web::{HttpResponse, post, web};

use crate::domain::cases::lifecycle::Step;
use crate::domain::cases::{CaseError, intake, procedure};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

#[post("/cases/{id}/steps/{step}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, step = %path.1))]
pub async fn take(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let (id, step_name) = path.into_inner();
    let form = form.into_inner()?;
    let step = Step::parse(&step_name).ok_or(AppError::NotFound)?;
    let result = dispatch(&page.state, &user.actor(), id.clone(), step, &form).await;
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        step.as_str(),
        result,
        super::workspace::Section::Overview,
    )
    .await
}

/// Runs a step with the fields of a form or a JSON body.
pub async fn dispatch(
    app: &crate::state::AppState,
    actor: &crate::domain::policy::Actor,
    id: String,
    step: Step,
    form: &HashMap<String, String>,
) -> Result<(), CaseError> {
    // Filing, hearings and the scheduler's steps have their own routes or none.
    if !step.has_step_form() {
        return Err(CaseError::NotFound);
    }
    crate::domain::cases::precheck(&app.pool, actor, id.clone(), step).await?;
    let f = |k: &str| form.get(k).cloned().unwrap_or_default();
    let id2 = id;
    match step {
        Step::RequestInfo => intake::request_info(app, actor, id2, f("request"))
            .await
            .map(|_| ()),
        Step::ProvideInfo => intake::provide_info(app, actor, id2, f("answer"))
            .await
            .map(|_| ()),
        Step::MarkComplete => intake::mark_complete(app, actor, id2).await.map(|_| ()),
        Step::Accept => intake::accept(app, actor, id2).await.map(|_| ()),
        Step::Refuse => intake::refuse(app, actor, id2, f("ground"), f("reason"))
            .await
            .map(|_| ()),
        Step::MarkComplex => intake::mark_complex(app, actor, id2).await.map(|_| ()),
        Step::LogCorrespondence => {
            intake::log_correspondence(app, actor, id2, f("direction"), f("date"), f("summary"))
                .await
                .map(|_| ())
        }
        Step::LinkGroup => intake::link_group(app, actor, id2, f("other_reference"))
            .await
            .map(|_| ()),
        Step::JoinAsTrader => procedure::join(app, actor, id2, f("answer")).await,
        Step::DeclineAsTrader => procedure::decline(app, actor, id2, f("reason")).await,
        Step::RequestMediation => procedure::request_mediation(app, actor, id2).await,
        Step::AssignMediator => procedure::assign_mediator(app, actor, id2, f("mediator_id")).await,
        Step::DeclareNoConflict => procedure::declare_no_conflict(app, actor, id2).await,
        Step::DeclineAssignment => {
            procedure::decline_assignment(app, actor, id2, f("reason")).await
        }
        Step::ObjectToMediator => procedure::object(app, actor, id2, f("reason")).await,
        Step::DecideObjection => {
            procedure::decide_objection(app, actor, id2, f("decision") == "uphold", f("note")).await
        }
        Step::Extend => procedure::extend(app, actor, id2, f("days"), f("reason")).await,
        Step::CloseNotSettled => procedure::close_not_settled(app, actor, id2, f("summary")).await,
        Step::Withdraw => procedure::withdraw(app, actor, id2, f("reason")).await,
        Step::AddMember => {
            procedure::add_member(
                app,
                actor,
                id2,
                f("name"),
                f("email"),
                f("capacity"),
                f("relationship"),
            )
            .await
        }
        _ => Err(CaseError::NotFound),
    }
}
