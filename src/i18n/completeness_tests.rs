//! Every message id used anywhere exists in every language file, no language file has ids
//! the others lack, and no id is left unused.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{LANGUAGES, try_t_args};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ids_in(lang: &str) -> BTreeSet<String> {
    let path = root()
        .join("templates/locales")
        .join(lang)
        .join("concilia.ftl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "html" || e == "j2")
        {
            out.push(path);
        }
    }
}

/// Every quoted word of letters, digits and dashes in the code and templates: the message
/// ids they can name literally.
fn quoted_words() -> BTreeSet<String> {
    let mut files = Vec::new();
    files_under(&root().join("src"), &mut files);
    files_under(&root().join("templates"), &mut files);
    let mut words = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for quote in ['"', '\''] {
            for (i, piece) in text.split(quote).enumerate() {
                if i % 2 == 1
                    && !piece.is_empty()
                    && piece.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })
                {
                    words.insert(piece.to_string());
                }
            }
        }
    }
    words
}

/// Ids built at run time: notices, role names, email subjects.
fn built_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    ids.extend(
        crate::web::page::NOTICES
            .iter()
            .map(|n| format!("notice-{n}")),
    );
    // Every value of every coded type a person reads.
    ids.extend(crate::domain::cases::codes::label_ids());
    use crate::domain::cases::codes::{ObligationKind, Side};
    use crate::domain::cases::{catalogue, lifecycle, notify};
    ids.extend(
        ObligationKind::ALL
            .iter()
            .map(|k| format!("settlement-term-{k}")),
    );
    for side in Side::ALL {
        ids.insert(format!("blind-intro-{side}"));
        ids.insert(format!("field-blind-amount-{side}"));
        ids.insert(format!("agreement-{side}"));
    }
    use crate::domain::reports as r;
    for (list, values) in [
        ("report-scope", r::SCOPES),
        ("report-outcome", r::OUTCOMES),
        ("report-ending", r::ENDINGS),
        ("report-compliance", r::COMPLIANCE),
    ] {
        ids.extend(values.iter().map(|v| catalogue::label(list, v)));
    }
    // Names the report's templates put together (`reports/figures.html`).
    for (prefix, names) in [
        (
            "report-measure",
            &[
                "count",
                "percent",
                "previous",
                "change",
                "mean_days",
                "median_days",
                "p90_days",
            ][..],
        ),
        (
            "report-total",
            &[
                "received",
                "refused",
                "resolved",
                "solutions_accepted",
                "ended",
                "obligations",
                "discontinued",
                "complied",
            ][..],
        ),
        (
            "report-duration",
            &["from_receipt", "from_complete", "trader_response"][..],
        ),
    ] {
        ids.extend(names.iter().map(|n| catalogue::label(prefix, n)));
    }
    for step in lifecycle::Step::ALL {
        if step.has_step_form() {
            ids.insert(format!("step-{}", step.as_str()));
            ids.insert(format!("step-{}-hint", step.as_str()));
        }
    }
    ids.extend(
        crate::domain::cases::codes::EventKind::all().map(crate::web::cases::history::message_id),
    );
    ids.extend(
        crate::domain::cases::next_step::LINKED
            .iter()
            .map(|s| format!("next-action-{}", s.as_str())),
    );
    ids.extend(
        crate::web::cases::workspace::Section::ALL
            .iter()
            .map(|s| format!("case-tab-{}", s.name())),
    );
    for kind in notify::KINDS {
        ids.insert(format!("email-case-{kind}-subject"));
        ids.insert(format!("email-case-{kind}-body"));
    }
    ids.extend(
        crate::domain::cases::filing::STEPS
            .iter()
            .map(|s| format!("file-step-{s}")),
    );
    for name in crate::templates_env::names() {
        if let Some(t) = name
            .strip_prefix("email/")
            .and_then(|n| n.strip_suffix(".txt.j2"))
            .filter(|t| *t != "layout" && *t != "case_notice")
        {
            ids.insert(format!("email-{}-subject", t.replace('_', "-")));
        }
    }
    ids
}

