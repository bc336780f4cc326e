//! The two migration folders describe one schema. Both must hold the same migrations, each
//! with `up.sql` and `down.sql`, and each pair of files must say the same thing token by
//! token (whitespace, `--` comments and the case of words do not count), apart from the
//! few things the two dialects write differently, which `kind` sets aside:
//!
//! - Triggers. SQLite writes the action inline (`BEGIN SELECT RAISE(ABORT, ...); END`), one
//!   trigger per event; PostgreSQL calls a plpgsql function and may guard `UPDATE OR
//!   DELETE` in one trigger. What is compared is which events of which table each file
//!   guards, not the names or the bodies. Dropping a trigger is not compared: the names
//!   differ, and a dropped table takes its triggers on both backends.
//! - PostgreSQL's trigger functions (`CREATE FUNCTION`, `DROP FUNCTION`), which SQLite does
//!   not have.
//! - The staff search's trigram index: `CREATE EXTENSION` and an index with an access method
//!   (`CREATE INDEX ... USING gin`) exist on PostgreSQL only; SQLite scans.
//!
//! The column types need no mapping: both folders spell them the same (`BOOLEAN`,
//! `TIMESTAMP`, `BIGINT`, ...), which SQLite accepts and diesel reads back as the same types.
//! Whether the migrations give what `schema.rs` says is checked by `.ci/schema-drift`.
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A word, a literal or a punctuation mark, with the line it starts on.
#[derive(Debug, Clone)]
struct Token {
    text: String,
    line: usize,
}

