//! Hearings: booking, moving and cancelling with calendar invitations that a real iCalendar
//! parser reads, the parties' answers, minutes, the mediator's calendar, reminders, and
//! every bad booking refused.
use concilia::db;

use crate::case_file::mediation;
use crate::cases::{TRADER_EMAIL, cast};
use crate::helpers::{Browser, TestApp, spawn_app};

fn in_days(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(days)).to_string()
}

pub fn booking<'a>(
    date: &'a str,
    time: &'a str,
    zone: &'a str,
    place: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("date", date),
        ("time", time),
        ("time_zone", zone),
        ("duration_minutes", "60"),
        ("form", "video"),
        ("place", place),
    ]
}

pub async fn hearings_of(app: &TestApp, id: &str) -> Vec<db::models::Hearing> {
    let id = id.to_string();
    app.db(move |c| db::hearings::of_case(c, &id)).await
}

/// The calendar part of the last email to `address` whose subject contains `subject`.
async fn invitation(app: &TestApp, address: &str, subject: &str) -> String {
    let mails = app.emails_to(address).await;
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains(subject))
        .unwrap_or_else(|| panic!("no mail with {subject}: {mails:?}"));
    calendar_part(mail)
}

/// The text of a raw message's text/calendar part.
pub fn calendar_part(mail: &str) -> String {
    let start = mail
        .find("Content-Type: text/calendar")
        .expect("a calendar part");
    let part = &mail[start..];
    let (head, rest) = part
        .split_once("\r\n\r\n")
        .or_else(|| part.split_once("\n\n"))
        .unwrap();
    let body: String = rest.split("\n--").next().unwrap().to_string();
    if head.contains("base64") {
        use base64::Engine;
        let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(clean)
                .unwrap(),
        )
        .unwrap()
    } else {
        body
    }
}

/// Parses with the `ical` crate, independent of the one that wrote it; returns the
/// calendar's METHOD and the event's properties.
pub fn parse(ics: &str) -> (String, std::collections::HashMap<String, String>) {
    let mut reader = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let cal = reader.next().expect("a calendar").expect("valid iCalendar");
    let method = cal
        .properties
        .iter()
        .find(|p| p.name == "METHOD")
        .and_then(|p| p.value.clone())
        .unwrap_or_default();
    assert_eq!(cal.events.len(), 1);
    let props = cal.events[0]
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect();
    (method, props)
}

async fn post(app: &TestApp, b: &Browser, path: &str, fields: &[(&str, &str)]) -> u16 {
    b.post(app, path, fields).await.status().as_u16()
}

#[tokio::test]
async fn a_mediator_schedules_moves_and_cancels_a_hearing_and_every_invitation_parses() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _trader) = mediation(&app, &c).await;
    let date = in_days(10);
    let link = "https://meet.example.org/adr-42";
    let status = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/hearings"),
        &booking(&date, "10:00", "Europe/Sofia", link),
    )
    .await;
    assert_eq!(status, 303);
    let h = hearings_of(&app, &id).await.pop().unwrap();
    app.flush_mail().await;
    let (method, first) = parse(&invitation(&app, "clara@example.org", "Hearing on").await);
    assert_eq!(method, "REQUEST");
    assert_eq!(first["SEQUENCE"], "0");
    assert!(first["UID"].contains(&h.id));
    // 10:00 in Sofia is 08:00 or 07:00 UTC depending on the season.
    let expected = h.starts_at.format("%Y%m%dT%H%M%SZ").to_string();
    assert_eq!(first["DTSTART"], expected);
    assert_eq!(first["LOCATION"], link);
    // The email gives the time in the reader's own zone and language, the zone named.
    let zone = app.user_by_email("clara@example.org").await.time_zone;
    let written = concilia::i18n::format_datetime("en", &zone, h.starts_at);
    let mails = app.emails_to("clara@example.org").await;
    assert!(
        mails.iter().any(|m| m.contains(&written)),
        "{written} in the mail: {mails:?}"
    );
    let (_, for_trader) = parse(&invitation(&app, TRADER_EMAIL, "Hearing on").await);
    assert_eq!(for_trader["UID"], first["UID"]);

    // Moved: the same UID, a higher SEQUENCE, the new time.
    let status = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/hearings/{}/reschedule", h.id),
        &booking(&date, "15:30", "Europe/Sofia", link),
    )
    .await;
    assert_eq!(status, 303);
    app.flush_mail().await;
    let (method, moved) = parse(&invitation(&app, "clara@example.org", "moved").await);
    assert_eq!(method, "REQUEST");
    assert_eq!(moved["UID"], first["UID"]);
    assert_eq!(moved["SEQUENCE"], "1");
    assert_ne!(moved["DTSTART"], first["DTSTART"]);

    // Cancelled: METHOD:CANCEL, same UID, SEQUENCE raised again.
    let status = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/hearings/{}/cancel", h.id),
        &[("reason", "The parties settled.")],
    )
    .await;
    assert_eq!(status, 303);
    app.flush_mail().await;
    let (method, gone) = parse(&invitation(&app, TRADER_EMAIL, "cancelled").await);
    assert_eq!(method, "CANCEL");
    assert_eq!(gone["UID"], first["UID"]);
    assert_eq!(gone["SEQUENCE"], "2");
    assert_eq!(gone["STATUS"], "CANCELLED");
    let page = c
        .consumer
        .text(&app, &format!("/cases/{id}/hearings"))
        .await;
    assert!(page.contains("Cancelled"));
    let events = app
        .db({
            let id = id.clone();
            move |c| db::cases::events(c, &id)
        })
        .await;
    for kind in ["schedule-hearing", "reschedule-hearing", "cancel-hearing"] {
        assert!(events.iter().any(|e| e.kind.as_str() == kind), "{kind}");
    }
}

