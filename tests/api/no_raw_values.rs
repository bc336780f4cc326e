//! Every coded value a person reads goes through the translation layer: a case played from
//! filing to the close of compliance, rendered in each language for each party, the mediator
//! and staff, and every email it sent, shows no stored word or API name as visible text, and
//! no date in ISO 8601 (`2026-12-29`): dates are written as in the reader's language.
use base64::Engine;
use concilia::db;
use concilia::i18n::LANGUAGES;
use diesel::prelude::*;

use crate::case_file::{PDF, upload};
use crate::cases::{Cast, TRADER_EMAIL, accepted_case, cast, step};
use crate::hearings::{booking, hearings_of};
use crate::helpers::{
    Browser, TestApp, coded_words, fresh_database_url, raw_words, spawn_app_with,
};
use crate::settlements::{answer, in_days, obligations_of, payment, post, proposals};

/// The text nodes of a page: tags (with their attribute values), scripts and styles removed.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        let tail = &rest[open..];
        let lower = tail.get(..7).unwrap_or_default().to_ascii_lowercase();
        let end = if lower.starts_with("<script") || lower.starts_with("<style") {
            let closing = if lower.starts_with("<script") {
                "</script>"
            } else {
                "</style>"
            };
            tail.find(closing).map(|i| i + closing.len())
        } else {
            tail.find('>').map(|i| i + 1)
        };
        let Some(end) = end else { break };
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The ISO 8601 days (`dddd-dd-dd`, not inside a longer run of digits) in `text`.
fn iso_dates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let shape = "dddd-dd-dd";
    let mut found = vec![];
    for i in 0..chars.len().saturating_sub(shape.len() - 1) {
        let fits = shape.chars().enumerate().all(|(k, s)| match s {
            'd' => chars[i + k].is_ascii_digit(),
            _ => chars[i + k] == s,
        });
        let digit_at = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_digit)
        };
        if fits && !digit_at(i.checked_sub(1)) && !digit_at(Some(i + shape.len())) {
            found.push(chars[i..i + shape.len()].iter().collect());
        }
    }
    found
}

/// Undoes quoted-printable: soft line breaks and `=XX` bytes.
fn decode_qp(body: &str) -> String {
    let body = body.replace("=\r\n", "").replace("=\n", "");
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The text a person reads in an email: its text/plain and text/html parts decoded, links
/// left out; attachments (the agreement, the calendar invitation) are not read as text.
fn email_text(raw: &str) -> String {
    let raw = raw.replace("\r\n", "\n");
    let mut out = String::new();
    for part in raw.split("\n--") {
        let Some((headers, body)) = part.split_once("\n\n") else {
            continue;
        };
        let headers = headers.to_ascii_lowercase();
        if headers.contains("content-disposition: attachment")
            || !(headers.contains("content-type: text/plain")
                || headers.contains("content-type: text/html"))
        {
            continue;
        }
        let body = if headers.contains("content-transfer-encoding: base64") {
            let joined: String = body.split_whitespace().collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(joined)
                .expect("a base64 part");
            String::from_utf8_lossy(&bytes).into_owned()
        } else if headers.contains("content-transfer-encoding: quoted-printable") {
            decode_qp(body)
        } else {
            body.to_string()
        };
        let text = if headers.contains("text/html") {
            visible_text(&body)
        } else {
            body
        };
        for chunk in text.split_whitespace().filter(|c| !c.contains("://")) {
            out.push_str(chunk);
            out.push(' ');
        }
        out.push('\n');
    }
    out
}

/// The emails in the outbox folder, then empties it.
async fn take_emails(app: &TestApp) -> Vec<String> {
    app.flush_mail().await;
    let dir = app.data_dir.join("outbox");
    let mut mails = vec![];
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        mails.push(std::fs::read_to_string(entry.path()).unwrap());
        std::fs::remove_file(entry.path()).unwrap();
    }
    mails
}

