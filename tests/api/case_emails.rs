//! Who hears about a case when, and whether the link in each case email opens for the person
//! it was sent to: a party hears about a case only once it can act on it, and the trader
//! first with the invitation after the centre accepted the case.
use concilia::domain::Role;

use crate::cases::{TRADER_EMAIL, answers, cast, file_case, file_case_with, member_org, step};
use crate::helpers::{Browser, PASSWORD, TestApp, location, spawn_app};

/// Every link to this app in an email, as paths, each once.
fn links_in(app: &TestApp, mail: &str) -> Vec<String> {
    let base = &app.state.config.base_url;
    let mut out: Vec<String> = vec![];
    for (at, _) in mail.match_indices(base.as_str()) {
        let link: String = mail[at + base.len()..]
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '"' && *c != '<')
            .collect();
        if !out.contains(&link) {
            out.push(link);
        }
    }
    out
}

fn subject_of(mail: &str) -> String {
    mail.lines()
        .find_map(|l| l.strip_prefix("Subject: "))
        .unwrap_or_default()
        .to_string()
}

/// Follows `link` as `email` would, in a browser of its own: an invitation sets the password
/// and then opens the case it is about; a case link asks to sign in and then opens. Returns
/// the status of the page the link leads to in the end.
async fn follow_as(app: &TestApp, email: &str, link: &str, case_id: &str) -> u16 {
    let (client, jar) = app.new_browser();
    let fresh = Browser { client, jar };
    if link.starts_with("/invitations/") {
        assert_eq!(fresh.get(app, link).await.status(), 200, "{link}");
        let res = fresh
            .post(
                app,
                link,
                &[("password", PASSWORD), ("password_confirm", PASSWORD)],
            )
            .await;
        assert_eq!(res.status(), 303, "invitation of {email} accepted");
        let signed_in = app.browser_for(email).await;
        return signed_in
            .get(app, &format!("/cases/{case_id}"))
            .await
            .status()
            .as_u16();
    }
    let res = fresh.get(app, link).await;
    if res.status() != 303 {
        return res.status().as_u16();
    }
    let to = location(&res);
    let next = to
        .strip_prefix("/signin?next=")
        .unwrap_or_else(|| panic!("{link} leads to {to}, not to the sign-in"));
    let next: String = url::form_urlencoded::parse(format!("n={next}").as_bytes())
        .next()
        .unwrap()
        .1
        .into_owned();
    let res = fresh
        .post(
            app,
            "/signin",
            &[("email", email), ("password", PASSWORD), ("next", &next)],
        )
        .await;
    assert_eq!(res.status(), 303, "sign-in of {email}");
    let back = location(&res);
    assert_eq!(back, next, "back to the emailed page after the sign-in");
    fresh.get(app, &back).await.status().as_u16()
}

/// Every link in every email to `email` opens for them; returns how many links there were.
async fn every_link_opens(app: &TestApp, email: &str, case_id: &str) -> usize {
    let mut count = 0;
    for mail in app.emails_to(email).await {
        for link in links_in(app, &mail) {
            let status = follow_as(app, email, &link, case_id).await;
            assert_eq!(status, 200, "{email}: {link} in “{}”", subject_of(&mail));
            count += 1;
        }
    }
    count
}

#[tokio::test]
async fn a_trader_outside_the_portal_hears_first_with_its_invitation_after_acceptance() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = file_case(&app, &c.consumer).await;
    assert!(app.emails_to(TRADER_EMAIL).await.is_empty(), "filing");

    assert_eq!(step(&app, &c.staff, &id, "mark-complete", &[]).await, 303);
    assert!(
        app.emails_to("clara@example.org")
            .await
            .iter()
            .any(|m| m.contains("is complete")),
        "the consumer is told the file is complete"
    );
    assert!(
        app.emails_to(TRADER_EMAIL).await.is_empty(),
        "the trader is not told before the centre accepted the case"
    );

    assert_eq!(step(&app, &c.staff, &id, "accept", &[]).await, 303);
    let mails = app.emails_to(TRADER_EMAIL).await;
    assert_eq!(mails.len(), 1, "one invitation: {mails:#?}");
    let links = links_in(&app, &mails[0]);
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(links[0].starts_with("/invitations/"), "{links:?}");

    // Something happens on the case before the trader set up its account: it is told, with
    // no link it could not open yet.
    assert_eq!(
        c.consumer
            .post(
                &app,
                &format!("/cases/{id}/messages"),
                &[("body", "Any news?"), ("audience", "everyone")],
            )
            .await
            .status(),
        303
    );
    let mails = app.emails_to(TRADER_EMAIL).await;
    assert_eq!(mails.len(), 2, "{mails:#?}");
    assert!(links_in(&app, &mails[1]).is_empty(), "{:#?}", mails[1]);

    assert_eq!(every_link_opens(&app, TRADER_EMAIL, &id).await, 1);
    // Once it can sign in, the case links reach it again, and open.
    assert_eq!(
        c.consumer
            .post(
                &app,
                &format!("/cases/{id}/messages"),
                &[("body", "Hello?"), ("audience", "everyone")],
            )
            .await
            .status(),
        303
    );
    let last = app.emails_to(TRADER_EMAIL).await.pop().unwrap();
    assert_eq!(links_in(&app, &last), [format!("/cases/{id}")]);
    let trader = app.browser_for(TRADER_EMAIL).await;
    assert_eq!(
        trader.get(&app, &format!("/cases/{id}")).await.status(),
        200
    );

    // The consumer's emails (received, complete, accepted) all open the case for them.
    assert!(every_link_opens(&app, "clara@example.org", &id).await >= 3);
}

