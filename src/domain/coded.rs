//! Coded values: the closed lists of words the database stores (states, roles, sides,
//! audiences, statuses, ...). Each is an enum declared with `coded!`, which gives it
//! - `as_str`/`parse`: the text stored in the database, unchanged from when it was a string;
//! - `ALL`, `Display`, `FromStr`;
//! - serde as its stable snake_case API name (the variant's name), the same for every value;
//! - `label_id`: the message id a person reads it through (`<prefix>-<value>`), when it has
//!   one;
//! - its diesel mapping to a `Text` column on both backends (`db::coded`), where a stored text
//!   that no variant matches is a load error naming the columns and the value.
//!
//! No other code spells these words: compare enums, never strings.

/// A text that is not one of a coded value's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value {value:?} for {kind} (stored in {columns})")]
pub struct UnknownValue {
    pub kind: &'static str,
    pub columns: &'static str,
    pub value: String,
}

/// What every coded value can do, for code that works on any of them.
pub trait Coded: Copy + 'static {
    fn stored(self) -> &'static str;
    fn from_stored(s: &str) -> Result<Self, UnknownValue>;
}

macro_rules! coded {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident in $columns:literal $(, label $prefix:literal)? {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[serde(rename_all = "snake_case")]
        #[diesel(sql_type = diesel::sql_types::Text)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            pub const ALL: [$name; <[&str]>::len(&[$($text),+])] = [$($name::$variant),+];
            /// Where it is stored, for the load error of a value no variant matches.
            pub const COLUMNS: &'static str = $columns;

            /// The text stored in the database.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The value, or the error that names it and where it came from.
            pub fn parse_stored(s: &str) -> Result<$name, $crate::domain::coded::UnknownValue> {
                $name::parse(s).ok_or_else(|| $crate::domain::coded::UnknownValue {
                    kind: stringify!($name),
                    columns: $columns,
                    value: s.to_string(),
                })
            }

            $(
            /// The message id a person reads this value through.
            pub fn label_id(self) -> String {
                format!("{}-{}", $prefix, self.as_str().replace('_', "-"))
            }
            )?
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::domain::coded::Coded for $name {
            fn stored(self) -> &'static str {
                self.as_str()
            }
            fn from_stored(s: &str) -> Result<Self, $crate::domain::coded::UnknownValue> {
                $name::parse_stored(s)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::coded::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::parse_stored(s)
            }
        }

        $crate::db::coded::stored_as_text!($name);
    };
}
pub(crate) use coded;

/// Checks one coded type: every value round-trips through its stored text and its API name,
/// and the API name is snake_case.
#[cfg(test)]
pub(crate) fn assert_round_trips<T>(
    all: &[T],
    as_str: fn(T) -> &'static str,
    parse: fn(&str) -> Option<T>,
) where
    T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
{
    let mut stored = std::collections::HashSet::new();
    let mut api = std::collections::HashSet::new();
    for &v in all {
        assert_eq!(
            parse(as_str(v)),
            Some(v),
            "{v:?} does not parse back from its stored text"
        );
        let name = serde_json::to_value(v).unwrap();
        let name = name.as_str().expect("an API name is a string").to_string();
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{v:?} has API name {name:?}, not snake_case"
        );
        assert_eq!(
            serde_json::from_value::<T>(serde_json::Value::String(name.clone())).unwrap(),
            v
        );
        assert!(stored.insert(as_str(v)), "two values store {:?}", as_str(v));
        assert!(api.insert(name), "two values share an API name");
    }
}

/// serde for an optional coded value kept as an empty text when there is none, so JSON
/// stored before it was typed reads back the same (`"action": ""`).
pub mod blank_as_none {
    use super::Coded;

    pub fn serialize<T: Coded, S: serde::Serializer>(
        v: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(v.map_or("", |v| v.stored()))
    }

    pub fn deserialize<'de, T: Coded, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(d)?;
        if text.is_empty() {
            return Ok(None);
        }
        T::from_stored(&text)
            .map(Some)
            .map_err(serde::de::Error::custom)
    }
}
