//! The database the benchmark measures: many cases written in bulk (multi-row INSERTs through
//! diesel and the crate's own schema, a transaction per batch of cases), and the measured
//! case ("the case page") built through the same domain calls a person's clicks make.
//!
//! Every deadline lies ahead (the trader's answer, the negotiation's end, the outcome, the
//! intake decision's warning, the hearings), so the portal's scheduler finds nothing to do
//! at start instead of sending a storm of reminders.
use std::time::Instant;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use concilia::db::models::{Case, CaseDocument, CaseEvent, CaseMember, CaseMessage, Hearing, User};
use concilia::db::schema;
use concilia::db::{DbConn, new_id, now};
use concilia::domain::Role;
use concilia::domain::cases::codes::{
    Audience, Capacity, Channel, ClaimKind, EventKind, HearingForm, HearingStatus, ProblemKind,
    RefusalGround, Sector, Side,
};
use concilia::domain::cases::lifecycle::{State, Step};
use concilia::domain::cases::{audit, search_text};
use diesel::prelude::*;
use serde_json::{Value, json};

use super::named;
use super::rows::{DocumentRow, EventRow, UserRow};
use super::text;

/// Inserts rows many at a time on either backend: the multi-backend connection has no batch
/// insert, so the statement is written once and compiled for each concrete connection.
/// `$per` rows a statement keeps under SQLite's 32,766 parameters.
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr, $per:expr) => {{
        let mut rows = $rows;
        while !rows.is_empty() {
            let take = rows.len().min($per);
            let chunk: Vec<_> = rows.drain(..take).collect();
            match &mut *$conn {
                DbConn::Sqlite(s) => diesel::insert_into($table).values(chunk).execute(s)?,
                DbConn::Postgresql(p) => diesel::insert_into($table).values(chunk).execute(p)?,
            };
        }
    }};
}

/// The one password of every account the benchmark creates, hashed once.
pub const PASSWORD: &str = "bench-password-2026";

/// The stored file every seeded document shares: each document has a key of its own
/// (storage keys are unique), a hard link to this one file.
pub const BLOB_KEY: &str = "bench-shared-blob";
const BLOB_BYTES: usize = 256 * 1024;

/// Cases per transaction: a few thousand rows with their messages, documents and events.
const BATCH: usize = 250;

