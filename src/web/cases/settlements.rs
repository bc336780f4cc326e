//! Settlement forms on the case page, the Art. 9(2) page before accepting a mediator's
//! solution, the agreement document, the staff's overdue list and the public list of
//! traders that did not honour an agreement. The rules are in `domain::cases::settlements`.
use std::collections::HashMap;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, post, web};
use minijinja::{Value, context};

use super::show::CaseFile;
use crate::db;
use crate::domain::cases::codes::{
    Action, Audience, ObligationKind, ProposalStatus, ProposedBy, Side,
};
use crate::domain::cases::lifecycle::Step;
use crate::domain::cases::settlements::{self as rules, ITEM_FIELDS, Term};
use crate::domain::cases::{CaseError, access, lifecycle, state_of};
use crate::i18n;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::page::Page;
use crate::web::session::CurrentUser;

type Fields = HashMap<String, String>;

/// The form fields that show a proposal's terms again, to revise them.
fn fields_of(terms: &[Term], note: &str) -> Fields {
    let mut f = Fields::new();
    for (t, names) in terms.iter().zip(ITEM_FIELDS) {
        let [kind, side, action, amount, currency, due_on, description] = names;
        f.insert(kind.into(), t.kind.as_str().into());
        f.insert(side.into(), t.side.as_str().into());
        f.insert(
            action.into(),
            t.action.map(Action::as_str).unwrap_or_default().into(),
        );
        if let Some(m) = t.amount_minor {
            let exp = crate::domain::money::exponent(&t.currency);
            let unit = 10i64.pow(exp);
            let text = if exp == 0 {
                m.to_string()
            } else {
                format!("{}.{:0width$}", m / unit, m % unit, width = exp as usize)
            };
            f.insert(amount.into(), text);
        }
        f.insert(currency.into(), t.currency.clone());
        f.insert(due_on.into(), t.due_on.to_string());
        f.insert(description.into(), t.description.clone());
    }
    f.insert("note".into(), note.to_string());
    f
}

