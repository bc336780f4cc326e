//! The settlement agreement: written once when every party accepted the same proposal, as
//! a canonical text whose SHA-256 anyone can check, with one obligation per term.
use sha2::{Digest, Sha256};

use super::*;

/// Every party accepted `proposal_id`: writes the agreement and its obligations, moves the
/// case to settled and sends both parties the agreement.
pub(super) fn settle(
    c: &mut DbConn,
    mailer: &Mailer,
    case: &Case,
    proposal_id: &str,
    centre: &str,
) -> CaseResult<Agreement> {
    let p = proposal_of(c, case, proposal_id)?;
    let answers = db::settlements::answers_of(c, &p.id)?;
    let mut ids: Vec<String> = answers.iter().map(|a| a.user_id.clone()).collect();
    ids.extend(case.mediator_id.clone());
    let people: std::collections::HashMap<String, String> = db::users::find_many(c, &ids)?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let at = now();
    let number = number_in_case(&db::settlements::proposals_of_case(c, &case.id)?, &p.id)
        .ok_or(CaseError::NotFound)?;
    let text = canonical_text(case, &p, number, &answers, &people, centre, at);
    let agreement = Agreement {
        id: new_id(),
        case_id: case.id.clone(),
        proposal_id: p.id.clone(),
        language: case.language.clone(),
        sha256: sha256_hex(&text),
        canonical_text: text,
        created_at: at,
    };
    db::settlements::insert_agreement(c, &agreement)?;
    let obligations: Vec<Obligation> = terms_of(&p)
        .into_iter()
        .enumerate()
        .map(|(i, t)| Obligation {
            id: new_id(),
            case_id: case.id.clone(),
            agreement_id: agreement.id.clone(),
            position: i as i32 + 1,
            side: t.side,
            kind: t.kind,
            action: t.action,
            description: t.description,
            amount_minor: t.amount_minor,
            currency: t.currency,
            due_on: t.due_on,
            status: ObligationStatus::Due,
            done_at: None,
            done_note: String::new(),
            document_id: None,
            report_reason: String::new(),
            reported_at: None,
            outcome: None,
            settled_at: None,
            updated_at: at,
        })
        .collect();
    db::settlements::insert_obligations(c, &obligations)?;
    let case = apply(c, &By::System, &case.id, Step::Settle, |_, case, _| {
        case.closed_at = Some(at);
        Ok(json!({ "proposal": p.id, "sha256": agreement.sha256 }))
    })?;
    let reference = case.reference.clone().unwrap_or_default();
    let attachment = Attachment {
        file_name: format!("agreement-{reference}.txt"),
        content_type: "text/plain; charset=utf-8".into(),
        body: agreement.canonical_text.clone().into_bytes(),
    };
    let mut to = notify::both_sides(c, &case)?;
    to.extend(notify::mediator(c, &case)?);
    notify::send_with_attachment(
        c,
        mailer,
        &to,
        &case,
        "settled",
        &[("sha256", agreement.sha256.clone())],
        attachment,
        "#agreement",
    )?;
    Ok(agreement)
}

/// A proposal's number in its case, as the parties see it on the case page: 1 for the first
/// proposal of the case, 2 for the next, in the order they were made (a counter-proposal is
/// one more). `proposals` are the case's, in that order (`db::settlements::proposals_of_case`).
pub fn number_in_case(proposals: &[Proposal], proposal_id: &str) -> Option<usize> {
    proposals
        .iter()
        .position(|p| p.id == proposal_id)
        .map(|i| i + 1)
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The agreement as plain text in the language of the procedure: what the hash is taken
/// of, so anyone can check a copy with `sha256sum`. Built only from stored facts, so the
/// same inputs always give the same bytes. The proposal is named by its `number` in the case,
/// never by its internal id. (Agreements written before keep the text they were hashed with.)
pub fn canonical_text(
    case: &Case,
    p: &Proposal,
    number: usize,
    answers: &[ProposalAnswer],
    people: &std::collections::HashMap<String, String>,
    centre: &str,
    at: NaiveDateTime,
) -> String {
    let lang = if i18n::is_supported(&case.language) {
        case.language.as_str()
    } else {
        i18n::FALLBACK
    };
    let t = |id: &str| i18n::t(lang, id);
    let name = |id: &str| people.get(id).cloned().unwrap_or_default();
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(t("agreement-title").to_uppercase());
    line(String::new());
    line(format!("{}: {centre}", t("agreement-centre")));
    line(format!(
        "{}: {}",
        t("agreement-case"),
        case.reference.clone().unwrap_or_default()
    ));
    line(format!(
        "{}: {}",
        t("agreement-consumer"),
        case.consumer_name
    ));
    line(format!("{}: {}", t("agreement-trader"), case.trader_name));
    if let Some(m) = &case.mediator_id {
        line(format!("{}: {}", t("agreement-mediator"), name(m)));
    }
    line(format!(
        "{}: {} ({} {})",
        t("agreement-proposal"),
        number,
        t("agreement-version"),
        p.version
    ));
    line(format!(
        "{}: {}",
        t("agreement-date"),
        at.format("%Y-%m-%d %H:%M UTC")
    ));
    line(String::new());
    line(t("agreement-terms"));
    for (i, term) in terms_of(p).iter().enumerate() {
        line(format!("{}. {}", i + 1, canonical_term_text(lang, term)));
    }
    if !p.note.is_empty() {
        line(String::new());
        line(t("agreement-note"));
        line(p.note.clone());
    }
    line(String::new());
    line(t("agreement-acceptances"));
    let mut accepted: Vec<&ProposalAnswer> = answers
        .iter()
        .filter(|a| a.answer == Verdict::Accepted && a.version == p.version)
        .collect();
    accepted.sort_by_key(|a| a.side);
    for a in accepted {
        let party = match a.side {
            Side::Consumer => "agreement-consumer",
            Side::Trader => "agreement-trader",
        };
        line(format!(
            "- {}: {}, {}",
            t(party),
            name(&a.user_id),
            a.answered_at.format("%Y-%m-%d %H:%M:%S UTC")
        ));
    }
    out
}

/// One term in words as a person reads it: "The trader pays 120.00 EUR by 21 December
/// 2026."
pub fn term_text(lang: &str, t: &Term) -> String {
    term_text_due(lang, t, i18n::format_date(lang, t.due_on))
}

/// One term as the agreement's hashed text writes it, with the day in ISO 8601 ("… by
/// 2026-12-21."): the bytes an agreement's hash covers stay what they always were.
fn canonical_term_text(lang: &str, t: &Term) -> String {
    term_text_due(lang, t, t.due_on.format("%Y-%m-%d").to_string())
}

fn term_text_due(lang: &str, t: &Term, due: String) -> String {
    let side = i18n::t(lang, &t.side.label_id());
    let (id, what) = match t.kind {
        ObligationKind::Payment => (
            "settlement-term-payment",
            i18n::format_money(lang, t.amount_minor.unwrap_or(0), &t.currency),
        ),
        ObligationKind::Action => (
            "settlement-term-action",
            t.action
                .map(|a| i18n::t(lang, &a.label_id()))
                .unwrap_or_default(),
        ),
    };
    let mut s = i18n::t_args(
        lang,
        id,
        &[
            ("side", side.into()),
            ("what", what.into()),
            ("due", due.into()),
        ],
    );
    if !t.description.is_empty() {
        s.push_str(" — ");
        s.push_str(&t.description);
    }
    s
}
