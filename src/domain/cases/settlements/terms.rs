//! The terms of a proposal: the form's rows, their checks, and how a solution stands to the
//! claim.
use super::*;

/// The rows of the proposal form, each with its fields: kind, side, action, amount,
/// currency, due date, description. Field names are static so errors can name them.
pub const ITEM_FIELDS: [[&str; 7]; 3] = [
    [
        "item1_kind",
        "item1_side",
        "item1_action",
        "item1_amount",
        "item1_currency",
        "item1_due_on",
        "item1_description",
    ],
    [
        "item2_kind",
        "item2_side",
        "item2_action",
        "item2_amount",
        "item2_currency",
        "item2_due_on",
        "item2_description",
    ],
    [
        "item3_kind",
        "item3_side",
        "item3_action",
        "item3_amount",
        "item3_currency",
        "item3_due_on",
        "item3_description",
    ],
];

/// One term of a proposal, as stored (canonical JSON, fields in this order) and as the
/// obligation it becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub kind: ObligationKind,
    /// The side that owes it.
    pub side: Side,
    /// For an action: repair, replacement, ...; none (stored as an empty text) for a payment.
    #[serde(with = "crate::domain::coded::blank_as_none")]
    pub action: Option<Action>,
    pub amount_minor: Option<i64>,
    pub currency: String,
    pub due_on: NaiveDate,
    pub description: String,
}

impl From<&Obligation> for Term {
    fn from(o: &Obligation) -> Term {
        Term {
            kind: o.kind,
            side: o.side,
            action: o.action,
            amount_minor: o.amount_minor,
            currency: o.currency.clone(),
            due_on: o.due_on,
            description: o.description.clone(),
        }
    }
}

/// How a mediator's solution stands to what the consumer claimed, for the share of
/// outcomes in favour of each party that the annual report gives (Art. 7(2)(d)):
/// `trader` when the trader owes nothing, `consumer` when the solution grants the claim (the
/// amount claimed, or the action claimed), `partly` in between.
pub fn favours(case: &Case, terms: &[Term]) -> Favours {
    let owed: Vec<&Term> = terms.iter().filter(|t| t.side == Side::Trader).collect();
    if owed.is_empty() {
        return Favours::Trader;
    }
    let paid: i64 = owed
        .iter()
        .filter(|t| t.kind == ObligationKind::Payment && t.currency == case.claim_currency)
        .filter_map(|t| t.amount_minor)
        .sum();
    let claimed = case.claim_kind.and_then(ClaimKind::granted_by);
    let claimed_action = owed
        .iter()
        .any(|t| t.kind == ObligationKind::Action && t.action.is_some() && t.action == claimed);
    let granted = match case.claim_amount_minor {
        Some(amount) if case.claim_kind.is_some_and(ClaimKind::needs_amount) => {
            paid >= amount || claimed_action
        }
        // A claim for something other than money or a named action: the trader owing
        // anything is what was asked.
        _ => {
            claimed_action
                || !matches!(
                    case.claim_kind,
                    Some(ClaimKind::Repair | ClaimKind::Replacement)
                )
        }
    };
    if granted {
        Favours::Consumer
    } else {
        Favours::Partly
    }
}

/// What a person typed into the proposal form: one map of field to value.
pub type Input = std::collections::HashMap<String, String>;

