//! Demonstration data, so a newcomer can sign in with every role at once.
use crate::db;
use crate::domain::Role;
use crate::domain::accounts::{self, AccountError};
use crate::domain::cases::filing::{self, DraftForm};
use crate::domain::cases::settlements;
use crate::domain::cases::{intake, procedure};
use crate::domain::organisations::{self, OrganisationInput};
use crate::domain::policy::Actor;
use crate::domain::training;
use crate::state::AppState;

pub const PASSWORD: &str = "concilia-demo-2026";

/// Creates what is missing and returns (role, email) for every demo login. Safe to run twice.
pub async fn load(app: &AppState) -> anyhow::Result<Vec<(&'static str, String)>> {
    let admin = ensure_user(
        app,
        "Agnes Admin",
        "admin@demo.concilia.eu",
        Role::Admin,
        None,
    )
    .await?;
    let actor = Actor {
        user_id: admin.id.clone(),
        role: Role::Admin,
        organisation_id: None,
    };
    let mut logins = vec![("admin", admin.email)];
    let mediator = ensure_user(
        app,
        "Martin Mediator",
        "mediator@demo.concilia.eu",
        Role::Mediator,
        None,
    )
    .await?;
    logins.push(("mediator", mediator.email.clone()));
    let traders = [
        (
            "Balkan Electronics Ltd",
            "BG-204918372",
            "claims@balkan-electronics.example",
            "Electronics",
            true,
            "Teodora Trader",
            "trader@balkan-electronics.example",
            "BG",
            "12 Vitosha Blvd, 1000 Sofia",
        ),
        (
            "Nordic Travel OÜ",
            "EE-14412897",
            "support@nordic-travel.example",
            "Travel",
            true,
            "Kalev Trader",
            "trader@nordic-travel.example",
            "EE",
            "Narva mnt 5, 10117 Tallinn",
        ),
    ];
    for (name, reg, contact, sector, member, user_name, user_email, country, address) in traders {
        let org_id = match find_org(app, reg).await? {
            Some(id) => id,
            None => {
                let input = OrganisationInput {
                    name: name.into(),
                    registration_number: reg.into(),
                    contact_email: contact.into(),
                    sector: sector.into(),
                    is_member: member,
                    country: country.into(),
                    address: address.into(),
                    participation_mandatory: false,
                };
                organisations::create(app, &actor, input).await?.id
            }
        };
        let user = ensure_user(app, user_name, user_email, Role::TraderUser, Some(org_id)).await?;
        logins.push(("trader", user.email));
    }
    let mut consumers = vec![];
    for (name, email) in [
        ("Clara Consumer", "clara@demo.concilia.eu"),
        ("Dmitri Consumer", "dmitri@demo.concilia.eu"),
    ] {
        let user = ensure_user(app, name, email, Role::Consumer, None).await?;
        logins.push(("consumer", user.email.clone()));
        consumers.push(user);
    }
    let trader_orgs = [
        find_org(app, "BG-204918372").await?.unwrap_or_default(),
        find_org(app, "EE-14412897").await?.unwrap_or_default(),
    ];
    demo_cases(app, &actor, &mediator, &consumers, &trader_orgs).await?;
    Ok(logins)
}

fn person(u: &db::models::User) -> Actor {
    crate::web::session::actor(u)
}

/// Files a demo dispute through the same steps a consumer takes.
async fn file(
    app: &AppState,
    consumer: &Actor,
    trader: Result<&str, (&str, &str, &str)>,
    what: &str,
    complained_on: &str,
    description: &str,
) -> anyhow::Result<String> {
    let case = filing::start(app, consumer).await?;
    let (org, name, email, country) = match trader {
        Ok(org) => (org.to_string(), String::new(), String::new(), String::new()),
        Err((n, e, c)) => (String::new(), n.to_string(), e.to_string(), c.to_string()),
    };
    let form = DraftForm {
        trader_org_id: org,
        trader_name: name,
        trader_email: email,
        trader_country: country,
        trader_address: "Main Street 1".into(),
        sector: "electronics".into(),
        problem_kind: "defective".into(),
        purchase_description: what.into(),
        purchase_date: "2026-03-02".into(),
        price: "649.00".into(),
        price_currency: "EUR".into(),
        complained_on: complained_on.into(),
        trader_responded: "no".into(),
        trader_response: String::new(),
        claim_kind: "refund".into(),
        claim_amount: "649.00".into(),
        claim_currency: "EUR".into(),
        description: description.into(),
        language: "en".into(),
        consumer_country: "BG".into(),
        not_elsewhere: Some("on".into()),
    };
    for step in ["trader", "purchase", "complaint", "details"] {
        let (_, errors) =
            filing::save_step(app, consumer, case.id.clone(), step, form.clone(), "en").await?;
        anyhow::ensure!(errors.is_empty(), "demo case step {step}: {errors:?}");
    }
    filing::submit(app, consumer, case.id.clone()).await?;
    Ok(case.id)
}

