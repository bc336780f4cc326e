//! How coded values (`domain::coded`) are stored: as their text, in a `Text` column, on every
//! backend (including the multi-backend connection), so the database keeps exactly the words
//! it held when these were strings. A stored word no variant matches fails the load with an
//! error naming the columns and the value, never a silent default.

macro_rules! stored_as_text {
    ($t:ty) => {
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $t
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let text =
                    <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(
                        bytes,
                    )?;
                Ok(<$t>::parse_stored(&text)?)
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $t
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    self.as_str(),
                    out,
                )
            }
        }
    };
}
pub(crate) use stored_as_text;

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;

use crate::domain::cases::codes::OrBlank;
use crate::domain::coded::Coded;

impl<T, DB> FromSql<Text, DB> for OrBlank<T>
where
    T: Coded + std::fmt::Debug,
    DB: Backend,
    String: FromSql<Text, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
        let text = <String as FromSql<Text, DB>>::from_sql(bytes)?;
        if text.is_empty() {
            return Ok(OrBlank(None));
        }
        Ok(OrBlank(Some(T::from_stored(&text)?)))
    }
}

impl<T, DB> ToSql<Text, DB> for OrBlank<T>
where
    T: Coded + std::fmt::Debug,
    DB: Backend,
    str: ToSql<Text, DB>,
{
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
        <str as ToSql<Text, DB>>::to_sql(self.0.map_or("", |v| v.stored()), out)
    }
}