#[tokio::test]
async fn bad_bookings_are_refused_with_a_clear_message_and_nothing_is_booked() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let date = in_days(5);
    let yesterday = in_days(-1);
    let link = "https://meet.example.org/x";
    let path = format!("/cases/{id}/hearings");
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            booking(&yesterday, "10:00", "Europe/Sofia", link),
            "error-hearing-in-past",
        ),
        (
            booking(&date, "10:00", "Mars/Olympus", link),
            "error-hearing-time-zone",
        ),
        (
            booking(&date, "25:00", "Europe/Sofia", link),
            "error-time-invalid",
        ),
        (
            booking(&date, "10:00", "Europe/Sofia", "http://insecure.example"),
            "error-video-link",
        ),
        (
            vec![
                ("date", &date),
                ("time", "10:00"),
                ("time_zone", "UTC"),
                ("duration_minutes", "0"),
                ("form", "video"),
                ("place", link),
            ],
            "error-duration",
        ),
        (
            vec![
                ("date", &date),
                ("time", "10:00"),
                ("time_zone", "UTC"),
                ("duration_minutes", "60"),
                ("form", "phone"),
                ("place", "call me"),
            ],
            "error-phone",
        ),
    ];
    for (fields, expected) in cases {
        let res = c.mediator.post(&app, &path, &fields).await;
        assert_eq!(res.status(), 422, "{expected}");
        let html = res.text().await.unwrap();
        let message = concilia::i18n::t("en", expected)
            .replace('\'', "&#x27;")
            .replace('/', "&#x2f;");
        assert!(html.contains(&message), "{expected}");
    }
    assert!(hearings_of(&app, &id).await.is_empty());
    // A party cannot book.
    assert_eq!(
        post(&app, &trader, &path, &booking(&date, "10:00", "UTC", link)).await,
        403
    );
    // Overlapping another of the mediator's hearings.
    assert_eq!(
        post(
            &app,
            &c.mediator,
            &path,
            &booking(&date, "10:00", "UTC", link)
        )
        .await,
        303
    );
    let res = c
        .mediator
        .post(&app, &path, &booking(&date, "10:30", "UTC", link))
        .await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(&concilia::i18n::t("en", "error-hearing-overlaps"))
    );
    assert_eq!(
        post(
            &app,
            &c.mediator,
            &path,
            &booking(&date, "11:00", "UTC", link)
        )
        .await,
        303,
        "back to back is fine"
    );
    assert_eq!(hearings_of(&app, &id).await.len(), 2);
}