/// Cases in several states, loaded once (when the demo consumers have none yet).
async fn demo_cases(
    app: &AppState,
    staff: &Actor,
    mediator: &db::models::User,
    consumers: &[db::models::User],
    orgs: &[String; 2],
) -> anyhow::Result<()> {
    let clara_id = consumers[0].id.clone();
    let existing = db::run(&app.pool, move |c| {
        db::cases::page(
            c,
            &db::cases::Scope::Consumer(clara_id),
            &Default::default(),
            None,
            1,
        )
    })
    .await?;
    if !existing.is_empty() {
        return Ok(());
    }
    let (clara, dmitri) = (person(&consumers[0]), person(&consumers[1]));
    let med = person(mediator);
    let trader_user = |org: &str| {
        let org = org.to_string();
        async move {
            db::run(&app.pool, move |c| db::users::members_of(c, &org))
                .await
                .map(|m| m.into_iter().next())
        }
    };
    // Received, waiting for the intake decision.
    file(
        app,
        &clara,
        Ok(&orgs[0]),
        "A laptop, model Zenit 14",
        "2026-04-01",
        "The screen flickers since the first week; the shop refuses to repair it.",
    )
    .await?;
    // Refused: no complaint to the trader first (the automatic check proposes the ground).
    let id = file(
        app,
        &dmitri,
        Err(("Sunny Furniture", "sales@sunny-furniture.example", "RO")),
        "A sofa",
        "",
        "The sofa arrived with a torn cover.",
    )
    .await?;
    intake::refuse(
        app,
        staff,
        id,
        "no_prior_complaint".into(),
        "Please complain to the trader first and come back if it does not help.".into(),
    )
    .await?;
    // Accepted; the trader, not in the portal, has been invited by email.
    let id = file(
        app,
        &dmitri,
        Err(("Corner Phone Shop", "owner@corner-phones.example", "BG")),
        "A mobile phone",
        "2026-04-20",
        "The phone does not charge; the shop kept it for three weeks.",
    )
    .await?;
    intake::mark_complete(app, staff, id.clone()).await?;
    intake::accept(app, staff, id).await?;
    // Direct negotiation with a member trader.
    let id = file(
        app,
        &dmitri,
        Ok(&orgs[1]),
        "A package holiday to Crete",
        "2026-05-10",
        "The hotel was not the one booked.",
    )
    .await?;
    intake::mark_complete(app, staff, id.clone()).await?;
    intake::accept(app, staff, id.clone()).await?;
    if let Some(t) = trader_user(&orgs[1]).await? {
        procedure::join(
            app,
            &person(&t),
            id,
            "We take part and offer a 20% refund of the price.".into(),
        )
        .await?;
    }
    // In mediation, with the mediator confirmed.
    let id = file(
        app,
        &clara,
        Ok(&orgs[0]),
        "A washing machine",
        "2026-03-20",
        "The drum stopped after two weeks.",
    )
    .await?;
    intake::mark_complete(app, staff, id.clone()).await?;
    intake::accept(app, staff, id.clone()).await?;
    if let Some(t) = trader_user(&orgs[0]).await? {
        procedure::join(
            app,
            &person(&t),
            id.clone(),
            "The machine was overloaded; we offer a repair at half price.".into(),
        )
        .await?;
        procedure::request_mediation(app, &clara, id.clone()).await?;
        procedure::assign_mediator(app, staff, id.clone(), mediator.id.clone()).await?;
        procedure::declare_no_conflict(app, &med, id).await?;
    }
    // Settled on the trader's offer, paid, confirmed: closed.
    let id = file(
        app,
        &clara,
        Ok(&orgs[0]),
        "Wireless headphones",
        "2026-04-05",
        "One ear piece stopped working after a month.",
    )
    .await?;
    intake::mark_complete(app, staff, id.clone()).await?;
    intake::accept(app, staff, id.clone()).await?;
    if let Some(t) = trader_user(&orgs[0]).await? {
        settle_demo(app, &clara, &person(&t), id).await?;
    }
    // Withdrawn by the consumer.
    let id = file(
        app,
        &clara,
        Ok(&orgs[1]),
        "Train tickets",
        "2026-06-01",
        "The refund for a cancelled train never came.",
    )
    .await?;
    procedure::withdraw(app, &clara, id, "The trader paid after all.".into()).await?;
    // A course in the mediator's training log, for the biennial report.
    let today = chrono::Utc::now().date_naive();
    let course = training::TrainingForm {
        title: "Online mediation in consumer disputes".into(),
        provider: "European ADR Training Network".into(),
        started_on: (today - chrono::Duration::days(30)).to_string(),
        ended_on: (today - chrono::Duration::days(29)).to_string(),
        hours: "12".into(),
    };
    let course = training::check(&course, &mediator.id, today)
        .map_err(|e| anyhow::anyhow!("demo training: {e:?}"))?;
    db::transaction(&app.pool, move |c| db::reports::insert_training(c, &course)).await?;
    Ok(())
}

