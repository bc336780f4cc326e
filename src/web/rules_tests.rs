//! Rules live in `domain`: a handler asks the access policy, the lifecycle or a domain
//! function, and never compares a role or a state itself. This test reads every file under
//! `src/web` and fails on a comparison or a match of `Role::`, `CaseRole::` or `State::`, or
//! of a `role`/`state` value. Naming a constant as an argument is fine: only comparisons and
//! patterns are rules.
use std::path::{Path, PathBuf};

/// What may stay, and why: (file ending, text on the line).
const ALLOWED: &[(&str, &str)] = &[];

const CODED: &[&str] = &["CaseRole::", "Role::", "State::"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/web is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The line without its `//` comment.
fn code(line: &str) -> &str {
    line.find("//").map_or(line, |i| &line[..i])
}

/// Where `needle` starts as a whole path segment (not the tail of a longer name).
fn occurrences<'a>(line: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    line.match_indices(needle)
        .map(|(i, _)| i)
        .filter(move |&i| !line[..i].ends_with(is_ident) && !line[..i].ends_with("::"))
}

fn compares_before(before: &str) -> bool {
    let b = before.trim_end();
    b.ends_with("==") || b.ends_with("!=")
}

/// After a coded value: a comparison, an or-pattern, a guard or a match arm.
fn compares_or_matches_after(after: &str) -> bool {
    let rest = after.trim_start_matches(is_ident);
    let rest = match rest.chars().next() {
        Some('(') | Some('{') => rest.find([')', '}']).map_or(rest, |i| &rest[i + 1..]),
        _ => rest,
    };
    let rest = rest.trim_start();
    if rest.starts_with("==") || rest.starts_with("!=") || rest.starts_with("if ") {
        return true;
    }
    if rest.starts_with('|') && !rest.starts_with("||") {
        return true;
    }
    // A match arm, also inside a tuple pattern: `(Role::X, Some(id)) =>`.
    match rest.find("=>") {
        Some(i) => !rest[..i].contains('=') && !rest[..i].contains(';'),
        None => false,
    }
}

/// `role ==`, `user.role() !=`, `x == file.role`, `.state ==`, ...
fn compares_field(line: &str) -> bool {
    for name in ["role", "state"] {
        for (i, _) in line.match_indices(name) {
            let before = &line[..i];
            let after = &line[i + name.len()..];
            if before.ends_with(is_ident) || after.starts_with(is_ident) {
                continue;
            }
            let after = after.strip_prefix("()").unwrap_or(after).trim_start();
            if after.starts_with("==") || after.starts_with("!=") {
                return true;
            }
            let path_start = before
                .trim_end_matches(|c: char| is_ident(c) || c == '.' || c == '&' || c == '*')
                .trim_end();
            if compares_before(path_start) {
                return true;
            }
        }
    }
    false
}

/// The text of each `matches!(...)`, across lines.
fn matches_macros(text: &str) -> Vec<&str> {
    let mut found = vec![];
    for (start, _) in text.match_indices("matches!(") {
        let body = &text[start + "matches!(".len()..];
        let mut depth = 1;
        for (i, c) in body.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                found.push(&body[..i]);
                break;
            }
        }
    }
    found
}

/// The rules a file's code states itself, as "line: text".
fn offences(text: &str) -> Vec<String> {
    let mut found = vec![];
    let code_only: String = text.lines().map(|l| format!("{}\n", code(l))).collect();
    for m in matches_macros(&code_only) {
        if CODED.iter().any(|c| m.contains(c)) || compares_field(m) {
            found.push(format!("matches!({})", m.trim()));
        }
    }
    for (n, line) in code_only.lines().enumerate() {
        let trimmed = line.trim_start();
        let binds = ["let ", "if let ", "while let ", "} else if let "]
            .iter()
            .any(|p| trimmed.starts_with(p));
        let rule = compares_field(line)
            || CODED.iter().any(|needle| {
                occurrences(line, needle).any(|i| {
                    compares_before(&line[..i])
                        || compares_or_matches_after(&line[i + needle.len()..])
                        || (binds && line[i..].contains('=') && !line[..i].contains('='))
                })
            });
        if rule {
            found.push(format!("{}: {}", n + 1, line.trim()));
        }
    }
    found
}

#[test]
fn handlers_compare_no_role_and_no_state() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut files = vec![];
    rust_files(&root, &mut files);
    assert!(files.len() > 20, "found the handlers under {root:?}");
    let mut all = vec![];
    for path in files {
        if path.ends_with("rules_tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a readable source file");
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        for o in offences(&text) {
            let allowed = ALLOWED
                .iter()
                .any(|(file, line)| name.ends_with(file) && o.contains(line));
            if !allowed {
                all.push(format!("src/web/{name}:{o}"));
            }
        }
    }
    assert!(
        all.is_empty(),
        "a handler decides a rule itself; ask access, policy, lifecycle or the domain:\n{}",
        all.join("\n")
    );
}

#[test]
fn comparisons_and_patterns_are_found() {
    for rule in [
        "if user.0.role != Role::Mediator {",
        "let staff = user.role() == Role::Admin;",
        "if file.case.state == State::Draft {",
        "if x && case.state\n    == State::Draft {",
        "    Role::Admin => Scope::All,",
        "    (Role::TraderUser, Some(id)) => {",
        "    CaseRole::Consumer | CaseRole::Trader => true,",
        "    State::Submitted if late => true,",
        "if !matches!(file.role, CaseRole::Consumer | CaseRole::Trader) {",
        "let ok = matches!(\n    state,\n    State::Submitted | State::Complete\n);",
        ".filter(|s| **s != State::Draft)",
        "if role == wanted {",
        "if mine == file.role {",
        "let Role::Admin = user.role() else { return };",
    ] {
        assert!(!offences(rule).is_empty(), "not found: {rule}");
    }
}

#[test]
fn naming_a_coded_value_is_not_a_rule() {
    for fine in [
        "db::users::active_with_role(c, Role::Mediator)?,",
        "role: Role::TraderUser,",
        "state: nonempty(&q.state).and_then(|s| State::parse(&s)),",
        "let states = State::ALL.iter();",
        "role => user.role().as_str(),",
        "match accounts::invite(&page.state, &user.actor(), input).await {",
        "// if role == Role::Admin, say so",
        "state => i18n::t(&page.lang, &c.state.label_id()),",
        "let ok = matches!(form.kind, Kind::Letter);",
    ] {
        assert_eq!(offences(fine), Vec::<String>::new(), "{fine}");
    }
}

/// A template compares no role and no state either: what a page offers comes from the
/// access policy (`policy::menu`, the next step, the allowed steps) as a yes or no.
#[test]
fn templates_compare_no_role_and_no_state() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut files = vec![];
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("templates are readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "html" || e == "j2") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "found the templates under {root:?}");
    let mut all = vec![];
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a readable template");
        for (n, line) in text.lines().enumerate() {
            if compares_field(line) {
                all.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        all.is_empty(),
        "a template decides a rule itself; pass what the policy says:\n{}",
        all.join("\n")
    );
}
