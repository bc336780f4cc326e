//! The shared case file: messages and documents. Who sees and adds what is decided in
//! `access` (visible_audiences, may_add); this module applies it and records.
use serde::Serialize;

use super::access;
use super::codes::{Audience, Side};
use super::{CaseError, CaseResult, in_transaction, notify, state_of};
use crate::db::models::{Case, CaseDocument, CaseMessage};
use crate::db::{self, DbConn, new_id, now};
use crate::domain::policy::Actor;
use crate::mail::Mailer;
use crate::state::AppState;

pub const MAX_MESSAGE_CHARS: usize = 20_000;

/// Checks a message's text: not empty, not too long, no control characters but line breaks
/// and tabs.
pub fn message_text(body: &str) -> Result<String, &'static str> {
    let body = body.replace("\r\n", "\n");
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return Err("error-required");
    }
    if trimmed.chars().count() > MAX_MESSAGE_CHARS {
        return Err("error-message-too-long");
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err("error-invalid-characters");
    }
    Ok(trimmed.to_string())
}

/// Everyone who should hear of something added for `audience`, except its author.
fn audience_of(
    conn: &mut DbConn,
    case: &Case,
    audience: Audience,
    author: &str,
) -> CaseResult<Vec<notify::Recipient>> {
    let mut to = match audience.caucus_side() {
        Some(Side::Consumer) => notify::consumer_side(conn, case)?,
        Some(Side::Trader) => notify::trader_side(conn, case)?,
        None => notify::both_sides(conn, case)?,
    };
    if case.mediator_confirmed_at.is_some() {
        to.extend(notify::mediator(conn, case)?);
    }
    // Before acceptance the trader is not part of the case yet: `trader_side` is empty.
    to.retain(|r| r.user_id.as_deref() != Some(author));
    Ok(to)
}

/// The case, and the audience as typed once it names one this person may add for.
fn check_may_add(
    conn: &mut DbConn,
    actor: &Actor,
    case_id: &str,
    audience: &str,
) -> CaseResult<(Case, Audience)> {
    if let Some(draft) = db::cases::find(conn, case_id)?.filter(|c| c.state.is_draft()) {
        // Evidence added while filing: only by whoever files the draft, and shared with
        // everyone on the case once it is filed.
        let case = super::filing::draft_for(conn, actor, &draft.id)?;
        return match Audience::parse(audience) {
            Some(Audience::Everyone) => Ok((case, Audience::Everyone)),
            _ => Err(CaseError::Invalid(vec![(
                "audience",
                "error-choice-unknown",
            )])),
        };
    }
    let (case, role) = access::load(conn, actor, case_id)?;
    let Some(audience) = Audience::parse(audience) else {
        return Err(CaseError::Invalid(vec![(
            "audience",
            "error-choice-unknown",
        )]));
    };
    if !access::may_add(
        role,
        state_of(&case),
        audience,
        case.mediator_confirmed_at.is_some(),
    ) {
        return Err(if access::visible_audiences(role).is_empty() {
            CaseError::NotFound
        } else if state_of(&case).is_closed() {
            // Why, not a state: the case may have ended in any of the closed states.
            CaseError::WrongState("closed")
        } else {
            CaseError::Denied
        });
    }
    Ok((case, audience))
}

pub async fn post_message(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    audience: String,
    body: String,
) -> CaseResult<CaseMessage> {
    let actor = actor.clone();
    let mailer = app.mailer.clone();
    let days = app.config.centre.comment_days.to_string();
    // The person's right comes first, so a stranger learns nothing from a validation error.
    in_transaction(&app.pool, move |c| {
        let (case, audience) = check_may_add(c, &actor, &case_id, &audience)?;
        let body = message_text(&body).map_err(|e| CaseError::Invalid(vec![("body", e)]))?;
        let message = CaseMessage {
            id: new_id(),
            case_id: case.id.clone(),
            author_id: actor.user_id.clone(),
            audience,
            body,
            created_at: now(),
        };
        db::case_file::insert_message(c, &message)?;
        db::case_file::mark_read(c, &case.id, &actor.user_id, message.created_at)?;
        let to = audience_of(c, &case, audience, &actor.user_id)?;
        // The email never carries the text: only that something waits, and the link.
        notify::send(c, &mailer, &to, &case, "message", &[("days", days)], None)?;
        Ok(message)
    })
    .await
}