/// Everything the settlement part of the case page needs.
pub fn context(page: &Page, file: &CaseFile) -> Value {
    let name_of = |id: &str| file.name_of(id);
    let lang = page.lang.as_str();
    let s = &file.settlement;
    let state = state_of(&file.case);
    let mine = rules::side_name(file.role);
    let may = |step: Step| lifecycle::check(state, step, file.role).is_ok();
    let number: HashMap<&str, usize> = s
        .proposals
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i + 1))
        .collect();
    let now = db::now();
    let proposals: Vec<Value> = s
        .proposals
        .iter()
        .map(|p| {
            let terms = rules::terms_of(p);
            let answers: Vec<Value> = s
                .answers
                .iter()
                .filter(|a| a.proposal_id == p.id && a.version == p.version)
                .map(|a| {
                    context! {
                        side => i18n::t(lang, &a.side.label_id()),
                        name => name_of(&a.user_id),
                        answer => i18n::t(lang, &a.answer.label_id()),
                        reason => a.reason,
                        at => page.datetime(a.answered_at),
                        waived => a.waived_reflection,
                    }
                })
                .collect();
            let acts = rules::proposal_actions(state, file.role, p, &s.answers);
            context! {
                id => p.id,
                number => number.get(p.id.as_str()),
                answers_number => p.answers_id.as_deref().and_then(|a| number.get(a)),
                answers_id => p.answers_id,
                side => p.side.as_str(),
                by => i18n::t(lang, &p.side.label_id()),
                author => p.author_id.as_deref().map(name_of),
                at => page.datetime(p.created_at),
                revised_at => (p.version > 1).then(|| page.datetime(p.updated_at)),
                version => p.version,
                status => p.status.as_str(),
                status_label => i18n::t(lang, &p.status.label_id()),
                solution => p.side == ProposedBy::Mediator,
                terms => terms.iter().map(|t| rules::term_text(lang, t)).collect::<Vec<_>>(),
                note => p.note,
                reflection_until => p.reflection_until.filter(|u| *u > now).map(|u| page.datetime(u)),
                answers => answers,
                may_answer => acts.may_answer,
                may_change => acts.may_change,
                may_withdraw => acts.may_withdraw,
                fields => fields_of(&terms, &p.note),
            }
        })
        .collect();
    let counterable: Vec<(String, String)> = s
        .proposals
        .iter()
        .filter(|p| rules::may_counter(file.role, p))
        .map(|p| {
            let n = number.get(p.id.as_str()).copied().unwrap_or_default();
            (
                p.id.clone(),
                i18n::t_args(lang, "proposal-number", &[("count", (n as i64).into())]),
            )
        })
        .collect();
    let shared: Vec<(String, String)> = if rules::cites_submissions(file.role) {
        file.file
            .messages
            .iter()
            .filter(|m| m.audience == Audience::Everyone)
            .map(|m| {
                let first: String = m.body.chars().take(60).collect();
                (
                    m.id.clone(),
                    format!(
                        "{} — {}: {first}",
                        page.datetime(m.created_at),
                        name_of(&m.author_id)
                    ),
                )
            })
            .chain(
                file.file
                    .documents
                    .iter()
                    .filter(|d| d.audience == Audience::Everyone)
                    .map(|d| (d.id.clone(), format!("{} — {}", d.title, d.file_name))),
            )
            .collect()
    } else {
        vec![]
    };
    let shared_documents: Vec<(String, String)> = file
        .file
        .documents
        .iter()
        .filter(|d| d.audience == Audience::Everyone)
        .map(|d| (d.id.clone(), d.title.clone()))
        .collect();
    let obligations: Vec<Value> = s
        .obligations
        .iter()
        .map(|o| {
            let term = Term::from(o);
            let acts = rules::obligation_actions(state, file.role, o, now.date());
            context! {
                id => o.id,
                position => o.position,
                text => rules::term_text(lang, &term),
                status => o.status.as_str(),
                status_label => i18n::t(lang, &o.status.label_id()),
                outcome => o.outcome.map(|x| i18n::t(lang, &x.label_id())),
                overdue => o.outcome.is_none() && o.due_on < now.date(),
                done_at => o.done_at.map(|t| page.datetime(t)),
                done_note => o.done_note,
                document_id => o.document_id,
                report_reason => o.report_reason,
                may_mark_done => acts.may_mark_done,
                may_confirm => acts.may_confirm,
                may_report => acts.may_report,
                may_judge => acts.may_judge,
            }
        })
        .collect();
    // A select's options: the stored text, and its label.
    fn options<T: Copy>(
        lang: &str,
        values: &[T],
        as_str: fn(T) -> &'static str,
        label_id: fn(T) -> String,
    ) -> Vec<(String, String)> {
        values
            .iter()
            .map(|&v| (as_str(v).to_string(), i18n::t(lang, &label_id(v))))
            .collect()
    }
    let currency = rules::currency_of(&file.case, &page.state.config.centre.claim_currency);
    let blind = &s.blind;
    context! {
        proposals => proposals,
        may_propose => may(Step::Propose) && mine.is_some(),
        solution_form => rules::proposes_solution(file.role),
        may_blind => may(Step::BlindOffer),
        counterable => counterable,
        shared => shared,
        shared_documents => shared_documents,
        item_rows => ITEM_FIELDS.iter().map(|r| r.to_vec()).collect::<Vec<_>>(),
        kinds => options(lang, &ObligationKind::ALL, ObligationKind::as_str, ObligationKind::label_id),
        actions => options(lang, &Action::ALL, Action::as_str, Action::label_id),
        sides => options(lang, &Side::ALL, Side::as_str, Side::label_id),
        currency => currency,
        blind => context! {
            round => blind.round,
            mine => blind.mine.map(|m| i18n::format_money(lang, m, &currency)),
            other_entered => blind.other_entered,
            missed => blind.missed,
            met_at => blind.met_at.map(|m| i18n::format_money(lang, m, &currency)),
            rounds => rules::MAX_BLIND_ROUNDS,
        },
        agreement => s.agreement.as_ref().map(|a| context! { sha256 => a.sha256, at => page.datetime(a.created_at) }),
        obligations => obligations,
    }
}

