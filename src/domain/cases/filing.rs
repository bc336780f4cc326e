//! Filing a dispute: a draft the consumer fills in step by step (kept between visits), then
//! submission, which numbers the case and acknowledges it. Staff file the same way for a
//! complaint that came by post, by phone or in person.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::codes::{Channel, ClaimKind};
use super::lifecycle::{State, Step};
use super::{By, CaseError, CaseResult, apply, in_transaction, notify, reference, search_text};
use crate::db::models::Case;
use crate::db::{self, DbConn, new_id, now};
use crate::domain::accounts::{self, AccountError, FieldErrors, name_error};
use crate::domain::coded::Coded;
use crate::domain::dates::{self, DateKind};
use crate::domain::policy::{self, Action, Actor};
use crate::domain::{EmailAddress, Role, UserName, country, money};
use crate::i18n;
use crate::state::AppState;

/// The steps of the form, in order; the last shows everything before filing. `evidence`
/// holds the documents uploaded with the draft (the case file's own upload), nothing typed.
pub const STEPS: &[&str] = &[
    "trader",
    "purchase",
    "complaint",
    "details",
    "evidence",
    "review",
];

/// Everything the form can carry, as typed.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftForm {
    pub trader_org_id: String,
    pub trader_name: String,
    pub trader_email: String,
    pub trader_country: String,
    pub trader_address: String,
    pub sector: String,
    pub problem_kind: String,
    pub purchase_description: String,
    pub purchase_date: String,
    pub price: String,
    pub price_currency: String,
    pub complained_on: String,
    /// "yes" or "no".
    pub trader_responded: String,
    pub trader_response: String,
    pub claim_kind: String,
    pub claim_amount: String,
    pub claim_currency: String,
    pub description: String,
    pub language: String,
    pub consumer_country: String,
    /// A checkbox: present when ticked.
    pub not_elsewhere: Option<String>,
}

impl DraftForm {
    /// The form as the saved draft fills it.
    pub fn from_case(c: &Case) -> DraftForm {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let amount =
            |m: Option<i64>, cur: &str| m.map(|m| money::to_input(m, cur)).unwrap_or_default();
        DraftForm {
            trader_org_id: c.trader_org_id.clone().unwrap_or_default(),
            trader_name: c.trader_name.clone(),
            trader_email: c.trader_email.clone(),
            trader_country: c.trader_country.clone(),
            trader_address: c.trader_address.clone(),
            sector: c.sector.map(|v| v.as_str().into()).unwrap_or_default(),
            problem_kind: c
                .problem_kind
                .map(|v| v.as_str().into())
                .unwrap_or_default(),
            purchase_description: c.purchase_description.clone(),
            purchase_date: date(c.purchase_date),
            price: amount(c.price_minor, &c.price_currency),
            price_currency: c.price_currency.clone(),
            complained_on: date(c.complained_on),
            trader_responded: match (c.trader_responded, c.complained_on) {
                (true, _) => "yes".into(),
                (false, Some(_)) => "no".into(),
                _ => String::new(),
            },
            trader_response: c.trader_response.clone(),
            claim_kind: c.claim_kind.map(|v| v.as_str().into()).unwrap_or_default(),
            claim_amount: amount(c.claim_amount_minor, &c.claim_currency),
            claim_currency: c.claim_currency.clone(),
            description: c.description.clone(),
            language: c.language.clone(),
            consumer_country: c.consumer_country.clone(),
            not_elsewhere: c.not_elsewhere.then(|| "on".into()),
        }
    }
}

const MAX_TEXT: usize = 10_000;
const MAX_LINE: usize = 300;

fn text(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let v = value.trim();
    if v.is_empty() {
        errors.push((field, "error-required"));
    } else if v.chars().count() > max {
        errors.push((field, "error-too-long"));
    }
    v.to_string()
}

/// One of a list's values, chosen in a select; `None` (with the error) when none is.
fn choice<T: Coded>(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<T> {
    if value.is_empty() {
        errors.push((field, "error-required"));
        return None;
    }
    let v = T::from_stored(value).ok();
    if v.is_none() {
        errors.push((field, "error-choice-unknown"));
    }
    v
}

fn date(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    today: NaiveDate,
    required: bool,
) -> Option<NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        if required {
            errors.push((field, "error-required"));
        }
        return None;
    }
    dates::parse(v, DateKind::Past, today)
        .map_err(|id| errors.push((field, id)))
        .ok()
}