/// What a case has room for: bytes, and documents.
#[derive(Debug, Clone, Copy)]
pub struct Allowance {
    pub bytes: i64,
    pub documents: i64,
}

/// Before reading an upload's body: may this person add a document here, and how much room
/// is left of the case's allowance.
pub async fn upload_allowance(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    audience: String,
) -> CaseResult<Allowance> {
    let actor = actor.clone();
    let max_bytes = app.config.case_upload_max_bytes as i64;
    let max_documents = app.config.case_documents_max;
    in_transaction(&app.pool, move |c| {
        let (case, _) = check_may_add(c, &actor, &case_id, &audience)?;
        Ok(Allowance {
            bytes: max_bytes - db::case_file::stored_bytes(c, &case.id)?,
            documents: max_documents - db::case_file::document_count(c, &case.id)?,
        })
    })
    .await
}

/// What the upload produced, to be recorded.
pub struct StoredFile {
    pub key: String,
    pub title: String,
    pub description: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
}

/// Records the stored files of one upload as documents of the case, all or none, checking
/// the right and the case's allowance again in the same transaction; one notice tells the
/// others. On error the caller deletes the stored files.
pub async fn record_documents(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    audience: String,
    files: Vec<StoredFile>,
) -> CaseResult<Vec<CaseDocument>> {
    let actor = actor.clone();
    let mailer: Mailer = app.mailer.clone();
    let max_bytes = app.config.case_upload_max_bytes as i64;
    let max_documents = app.config.case_documents_max;
    let days = app.config.centre.comment_days.to_string();
    in_transaction(&app.pool, move |c| {
        let (case, audience) = check_may_add(c, &actor, &case_id, &audience)?;
        let adding: i64 = files.iter().map(|f| f.size_bytes).sum();
        if db::case_file::stored_bytes(c, &case.id)? + adding > max_bytes {
            return Err(CaseError::Invalid(vec![("file", "error-case-files-full")]));
        }
        if db::case_file::document_count(c, &case.id)? + files.len() as i64 > max_documents {
            return Err(CaseError::Invalid(vec![(
                "file",
                "error-case-documents-full",
            )]));
        }
        let mut docs = Vec::with_capacity(files.len());
        for file in files {
            let doc = CaseDocument {
                id: new_id(),
                case_id: case.id.clone(),
                uploader_id: actor.user_id.clone(),
                audience,
                title: file.title,
                description: file.description,
                file_name: file.file_name,
                content_type: file.content_type,
                size_bytes: file.size_bytes,
                sha256: file.sha256,
                storage_key: file.key,
                created_at: now(),
                redacted_at: None,
                redacted_by: None,
                redaction_reason: None,
            };
            db::case_file::insert_document(c, &doc)?;
            docs.push(doc);
        }
        // Nobody else is on a draft yet: it is filed with its documents.
        if !case.state.is_draft() {
            let to = audience_of(c, &case, audience, &actor.user_id)?;
            notify::send(c, &mailer, &to, &case, "document", &[("days", days)], None)?;
        }
        Ok(docs)
    })
    .await
}

/// A document for download, if this person may see it; otherwise "not found".
pub async fn document_for(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    doc_id: String,
) -> CaseResult<CaseDocument> {
    let actor = actor.clone();
    in_transaction(&app.pool, move |c| {
        let case = db::cases::find(c, &case_id)?.ok_or(CaseError::NotFound)?;
        if case.state.is_draft() {
            // A draft's documents are for whoever files it, as the draft itself.
            let case = super::filing::draft_for(c, &actor, &case.id)?;
            return db::case_file::document(c, &case.id, &doc_id)?.ok_or(CaseError::NotFound);
        }
        let (case, role) = access::load(c, &actor, &case_id)?;
        let doc = db::case_file::document(c, &case.id, &doc_id)?.ok_or(CaseError::NotFound)?;
        if !access::visible_audiences(role).contains(&doc.audience) {
            return Err(CaseError::NotFound);
        }
        Ok(doc)
    })
    .await
}

