//! The measured case, made through the same domain calls as a person's clicks (as
//! `concilia::demo` does): filed by consumer 0 against organisation 0, accepted, joined by
//! its trader, in mediation with mediator 0, with 50 messages, 3 documents, a hearing and a
//! proposal. A second case of the same people, in negotiation, takes the benchmark's uploads.
use concilia::domain::cases::filing::{self, DraftForm};
use concilia::domain::cases::{case_file, hearings, intake, procedure, settlements};
use concilia::domain::policy::Actor;
use concilia::state::AppState;

use super::seed::{Blob, People};

pub struct Named {
    pub case_id: String,
    pub upload_case_id: String,
}

fn actor(app_role: concilia::domain::Role, id: &str, org: Option<&String>) -> Actor {
    Actor {
        user_id: id.to_string(),
        role: app_role,
        organisation_id: org.cloned(),
    }
}

pub async fn build(app: &AppState, people: &People, blob: &Blob) -> anyhow::Result<Named> {
    use concilia::domain::Role;
    let consumer = actor(Role::Consumer, &people.consumers[0], None);
    let trader = actor(Role::TraderUser, &people.traders[0], Some(&people.orgs[0]));
    let mediator = actor(Role::Mediator, &people.mediators[0], None);
    let staff = actor(Role::Admin, &people.staff[0], None);

    let case_id = file(
        app,
        &consumer,
        &people.orgs[0],
        "A washing machine, model Aqua 7",
    )
    .await?;
    intake::mark_complete(app, &staff, case_id.clone()).await?;
    intake::accept(app, &staff, case_id.clone()).await?;
    procedure::join(
        app,
        &trader,
        case_id.clone(),
        "The machine was overloaded; we offer a repair at half price.".into(),
    )
    .await?;
    procedure::request_mediation(app, &consumer, case_id.clone()).await?;
    procedure::assign_mediator(app, &staff, case_id.clone(), mediator.user_id.clone()).await?;
    procedure::declare_no_conflict(app, &mediator, case_id.clone()).await?;
    let mut dice = super::seed::Dice::new(42);
    for n in 0..50 {
        let (who, audience) = match n % 5 {
            0 | 2 => (&consumer, "everyone"),
            1 => (&trader, "everyone"),
            3 => (
                &mediator,
                if n % 2 == 0 {
                    "caucus_trader"
                } else {
                    "caucus_consumer"
                },
            ),
            _ => (&trader, "caucus_trader"),
        };
        case_file::post_message(
            app,
            who,
            case_id.clone(),
            audience.into(),
            super::text::message(&mut dice),
        )
        .await?;
    }
    for (n, (who, audience, title)) in [
        (&consumer, "everyone", "Receipt"),
        (&consumer, "caucus_consumer", "Photo of the damage"),
        (&trader, "everyone", "Service report"),
    ]
    .into_iter()
    .enumerate()
    {
        let key = format!("bench-named-{n}");
        store_copy(app, &key).await?;
        let file = case_file::StoredFile {
            key,
            title: title.into(),
            description: "Added for the benchmark.".into(),
            file_name: format!("{}.pdf", title.to_lowercase().replace(' ', "-")),
            content_type: "application/pdf".into(),
            size_bytes: blob.size,
            sha256: blob.sha256.clone(),
        };
        case_file::record_documents(app, who, case_id.clone(), audience.into(), vec![file]).await?;
    }
    let day = super::seed::today() + chrono::Duration::days(20);
    hearings::schedule(
        app,
        &mediator,
        case_id.clone(),
        hearings::Booking {
            date: day.to_string(),
            time: "10:00".into(),
            time_zone: "Europe/Sofia".into(),
            duration_minutes: "60".into(),
            form: "video".into(),
            place: "https://meet.bench.example/hearing".into(),
        },
    )
    .await?;
    let due = (super::seed::today() + chrono::Duration::days(30)).to_string();
    let input: settlements::Input = [
        ("item1_kind", "payment"),
        ("item1_side", "trader"),
        ("item1_amount", "320.00"),
        ("item1_currency", "EUR"),
        ("item1_due_on", due.as_str()),
        (
            "note",
            "Half of the price back, and we collect the machine.",
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    settlements::propose(app, &trader, case_id.clone(), input, None, "en").await?;

    let upload_case_id = file(app, &consumer, &people.orgs[0], "A dishwasher").await?;
    intake::mark_complete(app, &staff, upload_case_id.clone()).await?;
    intake::accept(app, &staff, upload_case_id.clone()).await?;
    procedure::join(
        app,
        &trader,
        upload_case_id.clone(),
        "We will look at the photos.".into(),
    )
    .await?;
    Ok(Named {
        case_id,
        upload_case_id,
    })
}

/// The shared blob again under a key of its own, as an upload would have stored it.
async fn store_copy(app: &AppState, key: &str) -> anyhow::Result<()> {
    let dir = app.config.data_dir.join("evidence");
    let bytes = std::fs::read(
        dir.join(&super::seed::BLOB_KEY[..2])
            .join(super::seed::BLOB_KEY),
    )?;
    let mut upload = app.storage.begin(key).await?;
    upload.write(&bytes).await?;
    upload.finish().await?;
    Ok(())
}

/// Files a dispute through the filing form's steps, as `concilia::demo` does.
async fn file(app: &AppState, consumer: &Actor, org: &str, what: &str) -> anyhow::Result<String> {
    let case = filing::start(app, consumer).await?;
    let today = super::seed::today();
    let form = DraftForm {
        trader_org_id: org.to_string(),
        trader_address: "1 Market Street".into(),
        sector: "electronics".into(),
        problem_kind: "defective".into(),
        purchase_description: what.into(),
        purchase_date: (today - chrono::Duration::days(60)).to_string(),
        price: "640.00".into(),
        price_currency: "EUR".into(),
        complained_on: (today - chrono::Duration::days(20)).to_string(),
        trader_responded: "no".into(),
        claim_kind: "refund".into(),
        claim_amount: "640.00".into(),
        claim_currency: "EUR".into(),
        description: "The drum stopped after two weeks; the shop refuses to repair it.".into(),
        language: "en".into(),
        consumer_country: "BG".into(),
        not_elsewhere: Some("on".into()),
        ..DraftForm::default()
    };
    for step in ["trader", "purchase", "complaint", "details"] {
        let (_, errors) =
            filing::save_step(app, consumer, case.id.clone(), step, form.clone(), "en").await?;
        anyhow::ensure!(errors.is_empty(), "filing step {step}: {errors:?}");
    }
    filing::submit(app, consumer, case.id.clone()).await?;
    Ok(case.id)
}