fn currency(errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    match money::currency(value) {
        Ok(c) => c,
        Err(e) => {
            errors.push((field, money::error_id(e)));
            value.trim().to_string()
        }
    }
}

fn amount(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    currency: &str,
    required: bool,
    lang: &str,
) -> Option<i64> {
    if value.trim().is_empty() {
        if required {
            errors.push((field, "error-required"));
        }
        return None;
    }
    money::parse_amount(value, currency, lang)
        .map_err(|e| errors.push((field, money::error_id(e))))
        .ok()
}

fn country_field(errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    if value.trim().is_empty() {
        errors.push((field, "error-required"));
        return String::new();
    }
    country::parse(value).unwrap_or_else(|| {
        errors.push((field, "error-country-unknown"));
        value.trim().to_string()
    })
}

/// Validates the fields of one step and writes them into the case. Trader details come from
/// the directory when an organisation is picked (`org` is that organisation, looked up).
fn apply_step(
    case: &mut Case,
    step: &str,
    form: &DraftForm,
    org: Option<&crate::db::models::Organisation>,
    today: NaiveDate,
    lang: &str,
) -> FieldErrors {
    let mut e = FieldErrors::new();
    match step {
        "trader" => {
            if let Some(org) = org {
                case.trader_org_id = Some(org.id.clone());
                case.trader_name = org.name.clone();
                case.trader_email = org.contact_email.clone();
                case.trader_country = org.country.clone();
                case.trader_address = org.address.clone();
            } else if !form.trader_org_id.is_empty() {
                e.push(("trader_org_id", "error-choice-unknown"));
            } else {
                case.trader_org_id = None;
                case.trader_name = text(&mut e, "trader_name", &form.trader_name, MAX_LINE);
                case.trader_email = match EmailAddress::parse(&form.trader_email) {
                    Ok(a) => a.to_string(),
                    Err(_) => {
                        e.push(("trader_email", "error-email-invalid"));
                        form.trader_email.trim().to_string()
                    }
                };
                case.trader_country = country_field(&mut e, "trader_country", &form.trader_country);
                case.trader_address =
                    text(&mut e, "trader_address", &form.trader_address, MAX_LINE);
            }
        }
        "purchase" => {
            case.sector = choice(&mut e, "sector", &form.sector);
            case.problem_kind = choice(&mut e, "problem_kind", &form.problem_kind);
            case.purchase_description = text(
                &mut e,
                "purchase_description",
                &form.purchase_description,
                MAX_LINE,
            );
            case.purchase_date = date(&mut e, "purchase_date", &form.purchase_date, today, true);
            case.price_currency = currency(&mut e, "price_currency", &form.price_currency);
            case.price_minor = amount(
                &mut e,
                "price",
                &form.price,
                &case.price_currency,
                true,
                lang,
            );
        }
        "complaint" => {
            case.complained_on = date(&mut e, "complained_on", &form.complained_on, today, false);
            if let (Some(c), Some(p)) = (case.complained_on, case.purchase_date)
                && c < p
            {
                e.push(("complained_on", "error-complaint-before-purchase"));
            }
            match (case.complained_on.is_some(), form.trader_responded.as_str()) {
                (_, "yes") => {
                    case.trader_responded = true;
                    case.trader_response =
                        text(&mut e, "trader_response", &form.trader_response, MAX_TEXT);
                }
                (true, "no") | (false, "" | "no") => {
                    case.trader_responded = false;
                    case.trader_response = String::new();
                }
                (true, "") => e.push(("trader_responded", "error-required")),
                _ => e.push(("trader_responded", "error-choice-unknown")),
            }
            case.claim_kind = choice(&mut e, "claim_kind", &form.claim_kind);
            case.claim_currency = currency(&mut e, "claim_currency", &form.claim_currency);
            case.claim_amount_minor = amount(
                &mut e,
                "claim_amount",
                &form.claim_amount,
                &case.claim_currency,
                case.claim_kind.is_some_and(ClaimKind::needs_amount),
                lang,
            );
        }
        "details" => {
            case.description = text(&mut e, "description", &form.description, MAX_TEXT);
            if i18n::is_supported(&form.language) {
                case.language = form.language.clone();
            } else {
                e.push(("language", "error-language-unknown"));
            }
            case.consumer_country =
                country_field(&mut e, "consumer_country", &form.consumer_country);
            case.not_elsewhere = form.not_elsewhere.is_some();
            if !case.not_elsewhere {
                e.push(("not_elsewhere", "error-must-confirm"));
            }
        }
        _ => {}
    }
    e
}

