//! Blind offers on the money part: each side enters a confidential figure; if they meet
//! (or nearly), the money part settles at the midpoint, otherwise nobody learns a figure.
use super::*;

/// What one side sees of the blind offers: its own figures, the rounds, and the outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BlindView {
    /// The round open for entries (1-based), or `None` when none is left or they met.
    pub round: Option<usize>,
    /// This side's figure in the open round, once entered.
    pub mine: Option<i64>,
    /// Whether the other side has entered its figure in the open round.
    pub other_entered: bool,
    /// Rounds that ended without overlap.
    pub missed: usize,
    /// The amount the offers met at.
    pub met_at: Option<i64>,
}

/// The currency blind offers are in: the claim's, or the centre's when the claim has none.
pub fn currency_of(case: &Case, centre_currency: &str) -> String {
    if case.claim_currency.is_empty() {
        centre_currency.to_string()
    } else {
        case.claim_currency.clone()
    }
}

/// Consumer minimum and trader maximum: the amount they settle at, if they meet.
pub fn blind_result(consumer_min: i64, trader_max: i64, gap_percent: i64) -> Option<i64> {
    let close = consumer_min <= trader_max
        || (consumer_min - trader_max) * 100 <= consumer_min * gap_percent;
    // Half a minor unit goes to the consumer.
    close.then(|| (consumer_min + trader_max + 1) / 2)
}

pub fn blind_view(offers: &[BlindOffer], side: Side, gap_percent: i64) -> BlindView {
    let mut view = BlindView::default();
    for round in 1..=MAX_BLIND_ROUNDS {
        let of = |s: Side| {
            offers
                .iter()
                .find(|o| o.round as usize == round && o.side == s)
        };
        match (of(Side::Consumer), of(Side::Trader)) {
            (Some(c), Some(t)) => match blind_result(c.amount_minor, t.amount_minor, gap_percent) {
                Some(amount) => {
                    view.met_at = Some(amount);
                    return view;
                }
                None => view.missed += 1,
            },
            (c, t) => {
                let (mine, theirs) = match side {
                    Side::Consumer => (c, t),
                    Side::Trader => (t, c),
                };
                view.round = Some(round);
                view.mine = mine.map(|o| o.amount_minor);
                view.other_entered = theirs.is_some();
                return view;
            }
        }
    }
    view
}

/// A party enters its confidential figure for the open round. When both have, the money
/// part settles at the midpoint if they meet (a proposal both then accept), or both learn
/// only that they did not.
pub async fn blind_offer(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    amount: String,
    lang: &str,
) -> CaseResult<()> {
    let lang = lang.to_string();
    let by = By::Person(actor.clone());
    let mailer = app.mailer.clone();
    let gap = app.config.centre.blind_gap_percent;
    let claim_currency = app.config.centre.claim_currency.clone();
    in_transaction(&app.pool, move |c| {
        let mut result: Option<(usize, Option<i64>, String)> = None;
        let mut by_side = None;
        let case = apply(c, &by, &case_id, Step::BlindOffer, |c, case, role| {
            let side = party_of(role)?;
            by_side = Some(side);
            let offers = db::settlements::blind_offers_of_case(c, &case.id)?;
            let view = blind_view(&offers, side, gap);
            if view.met_at.is_some() {
                return Err(CaseError::Invalid(vec![("amount", "error-blind-met")]));
            }
            let Some(round) = view.round else {
                return Err(CaseError::Invalid(vec![(
                    "amount",
                    "error-blind-no-rounds",
                )]));
            };
            if view.mine.is_some() {
                return Err(CaseError::Invalid(vec![("amount", "error-blind-entered")]));
            }
            let currency = currency_of(case, &claim_currency);
            let minor = match money::parse_amount(&amount, &currency, &lang) {
                Ok(0) => return Err(CaseError::Invalid(vec![("amount", "error-amount-zero")])),
                Ok(m) => m,
                Err(e) => return Err(CaseError::Invalid(vec![("amount", money::error_id(e))])),
            };
            let at = now();
            db::settlements::insert_blind_offer(
                c,
                &BlindOffer {
                    case_id: case.id.clone(),
                    round: round as i32,
                    side,
                    amount_minor: minor,
                    currency: currency.clone(),
                    created_at: at,
                },
            )?;
            if !view.other_entered {
                return Ok(json!({ "round": round, "by": side.as_str() }));
            }
            let (consumer, trader) = match side {
                Side::Consumer => (minor, other_figure(&offers, round, Side::Trader)),
                Side::Trader => (other_figure(&offers, round, Side::Consumer), minor),
            };
            let met = blind_result(consumer, trader, gap);
            if let Some(amount) = met {
                let term = Term {
                    kind: ObligationKind::Payment,
                    side: Side::Trader,
                    action: None,
                    amount_minor: Some(amount),
                    currency: currency.clone(),
                    due_on: at.date() + Duration::days(BLIND_PAYMENT_DAYS),
                    description: String::new(),
                };
                let p = Proposal {
                    id: new_id(),
                    case_id: case.id.clone(),
                    author_id: None,
                    side: ProposedBy::Blind,
                    answers_id: None,
                    version: 1,
                    status: ProposalStatus::Open,
                    terms: serde_json::to_string(&vec![term]).expect("terms serialise"),
                    note: String::new(),
                    cites: "[]".into(),
                    reflection_until: None,
                    created_at: at,
                    updated_at: at,
                    favours: None,
                };
                db::settlements::insert_proposal(c, &p)?;
            }
            result = Some((round, met, currency.clone()));
            // The figures stay secret; the log keeps only the outcome.
            Ok(json!({
                "round": round,
                "by": side.as_str(),
                "met": met.is_some(),
                // The figure met at, as a number: each viewer reads it in their own language.
                "amount_minor": met,
                "currency": currency,
            }))
        })?;
        match result {
            None => {
                let side = by_side.expect("set above");
                let to = notify_side(c, &case, side.other())?;
                notify::send(c, &mailer, &to, &case, "blind-offer", &[], None)?;
            }
            Some((round, met, currency)) => {
                let to = notify::both_sides(c, &case)?;
                for r in &to {
                    let (kind, args) = match met {
                        Some(m) => (
                            "blind-met",
                            vec![("amount", i18n::format_money(&r.lang, m, &currency))],
                        ),
                        None => (
                            "blind-missed",
                            vec![("count", (MAX_BLIND_ROUNDS - round).to_string())],
                        ),
                    };
                    notify::send(
                        c,
                        &mailer,
                        std::slice::from_ref(r),
                        &case,
                        kind,
                        &args,
                        None,
                    )?;
                }
            }
        }
        Ok(())
    })
    .await
}