/// The solution's citations come as one checkbox per shared item (`cite_<id>`).
fn with_cites(mut form: Fields) -> Fields {
    let cites: Vec<String> = form
        .keys()
        .filter_map(|k| k.strip_prefix("cite_").map(str::to_string))
        .collect();
    form.insert("cites".into(), cites.join(","));
    form
}

#[post("/cases/{id}/proposals")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn propose(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<Fields>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let form = with_cites(form.into_inner()?);
    let counters = form.get("counters").filter(|c| !c.is_empty()).cloned();
    let result = rules::propose(
        &page.state,
        &user.actor(),
        id.clone(),
        form.clone(),
        counters,
        &page.lang,
    )
    .await
    .map(|_| ());
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        "proposal-new",
        result,
        super::workspace::Section::Settlement,
    )
    .await
}

#[post("/cases/{id}/proposals/{proposal}/{action}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, proposal_id = %path.1, action = %path.2))]
pub async fn act(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<Fields>,
) -> Result<HttpResponse, AppError> {
    let (id, proposal, action) = path.into_inner();
    let form = form.into_inner()?;
    let f = |k: &str| form.get(k).cloned().unwrap_or_default();
    let (app, actor) = (&page.state, user.actor());
    let result = match action.as_str() {
        "revise" => rules::revise(
            app,
            &actor,
            id.clone(),
            proposal.clone(),
            form.clone(),
            &page.lang,
        )
        .await
        .map(|_| ()),
        "withdraw" => rules::withdraw(app, &actor, id.clone(), proposal.clone()).await,
        "answer" => {
            let answer = rules::Answer {
                answer: f("answer"),
                version: f("version"),
                reason: f("reason"),
                informed: f("informed") == "yes",
                waive: f("waive") == "yes",
            };
            let result = rules::answer(app, &actor, id.clone(), proposal.clone(), answer).await;
            // A mediator's solution is accepted from its own page; its problems show there.
            if f("from") == "solution"
                && let Err(CaseError::Invalid(errors)) = &result
            {
                return solution_page(&page, &user, id, proposal, &form, errors).await;
            }
            result.map(|_| ())
        }
        _ => return Err(AppError::NotFound),
    };
    let name = format!("proposal-{proposal}-{action}");
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        &name,
        result,
        super::workspace::Section::Settlement,
    )
    .await
}

async fn solution_page(
    page: &Page,
    user: &CurrentUser,
    id: String,
    proposal: String,
    form: &Fields,
    errors: &crate::domain::accounts::FieldErrors,
) -> Result<HttpResponse, AppError> {
    let file = super::show::load(page, user, id).await?;
    let Some(p) = file
        .settlement
        .proposals
        .iter()
        .find(|p| p.id == proposal && rules::may_open_solution(file.role, p))
    else {
        return Err(AppError::NotFound);
    };
    let lang = page.lang.as_str();
    let now = db::now();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page.form_again(
        status,
        "cases/solution.html",
        form,
        errors,
        None,
        context! {
            case => context! { id => file.case.id, reference => file.case.reference },
            proposal => context! {
                id => p.id,
                version => p.version,
                open => p.status == ProposalStatus::Open,
                terms => rules::terms_of(p).iter().map(|t| rules::term_text(lang, t)).collect::<Vec<_>>(),
                note => p.note,
                reflection_until => p.reflection_until.filter(|u| *u > now).map(|u| page.datetime(u)),
            },
        },
    )
}

/// Art. 9(2)(b)-(c): what accepting a mediator's solution means, before a party may.
#[get("/cases/{id}/proposals/{proposal}/accept")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, proposal_id = %path.1))]
pub async fn solution(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, proposal) = path.into_inner();
    solution_page(&page, &user, id, proposal, &Fields::new(), &vec![]).await
}

#[derive(serde::Deserialize)]
pub struct Format {
    format: Option<String>,
}

