//! The rules of the portal, free of HTTP: accounts, roles, the authorization policy,
//! session tokens and sign-in throttling.
pub mod accounts;
pub mod coded;
pub mod device;
pub mod email;
pub mod evidence;
pub mod organisations;
pub mod password;
pub mod policy;
pub mod roles;
pub mod session;
pub mod throttle;
pub mod tokens;
pub mod user_name;

pub use email::EmailAddress;
pub use password::Password;
pub use roles::Role;
pub use user_name::UserName;
pub mod cases;
pub mod country;
pub mod csv_safe;
pub mod dates;
pub mod money;
pub mod reports;
pub mod text;
pub mod training;
pub mod working_days;