/// The documents uploaded with a draft, for whoever files it.
pub async fn draft_documents(
    app: &AppState,
    actor: &Actor,
    case_id: String,
) -> CaseResult<Vec<CaseDocument>> {
    let actor = actor.clone();
    in_transaction(&app.pool, move |c| {
        let case = super::filing::draft_for(c, &actor, &case_id)?;
        Ok(db::case_file::documents(c, &case.id, &Audience::ALL)?)
    })
    .await
}

/// Takes a document off a draft before it is filed; returns its storage key, which the
/// caller deletes (left behind, the daily cleanup removes it, as nothing refers to it).
/// Once filed, documents are never removed.
pub async fn remove_draft_document(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    doc_id: String,
) -> CaseResult<String> {
    let actor = actor.clone();
    in_transaction(&app.pool, move |c| {
        let case = super::filing::draft_for(c, &actor, &case_id)?;
        let doc = db::case_file::document(c, &case.id, &doc_id)?.ok_or(CaseError::NotFound)?;
        db::case_file::delete_draft_document(c, &case.id, &doc.id)?;
        Ok(doc.storage_key)
    })
    .await
}

/// What the case page shows of the file, for this role: messages, documents, and which
/// messages arrived since the viewer's last visit (which this visit then marks read).
#[derive(Serialize)]
pub struct FileView {
    pub messages: Vec<CaseMessage>,
    pub documents: Vec<CaseDocument>,
    pub last_read: Option<chrono::NaiveDateTime>,
}

impl Serialize for CaseMessage {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("CaseMessage", 4)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("audience", &self.audience)?;
        st.serialize_field("body", &self.body)?;
        st.serialize_field("created_at", &self.created_at)?;
        st.end()
    }
}

impl Serialize for CaseDocument {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("CaseDocument", 6)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("audience", &self.audience)?;
        st.serialize_field("title", &self.title)?;
        st.serialize_field("file_name", &self.file_name)?;
        st.serialize_field("size_bytes", &self.size_bytes)?;
        st.serialize_field("sha256", &self.sha256)?;
        st.end()
    }
}

pub fn load_view(
    conn: &mut DbConn,
    case: &Case,
    role: super::lifecycle::CaseRole,
    user_id: &str,
    marks_read: bool,
) -> CaseResult<FileView> {
    let audiences = access::visible_audiences(role);
    let messages = db::case_file::messages(conn, &case.id, audiences)?;
    let documents = db::case_file::documents(conn, &case.id, audiences)?;
    let last_read = db::case_file::last_read(conn, &case.id, user_id)?;
    // A read marker that could not be saved only means a message shows as new once more:
    // it never costs the viewer the page.
    if marks_read
        && !audiences.is_empty()
        && let Err(e) = db::case_file::mark_read(conn, &case.id, user_id, now())
    {
        let e = crate::cause::Report(&e);
        tracing::warn!(case = %case.id, error = %e, at = %e.places(), "read marker not saved");
    }
    Ok(FileView {
        messages,
        documents,
        last_read,
    })
}

/// What the API lists of a case file, for this person: messages or documents in the
/// audiences their role sees, oldest first, a page after a cursor.
pub enum Listing {
    Messages(Vec<CaseMessage>),
    Documents(Vec<CaseDocument>),
}

pub async fn list(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    documents: bool,
    after: Option<(chrono::NaiveDateTime, String)>,
    limit: i64,
) -> CaseResult<Listing> {
    let actor = actor.clone();
    db::run(&app.pool, move |c| {
        let (case, role) = match access::load(c, &actor, &case_id) {
            Ok(v) => v,
            Err(CaseError::Db(e)) => return Err(e),
            Err(_) => return Err(db::DbError::NotFound),
        };
        let audiences = access::visible_audiences(role);
        Ok(if documents {
            Listing::Documents(db::case_file::documents_page(
                c, &case.id, audiences, after, limit,
            )?)
        } else {
            Listing::Messages(db::case_file::messages_page(
                c, &case.id, audiences, after, limit,
            )?)
        })
    })
    .await
    .map_err(|e| match e {
        db::DbError::NotFound => CaseError::NotFound,
        e => e.into(),
    })
}

