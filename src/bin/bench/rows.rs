//! Insertable rows for the tables whose model has optional columns. Diesel writes a `None`
//! of a model's optional field as `DEFAULT`, which SQLite cannot take in a multi-row
//! `INSERT`, so diesel would send one statement per row there. These rows say `NULL`
//! instead (`treat_none_as_null`); the columns are the schema's, so they stay type-checked.
use chrono::NaiveDateTime;
use concilia::db::models::{CaseDocument, CaseEvent, User};
use concilia::db::schema::{case_documents, case_events, users};
use concilia::domain::Role;
use concilia::domain::cases::codes::{Audience, EventKind};
use diesel::Insertable;

#[derive(Insertable)]
#[diesel(table_name = users, treat_none_as_null = true)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub role: Role,
    pub organisation_id: Option<String>,
    pub language: String,
    pub email_verified_at: Option<NaiveDateTime>,
    pub token_version: i32,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub time_zone: String,
}

impl From<User> for UserRow {
    fn from(u: User) -> Self {
        UserRow {
            id: u.id,
            email: u.email,
            name: u.name,
            password_hash: u.password_hash,
            role: u.role,
            organisation_id: u.organisation_id,
            language: u.language,
            email_verified_at: u.email_verified_at,
            token_version: u.token_version,
            disabled_at: u.disabled_at,
            created_at: u.created_at,
            updated_at: u.updated_at,
            time_zone: u.time_zone,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = case_events, treat_none_as_null = true)]
pub struct EventRow {
    pub case_id: String,
    pub seq: i32,
    pub at: NaiveDateTime,
    pub actor_id: Option<String>,
    pub kind: EventKind,
    pub data: String,
    pub prev_hash: String,
    pub hash: String,
}

impl From<CaseEvent> for EventRow {
    fn from(e: CaseEvent) -> Self {
        EventRow {
            case_id: e.case_id,
            seq: e.seq,
            at: e.at,
            actor_id: e.actor_id,
            kind: e.kind,
            data: e.data,
            prev_hash: e.prev_hash,
            hash: e.hash,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = case_documents, treat_none_as_null = true)]
pub struct DocumentRow {
    pub id: String,
    pub case_id: String,
    pub uploader_id: String,
    pub audience: Audience,
    pub title: String,
    pub description: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
    pub created_at: NaiveDateTime,
    pub redacted_at: Option<NaiveDateTime>,
    pub redacted_by: Option<String>,
    pub redaction_reason: Option<String>,
}

impl From<CaseDocument> for DocumentRow {
    fn from(d: CaseDocument) -> Self {
        DocumentRow {
            id: d.id,
            case_id: d.case_id,
            uploader_id: d.uploader_id,
            audience: d.audience,
            title: d.title,
            description: d.description,
            file_name: d.file_name,
            content_type: d.content_type,
            size_bytes: d.size_bytes,
            sha256: d.sha256,
            storage_key: d.storage_key,
            created_at: d.created_at,
            redacted_at: d.redacted_at,
            redacted_by: d.redacted_by,
            redaction_reason: d.redaction_reason,
        }
    }
}