/// The trader offers a refund, the consumer accepts, the trader pays and the consumer
/// confirms: the case is settled and then closed.
async fn settle_demo(
    app: &AppState,
    consumer: &Actor,
    trader: &Actor,
    id: String,
) -> anyhow::Result<()> {
    procedure::join(
        app,
        trader,
        id.clone(),
        "We will refund the headphones.".into(),
    )
    .await?;
    let due = (chrono::Utc::now().date_naive() + chrono::Duration::days(14)).to_string();
    let input: settlements::Input = [
        ("item1_kind", "payment"),
        ("item1_side", "trader"),
        ("item1_amount", "89.00"),
        ("item1_currency", "EUR"),
        ("item1_due_on", due.as_str()),
        ("note", "A full refund of the price."),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let p = settlements::propose(app, trader, id.clone(), input, None, "en").await?;
    let answer = settlements::Answer {
        answer: "accept".into(),
        version: p.version.to_string(),
        reason: String::new(),
        informed: false,
        waive: false,
    };
    settlements::answer(app, consumer, id.clone(), p.id, answer).await?;
    let case_id = id.clone();
    let owed = db::run(&app.pool, move |c| {
        db::settlements::obligations_of_case(c, &case_id)
    })
    .await?;
    for o in owed {
        settlements::mark_done(
            app,
            trader,
            id.clone(),
            o.id.clone(),
            "Refunded to the card.".into(),
            String::new(),
        )
        .await?;
        settlements::answer_obligation(
            app,
            consumer,
            id.clone(),
            o.id,
            "confirm".into(),
            String::new(),
        )
        .await?;
    }
    Ok(())
}

async fn ensure_user(
    app: &AppState,
    name: &str,
    email: &str,
    role: Role,
    org: Option<String>,
) -> anyhow::Result<db::models::User> {
    let e = email.to_string();
    if let Some(u) = db::run(&app.pool, move |c| db::users::find_by_email(c, &e)).await? {
        return Ok(u);
    }
    match accounts::create_with_password(app, name, email, PASSWORD, role, org).await {
        Ok(u) => Ok(u),
        Err(AccountError::Invalid(errors)) => anyhow::bail!("demo user {email}: {errors:?}"),
        Err(e) => Err(e.into()),
    }
}

async fn find_org(app: &AppState, registration_number: &str) -> anyhow::Result<Option<String>> {
    let reg = registration_number.to_string();
    let orgs = db::run(&app.pool, move |c| -> db::DbResult<_> {
        use crate::db::schema::organisations::dsl as o;
        use diesel::prelude::*;
        Ok(o::organisations
            .filter(o::registration_number.eq(reg))
            .select(o::id)
            .first::<String>(c)
            .optional()?)
    })
    .await?;
    Ok(orgs)
}