#[tokio::test]
async fn a_member_trader_hears_of_a_case_only_once_it_is_accepted_and_its_link_opens() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let org = member_org(&app, "NOTIFY-1", false).await;
    app.create_user(
        "Tina Trader",
        "tina@member.example",
        Role::TraderUser,
        Some(org.clone()),
    )
    .await;
    let mut steps = answers();
    steps[0].1 = vec![("trader_org_id", org.clone().leak())];
    let id = file_case_with(&app, &c.consumer, steps).await;
    assert_eq!(step(&app, &c.staff, &id, "mark-complete", &[]).await, 303);
    assert!(
        app.emails_to("tina@member.example").await.is_empty(),
        "not told the file is complete before acceptance"
    );
    assert_eq!(step(&app, &c.staff, &id, "accept", &[]).await, 303);
    let mails = app.emails_to("tina@member.example").await;
    assert_eq!(mails.len(), 1, "{mails:#?}");
    assert_eq!(links_in(&app, &mails[0]), [format!("/cases/{id}")]);
    assert_eq!(every_link_opens(&app, "tina@member.example", &id).await, 1);
}

#[tokio::test]
async fn a_refusal_reaches_the_trader_without_a_link_to_a_case_it_cannot_open() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let org = member_org(&app, "NOTIFY-2", false).await;
    app.create_user(
        "Tina Trader",
        "tina@member.example",
        Role::TraderUser,
        Some(org.clone()),
    )
    .await;
    let mut steps = answers();
    steps[0].1 = vec![("trader_org_id", org.clone().leak())];
    let id = file_case_with(&app, &c.consumer, steps).await;
    assert_eq!(
        step(
            &app,
            &c.staff,
            &id,
            "refuse",
            &[("ground", "frivolous"), ("reason", "Nothing to decide.")]
        )
        .await,
        303
    );
    let mails = app.emails_to("tina@member.example").await;
    assert_eq!(mails.len(), 1, "{mails:#?}");
    assert!(
        mails[0].contains("Nothing to decide."),
        "Art. 5(4): the reasons"
    );
    assert!(links_in(&app, &mails[0]).is_empty(), "{:#?}", mails[0]);
    // The consumer's refusal links to the case, which opens for them.
    assert!(every_link_opens(&app, "clara@example.org", &id).await >= 2);
}

#[tokio::test]
async fn a_consumer_entered_by_staff_gets_the_acknowledgement_and_a_link_that_opens() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let res = c
        .staff
        .post(
            &app,
            "/staff/cases",
            &[
                ("consumer_name", "Petar Petrov"),
                ("consumer_email", "petar@example.org"),
                ("consumer_country", "RO"),
                ("channel", "post"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let id = location(&res)
        .trim_start_matches("/cases/")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    for (s, fields) in answers() {
        let res = c
            .staff
            .post(&app, &format!("/cases/{id}/draft/{s}"), &fields)
            .await;
        assert_eq!(res.status(), 303, "{s}");
    }
    let res = c
        .staff
        .post(&app, &format!("/cases/{id}/submit"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let mails = app.emails_to("petar@example.org").await;
    assert_eq!(mails.len(), 2, "acknowledgement and invitation");
    // The acknowledgement names the reference; only the invitation carries a link.
    let links: Vec<String> = mails.iter().flat_map(|m| links_in(&app, m)).collect();
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(links[0].starts_with("/invitations/"));
    assert_eq!(every_link_opens(&app, "petar@example.org", &id).await, 1);
}