/// The settlement agreement, as a page made to print, or as its canonical text (the bytes
/// the SHA-256 is of).
#[get("/cases/{id}/agreement")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn agreement(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    q: web::Query<Format>,
) -> Result<HttpResponse, AppError> {
    let file = super::show::load(&page, &user, id.into_inner()).await?;
    let (Some(a), true) = (&file.settlement.agreement, access::sees_file(file.role)) else {
        return Err(AppError::NotFound);
    };
    let reference = file.case.reference.clone().unwrap_or_default();
    if q.format.as_deref() == Some("text") {
        return Ok(HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"agreement-{reference}.txt\""),
            ))
            .body(a.canonical_text.clone()));
    }
    // The procedure's language, whatever the reader's.
    let lang = if i18n::is_supported(&a.language) {
        a.language.as_str()
    } else {
        i18n::FALLBACK
    };
    let html = page
        .state
        .templates
        .get_template("cases/agreement.html")?
        .render(context! {
            lang => lang,
            dir => i18n::direction(lang),
            centre => page.state.config.centre.name,
            centre_address => page.state.config.centre.address,
            reference => reference,
            case_id => file.case.id,
            text => a.canonical_text,
            sha256 => a.sha256,
            verified => rules::sha256_hex(&a.canonical_text) == a.sha256,
        })?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(html))
}

#[post("/cases/{id}/blind-offers")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn blind_offer(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: CsrfForm<Fields>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let form = form.into_inner()?;
    let amount = form.get("amount").cloned().unwrap_or_default();
    let result =
        rules::blind_offer(&page.state, &user.actor(), id.clone(), amount, &page.lang).await;
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        "blind-offer",
        result,
        super::workspace::Section::Settlement,
    )
    .await
}

#[post("/cases/{id}/obligations/{obligation}/{action}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, obligation_id = %path.1, action = %path.2))]
pub async fn obligation(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String, String)>,
    form: CsrfForm<Fields>,
) -> Result<HttpResponse, AppError> {
    let (id, obligation, action) = path.into_inner();
    let form = form.into_inner()?;
    let f = |k: &str| form.get(k).cloned().unwrap_or_default();
    let (app, actor) = (&page.state, user.actor());
    let (case, o) = (id.clone(), obligation.clone());
    let result = match action.as_str() {
        "done" => rules::mark_done(app, &actor, case, o, f("note"), f("document_id")).await,
        "answer" => rules::answer_obligation(app, &actor, case, o, f("answer"), f("reason")).await,
        "judge" => rules::judge_obligation(app, &actor, case, o, f("decision"), f("reason")).await,
        _ => return Err(AppError::NotFound),
    };
    let name = format!("obligation-{obligation}-{action}");
    super::show::after_form(
        &page,
        &user,
        id,
        &form,
        &name,
        result,
        super::workspace::Section::Settlement,
    )
    .await
}

/// Staff: every obligation past its due date and not settled, across cases.
#[get("/obligations")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id))]
pub async fn overdue(page: Page, user: CurrentUser) -> Result<HttpResponse, AppError> {
    crate::domain::policy::authorize(&user.actor(), crate::domain::policy::Action::ManageCases)
        .map_err(|_| AppError::NotFound)?;
    let today = db::now().date();
    let rows = db::run(&page.state.pool, move |c| {
        db::settlements::overdue(c, today)
    })
    .await?;
    let lang = page.lang.as_str();
    let rows: Vec<Value> = rows
        .iter()
        .map(|(o, reference, trader)| {
            let term = Term::from(o);
            context! {
                case_id => o.case_id,
                reference => reference,
                trader => trader,
                text => rules::term_text(lang, &term),
                due_on => page.date(o.due_on),
                days_late => (today - o.due_on).num_days(),
                status => i18n::t(lang, &o.status.label_id()),
            }
        })
        .collect();
    page.render("settlements/overdue.html", context! { obligations => rows })
}

/// Public, when the centre publishes it: traders that did not honour an agreement in the
/// last 12 months and have not complied since.
#[get("/non-compliance")]
#[tracing::instrument(skip_all)]
pub async fn non_compliance(page: Page) -> Result<HttpResponse, AppError> {
    if !page.state.config.centre.publish_non_compliance {
        return Err(AppError::NotFound);
    }
    let since = db::now() - chrono::Duration::days(365);
    let rows = db::run(&page.state.pool, move |c| {
        db::settlements::not_honoured_since(c, since)
    })
    .await?;
    page.render(
        "settlements/non_compliance.html",
        context! { traders => rows.into_iter().map(|(name, count)| context! { name => name, count => count }).collect::<Vec<_>>() },
    )
}