/// Checks the proposal form: at least one item, each complete; amounts above zero in a
/// known currency, as written in `lang`; due dates from today on. Empty rows are skipped.
pub fn check_terms(
    input: &Input,
    today: NaiveDate,
    lang: &str,
) -> Result<(Vec<Term>, String), FieldErrors> {
    let v = |k: &str| input.get(k).map(|s| s.trim()).unwrap_or_default();
    let mut errors: FieldErrors = vec![];
    let mut terms = vec![];
    for [kind, side, action, amount, currency, due_on, description] in ITEM_FIELDS {
        // The side and currency selects always hold a value; a row counts once it says more.
        if [kind, action, amount, due_on, description]
            .iter()
            .all(|f| v(f).is_empty())
        {
            continue;
        }
        let k = ObligationKind::parse(v(kind));
        if k.is_none() {
            errors.push((kind, "error-choice-unknown"));
        }
        let owing = Side::parse(v(side));
        if owing.is_none() {
            errors.push((side, "error-choice-unknown"));
        }
        let due = dates::parse(v(due_on), DateKind::Due, today)
            .map_err(|id| errors.push((due_on, id)))
            .ok();
        let text = v(description);
        if text.chars().count() > 1000 {
            errors.push((description, "error-too-long"));
        }
        // An unknown kind says nothing more to check; an unknown side still lets the rest of
        // the row be checked.
        let Some(k) = k else {
            continue;
        };
        let (mut chosen, mut amount_minor, mut code) = (None, None, String::new());
        match k {
            ObligationKind::Payment => match money::currency(v(currency)) {
                Err(e) => errors.push((currency, money::error_id(e))),
                Ok(c) => {
                    match money::parse_amount(v(amount), &c, lang) {
                        Ok(0) => errors.push((amount, "error-amount-zero")),
                        Ok(m) => amount_minor = Some(m),
                        Err(e) => errors.push((amount, money::error_id(e))),
                    }
                    code = c;
                }
            },
            ObligationKind::Action => {
                chosen = Action::parse(v(action));
                match chosen {
                    None => errors.push((action, "error-choice-unknown")),
                    Some(Action::Other) if text.is_empty() => {
                        errors.push((description, "error-required"))
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some(owing) = owing {
            terms.push(Term {
                kind: k,
                side: owing,
                action: chosen,
                amount_minor,
                currency: code,
                due_on: due.unwrap_or(today),
                description: text.to_string(),
            });
        }
    }
    if terms.is_empty() && errors.is_empty() {
        errors.push(("item1_kind", "error-proposal-no-items"));
    }
    let note = v("note");
    if note.chars().count() > 5000 {
        errors.push(("note", "error-too-long"));
    }
    if errors.is_empty() {
        Ok((terms, note.to_string()))
    } else {
        Err(errors)
    }
}

/// The terms of a proposal as stored. What the portal wrote always parses; a row that does
/// not is logged as the corruption it is and shows no terms, never made-up ones.
pub fn terms_of(p: &Proposal) -> Vec<Term> {
    serde_json::from_str(&p.terms).unwrap_or_else(|e| {
        tracing::error!(proposal = %p.id, error = %e, "stored proposal terms do not parse");
        Vec::new()
    })
}

/// The shared submissions a mediator's solution cites, as stored; logged like `terms_of`.
pub fn cites_of(p: &Proposal) -> Vec<String> {
    serde_json::from_str(&p.cites).unwrap_or_else(|e| {
        tracing::error!(proposal = %p.id, error = %e, "stored proposal citations do not parse");
        Vec::new()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(rows: &[(&str, &str)]) -> Input {
        rows.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn term(
        side: Side,
        kind: ObligationKind,
        action: Option<Action>,
        amount: Option<i64>,
        currency: &str,
    ) -> Term {
        Term {
            kind,
            side,
            action,
            amount_minor: amount,
            currency: currency.into(),
            due_on: today(),
            description: String::new(),
        }
    }

    #[test]
    fn a_solution_favours_the_consumer_only_when_it_grants_the_claim() {
        let mut case = crate::domain::cases::access::tests::case();
        use ObligationKind::{Action as Act, Payment};
        use Side::{Consumer, Trader};
        case.claim_kind = Some(ClaimKind::Refund);
        case.claim_amount_minor = Some(64_900);
        let pay = |n| term(Trader, Payment, None, Some(n), "EUR");
        assert_eq!(favours(&case, &[pay(64_900)]), Favours::Consumer);
        assert_eq!(
            favours(&case, &[pay(30_000), pay(34_900)]),
            Favours::Consumer
        );
        assert_eq!(favours(&case, &[pay(64_899)]), Favours::Partly);
        // Money in another currency is not the amount claimed.
        assert_eq!(
            favours(&case, &[term(Trader, Payment, None, Some(90_000), "USD")]),
            Favours::Partly
        );
        assert_eq!(
            favours(&case, &[term(Trader, Act, Some(Action::Refund), None, "")]),
            Favours::Consumer
        );
        // Only the consumer owes something: the solution favours the trader.
        assert_eq!(
            favours(
                &case,
                &[term(Consumer, Act, Some(Action::Return), None, "")]
            ),
            Favours::Trader
        );
        assert_eq!(favours(&case, &[]), Favours::Trader);
        case.claim_kind = Some(ClaimKind::Repair);
        case.claim_amount_minor = None;
        assert_eq!(
            favours(&case, &[term(Trader, Act, Some(Action::Repair), None, "")]),
            Favours::Consumer
        );
        assert_eq!(favours(&case, &[pay(5_000)]), Favours::Partly);
    }

    #[test]
    fn a_payment_and_an_action_make_two_terms() {
        let (terms, note) = check_terms(
            &form(&[
                ("item1_kind", "payment"),
                ("item1_side", "trader"),
                ("item1_amount", "120,50"),
                ("item1_currency", "eur"),
                ("item1_due_on", "2026-12-01"),
                ("item2_kind", "action"),
                ("item2_side", "consumer"),
                ("item2_action", "return"),
                ("item2_due_on", "2026-11-23"),
                ("item2_currency", "EUR"),
                ("note", "  Thanks.  "),
            ]),
            today(),
            "bg",
        )
        .unwrap();
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[0].amount_minor, Some(12050));
        assert_eq!(terms[0].currency, "EUR");
        assert_eq!(terms[1].action, Some(Action::Return));
        assert_eq!(terms[1].amount_minor, None);
        assert_eq!(note, "Thanks.");
    }

    #[test]
    fn bad_terms_are_named_by_field() {
        let errors = |rows: &[(&str, &str)]| check_terms(&form(rows), today(), "en").unwrap_err();
        assert_eq!(errors(&[]), vec![("item1_kind", "error-proposal-no-items")]);
        let payment = |amount: &str, currency: &str, due: &str| {
            errors(&[
                ("item1_kind", "payment"),
                ("item1_side", "trader"),
                ("item1_amount", amount),
                ("item1_currency", currency),
                ("item1_due_on", due),
            ])
        };
        assert_eq!(
            payment("0", "EUR", "2026-12-01"),
            vec![("item1_amount", "error-amount-zero")]
        );
        assert_eq!(
            payment("-5", "EUR", "2026-12-01"),
            vec![("item1_amount", "error-amount-negative")]
        );
        assert_eq!(
            payment("5", "XYZ", "2026-12-01"),
            vec![("item1_currency", "error-currency-unknown")]
        );
        assert_eq!(
            payment("5", "EUR", "2026-11-22"),
            vec![("item1_due_on", "error-due-in-past")]
        );
        assert_eq!(
            payment("5", "EUR", "soon"),
            vec![("item1_due_on", "error-date-invalid")]
        );
        assert_eq!(
            errors(&[
                ("item2_kind", "action"),
                ("item2_side", "nobody"),
                ("item2_action", "other"),
                ("item2_due_on", "2026-12-01")
            ]),
            vec![
                ("item2_side", "error-choice-unknown"),
                ("item2_description", "error-required")
            ]
        );
    }
}