#[test]
fn every_language_file_has_exactly_the_english_ids() {
    let english = ids_in("en");
    assert!(english.len() > 100);
    for (lang, _) in LANGUAGES {
        let ids = ids_in(lang);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn every_id_the_templates_and_code_use_exists_and_none_is_unused() {
    let english = ids_in("en");
    let words = quoted_words();
    let built = built_ids();
    let unused: Vec<_> = english
        .iter()
        .filter(|id| !words.contains(*id) && !built.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "ids no template or code uses: {unused:?}"
    );
    let missing: Vec<_> = built.iter().filter(|id| !english.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "ids built at run time but not defined: {missing:?}"
    );
    // Ids in templates: t("...") calls.
    let mut files = Vec::new();
    files_under(&root().join("templates"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let calls = text.match_indices("t(").filter(|(i, _)| {
            // `t(` itself, not the end of `select(` or `list(`.
            !text[..*i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
        });
        for (i, _) in calls {
            let piece = &text[i + 2..];
            let Some(q) = piece.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                continue;
            };
            let id: String = piece[1..].chars().take_while(|c| *c != q).collect();
            // `t("role-" ~ value)`: a prefix that built ids complete.
            let known = if id.ends_with('-') {
                english.iter().any(|e| e.starts_with(&id))
            } else {
                english.contains(&id)
            };
            assert!(known, "{}: unknown message id {id}", file.display());
        }
    }
}

#[test]
fn every_message_formats_in_every_language_with_its_arguments() {
    let english = ids_in("en");
    for (lang, _) in LANGUAGES {
        for id in &english {
            for minutes in [1i64, 2, 5, 21] {
                let args = [
                    ("name", "Ana".into()),
                    ("email", "ana@example.com".into()),
                    ("minutes", minutes.into()),
                    ("status", 404i64.into()),
                    ("organisation", "Acme".into()),
                    ("sent", minutes.into()),
                    ("at", "2026-11-23 10:00".into()),
                    ("days", minutes.into()),
                    ("count", minutes.into()),
                    ("reference", "ADR-2026-000042".into()),
                    ("due", "2026-12-21".into()),
                    ("ground", "Frivolous".into()),
                    ("mediator", "Maria Mediator".into()),
                    ("side", "consumer".into()),
                    ("centre", "Concilia ADR Centre".into()),
                    ("fee", "10.00 EUR".into()),
                    ("min", "10.00 EUR".into()),
                    ("max", "5,000.00 EUR".into()),
                    ("size", "1,024".into()),
                    ("mb", minutes.into()),
                    ("date", "2026-11-23 10:00".into()),
                    ("reason", "A third person's address".into()),
                    ("zone", "Europe/Tallinn".into()),
                    ("amount", "120.00 EUR".into()),
                    ("what", "Repair".into()),
                    ("side", "trader".into()),
                    ("rounds", 3i64.into()),
                    ("currency", "EUR".into()),
                    ("sha256", "ab12".into()),
                    ("local", "2026-11-23 12:00".into()),
                    ("from", "2026-11-23".into()),
                    ("to", "2026-11-29".into()),
                    ("yours", "no".into()),
                    // The history's sentences (`history-*`).
                    ("who", "person".into()),
                    ("actor", "Ana".into()),
                    ("kind", "payment".into()),
                    ("action", "Repair".into()),
                    ("decision", "confirm".into()),
                    ("of", "offer".into()),
                    ("outcome", "met".into()),
                    ("round", minutes.into()),
                    ("upheld", "yes".into()),
                    ("direction", "incoming".into()),
                    ("member", "Rita Rep".into()),
                    ("capacity", "representative".into()),
                    ("linked", "ADR-2026-000007".into()),
                    ("starts", "2026-12-04 10:30".into()),
                    ("answer", "attend".into()),
                    ("known", "yes".into()),
                    ("title", "Receipt".into()),
                ];
                let text = try_t_args(lang, id, &args)
                    .unwrap_or_else(|| panic!("{lang}: {id} does not format"));
                assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{lang}: {id}: {text}"
                );
            }
        }
    }
}