/// Every step's problems at once, for the review before filing: (step, errors).
pub fn check_all(case: &Case, today: NaiveDate) -> Vec<(&'static str, FieldErrors)> {
    let form = DraftForm::from_case(case);
    let mut probe = case.clone();
    STEPS
        .iter()
        .filter_map(|step| {
            // A draft picked from the directory needs no typed trader details.
            let org = case.trader_org_id.as_ref().map(|_| ());
            let errors = if *step == "trader" && org.is_some() {
                vec![]
            } else {
                // Stored amounts come back as `to_input` writes them, read alike in every
                // language.
                apply_step(&mut probe, step, &form, None, today, i18n::FALLBACK)
            };
            (!errors.is_empty()).then_some((*step, errors))
        })
        .collect()
}

fn blank_case(filed_by: &str, consumer: Option<&crate::db::models::User>) -> Case {
    let at = now();
    Case {
        id: new_id(),
        reference: None,
        state: State::Draft,
        channel: Channel::Online,
        consumer_id: consumer.map(|u| u.id.clone()),
        consumer_name: consumer.map(|u| u.name.clone()).unwrap_or_default(),
        consumer_email: consumer.map(|u| u.email.clone()).unwrap_or_default(),
        consumer_country: String::new(),
        filed_by: filed_by.to_string(),
        trader_org_id: None,
        trader_name: String::new(),
        trader_email: String::new(),
        trader_country: String::new(),
        trader_address: String::new(),
        sector: None,
        problem_kind: None,
        purchase_description: String::new(),
        purchase_date: None,
        price_minor: None,
        price_currency: "EUR".into(),
        complained_on: None,
        trader_responded: false,
        trader_response: String::new(),
        claim_kind: None,
        claim_amount_minor: None,
        claim_currency: "EUR".into(),
        description: String::new(),
        language: consumer
            .map(|u| u.language.clone())
            .unwrap_or_else(|| i18n::FALLBACK.into()),
        not_elsewhere: false,
        complex: false,
        group_id: None,
        mediator_id: None,
        mediator_confirmed_at: None,
        objection: None,
        info_request: None,
        received_at: None,
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

/// The consumer's draft: the one they already have, or a new one. Posting the start form
/// twice therefore never makes two drafts.
pub async fn start(app: &AppState, actor: &Actor) -> CaseResult<Case> {
    policy::authorize(actor, Action::FileCase).map_err(|_| CaseError::Denied)?;
    let user_id = actor.user_id.clone();
    in_transaction(&app.pool, move |c| {
        if let Some(d) = db::cases::draft_of(c, &user_id)? {
            return Ok(d);
        }
        let user = db::users::find(c, &user_id)?.ok_or(CaseError::NotFound)?;
        let case = blank_case(&user.id, Some(&user));
        db::cases::insert(c, &case)?;
        Ok(case)
    })
    .await
}

/// Who the consumer is, for a complaint staff enter on their behalf.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct OnBehalfForm {
    pub consumer_name: String,
    pub consumer_email: String,
    pub consumer_country: String,
    pub channel: String,
}

pub async fn start_on_behalf(
    app: &AppState,
    actor: &Actor,
    form: OnBehalfForm,
) -> CaseResult<Case> {
    policy::authorize(actor, Action::ManageCases).map_err(|_| CaseError::Denied)?;
    let mut e = FieldErrors::new();
    let name = UserName::parse(&form.consumer_name)
        .map_err(|err| e.push(("consumer_name", name_error(err))))
        .ok();
    let email = if form.consumer_email.trim().is_empty() {
        None
    } else {
        EmailAddress::parse(&form.consumer_email)
            .map_err(|_| e.push(("consumer_email", "error-email-invalid")))
            .ok()
    };
    let consumer_country = country_field(&mut e, "consumer_country", &form.consumer_country);
    // A complaint entered on a consumer's behalf came by some other way than online.
    let channel = match choice::<Channel>(&mut e, "channel", &form.channel) {
        Some(Channel::Online) => {
            e.push(("channel", "error-choice-unknown"));
            None
        }
        c => c,
    };
    let (Some(name), Some(channel), true) = (name, channel, e.is_empty()) else {
        return Err(CaseError::Invalid(e));
    };
    let mut case = blank_case(&actor.user_id, None);
    case.consumer_name = name.as_str().to_string();
    case.consumer_email = email.map(|a| a.to_string()).unwrap_or_default();
    case.consumer_country = consumer_country;
    case.channel = channel;
    let c2 = case.clone();
    in_transaction(&app.pool, move |c| Ok(db::cases::insert(c, &c2)?)).await?;
    Ok(case)
}

/// Loads a draft for the person filing it; anyone else finds no such draft.
pub(crate) fn draft_for(conn: &mut DbConn, actor: &Actor, case_id: &str) -> CaseResult<Case> {
    let case = db::cases::lock(conn, case_id)?.ok_or(CaseError::NotFound)?;
    let filer = case.filed_by == actor.user_id
        || (policy::authorize(actor, Action::ManageCases).is_ok()
            && case.channel != Channel::Online);
    if !filer {
        return Err(CaseError::NotFound);
    }
    if !case.state.is_draft() {
        return Err(CaseError::WrongState("submitted"));
    }
    Ok(case)
}

pub async fn load_draft(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<Case> {
    let actor = actor.clone();
    in_transaction(&app.pool, move |c| draft_for(c, &actor, &case_id)).await
}

/// Saves one step. Valid fields are kept even when others on the step are wrong, so that
/// nothing typed is lost; the errors say what to fix.
pub async fn save_step(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    step: &'static str,
    form: DraftForm,
    lang: &str,
) -> CaseResult<(Case, FieldErrors)> {
    let actor = actor.clone();
    let lang = lang.to_string();
    in_transaction(&app.pool, move |c| {
        let mut case = draft_for(c, &actor, &case_id)?;
        let org = if step == "trader" && !form.trader_org_id.is_empty() {
            db::orgs::find(c, &form.trader_org_id)?
        } else {
            None
        };
        let mut updated = case.clone();
        let errors = apply_step(&mut updated, step, &form, org.as_ref(), today(), &lang);
        if errors.is_empty() {
            case = updated;
        } else {
            // Keep what passed: copy only the fields without an error.
            let bad: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
            merge_valid(&mut case, &updated, &bad);
        }
        case.updated_at = now();
        db::cases::save(c, &case)?;
        Ok((case, errors))
    })
    .await
}

fn merge_valid(case: &mut Case, updated: &Case, bad: &[&str]) {
    macro_rules! keep {
        ($($field:ident),*) => {
            $( if !bad.contains(&stringify!($field)) { case.$field = updated.$field.clone(); } )*
        };
    }
    keep!(
        trader_name,
        trader_email,
        trader_country,
        trader_address,
        sector,
        problem_kind,
        purchase_description,
        purchase_date,
        price_currency,
        complained_on,
        trader_response,
        claim_kind,
        claim_currency,
        description,
        language,
        consumer_country
    );
    if !bad.contains(&"price") && !bad.contains(&"price_currency") {
        case.price_minor = updated.price_minor;
    }
    if !bad.contains(&"claim_amount") && !bad.contains(&"claim_currency") {
        case.claim_amount_minor = updated.claim_amount_minor;
    }
    if !bad.contains(&"trader_responded") && !bad.contains(&"trader_response") {
        case.trader_responded = updated.trader_responded;
    }
}

pub fn today() -> NaiveDate {
    now().date()
}

/// Files the draft: checks every step, numbers the case, records when it was received and
/// acknowledges it to the consumer. A second submission of the same form finds the case
/// already filed and changes nothing.
pub async fn submit(app: &AppState, actor: &Actor, case_id: String) -> CaseResult<Case> {
    let actor = actor.clone();
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let draft = draft_for(c, &actor, &case_id)?;
        let problems = check_all(&draft, today());
        if let Some((_, errors)) = problems.into_iter().next() {
            return Err(CaseError::Invalid(errors));
        }
        let by = By::Person(actor.clone());
        apply(c, &by, &case_id, Step::Submit, |c, case, _| {
            let at = now();
            case.reference = Some(reference::next(c, at.year())?);
            case.received_at = Some(at);
            let mut invited = None;
            if case.consumer_id.is_none() && !case.consumer_email.is_empty() {
                // Filed by staff: the consumer gets access by email.
                match db::users::find_by_email(c, &case.consumer_email)? {
                    Some(u) if policy::is_consumer_account(&Actor::of(&u)) => {
                        case.consumer_id = Some(u.id);
                    }
                    Some(_) => {
                        return Err(CaseError::Invalid(vec![(
                            "consumer_email",
                            "error-email-taken",
                        )]));
                    }
                    None => {
                        let (u, link) = accounts::create_invited_in(
                            c,
                            &case.consumer_name,
                            &case.consumer_email,
                            Role::Consumer,
                            None,
                            &case.language,
                        )
                        .map_err(|e| match e {
                            AccountError::Invalid(_) => {
                                CaseError::Invalid(vec![("consumer_email", "error-email-invalid")])
                            }
                            e => e.into(),
                        })?;
                        case.consumer_id = Some(u.id);
                        invited = Some(link);
                    }
                }
            }
            case.search_text = search_text(case);
            let to = notify::consumer_side(c, case)?;
            notify::send(c, &mailer, &to, case, "received", &[], None)?;
            if let Some(link) = invited {
                notify::send_link(c, &mailer, &to, case, "consumer-invited", &link)?;
            }
            Ok(json!({ "reference": case.reference, "channel": case.channel }))
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn draft() -> Case {
        blank_case("u1", None)
    }

    #[test]
    fn a_complaint_dated_before_the_purchase_is_refused() {
        let mut c = draft();
        c.purchase_date = Some(d("2026-05-10"));
        let form = DraftForm {
            complained_on: "2026-05-01".into(),
            trader_responded: "no".into(),
            claim_kind: "refund".into(),
            claim_amount: "10".into(),
            claim_currency: "EUR".into(),
            ..Default::default()
        };
        let errors = apply_step(&mut c, "complaint", &form, None, d("2026-11-23"), "en");
        assert_eq!(
            errors,
            vec![("complained_on", "error-complaint-before-purchase")]
        );
    }

    #[test]
    fn future_dates_negative_amounts_and_unknown_currencies_are_refused() {
        let mut c = draft();
        let form = DraftForm {
            sector: "electronics".into(),
            problem_kind: "defective".into(),
            purchase_description: "A phone".into(),
            purchase_date: "2027-01-01".into(),
            price: "-3".into(),
            price_currency: "XYZ".into(),
            ..Default::default()
        };
        let errors = apply_step(&mut c, "purchase", &form, None, d("2026-11-23"), "en");
        assert!(errors.contains(&("purchase_date", "error-date-future")));
        assert!(errors.contains(&("price_currency", "error-currency-unknown")));
        assert!(errors.iter().any(|(f, _)| *f == "price"));
    }

    #[test]
    fn a_money_claim_needs_its_amount_and_the_court_confirmation_is_required() {
        let mut c = draft();
        let form = DraftForm {
            trader_responded: "no".into(),
            claim_kind: "refund".into(),
            claim_currency: "EUR".into(),
            ..Default::default()
        };
        let errors = apply_step(&mut c, "complaint", &form, None, d("2026-11-23"), "en");
        assert_eq!(errors, vec![("claim_amount", "error-required")]);
        let form = DraftForm {
            description: "It broke".into(),
            language: "bg".into(),
            consumer_country: "bg".into(),
            ..Default::default()
        };
        let errors = apply_step(&mut c, "details", &form, None, d("2026-11-23"), "en");
        assert_eq!(errors, vec![("not_elsewhere", "error-must-confirm")]);
        assert_eq!(c.consumer_country, "BG");
    }
}
