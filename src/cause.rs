//! What an internal error keeps for the log: the error that caused it, and the line of ours
//! where it became one of our errors. People are only ever told that something went wrong
//! (`web::error`); the log gets the whole chain (`Report`).
use std::error::Error;
use std::fmt;
use std::panic::Location;

type BoxError = Box<dyn Error + Send + Sync + 'static>;

/// The cause of an internal error, with where it was taken in. It stands in the chain of
/// sources as the error it wraps (same message, same sources), so a chain printed by anyone
/// reads as if it were not there; `Report` finds it to name the place.
///
/// Built with `#[track_caller]`: from a `?` through a `From` that is `#[track_caller]`, the
/// place is the line of the `?`. Through a function passed by name (`map_err(Cause::new)`)
/// the place would be inside the standard library, so call it in a closure.
pub struct Cause {
    source: BoxError,
    at: &'static Location<'static>,
}

impl Cause {
    #[track_caller]
    pub fn new(source: impl Into<BoxError>) -> Cause {
        Cause {
            source: source.into(),
            at: Location::caller(),
        }
    }

    /// The same cause with what was being done said before it ("case notice accepted: ...").
    #[track_caller]
    pub fn context(self, what: impl fmt::Display) -> Cause {
        Cause::new(Context {
            what: what.to_string(),
            source: self,
        })
    }

    pub fn at(&self) -> &'static Location<'static> {
        self.at
    }
}

impl fmt::Debug for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} at {}", self.source, self.at)
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.source.fmt(f)
    }
}

impl Error for Cause {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.source()
    }
}

/// A message with no error under it ("no state", "address of user x does not parse").
impl From<&str> for Cause {
    #[track_caller]
    fn from(message: &str) -> Cause {
        Cause::new(message)
    }
}

impl From<String> for Cause {
    #[track_caller]
    fn from(message: String) -> Cause {
        Cause::new(message)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{what}")]
struct Context {
    what: String,
    #[source]
    source: Cause,
}

/// An error with its whole chain of sources, for the log: `Display` gives the messages
/// joined by ": ", outermost first; `places` the lines where causes were taken in.
pub struct Report<'a>(pub &'a (dyn Error + 'static));

impl Report<'_> {
    /// Where each cause in the chain was taken in, innermost (nearest the failure) first.
    pub fn places(&self) -> String {
        let mut places: Vec<String> = chain(self.0)
            .filter_map(|e| e.downcast_ref::<Cause>())
            .map(|c| c.at.to_string())
            .collect();
        places.reverse();
        places.join(" < ")
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in chain(self.0).enumerate() {
            if i > 0 {
                f.write_str(": ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

fn chain<'a>(e: &'a (dyn Error + 'static)) -> impl Iterator<Item = &'a (dyn Error + 'static)> {
    std::iter::successors(Some(e), |e: &&'a (dyn Error + 'static)| (*e).source())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    enum Outer {
        #[error("could not save")]
        Save(#[source] Cause),
    }

    fn failing_io() -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::PermissionDenied, "disk says no")
    }

    #[test]
    fn a_report_gives_every_message_once_and_where_each_cause_was_taken_in() {
        let inner = Cause::new(failing_io());
        let inner_line = line!() - 1;
        let outer = Outer::Save(inner.context("the receipt"));
        let outer_line = line!() - 1;

        let report = Report(&outer);

        assert_eq!(
            report.to_string(),
            "could not save: the receipt: disk says no"
        );
        let places: Vec<String> = report.places().split(" < ").map(str::to_string).collect();
        assert_eq!(places.len(), 2, "{places:?}");
        assert!(places[0].starts_with(&format!("src/cause.rs:{inner_line}:")));
        assert!(places[1].starts_with(&format!("src/cause.rs:{outer_line}:")));
    }

    #[test]
    fn a_message_taken_in_with_into_names_the_line_that_did_it() {
        let cause: Cause = "no state".into();
        assert_eq!(cause.at().line(), line!() - 1);
        assert_eq!(cause.to_string(), "no state");
        assert!(cause.source().is_none());
    }
}