/// The event kind a redaction leaves in the case's log.
pub const REDACTION_EVENT: super::codes::EventKind = super::codes::EventKind::DocumentRedacted;

/// What replaces a redacted document's content.
pub struct Replacement {
    pub file: StoredFile,
    pub reason: String,
}

/// Staff replace a document's content (personal data of a third party, say). The record
/// stays: who redacted it, when and why, and in the case's log the SHA-256 of the content
/// before and after. Returns the storage key of the old content, for the caller to delete
/// once this has committed.
pub async fn redact_document(
    app: &AppState,
    actor: &Actor,
    case_id: String,
    doc_id: String,
    replacement: Replacement,
) -> CaseResult<String> {
    let actor = actor.clone();
    let mailer = app.mailer.clone();
    in_transaction(&app.pool, move |c| {
        let (case, role) = access::load(c, &actor, &case_id)?;
        let mut doc = db::case_file::document(c, &case.id, &doc_id)?.ok_or(CaseError::NotFound)?;
        if !access::visible_audiences(role).contains(&doc.audience) {
            return Err(CaseError::NotFound);
        }
        if !access::may_redact(role) {
            return Err(CaseError::Denied);
        }
        let reason = super::required_text("reason", &replacement.reason, 2000)?;
        db::cases::lock(c, &case.id)?.ok_or(CaseError::NotFound)?;
        let old_key = std::mem::replace(&mut doc.storage_key, replacement.file.key);
        let old_sha = std::mem::replace(&mut doc.sha256, replacement.file.sha256);
        doc.file_name = replacement.file.file_name;
        doc.content_type = replacement.file.content_type;
        doc.size_bytes = replacement.file.size_bytes;
        doc.redacted_at = Some(now());
        doc.redacted_by = Some(actor.user_id.clone());
        doc.redaction_reason = Some(reason);
        db::case_file::save_document(c, &doc)?;
        // The log names the document and the hashes only: its title or the reason could
        // tell something the log's readers should not learn.
        super::audit::append(
            c,
            &case.id,
            Some(actor.user_id.clone()),
            REDACTION_EVENT,
            serde_json::json!({ "document": doc.id, "sha256_before": old_sha, "sha256_after": doc.sha256 }),
        )?;
        let to = audience_of(c, &case, doc.audience, &actor.user_id)?;
        notify::send(c, &mailer, &to, &case, "document-redacted", &[], None)?;
        Ok(old_key)
    })
    .await
}

/// Art. 9(1)(a): each party may comment on what the other side submitted for a while
/// after it. `consumer_until` is the end of the consumer's window on the trader's latest
/// submission, and the other way round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CommentWindows {
    pub consumer_until: Option<chrono::NaiveDateTime>,
    pub trader_until: Option<chrono::NaiveDateTime>,
}

impl CommentWindows {
    /// The latest end among windows still open at `now`.
    pub fn open_until(&self, now: chrono::NaiveDateTime) -> Option<chrono::NaiveDateTime> {
        [self.consumer_until, self.trader_until]
            .into_iter()
            .flatten()
            .filter(|u| *u > now)
            .max()
    }
}

/// Which side a person is on in a case, if either: their role as the access policy decides it.
pub fn side_of(
    case: &Case,
    members: &[crate::db::models::CaseMember],
    user: &crate::db::models::User,
) -> Option<Side> {
    let member = members.iter().find(|m| m.user_id == user.id);
    access::role_from(&Actor::of(user), case, member.map(|m| m.side))?.side()
}

/// The comment windows from the parties' submissions shared with everyone: (author, when).
pub fn comment_windows(
    case: &Case,
    members: &[crate::db::models::CaseMember],
    people: &std::collections::HashMap<String, crate::db::models::User>,
    submissions: impl IntoIterator<Item = (String, chrono::NaiveDateTime)>,
    days: i64,
) -> CommentWindows {
    let mut w = CommentWindows::default();
    for (author, at) in submissions {
        let until = Some(at + chrono::Duration::days(days));
        match people.get(&author).and_then(|u| side_of(case, members, u)) {
            Some(Side::Consumer) => w.trader_until = w.trader_until.max(until),
            Some(Side::Trader) => w.consumer_until = w.consumer_until.max(until),
            None => {}
        }
    }
    w
}