/// What the load needs to know of the seeded data.
pub struct Seeded {
    pub consumer: String,
    pub trader: String,
    pub mediator: String,
    pub staff: String,
    /// The measured case: 50 messages, 3 documents, a hearing and a proposal.
    pub case_id: String,
    /// A case of the same people that takes the uploads, so the measured one stays as it is.
    pub upload_case_id: String,
    /// A seeded document the consumer may download: (case, document).
    pub download: (String, String),
    pub counts: Counts,
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Counts {
    pub cases: usize,
    pub messages: usize,
    pub documents: usize,
    pub events: usize,
    pub hearings: usize,
    pub members: usize,
    pub users: usize,
    pub organisations: usize,
}

/// A small deterministic generator (SplitMix64): the same database on every run.
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Dice {
        Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

/// The share of each state among the cases, in percent (most cases of a centre are closed).
const STATES: &[(State, u64)] = &[
    (State::Draft, 2),
    (State::Submitted, 3),
    (State::AwaitingInfo, 1),
    (State::Complete, 2),
    (State::AwaitingTrader, 5),
    (State::Negotiation, 5),
    (State::Mediation, 8),
    (State::Settled, 4),
    (State::NotSettled, 15),
    (State::Withdrawn, 8),
    (State::TraderDeclined, 8),
    (State::Refused, 12),
    (State::Closed, 27),
];

fn state_of(i: usize) -> State {
    // Spread so that neighbouring cases (the list's first page) are in different states.
    let mut slot = ((i as u64).wrapping_mul(37)) % 100;
    for (state, share) in STATES {
        if slot < *share {
            return *state;
        }
        slot -= share;
    }
    State::Closed
}

/// How many of each there are for a number of cases, in the proportions
/// (100,000 cases: 50,000 consumers, 500 organisations, 50 mediators).
pub struct Sizes {
    pub cases: usize,
    pub consumers: usize,
    pub organisations: usize,
    pub mediators: usize,
    pub staff: usize,
}

impl Sizes {
    pub fn for_cases(cases: usize) -> Sizes {
        Sizes {
            cases,
            consumers: (cases / 2).max(10),
            organisations: (cases / 200).max(5),
            mediators: (cases / 2000).max(3),
            staff: 5,
        }
    }
}

/// The people of the seeded centre, by index.
pub struct People {
    pub consumers: Vec<String>,
    pub traders: Vec<String>,
    pub orgs: Vec<String>,
    pub org_names: Vec<String>,
    pub mediators: Vec<String>,
    pub mediator_names: Vec<String>,
    pub staff: Vec<String>,
}

/// Runs the whole seed; prints how long each part took.
pub async fn run(app: &concilia::state::AppState, sizes: &Sizes) -> anyhow::Result<Seeded> {
    let started = Instant::now();
    let blob = write_blob(app)?;
    let mut conn = app.pool.get()?;
    let c: &mut DbConn = &mut conn;
    // The bulk load is redone from scratch if it fails: no need to wait for the disk.
    match c {
        DbConn::Sqlite(s) => {
            diesel::connection::SimpleConnection::batch_execute(s, "PRAGMA synchronous = OFF")?
        }
        DbConn::Postgresql(p) => {
            diesel::connection::SimpleConnection::batch_execute(p, "SET synchronous_commit = off")?
        }
    }
    let hash = concilia::domain::password::hash(PASSWORD);
    let mut counts = Counts::default();
    let people = people(c, sizes, &hash, &mut counts)?;
    println!(
        "  {} users and {} organisations in {:.1?}",
        counts.users,
        counts.organisations,
        started.elapsed()
    );
    let mut numbers: std::collections::BTreeMap<i32, i32> = Default::default();
    let mut download = None;
    let mut linked = 0;
    let at = now();
    let mut i = 0;
    while i < sizes.cases {
        let end = (i + BATCH).min(sizes.cases);
        let mut batch = Batch::default();
        for n in i..end {
            make_case(n, at, sizes, &people, &blob, &mut numbers, &mut batch);
        }
        if download.is_none() {
            download = batch.download.clone();
        }
        counts.cases += batch.cases.len();
        counts.messages += batch.messages.len();
        counts.documents += batch.documents.len();
        counts.events += batch.events.len();
        counts.hearings += batch.hearings.len();
        counts.members += batch.members.len();
        link_files(app, &batch, &mut linked)?;
        c.transaction::<_, anyhow::Error, _>(|c| batch.insert(c))?;
        i = end;
        if i % 20_000 == 0 {
            println!("  {i} cases in {:.1?}", started.elapsed());
        }
    }
    // The next filed case takes the number after the seeded ones.
    for (year, last) in &numbers {
        insert_rows!(
            c,
            schema::case_counters::table,
            vec![(
                schema::case_counters::year.eq(*year),
                schema::case_counters::last_number.eq(*last)
            )],
            1
        );
    }
    match c {
        DbConn::Sqlite(s) => {
            diesel::connection::SimpleConnection::batch_execute(s, "PRAGMA synchronous = NORMAL")?
        }
        DbConn::Postgresql(p) => {
            diesel::connection::SimpleConnection::batch_execute(p, "SET synchronous_commit = on")?
        }
    }
    drop(conn);
    let bulk = started.elapsed();
    let named = named::build(app, &people, &blob).await?;
    let mut conn = app.pool.get()?;
    // As the daily job (SQLite) and autovacuum (PostgreSQL) would have by now.
    diesel::connection::SimpleConnection::batch_execute(&mut *conn, "ANALYZE")?;
    println!(
        "  bulk {:.1?}, the measured cases and ANALYZE {:.1?}",
        bulk,
        started.elapsed() - bulk
    );
    let staff_email = "staff0@bench.example".to_string();
    Ok(Seeded {
        consumer: "consumer0@bench.example".into(),
        trader: "trader0@bench.example".into(),
        mediator: "mediator0@bench.example".into(),
        staff: staff_email,
        case_id: named.case_id,
        upload_case_id: named.upload_case_id,
        download: download.ok_or_else(|| anyhow::anyhow!("no document seeded for consumer 0"))?,
        counts,
    })
}

/// The file behind every seeded document: a small PDF-looking blob, stored once.
pub struct Blob {
    pub size: i64,
    pub sha256: String,
}

fn write_blob(app: &concilia::state::AppState) -> anyhow::Result<Blob> {
    use sha2::Digest;
    let mut bytes =
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
    let mut dice = Dice::new(7);
    while bytes.len() < BLOB_BYTES {
        bytes.extend_from_slice(&dice.next().to_le_bytes());
    }
    let dir = app.config.data_dir.join("evidence").join(&BLOB_KEY[..2]);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(BLOB_KEY), &bytes)?;
    Ok(Blob {
        size: bytes.len() as i64,
        sha256: format!("{:x}", sha2::Sha256::digest(&bytes)),
    })
}

/// Each seeded document's file: a hard link to the shared blob, so that a download works
/// and 300,000 documents take the disk space of one.
fn link_files(
    app: &concilia::state::AppState,
    batch: &Batch,
    linked: &mut usize,
) -> anyhow::Result<()> {
    let dir = app.config.data_dir.join("evidence");
    let blob = dir.join(&BLOB_KEY[..2]).join(BLOB_KEY);
    for d in &batch.documents {
        // A file takes at most 65,000 links (ext4): a fresh copy of the blob for each 60,000.
        let copy = dir
            .join(&BLOB_KEY[..2])
            .join(format!("{BLOB_KEY}-{}", *linked / 60_000));
        if (*linked).is_multiple_of(60_000) {
            std::fs::copy(&blob, &copy)?;
        }
        *linked += 1;
        let sub = dir.join(&d.storage_key[..2]);
        if !sub.exists() {
            std::fs::create_dir_all(&sub)?;
        }
        std::fs::hard_link(&copy, sub.join(&d.storage_key))?;
    }
    Ok(())
}

fn user(
    email: String,
    name: String,
    role: Role,
    org: Option<String>,
    hash: &str,
    i: usize,
) -> User {
    let at = now() - Duration::days(800);
    User {
        id: new_id(),
        email,
        name,
        password_hash: Some(hash.to_string()),
        role,
        organisation_id: org,
        language: if i == 0 {
            "en".into()
        } else {
            concilia::i18n::LANGUAGES[i % concilia::i18n::LANGUAGES.len()]
                .0
                .to_string()
        },
        email_verified_at: Some(at),
        token_version: 0,
        disabled_at: None,
        created_at: at,
        updated_at: at,
        time_zone: Dice::new(i as u64)
            .pick(&["Europe/Sofia", "Europe/Tallinn", "Europe/Budapest", "UTC"])
            .to_string(),
    }
}

fn people(
    c: &mut DbConn,
    sizes: &Sizes,
    hash: &str,
    counts: &mut Counts,
) -> anyhow::Result<People> {
    let at = now() - Duration::days(800);
    let mut orgs = vec![];
    let mut org_names = vec![];
    for i in 0..sizes.organisations {
        let name = text::organisation(i);
        orgs.push(concilia::db::models::Organisation {
            id: new_id(),
            search_name: name.to_lowercase(),
            name: name.clone(),
            registration_number: format!("BENCH-{i:05}"),
            contact_email: format!("claims{i}@trader.bench.example"),
            sector: text::SECTORS[i % text::SECTORS.len()].into(),
            is_member: i % 3 != 0,
            created_at: at,
            country: text::COUNTRIES[i % text::COUNTRIES.len()].into(),
            address: format!(
                "{} Market Street, {}",
                i + 1,
                text::COUNTRIES[i % text::COUNTRIES.len()]
            ),
            participation_mandatory: false,
            adr_contact_id: None,
            adr_backup_id: None,
        });
        org_names.push(name);
    }
    let org_ids: Vec<String> = orgs.iter().map(|o| o.id.clone()).collect();
    counts.organisations = orgs.len();
    c.transaction::<_, anyhow::Error, _>(|c| {
        insert_rows!(c, schema::organisations::table, orgs, 1000);
        Ok(())
    })?;
    let mut users: Vec<User> = vec![];
    for i in 0..sizes.staff {
        users.push(user(
            format!("staff{i}@bench.example"),
            text::person(i + 7),
            Role::Admin,
            None,
            hash,
            i,
        ));
    }
    for i in 0..sizes.mediators {
        users.push(user(
            format!("mediator{i}@bench.example"),
            text::person(i + 101),
            Role::Mediator,
            None,
            hash,
            i,
        ));
    }
    for (i, org) in org_ids.iter().enumerate() {
        users.push(user(
            format!("trader{i}@bench.example"),
            text::person(i + 1001),
            Role::TraderUser,
            Some(org.clone()),
            hash,
            i,
        ));
    }
    for i in 0..sizes.consumers {
        users.push(user(
            format!("consumer{i}@bench.example"),
            text::person(i),
            Role::Consumer,
            None,
            hash,
            i,
        ));
    }
    let of_role = |r: Role| -> Vec<String> {
        users
            .iter()
            .filter(|u| u.role == r)
            .map(|u| u.id.clone())
            .collect()
    };
    let people = People {
        consumers: of_role(Role::Consumer),
        traders: of_role(Role::TraderUser),
        orgs: org_ids,
        org_names,
        mediators: of_role(Role::Mediator),
        mediator_names: users
            .iter()
            .filter(|u| u.role == Role::Mediator)
            .map(|u| u.name.clone())
            .collect(),
        staff: of_role(Role::Admin),
    };
    counts.users = users.len();
    let mut rows: Vec<UserRow> = users.into_iter().map(UserRow::from).collect();
    while !rows.is_empty() {
        let take = rows.len().min(5000);
        let chunk: Vec<UserRow> = rows.drain(..take).collect();
        c.transaction::<_, anyhow::Error, _>(|c| {
            insert_rows!(c, schema::users::table, chunk, 2000);
            Ok(())
        })?;
    }
    Ok(people)
}

#[derive(Default)]
struct Batch {
    cases: Vec<Case>,
    events: Vec<EventRow>,
    messages: Vec<CaseMessage>,
    documents: Vec<DocumentRow>,
    hearings: Vec<Hearing>,
    members: Vec<CaseMember>,
    download: Option<(String, String)>,
}

impl Batch {
    fn insert(self, c: &mut DbConn) -> anyhow::Result<()> {
        insert_rows!(c, schema::cases::table, self.cases, 500);
        insert_rows!(c, schema::case_events::table, self.events, 3000);
        insert_rows!(c, schema::case_messages::table, self.messages, 4000);
        insert_rows!(c, schema::case_documents::table, self.documents, 2000);
        insert_rows!(c, schema::hearings::table, self.hearings, 2000);
        insert_rows!(c, schema::case_members::table, self.members, 4000);
        Ok(())
    }
}

/// The moments of a case's life, as its state implies; `None` where it never got there.
struct Life {
    received: NaiveDateTime,
    completed: Option<NaiveDateTime>,
    decided: Option<NaiveDateTime>,
    answered: Option<NaiveDateTime>,
    mediation: Option<NaiveDateTime>,
    closed: Option<NaiveDateTime>,
}

/// Days since filing: open cases are recent enough that none of their deadlines has come
/// near (the outcome is due 90 days after the file is complete, reminded 14 days before;
/// the intake decision is due in 21 days, warned at 16); closed ones reach back two years.
fn age_days(state: State, dice: &mut Dice) -> i64 {
    match state {
        State::Draft => dice.range(0, 20),
        State::Submitted | State::AwaitingInfo | State::Complete => dice.range(0, 9),
        State::AwaitingTrader => dice.range(3, 20),
        State::Negotiation => dice.range(10, 40),
        State::Mediation => dice.range(30, 70),
        _ => dice.range(75, 730),
    }
}

fn life(state: State, created: NaiveDateTime, at: NaiveDateTime, dice: &mut Dice) -> Life {
    let hours = |d: &mut Dice, lo: i64, hi: i64| Duration::hours(d.range(lo, hi));
    let received = created + Duration::minutes(dice.range(5, 90));
    let completed = (!matches!(
        state,
        State::Draft | State::Submitted | State::AwaitingInfo | State::Refused
    ))
    .then(|| received + hours(dice, 2, 30));
    let accepted = matches!(
        state,
        State::AwaitingTrader
            | State::Negotiation
            | State::Mediation
            | State::Settled
            | State::NotSettled
            | State::Withdrawn
            | State::TraderDeclined
            | State::Closed
    );
    let decided = if accepted {
        completed.map(|c| c + hours(dice, 2, 48))
    } else if state == State::Refused {
        Some(received + hours(dice, 24, 200))
    } else {
        None
    };
    let answered = decided
        .filter(|_| !matches!(state, State::AwaitingTrader | State::Withdrawn))
        .map(|d| d + hours(dice, 12, 120));
    let mediation = answered
        .filter(|_| {
            matches!(state, State::Mediation | State::NotSettled)
                || (matches!(state, State::Settled | State::Closed)
                    && dice.next().is_multiple_of(2))
        })
        .map(|a| a + hours(dice, 24, 240));
    let closed = state.is_closed().then(|| {
        let from = mediation.or(answered).or(decided).unwrap_or(received);
        (from + hours(dice, 48, 1200)).min(at - Duration::hours(1))
    });
    Life {
        received,
        completed,
        decided,
        answered,
        mediation,
        closed,
    }
}

fn make_case(
    i: usize,
    at: NaiveDateTime,
    sizes: &Sizes,
    people: &People,
    blob: &Blob,
    numbers: &mut std::collections::BTreeMap<i32, i32>,
    batch: &mut Batch,
) {
    let mut dice = Dice::new(i as u64 + 1);
    let ci = i % sizes.consumers;
    // Consumer 0 signs in and downloads one of their seeded documents: no draft for them.
    let state = match state_of(i) {
        State::Draft if ci == 0 => State::Mediation,
        s => s,
    };
    let oi = i % people.orgs.len();
    let mi = i % people.mediators.len();
    let (consumer, trader) = (&people.consumers[ci], &people.traders[oi]);
    let mediator = &people.mediators[mi];
    let staff = &people.staff[i % people.staff.len()];
    let created =
        at - Duration::days(age_days(state, &mut dice)) - Duration::minutes(dice.range(0, 1439));
    let l = life(state, created, at, &mut dice);
    let trader_in = l.decided.is_some() && state != State::Refused;
    let with_mediator = l.mediation.is_some();
    let thing = *dice.pick(text::THINGS);
    let price = dice.range(20, 3000) * 100;
    let reference = (state != State::Draft).then(|| {
        let year = l.received.year();
        let n = numbers.entry(year).or_insert(0);
        *n += 1;
        concilia::domain::cases::reference::format(year, *n)
    });
    let today = at.date();
    let mut case = Case {
        id: new_id(),
        reference,
        state,
        channel: if i.is_multiple_of(20) {
            Channel::Post
        } else {
            Channel::Online
        },
        consumer_id: Some(consumer.clone()),
        consumer_name: text::person(ci),
        consumer_email: format!("consumer{ci}@bench.example"),
        consumer_country: text::COUNTRIES[ci % text::COUNTRIES.len()].into(),
        filed_by: consumer.clone(),
        trader_org_id: Some(people.orgs[oi].clone()),
        trader_name: people.org_names[oi].clone(),
        trader_email: format!("claims{oi}@trader.bench.example"),
        trader_country: text::COUNTRIES[oi % text::COUNTRIES.len()].into(),
        trader_address: format!("{} Market Street", oi + 1),
        sector: Some(*dice.pick(&[
            Sector::Electronics,
            Sector::Travel,
            Sector::Goods,
            Sector::Telecoms,
        ])),
        problem_kind: Some(*dice.pick(&[
            ProblemKind::Defective,
            ProblemKind::NotDelivered,
            ProblemKind::Other,
        ])),
        purchase_description: format!("A {thing}"),
        purchase_date: Some(created.date() - Duration::days(dice.range(20, 200))),
        price_minor: Some(price),
        price_currency: "EUR".into(),
        complained_on: Some(created.date() - Duration::days(dice.range(5, 19))),
        trader_responded: dice.next().is_multiple_of(3),
        trader_response: String::new(),
        claim_kind: Some(*dice.pick(&[
            ClaimKind::Refund,
            ClaimKind::Repair,
            ClaimKind::Replacement,
        ])),
        claim_amount_minor: Some(price),
        claim_currency: "EUR".into(),
        description: text::complaint(thing, &mut dice),
        language: "en".into(),
        not_elsewhere: true,
        complex: false,
        group_id: None,
        mediator_id: with_mediator.then(|| mediator.clone()),
        mediator_confirmed_at: l.mediation.map(|m| m + Duration::hours(5)),
        objection: None,
        info_request: (state == State::AwaitingInfo).then(|| "Please add the receipt.".to_string()),
        received_at: (state != State::Draft).then_some(l.received),
        completed_at: l.completed,
        decided_at: l.decided,
        trader_due_on: match state {
            // Further ahead than the reminder's five days.
            State::AwaitingTrader => Some(today + Duration::days(dice.range(8, 30))),
            _ => l
                .decided
                .filter(|_| trader_in)
                .map(|d| d.date() + Duration::days(21)),
        },
        trader_answered_at: l.answered,
        negotiation_until: match state {
            State::Negotiation => Some(at + Duration::days(dice.range(3, 25))),
            _ => l.answered.map(|a| a + Duration::days(30)),
        },
        mediation_started_at: l.mediation,
        outcome_due_at: l.completed.map(|c| c + Duration::days(90)),
        extended: false,
        closed_at: l.closed,
        refusal_ground: (state == State::Refused).then_some(RefusalGround::TooLate),
        closing_reason: match state {
            State::Refused => {
                "The dispute was brought more than a year after the complaint.".into()
            }
            State::NotSettled => "The parties could not agree.".into(),
            _ => String::new(),
        },
        withdrawn_by: (state == State::Withdrawn).then_some(Side::Consumer),
        search_text: String::new(),
        created_at: created,
        updated_at: l.closed.unwrap_or(created),
    };
    case.search_text = search_text(&case);
    let end = l.closed.unwrap_or(at - Duration::minutes(10));
    let ctx = Ctx {
        case_id: &case.id,
        consumer,
        trader,
        mediator,
        staff,
    };
    let hearing = (state == State::Mediation && i.is_multiple_of(3)).then(|| {
        let starts = (at + Duration::days(dice.range(2, 40)))
            .date()
            .and_hms_opt(8 + (i % 8) as u32, 0, 0)
            .unwrap_or(at);
        Hearing {
            id: new_id(),
            case_id: case.id.clone(),
            mediator_id: mediator.clone(),
            starts_at: starts,
            ends_at: starts + Duration::minutes(60),
            time_zone: "Europe/Sofia".into(),
            form: HearingForm::Video,
            place: format!("https://meet.bench.example/{}", &case.id[..8]),
            sequence: 0,
            status: HearingStatus::Scheduled,
            minutes: None,
            private_notes: None,
            created_at: l.mediation.unwrap_or(created) + Duration::hours(30),
            updated_at: l.mediation.unwrap_or(created) + Duration::hours(30),
        }
    });
    batch.events.extend(events(
        &ctx,
        &case,
        &l,
        hearing.as_ref(),
        &people.mediator_names[mi],
    ));
    if let Some(h) = hearing {
        batch.hearings.push(h);
    }
    // Case sizes vary: filings that go nowhere carry little, procedures that run carry more.
    let early = matches!(
        state,
        State::Draft | State::Submitted | State::AwaitingInfo | State::Complete | State::Refused
    );
    let n_messages = if early {
        dice.range(0, 3)
    } else {
        dice.range(0, 49)
    };
    let n_documents = if early {
        dice.range(0, 2)
    } else {
        dice.range(0, 7)
    };
    let span = (end - l.received).num_minutes().max(10);
    let mut when: Vec<i64> = (0..n_messages + n_documents)
        .map(|_| dice.range(1, span))
        .collect();
    when.sort_unstable();
    let mut when = when.into_iter().map(|m| l.received + Duration::minutes(m));
    for _ in 0..n_messages {
        let (author, audience) = author(
            &mut dice,
            consumer,
            trader_in.then_some(trader),
            with_mediator.then_some(mediator),
        );
        batch.messages.push(CaseMessage {
            id: new_id(),
            case_id: case.id.clone(),
            author_id: author.clone(),
            audience,
            body: text::message(&mut dice),
            created_at: when.next().unwrap_or(end),
        });
    }
    // Consumer 0 is the one who signs in: one of their first cases gets a document to download.
    let must_have_document = ci == 0 && state != State::Draft && batch.download.is_none();
    let n_documents = if must_have_document {
        n_documents.max(1)
    } else {
        n_documents
    };
    for d in 0..n_documents {
        let (uploader, audience) = if d == 0 && must_have_document {
            (consumer, Audience::Everyone)
        } else {
            author(&mut dice, consumer, trader_in.then_some(trader), None)
        };
        let title = *dice.pick(text::DOCUMENTS);
        let doc = CaseDocument {
            id: new_id(),
            case_id: case.id.clone(),
            uploader_id: uploader.clone(),
            audience,
            title: title.into(),
            description: String::new(),
            file_name: format!("{}-{}.pdf", title.to_lowercase().replace(' ', "-"), d + 1),
            content_type: "application/pdf".into(),
            size_bytes: blob.size,
            sha256: blob.sha256.clone(),
            storage_key: String::new(),
            created_at: when.next().unwrap_or(end),
            redacted_at: None,
            redacted_by: None,
            redaction_reason: None,
        };
        let mut doc = doc;
        doc.storage_key = doc.id.clone();
        if d == 0 && must_have_document {
            batch.download = Some((case.id.clone(), doc.id.clone()));
        }
        batch.documents.push(doc.into());
    }
    // One case in ten has someone helping the consumer.
    if i % 10 == 5 && state != State::Draft {
        batch.members.push(CaseMember {
            case_id: case.id.clone(),
            user_id: people.consumers[(ci + 1) % people.consumers.len()].clone(),
            side: Side::Consumer,
            capacity: Capacity::Assistant,
            relationship: "Daughter".into(),
            added_by: consumer.clone(),
            created_at: l.received + Duration::hours(1),
        });
    }
    batch.cases.push(case);
}

/// Who writes, to whom: the parties mostly to everyone, the mediator also in caucus.
fn author<'a>(
    dice: &mut Dice,
    consumer: &'a String,
    trader: Option<&'a String>,
    mediator: Option<&'a String>,
) -> (&'a String, Audience) {
    let roll = dice.next() % 10;
    match (trader, mediator) {
        (Some(_), Some(m)) if roll < 2 => (m, Audience::Everyone),
        (Some(_), Some(m)) if roll < 3 => (
            m,
            *dice.pick(&[Audience::CaucusConsumer, Audience::CaucusTrader]),
        ),
        (Some(_), Some(_)) if roll < 4 => (consumer, Audience::CaucusConsumer),
        (Some(t), Some(_)) if roll < 5 => (t, Audience::CaucusTrader),
        (Some(t), _) if roll % 2 == 1 => (t, Audience::Everyone),
        _ => (consumer, Audience::Everyone),
    }
}