impl Token {
    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

fn tokens(sql: &str) -> Vec<Token> {
    let chars: Vec<char> = sql.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start_line = line;
        let start = i;
        if c == '\n' {
            line += 1;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '-' && chars.get(i + 1) == Some(&'-') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '\'' || c == '"' {
            // A string or a quoted name; a doubled quote inside does not end it.
            i += 1;
            while i < chars.len() {
                if chars[i] == c && chars.get(i + 1) == Some(&c) {
                    i += 2;
                } else if chars[i] == c {
                    i += 1;
                    break;
                } else {
                    i += 1;
                }
            }
        } else if c == '$' && chars.get(i + 1) == Some(&'$') {
            // A PostgreSQL dollar-quoted body: one token up to the closing `$$`.
            i += 2;
            while i < chars.len() && !(chars[i] == '$' && chars.get(i + 1) == Some(&'$')) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
        } else if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
        let text: String = chars[start..i].iter().collect();
        line += text.matches('\n').count();
        out.push(Token {
            text,
            line: start_line,
        });
    }
    out
}

/// Splits at `;`, except inside a SQLite trigger's `BEGIN ... END`.
fn statements(tokens: Vec<Token>) -> Vec<Vec<Token>> {
    let mut out = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut in_body = false;
    for t in tokens {
        let is_trigger = starts_with(&current, &["CREATE", "TRIGGER"]);
        if is_trigger && t.is("BEGIN") {
            in_body = true;
        } else if in_body && t.is("END") {
            in_body = false;
        }
        let ends = t.text == ";" && !in_body;
        current.push(t);
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn starts_with(statement: &[Token], words: &[&str]) -> bool {
    statement.len() >= words.len() && statement.iter().zip(words).all(|(t, w)| t.is(w))
}

/// How a statement is compared.
enum Kind {
    /// Token by token against the other file.
    Compared,
    /// Reduced to the events it guards.
    Trigger,
    /// Not compared: written differently or present on one backend only (module comment).
    Skipped,
}

fn kind(statement: &[Token], backend: &str) -> Kind {
    if starts_with(statement, &["CREATE", "TRIGGER"]) {
        return Kind::Trigger;
    }
    if starts_with(statement, &["DROP", "TRIGGER"]) {
        return Kind::Skipped;
    }
    if backend == "postgres" {
        let index_with_method =
            starts_with(statement, &["CREATE", "INDEX"]) && statement.iter().any(|t| t.is("USING"));
        if starts_with(statement, &["CREATE", "FUNCTION"])
            || starts_with(statement, &["DROP", "FUNCTION"])
            || starts_with(statement, &["CREATE", "EXTENSION"])
            || index_with_method
        {
            return Kind::Skipped;
        }
    }
    Kind::Compared
}

/// One event of one table that a trigger guards.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Guard {
    table: String,
    timing: String,
    event: String,
}

/// The events a `CREATE TRIGGER` guards, each with the statement's line:
/// `CREATE TRIGGER name BEFORE|AFTER|INSTEAD OF event [OF columns] [OR event ...] ON table`.
fn guarded(statement: &[Token]) -> Vec<(Guard, usize)> {
    let line = statement[0].line;
    let words: Vec<String> = statement
        .iter()
        .map(|t| t.text.to_ascii_uppercase())
        .collect();
    let on = words.iter().position(|w| w == "ON");
    let timing = words
        .iter()
        .position(|w| ["BEFORE", "AFTER", "INSTEAD"].contains(&w.as_str()));
    let (Some(on), Some(timing)) = (on, timing.filter(|&t| Some(t) < on)) else {
        // Not a shape this test reads: it stands for itself and matches nothing.
        let unread = Guard {
            table: String::new(),
            timing: String::new(),
            event: words.join(" "),
        };
        return vec![(unread, line)];
    };
    let table = words
        .get(on + 1)
        .cloned()
        .unwrap_or_default()
        .to_lowercase();
    let first_event = if words[timing] == "INSTEAD" {
        timing + 2
    } else {
        timing + 1
    };
    let mut events = Vec::new();
    let mut expect_event = true;
    for w in words.get(first_event..on).unwrap_or_default() {
        if expect_event {
            events.push(w.clone());
            expect_event = false;
        } else if w == "OR" {
            expect_event = true;
        }
    }
    events
        .into_iter()
        .map(|event| {
            let guard = Guard {
                table: table.clone(),
                timing: words[timing].clone(),
                event,
            };
            (guard, line)
        })
        .collect()
}

/// What one file says: the statements compared token by token, and the events its
/// triggers guard.
struct Parsed {
    compared: Vec<Token>,
    guards: Vec<(Guard, usize)>,
}

fn parse(sql: &str, backend: &str) -> Parsed {
    let mut compared = Vec::new();
    let mut guards = Vec::new();
    for statement in statements(tokens(sql)) {
        match kind(&statement, backend) {
            Kind::Compared => compared.extend(statement),
            Kind::Trigger => guards.extend(guarded(&statement)),
            Kind::Skipped => {}
        }
    }
    Parsed { compared, guards }
}

/// Words are compared without case, as SQL reads them; strings and quoted names exactly.
fn same(a: &Token, b: &Token) -> bool {
    let quoted = |t: &Token| t.text.starts_with(['\'', '"', '$']);
    if quoted(a) || quoted(b) {
        a.text == b.text
    } else {
        a.text.eq_ignore_ascii_case(&b.text)
    }
}

/// The first difference between the SQLite and the PostgreSQL text of one migration file,
/// naming both files and lines; `None` when they say the same.
fn first_difference(sqlite: (&str, &str), postgres: (&str, &str)) -> Option<String> {
    let (s_name, s_sql) = sqlite;
    let (p_name, p_sql) = postgres;
    let s = parse(s_sql, "sqlite");
    let p = parse(p_sql, "postgres");
    let end = |name: &str, tokens: &[Token]| match tokens.last() {
        Some(t) => format!("{name} ends after line {}", t.line),
        None => format!("{name} has no compared statement"),
    };
    for i in 0.. {
        match (s.compared.get(i), p.compared.get(i)) {
            (None, None) => break,
            (Some(a), Some(b)) if same(a, b) => {}
            (Some(a), Some(b)) => {
                return Some(format!(
                    "{s_name}:{} has `{}` where {p_name}:{} has `{}`",
                    a.line, a.text, b.line, b.text
                ));
            }
            (Some(a), None) => {
                let rest = end(p_name, &p.compared);
                return Some(format!(
                    "{s_name}:{} goes on with `{}`, {rest}",
                    a.line, a.text
                ));
            }
            (None, Some(b)) => {
                let rest = end(s_name, &s.compared);
                return Some(format!(
                    "{p_name}:{} goes on with `{}`, {rest}",
                    b.line, b.text
                ));
            }
        }
    }
    let set = |guards: &[(Guard, usize)]| -> BTreeSet<Guard> {
        guards.iter().map(|(g, _)| g.clone()).collect()
    };
    let sides = [
        (s_name, &s.guards, p_name, set(&p.guards)),
        (p_name, &p.guards, s_name, set(&s.guards)),
    ];
    for (name, guards, other, others) in sides {
        if let Some((g, line)) = guards.iter().find(|(g, _)| !others.contains(g)) {
            return Some(format!(
                "{name}:{line} has a trigger {} {} ON {}, {other} has none",
                g.timing, g.event, g.table
            ));
        }
    }
    None
}

fn migration_names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Every problem with the two folders, one line each.
fn problems(root: &Path) -> Vec<String> {
    let dir = |backend: &str| root.join("migrations").join(backend);
    let (sqlite, postgres) = (
        migration_names(&dir("sqlite")),
        migration_names(&dir("postgres")),
    );
    let mut out = Vec::new();
    for name in sqlite.symmetric_difference(&postgres) {
        let (has, lacks) = if sqlite.contains(name) {
            ("sqlite", "postgres")
        } else {
            ("postgres", "sqlite")
        };
        out.push(format!(
            "migrations/{has}/{name} has no twin in migrations/{lacks}"
        ));
    }
    for name in sqlite.intersection(&postgres) {
        for file in ["up.sql", "down.sql"] {
            let read = |backend: &str| -> Result<(String, String), String> {
                let rel = format!("migrations/{backend}/{name}/{file}");
                let path: PathBuf = root.join(&rel);
                std::fs::read_to_string(&path)
                    .map(|sql| (rel.clone(), sql))
                    .map_err(|e| format!("{rel}: {e}"))
            };
            match (read("sqlite"), read("postgres")) {
                (Ok((s_name, s_sql)), Ok((p_name, p_sql))) => {
                    if let Some(d) = first_difference((&s_name, &s_sql), (&p_name, &p_sql)) {
                        out.push(d);
                    }
                }
                (s, p) => out.extend(s.err().into_iter().chain(p.err())),
            }
        }
    }
    out
}

#[test]
fn both_migration_folders_hold_the_same_migrations_saying_the_same() {
    let problems = problems(Path::new(env!("CARGO_MANIFEST_DIR")));
    let mut report = String::new();
    for p in &problems {
        writeln!(report, "  {p}").unwrap();
    }
    assert!(
        problems.is_empty(),
        "the migration folders differ beyond the known dialect differences:\n{report}"
    );
}

#[test]
fn the_known_dialect_differences_are_not_differences() {
    let sqlite = "CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL); -- a note\n\
        CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n\
        BEGIN SELECT RAISE(ABORT, 'no'); END;\n\
        CREATE TRIGGER t_no_delete BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END;";
    let postgres = "create table t (\n  id text primary key not null\n);\n\
        CREATE EXTENSION IF NOT EXISTS pg_trgm;\n\
        CREATE INDEX t_search ON t USING gin (id gin_trgm_ops);\n\
        CREATE FUNCTION t_fixed() RETURNS trigger LANGUAGE plpgsql AS $$\n\
        BEGIN RAISE EXCEPTION 'no; really'; END $$;\n\
        CREATE TRIGGER t_fixed BEFORE UPDATE OR DELETE ON t\n\
        FOR EACH ROW EXECUTE FUNCTION t_fixed();";
    assert_eq!(first_difference(("s", sqlite), ("p", postgres)), None);
}

#[test]
fn a_column_that_differs_is_reported_with_both_lines() {
    let sqlite = "CREATE TABLE t (\n    id TEXT NOT NULL,\n    n INTEGER NOT NULL\n);";
    let postgres = "CREATE TABLE t (\n    id TEXT NOT NULL,\n    n BIGINT NOT NULL\n);";
    assert_eq!(
        first_difference(("s.sql", sqlite), ("p.sql", postgres)).as_deref(),
        Some("s.sql:3 has `INTEGER` where p.sql:3 has `BIGINT`")
    );
}

#[test]
fn a_statement_on_one_side_only_is_reported() {
    let sqlite = "CREATE TABLE t (id TEXT);\nCREATE INDEX t_id ON t (id);";
    let postgres = "CREATE TABLE t (id TEXT);";
    assert_eq!(
        first_difference(("s.sql", sqlite), ("p.sql", postgres)).as_deref(),
        Some("s.sql:2 goes on with `CREATE`, p.sql ends after line 1")
    );
}

#[test]
fn a_trigger_on_one_side_only_is_reported() {
    let sqlite = "CREATE TRIGGER a BEFORE UPDATE ON t BEGIN SELECT RAISE(ABORT, 'no'); END;";
    let postgres = "CREATE TRIGGER a BEFORE UPDATE OR DELETE ON t \
        FOR EACH ROW EXECUTE FUNCTION f();";
    assert_eq!(
        first_difference(("s.sql", sqlite), ("p.sql", postgres)).as_deref(),
        Some("p.sql:1 has a trigger BEFORE DELETE ON t, s.sql has none")
    );
}

#[test]
fn a_migration_without_its_twin_or_a_file_is_reported() {
    let root = std::env::temp_dir().join(format!("concilia-pairs-{}", uuid::Uuid::new_v4()));
    let files: [(&str, &[&str]); 2] = [
        ("sqlite", &["up.sql", "down.sql"]),
        ("postgres", &["up.sql"]),
    ];
    for (backend, files) in files {
        let dir = root
            .join("migrations")
            .join(backend)
            .join("2026-01-01-000001_a");
        std::fs::create_dir_all(&dir).unwrap();
        for f in files {
            std::fs::write(dir.join(f), "SELECT 1;").unwrap();
        }
    }
    std::fs::create_dir_all(root.join("migrations/postgres/2026-01-02-000002_b")).unwrap();
    let found = problems(&root);
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0],
        "migrations/postgres/2026-01-02-000002_b has no twin in migrations/sqlite"
    );
    assert!(
        found[1].starts_with("migrations/postgres/2026-01-01-000001_a/down.sql: "),
        "{}",
        found[1]
    );
}