#[tokio::test]
async fn parties_answer_the_mediator_records_minutes_and_notes_stay_private() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, trader) = mediation(&app, &c).await;
    let date = in_days(3);
    assert_eq!(
        post(
            &app,
            &c.mediator,
            &format!("/cases/{id}/hearings"),
            &booking(&date, "09:00", "UTC", "https://meet.example.org/y")
        )
        .await,
        303
    );
    let h = hearings_of(&app, &id).await.pop().unwrap();
    let answer = format!("/cases/{id}/hearings/{}/answer", h.id);
    assert_eq!(
        post(&app, &c.consumer, &answer, &[("answer", "attend")]).await,
        303
    );
    let res = trader
        .post(&app, &answer, &[("answer", "another_time"), ("reason", "")])
        .await;
    assert_eq!(res.status(), 422, "another time needs a reason");
    assert_eq!(
        post(
            &app,
            &trader,
            &answer,
            &[
                ("answer", "another_time"),
                ("reason", "Our lawyer is away that week")
            ]
        )
        .await,
        303
    );
    assert_eq!(
        post(&app, &c.mediator, &answer, &[("answer", "attend")]).await,
        403
    );
    let mediator_page = c
        .mediator
        .text(&app, &format!("/cases/{id}/hearings"))
        .await;
    assert!(
        mediator_page.contains("I will attend") && mediator_page.contains("Our lawyer is away")
    );
    let consumer_page = c
        .consumer
        .text(&app, &format!("/cases/{id}/hearings"))
        .await;
    assert!(
        !consumer_page.contains("Our lawyer is away"),
        "a party sees its own answer"
    );

    let minutes = format!("/cases/{id}/hearings/{}/minutes", h.id);
    let res = c
        .mediator
        .post(
            &app,
            &minutes,
            &[("minutes", "Too early"), ("private_notes", "")],
        )
        .await;
    assert_eq!(res.status(), 422, "not before the hearing");
    // The hearing took place.
    let hid = h.id.clone();
    app.db(move |c| {
        use concilia::db::schema::hearings;
        use diesel::prelude::*;
        let past = db::now() - chrono::Duration::hours(2);
        diesel::update(hearings::table.find(&hid))
            .set((
                hearings::starts_at.eq(past),
                hearings::ends_at.eq(past + chrono::Duration::hours(1)),
            ))
            .execute(c)?;
        Ok(())
    })
    .await;
    assert_eq!(
        post(
            &app,
            &c.mediator,
            &minutes,
            &[
                ("minutes", "Both parties explained their positions."),
                ("private_notes", "Trader seems open to 250 EUR")
            ]
        )
        .await,
        303
    );
    let trader_page = trader.text(&app, &format!("/cases/{id}/hearings")).await;
    assert!(trader_page.contains("Both parties explained their positions."));
    assert!(!trader_page.contains("open to 250 EUR"));
    let trader_history = trader.text(&app, &format!("/cases/{id}/history")).await;
    assert!(!trader_history.contains("open to 250 EUR"));
    let mediator_page = c
        .mediator
        .text(&app, &format!("/cases/{id}/hearings"))
        .await;
    assert!(mediator_page.contains("open to 250 EUR"));
    let api = trader.text(&app, &format!("/api/v1/cases/{id}")).await;
    assert!(!api.contains("open to 250 EUR"), "not in the log either");
}

#[tokio::test]
async fn the_mediator_calendar_lists_the_week_and_a_reminder_goes_once_a_day_before() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (id, _trader) = mediation(&app, &c).await;
    let tomorrow = in_days(1);
    let soon = (chrono::Utc::now() + chrono::Duration::hours(20))
        .format("%H:%M")
        .to_string();
    let when = if (chrono::Utc::now() + chrono::Duration::hours(20))
        .date_naive()
        .to_string()
        == tomorrow
    {
        tomorrow.clone()
    } else {
        in_days(0)
    };
    assert_eq!(
        post(
            &app,
            &c.mediator,
            &format!("/cases/{id}/hearings"),
            &booking(&when, &soon, "UTC", "https://meet.example.org/z")
        )
        .await,
        303
    );
    let page = c
        .mediator
        .text(&app, &format!("/hearings?week={when}"))
        .await;
    assert!(page.contains(&format!("/cases/{id}#hearings")));
    assert_eq!(c.consumer.get(&app, "/hearings").await.status(), 404);

    let mailer = app.state.mailer.clone();
    let sent = app
        .db(move |c| concilia::domain::cases::hearings::send_reminders(c, &mailer, db::now()))
        .await;
    assert_eq!(sent, 1);
    let mailer = app.state.mailer.clone();
    let again = app
        .db(move |c| concilia::domain::cases::hearings::send_reminders(c, &mailer, db::now()))
        .await;
    assert_eq!(again, 0, "once per hearing version");
    app.flush_mail().await;
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains("Reminder: hearing on"))
    );
    assert!(
        app.emails_to("mia@centre.example")
            .await
            .iter()
            .any(|m| m.contains("Reminder: hearing on"))
    );
}