struct Ctx<'a> {
    case_id: &'a str,
    consumer: &'a String,
    trader: &'a String,
    mediator: &'a String,
    staff: &'a String,
}

/// A step as the log records it: when, by whom (none: the scheduler), what, the data it
/// wrote, and the state it led to (none: the state stayed).
type Taken<'a> = (
    NaiveDateTime,
    Option<&'a String>,
    Step,
    Value,
    Option<State>,
);

/// The case's log as the steps that brought it to its state would have written it, chained
/// by hash as `audit::append` chains it.
fn events(
    x: &Ctx,
    case: &Case,
    l: &Life,
    hearing: Option<&Hearing>,
    mediator_name: &str,
) -> Vec<EventRow> {
    let state = case.state;
    let mut steps: Vec<Taken> = vec![];
    if state == State::Draft {
        return vec![];
    }
    steps.push((
        l.received,
        Some(x.consumer),
        Step::Submit,
        json!({}),
        Some(State::Submitted),
    ));
    if state == State::AwaitingInfo {
        let at = l.received + Duration::hours(3);
        steps.push((
            at,
            Some(x.staff),
            Step::RequestInfo,
            json!({ "request": "Please add the receipt." }),
            Some(State::AwaitingInfo),
        ));
    }
    if let Some(c) = l.completed {
        steps.push((
            c,
            Some(x.staff),
            Step::MarkComplete,
            json!({ "completed_at": c, "outcome_due_at": case.outcome_due_at }),
            Some(State::Complete),
        ));
    }
    if state == State::Refused {
        let d = l.decided.unwrap_or(l.received);
        steps.push((d, Some(x.staff), Step::Refuse, json!({ "ground": "too_late", "reason": case.closing_reason, "suggested_automatically": false }), Some(State::Refused)));
    } else if let Some(d) = l.decided {
        steps.push((d, Some(x.staff), Step::Accept, json!({ "trader_due_on": case.trader_due_on, "trader_org_id": case.trader_org_id, "new_trader_account": false }), Some(State::AwaitingTrader)));
    }
    if let Some(a) = l.answered {
        if state == State::TraderDeclined {
            steps.push((
                a,
                Some(x.trader),
                Step::DeclineAsTrader,
                json!({ "reason": "We do not take part in ADR." }),
                Some(State::TraderDeclined),
            ));
        } else {
            steps.push((a, Some(x.trader), Step::JoinAsTrader, json!({ "answer": "We take part and will look into it.", "negotiation_until": case.negotiation_until }), Some(State::Negotiation)));
        }
    }
    if let Some(m) = l.mediation {
        steps.push((
            m,
            Some(x.consumer),
            Step::RequestMediation,
            json!({ "requested_by": "consumer" }),
            Some(State::Mediation),
        ));
        steps.push((
            m + Duration::hours(2),
            Some(x.staff),
            Step::AssignMediator,
            json!({ "mediator_id": x.mediator, "mediator": mediator_name, "previous": null }),
            None,
        ));
        steps.push((
            m + Duration::hours(5),
            Some(x.mediator),
            Step::DeclareNoConflict,
            json!({ "declaration": "no_conflict_of_interest" }),
            None,
        ));
    }
    if let Some(h) = hearing {
        steps.push((
            h.created_at,
            Some(x.mediator),
            Step::ScheduleHearing,
            json!({ "hearing": h.id, "starts": h.starts_at.to_string(), "time_zone": h.time_zone }),
            None,
        ));
    }
    if let Some(c) = l.closed {
        match state {
            State::NotSettled => steps.push((
                c,
                Some(x.mediator),
                Step::CloseNotSettled,
                json!({ "summary": "No agreement." }),
                Some(state),
            )),
            State::Withdrawn => steps.push((
                c,
                Some(x.consumer),
                Step::Withdraw,
                json!({ "by": "consumer", "reason": "The trader paid after all." }),
                Some(state),
            )),
            State::Settled => steps.push((c, None, Step::Settle, json!({}), Some(state))),
            State::Closed => {
                steps.push((
                    c - Duration::days(1),
                    None,
                    Step::Settle,
                    json!({}),
                    Some(State::Settled),
                ));
                steps.push((
                    c,
                    Some(x.staff),
                    Step::CloseCompliance,
                    json!({}),
                    Some(State::Closed),
                ));
            }
            _ => {}
        }
    }
    let mut out = Vec::with_capacity(steps.len());
    let mut prev = audit::GENESIS.to_string();
    let mut from = State::Draft;
    for (seq, (at, actor, step, mut data, to)) in steps.into_iter().enumerate() {
        if let (Some(to), Value::Object(map)) = (to, &mut data)
            && to != from
        {
            map.insert("from".into(), Value::String(from.as_str().into()));
            map.insert("to".into(), Value::String(to.as_str().into()));
            from = to;
        }
        let mut e = CaseEvent {
            case_id: x.case_id.to_string(),
            seq: seq as i32 + 1,
            at,
            actor_id: actor.cloned(),
            kind: EventKind::Step(step),
            data: data.to_string(),
            prev_hash: prev,
            hash: String::new(),
        };
        e.hash = audit::hash(&e);
        prev = e.hash.clone();
        out.push(e.into());
    }
    out
}

pub fn today() -> NaiveDate {
    now().date()
}