async fn page(app: &TestApp, b: &Browser, path: &str) -> String {
    let res = b.get(app, path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

/// What a played case showed: (what, text) of pages and emails, and of pages checked for
/// dates only.
struct Seen {
    all: Vec<(String, String)>,
    dates_only: Vec<(String, String)>,
}

/// Plays a case from filing to the close of compliance, every person using `lang`; returns
/// the pages and emails (what, text) each person saw on the way and at the end.
async fn played_case(lang: &str) -> Seen {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path());
    let app = spawn_app_with(dir, url, |config| config.centre.comment_days = 0).await;
    let c: Cast = cast(&app).await;
    let (id, trader) = accepted_case(&app, &c).await;
    let people = [
        ("consumer", &c.consumer),
        ("trader", &trader),
        ("staff", &c.staff),
        ("mediator", &c.mediator),
    ];
    for (_, b) in people {
        let res = b
            .post(&app, "/language", &[("language", lang), ("next", "/")])
            .await;
        assert_eq!(res.status(), 303);
    }
    // Mail from before the choice went out in English.
    take_emails(&app).await;
    let mut seen = vec![];
    let mut dates_only = vec![];
    let ok = |status: u16, what: &str| assert_eq!(status, 303, "{lang}: {what}");

    ok(
        step(&app, &trader, &id, "join", &[("answer", "We take part.")]).await,
        "join",
    );
    ok(
        step(
            &app,
            &c.staff,
            &id,
            "assign-mediator",
            &[("mediator_id", &c.mediator_id)],
        )
        .await,
        "assign",
    );
    ok(
        step(&app, &c.mediator, &id, "declare-no-conflict", &[]).await,
        "declare",
    );
    let messages = [
        (&c.consumer, "everyone", "The drum is broken."),
        (&trader, "everyone", "We will look at it."),
        (&c.consumer, "caucus_consumer", "I would take less."),
        (&trader, "caucus_trader", "We can pay some."),
        (&c.mediator, "everyone", "Let us meet."),
    ];
    for (b, audience, body) in messages {
        let res = b
            .post(
                &app,
                &format!("/cases/{id}/messages"),
                &[("audience", audience), ("body", body)],
            )
            .await;
        ok(res.status().as_u16(), "message");
    }
    let res = upload(
        &app,
        &c.consumer,
        &id,
        "everyone",
        vec![("receipt.pdf", PDF.to_vec())],
    )
    .await;
    ok(res.status().as_u16(), "upload");

    let date = in_days(3);
    let (status, body) = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/hearings"),
        &booking(&date, "09:00", "UTC", "https://meet.example.org/y"),
    )
    .await;
    assert_eq!(status, 303, "{lang}: hearing {body}");
    let h = hearings_of(&app, &id).await.pop().unwrap();
    let (status, body) = post(
        &app,
        &c.mediator,
        &format!("/cases/{id}/hearings/{}/reschedule", h.id),
        &booking(&date, "11:00", "UTC", "https://meet.example.org/y"),
    )
    .await;
    assert_eq!(status, 303, "{lang}: hearing moved {body}");
    let hearing_answer = format!("/cases/{id}/hearings/{}/answer", h.id);
    let (status, _) = post(&app, &c.consumer, &hearing_answer, &[("answer", "attend")]).await;
    ok(status, "attend");
    let (status, _) = post(
        &app,
        &trader,
        &hearing_answer,
        &[
            ("answer", "another_time"),
            ("reason", "Our lawyer is away."),
        ],
    )
    .await;
    ok(status, "another time");

    ok(
        step(
            &app,
            &c.consumer,
            &id,
            "add-member",
            &[
                ("name", "Rita Rep"),
                ("email", "rita@law.example"),
                ("capacity", "representative"),
                ("relationship", "Lawyer"),
            ],
        )
        .await,
        "add member",
    );

    // Proposals: an offer, a counter the consumer rejects, an offer withdrawn.
    let proposals_path = format!("/cases/{id}/proposals");
    let due = in_days(10);
    let (status, body) = post(
        &app,
        &c.consumer,
        &proposals_path,
        &payment("trader", "150", "EUR", &due),
    )
    .await;
    assert_eq!(status, 303, "{lang}: offer {body}");
    let first = proposals(&app, &id).await.pop().unwrap();
    let mut counter = payment("trader", "100", "EUR", &due);
    counter.push(("counters", first.id.as_str()));
    let (status, body) = post(&app, &trader, &proposals_path, &counter).await;
    assert_eq!(status, 303, "{lang}: counter {body}");
    let second = proposals(&app, &id).await.pop().unwrap();
    let (status, body) = answer(&app, &c.consumer, &id, &second, "reject").await;
    assert_eq!(status, 303, "{lang}: reject {body}");
    let (status, body) = post(
        &app,
        &c.consumer,
        &proposals_path,
        &payment("trader", "120", "EUR", &due),
    )
    .await;
    assert_eq!(status, 303, "{lang}: offer {body}");
    let third = proposals(&app, &id).await.pop().unwrap();
    let (status, _) = post(
        &app,
        &c.consumer,
        &format!("/cases/{id}/proposals/{}/withdraw", third.id),
        &[],
    )
    .await;
    ok(status, "withdraw");

    // The mediator's solution: a payment due today and a repair; both parties accept.
    let today = in_days(0);
    let soon = in_days(2);
    let mut fields = payment("trader", "75", "EUR", &today);
    fields.extend([
        ("item2_kind", "action"),
        ("item2_side", "trader"),
        ("item2_action", "repair"),
        ("item2_due_on", soon.as_str()),
    ]);
    let (status, body) = post(&app, &c.mediator, &proposals_path, &fields).await;
    assert_eq!(status, 303, "{lang}: solution {body}");
    let solution = proposals(&app, &id).await.pop().unwrap();
    let solution_page = format!("/cases/{id}/proposals/{}/accept", solution.id);
    for (who, b) in [("consumer", &c.consumer), ("trader", &trader)] {
        seen.push((
            format!("{who} {solution_page}"),
            visible_text(&page(&app, b, &solution_page).await),
        ));
    }
    let version = solution.version.to_string();
    let accept = [
        ("answer", "accept"),
        ("version", version.as_str()),
        ("from", "solution"),
        ("informed", "yes"),
        ("waive", "yes"),
    ];
    let answer_path = format!("/cases/{id}/proposals/{}/answer", solution.id);
    for b in [&c.consumer, &trader] {
        let (status, body) = post(&app, b, &answer_path, &accept).await;
        assert_eq!(status, 303, "{lang}: accept {body}");
    }
    for (who, b) in people {
        let path = format!("/cases/{id}");
        seen.push((
            format!("{who} {path} settled"),
            visible_text(&page(&app, b, &path).await),
        ));
    }

    // Obligations: the payment done and confirmed; the repair reported and judged.
    let list = obligations_of(&app, &id).await;
    assert_eq!(list.len(), 2, "{lang}");
    let pay = format!("/cases/{id}/obligations/{}", list[0].id);
    let (status, _) = post(&app, &trader, &format!("{pay}/done"), &[("note", "Sent.")]).await;
    ok(status, "done");
    let (status, _) = post(
        &app,
        &c.consumer,
        &format!("{pay}/answer"),
        &[("answer", "confirm")],
    )
    .await;
    ok(status, "confirm");
    let repair_id = list[1].id.clone();
    app.db(move |c| {
        use db::schema::obligations;
        diesel::update(obligations::table.find(repair_id))
            .set(
                obligations::due_on.eq(chrono::Utc::now().date_naive() - chrono::Duration::days(3)),
            )
            .execute(c)?;
        Ok(())
    })
    .await;
    let repair = format!("/cases/{id}/obligations/{}", list[1].id);
    let (status, _) = post(
        &app,
        &c.consumer,
        &format!("{repair}/answer"),
        &[("answer", "not_honoured"), ("reason", "Nothing came.")],
    )
    .await;
    ok(status, "report");
    let (status, _) = post(
        &app,
        &c.staff,
        &format!("{repair}/judge"),
        &[
            ("decision", "not_honoured"),
            ("reason", "No proof was shown."),
        ],
    )
    .await;
    ok(status, "judge");
    let case = crate::cases::state_of(&app, &id).await;
    assert_eq!(case.state.as_str(), "closed", "{lang}: compliance closed");

    let case_page = format!("/cases/{id}");
    // The agreement is written in the case's language (English here), not the reader's, and
    // the outbox lists subjects in each recipient's language: neither is checked here.
    let mut visits = vec![];
    for (who, b) in people {
        // Every section of the case page.
        for section in [
            "",
            "/messages",
            "/documents",
            "/hearings",
            "/settlement",
            "/history",
        ] {
            visits.push((who, b, format!("{case_page}{section}")));
        }
        visits.push((who, b, "/dashboard".into()));
        visits.push((who, b, "/cases".into()));
    }
    // The history on its own, as each party and staff read it.
    for (who, b) in people {
        let html = page(&app, b, &format!("{case_page}/history")).await;
        seen.push((
            format!("{who} {case_page} history"),
            visible_text(history_of(&html)),
        ));
    }
    for path in ["/obligations", "/intake"] {
        visits.push(("staff", &c.staff, path.into()));
    }
    visits.push(("mediator", &c.mediator, "/hearings".into()));
    for (who, b, path) in visits {
        seen.push((
            format!("{who} {path}"),
            visible_text(&page(&app, b, &path).await),
        ));
    }
    // Pages whose dates are checked, but not their words: the outbox lists subjects in each
    // recipient's language, reports name traders as stored.
    let mut date_visits = vec![
        ("staff", &c.staff, "/admin/outbox".to_string()),
        ("staff", &c.staff, "/reports".to_string()),
        ("consumer", &c.consumer, format!("/cases/{id}/certificate")),
        ("mediator", &c.mediator, "/training".to_string()),
    ];
    let holiday = in_days(30);
    let res = c
        .staff
        .post(
            &app,
            "/admin/holidays",
            &[
                ("country", "BG"),
                ("day", holiday.as_str()),
                ("name", "Fête"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "{lang}: holiday");
    date_visits.push(("staff", &c.staff, "/admin/holidays".to_string()));
    let (course_start, course_end) = (in_days(-20), in_days(-19));
    let res = c
        .mediator
        .post(
            &app,
            "/training",
            &[
                ("title", "Mediation skills"),
                ("provider", "ADR Academy"),
                ("started_on", course_start.as_str()),
                ("ended_on", course_end.as_str()),
                ("hours", "7"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "{lang}: training");
    for (who, b, path) in date_visits {
        dates_only.push((
            format!("{who} {path}"),
            visible_text(&page(&app, b, &path).await),
        ));
    }

    // The emails to the four, each in the language they chose.
    let addresses = [
        "clara@example.org",
        TRADER_EMAIL,
        "staff@centre.example",
        "mia@centre.example",
    ];
    let mails = take_emails(&app).await;
    let mut count = 0;
    for raw in mails {
        let to = raw
            .lines()
            .find(|l| l.starts_with("To:"))
            .unwrap_or_default()
            .to_string();
        if addresses.iter().any(|a| to.contains(a)) {
            count += 1;
            seen.push((format!("email {to}"), email_text(&raw)));
        }
    }
    assert!(count >= 10, "{lang}: the steps sent mail ({count})");
    // The hearing's notice gave its day as written in the language.
    let day: chrono::NaiveDate = date.parse().unwrap();
    let written = concilia::i18n::format_date(lang, day)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        seen.iter()
            .any(|(what, text)| what.starts_with("email") && text.contains(&written)),
        "{lang}: no email says {written}"
    );
    Seen {
        all: seen,
        dates_only,
    }
}

/// The history section of a case page.
fn history_of(html: &str) -> &str {
    let start = html
        .find(r#"<section aria-labelledby="timeline">"#)
        .expect("a history section");
    let end = html[start..].find("</section>").expect("its end") + start;
    &html[start..end]
}

/// The history `who` read at the end of a played case.
fn history_seen_by<'a>(seen: &'a [(String, String)], who: &str) -> &'a str {
    seen.iter()
        .find(|(w, _)| w.starts_with(&format!("{who} /cases/")) && w.ends_with(" history"))
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no history seen by {who}"))
}

/// The text as a reader sees it: entities decoded, runs of white space collapsed.
fn squeeze(text: &str) -> String {
    let text = [
        ("&#x2f;", "/"),
        ("&#x27;", "'"),
        ("&quot;", "\""),
        ("&lt;", "<"),
        ("&gt;", ">"),
    ]
    .iter()
    .fold(text.to_string(), |t, (entity, ch)| t.replace(entity, ch))
    .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn a_played_case_has_a_history_of_sentences_with_the_names() {
    let seen = played_case("en").await;
    let consumer = squeeze(history_seen_by(&seen.all, "consumer"));
    let trader = squeeze(history_seen_by(&seen.all, "trader"));
    let staff = squeeze(history_seen_by(&seen.all, "staff"));
    let date = chrono::NaiveDate::parse_from_str(&in_days(3), "%Y-%m-%d").unwrap();
    let when =
        |h, m| concilia::i18n::format_datetime("en", "UTC", date.and_hms_opt(h, m, 0).unwrap());
    let shop = "Gadget Shop Ltd";
    for sentence in [
        format!("{shop} agreed, for the trader, to take part in the procedure."),
        "The centre appointed Mia Mediator as the mediator.".to_string(),
        "The mediator declared no conflict of interest with either party.".to_string(),
        format!("The mediator scheduled a hearing for {}.", when(9, 0)),
        format!("The mediator moved the hearing to {}.", when(11, 0)),
        "Clara Consumer added Rita Rep to the case as a representative.".to_string(),
        "Clara Consumer made a settlement offer.".to_string(),
        format!("{shop} made a counter-offer."),
        "Clara Consumer rejected the offer.".to_string(),
        "Clara Consumer withdrew a settlement offer.".to_string(),
        "The mediator proposed a solution to the dispute.".to_string(),
        "Clara Consumer accepted the mediator's solution.".to_string(),
        format!("{shop} accepted the mediator's solution."),
        "The parties reached an agreement and it was recorded.".to_string(),
        format!("{shop} said that the payment of 75.00 EUR was made."),
        "Clara Consumer confirmed that the payment of 75.00 EUR was made.".to_string(),
        "Clara Consumer reported that the agreed action (Repair) was not carried out."
            .to_string(),
        "The centre decided that the agreed action (Repair) was not carried out. No proof was shown."
            .to_string(),
        "Every obligation of the agreement has been settled, so the case is closed.".to_string(),
    ] {
        for (who, text) in [("consumer", &consumer), ("trader", &trader), ("staff", &staff)] {
            assert!(text.contains(&sentence), "{who} misses {sentence:?} in {text}");
        }
    }
    // The trader's first answer is quoted as it was written.
    assert!(
        consumer.contains("to take part in the procedure. We take part."),
        "{consumer}"
    );
    // A party's answer to a hearing is for that party and the mediator.
    assert!(
        consumer.contains("Clara Consumer will attend the hearing."),
        "{consumer}"
    );
    assert!(consumer.contains(&format!("{shop} answered the invitation to the hearing.")));
    assert!(!consumer.contains("asked for another time"), "{consumer}");
    assert!(trader.contains(&format!("{shop} asked for another time for the hearing.")));
    assert!(trader.contains("Clara Consumer answered the invitation to the hearing."));
    // No dump of stored fields: neither the old labels nor the stored words.
    for text in [&consumer, &trader, &staff] {
        for dump in [
            "By ",
            "Decision",
            "Obligation ",
            "Version",
            "Round",
            "SHA-256",
            "confirmed Obligation",
            "not_honoured",
            "another_time",
            "Starts (UTC)",
        ] {
            assert!(!text.contains(dump), "{dump:?} in {text}");
        }
    }
}

#[tokio::test]
async fn a_fully_played_case_shows_no_raw_coded_value_nor_iso_date_in_any_language() {
    let coded = coded_words();
    let mut problems = vec![];
    let mut iso = vec![];
    for (lang, _) in LANGUAGES {
        let seen = played_case(lang).await;
        for (what, text) in &seen.all {
            let raw = raw_words(lang, text, &coded);
            if !raw.is_empty() {
                problems.push(format!("{lang} {what}: {raw:?}"));
            }
        }
        for (what, text) in seen.all.iter().chain(&seen.dates_only) {
            for date in iso_dates(text) {
                // Where it stands, to find the template that printed it.
                let at = text.find(&date).unwrap_or(0);
                let from = text.floor_char_boundary(at.saturating_sub(80));
                let to = text.ceil_char_boundary(at + 40);
                let around: String = text[from..to]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                iso.push(format!("{lang} {what}: {date} in “{around}”"));
            }
        }
    }
    assert!(problems.is_empty(), "raw values:\n{}", problems.join("\n"));
    assert!(iso.is_empty(), "ISO dates shown:\n{}", iso.join("\n"));
}

/// The date check finds ISO days in text, not other runs of digits.
#[test]
fn the_check_finds_iso_dates_only() {
    assert_eq!(
        iso_dates("Due 2026-12-29, paid 29 December 2026"),
        vec!["2026-12-29".to_string()]
    );
    assert!(iso_dates("Case CON-2026-000123, phone 12345-67-890").is_empty());
    assert!(iso_dates("29.12.2026 г. 2026. december 29.").is_empty());
}

/// The check itself finds a raw word, ignores attribute values and translations.
#[test]
fn the_check_finds_raw_words_in_text_only() {
    let coded = coded_words();
    let html = r#"<option value="not_honoured">Неизпълнено</option><p>Статус: confirmed</p>"#;
    assert_eq!(
        raw_words("bg", &visible_text(html), &coded),
        vec!["confirmed".to_string()]
    );
    assert!(raw_words("en", "The consumer has confirmed.", &coded).is_empty());
    assert!(raw_words("bg", "Здравейте, Clara Consumer", &coded).is_empty());
    assert_eq!(
        raw_words("en", "Answer: another_time", &coded),
        vec!["another_time".to_string()]
    );
}