fn other_figure(offers: &[BlindOffer], round: usize, side: Side) -> i64 {
    offers
        .iter()
        .find(|o| o.round as usize == round && o.side == side)
        .map(|o| o.amount_minor)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blind_offers_meet_at_the_midpoint_when_they_overlap_or_nearly_do() {
        // In cents. Overlap: the consumer wants at least 100, the trader pays up to 140.
        assert_eq!(blind_result(10000, 14000, 10), Some(12000));
        // A gap of 10 % of the consumer's minimum still meets; 11 % does not.
        assert_eq!(blind_result(10000, 9000, 10), Some(9500));
        assert_eq!(blind_result(10000, 8900, 10), None);
        assert_eq!(blind_result(10000, 9999, 0), None);
        // Half a cent goes to the consumer.
        assert_eq!(blind_result(101, 100, 10), Some(101));
    }

    #[test]
    fn each_side_sees_only_its_own_figure_and_the_rounds() {
        let offer = |round: i32, side: Side, amount: i64| BlindOffer {
            case_id: "c".into(),
            round,
            side,
            amount_minor: amount,
            currency: "EUR".into(),
            created_at: chrono::DateTime::UNIX_EPOCH.naive_utc(),
        };
        let offers = vec![
            offer(1, Side::Consumer, 500),
            offer(1, Side::Trader, 100),
            offer(2, Side::Trader, 200),
        ];
        let consumer = blind_view(&offers, Side::Consumer, 10);
        assert_eq!(
            consumer,
            BlindView {
                round: Some(2),
                mine: None,
                other_entered: true,
                missed: 1,
                met_at: None
            }
        );
        let trader = blind_view(&offers, Side::Trader, 10);
        assert_eq!(
            trader,
            BlindView {
                round: Some(2),
                mine: Some(200),
                other_entered: false,
                missed: 1,
                met_at: None
            }
        );
        let mut all = offers.clone();
        all.extend([
            offer(2, Side::Consumer, 400),
            offer(3, Side::Consumer, 300),
            offer(3, Side::Trader, 250),
        ]);
        let view = blind_view(&all, Side::Consumer, 0);
        assert_eq!(view.met_at, None);
        assert_eq!(view.round, None, "three rounds and no more");
        assert_eq!(view.missed, 3);
        let view = blind_view(&all, Side::Consumer, 20);
        assert_eq!(view.met_at, Some(275));
    }
}
