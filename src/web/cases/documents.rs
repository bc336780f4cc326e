//! Evidence upload (streamed, multipart, works without JavaScript) and download (streamed,
//! as an attachment, sandboxed).
use actix_multipart::Multipart;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, get, post, web};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use crate::domain::cases::CaseError;
use crate::domain::cases::case_file::{self, StoredFile};
use crate::domain::evidence::{self, Refused, SNIFF_BYTES};
use crate::web::error::AppError;
use crate::web::in_flight::{Slot, Uploads};
use crate::web::page::{Page, redirect};
use crate::web::session::CurrentUser;

/// Largest size of a text field of the upload form.
const TEXT_FIELD_MAX: usize = 10_000;

/// Why an upload failed, as a message beside the file field; anything already stored for
/// it has been removed.
pub(super) enum UploadError {
    Field(&'static str),
    App(AppError),
}

impl From<AppError> for UploadError {
    fn from(e: AppError) -> Self {
        UploadError::App(e)
    }
}

async fn text_field(field: &mut actix_multipart::Field) -> Result<String, UploadError> {
    let mut buf = Vec::new();
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(|e| AppError::BadRequest(e.to_string()))?;
        if buf.len() + chunk.len() > TEXT_FIELD_MAX {
            return Err(UploadError::Field("error-too-long"));
        }
        buf.extend_from_slice(&chunk);
    }
    String::from_utf8(buf)
        .ok()
        .filter(|s| crate::domain::text::is_text(s))
        .ok_or(UploadError::Field("error-invalid-characters"))
}

/// The form's first field must be the CSRF token: nothing is read or stored before it.
async fn check_token_field(
    page: &Page,
    name: &str,
    field: &mut actix_multipart::Field,
) -> Result<(), UploadError> {
    let token = if name == "csrf_token" {
        Some(text_field(field).await?)
    } else {
        None
    };
    Ok(crate::web::csrf::check(&page.req, token.as_deref())?)
}

/// The file name a file field was sent with; `None`, its (empty) body skipped, when the
/// file input was left empty, as a form without JavaScript sends it.
async fn chosen_file_name(field: &mut actix_multipart::Field) -> Option<String> {
    let name = field
        .content_disposition()
        .and_then(|cd| cd.get_filename().map(str::to_string))
        .unwrap_or_default();
    if name.is_empty() {
        while field.next().await.is_some() {}
        return None;
    }
    Some(name)
}

/// What was typed in an upload form, to show again when it fails.
pub(super) struct Form {
    pub audience: String,
    pub title: String,
    pub description: String,
}

/// Streams one file field into storage: the type from the first bytes, the size limit
/// checked as bytes arrive (ending the upload early), the SHA-256 on the way.
async fn store_file(
    page: &Page,
    field: &mut actix_multipart::Field,
    file_name: String,
    limit: u64,
) -> Result<StoredFile, UploadError> {
    let mut head: Vec<u8> = Vec::with_capacity(SNIFF_BYTES);
    let mut writer = None;
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let key = uuid::Uuid::new_v4().simple().to_string();
    let mut content_type = "";
    let result: Result<(), UploadError> = async {
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| AppError::BadRequest(e.to_string()))?;
            size += chunk.len() as u64;
            if size > limit {
                return Err(UploadError::Field("error-file-too-large"));
            }
            hasher.update(&chunk);
            match writer.as_mut() {
                Some(u) => write(u, &chunk).await?,
                None => {
                    head.extend_from_slice(&chunk);
                    if head.len() >= SNIFF_BYTES {
                        content_type = classify(&head, &file_name)?;
                        let mut u = begin(page, &key).await?;
                        write(&mut u, &head).await?;
                        writer = Some(u);
                    }
                }
            }
        }
        if writer.is_none() {
            content_type = classify(&head, &file_name)?;
            let mut u = begin(page, &key).await?;
            write(&mut u, &head).await?;
            writer = Some(u);
        }
        Ok(())
    }
    .await;
    match result {
        Ok(()) => {
            let u = writer.expect("set above");
            u.finish()
                .await
                .map_err(|e| AppError::Internal(crate::cause::Cause::new(e)))?;
            Ok(StoredFile {
                key,
                title: String::new(),
                description: String::new(),
                file_name,
                content_type: content_type.to_string(),
                size_bytes: size as i64,
                sha256: format!("{:x}", hasher.finalize()),
            })
        }
        Err(e) => {
            if let Some(u) = writer {
                u.abort().await;
            }
            Err(e)
        }
    }
}

fn classify(head: &[u8], file_name: &str) -> Result<&'static str, UploadError> {
    evidence::classify(head, file_name).map_err(|e| {
        UploadError::Field(match e {
            Refused::Empty => "error-file-empty",
            Refused::Mismatch => "error-file-type-mismatch",
            Refused::NotAllowed => "error-file-type",
        })
    })
}

async fn begin(page: &Page, key: &str) -> Result<crate::storage::Upload, UploadError> {
    Ok(page
        .state
        .storage
        .begin(key)
        .await
        .map_err(|e| AppError::Internal(crate::cause::Cause::new(e)))?)
}

async fn write(u: &mut crate::storage::Upload, chunk: &[u8]) -> Result<(), UploadError> {
    Ok(u.write(chunk)
        .await
        .map_err(|e| AppError::Internal(crate::cause::Cause::new(e)))?)
}

/// A place among the uploads this person may run at once; 429 when they have enough.
pub(super) fn upload_slot(page: &Page, user: &CurrentUser) -> Result<Slot, AppError> {
    let uploads = page
        .req
        .app_data::<std::sync::Arc<Uploads>>()
        .ok_or_else(|| AppError::Internal("no upload count".into()))?;
    uploads
        .take(&user.0.id, page.state.config.uploads_in_flight_per_user)
        .ok_or(AppError::TooManyUploads)
}

/// Reads an upload form: the fields, and each file streamed to storage; then records them
/// all at once, or, when anything is refused, none (the stored files are deleted again).
/// `with_csrf`: a browser's form, whose first field must be the CSRF token (an API call with
/// a bearer token carries none). Returns what was typed and the ids of the new documents.
/// The case page's upload and the filing form's evidence step both come here.
pub(super) async fn receive(
    page: &Page,
    user: &CurrentUser,
    id: &str,
    payload: &mut Multipart,
    with_csrf: bool,
) -> (Form, Result<Vec<String>, UploadError>) {
    let id = id.to_string();
    let mut form = Form {
        audience: "everyone".into(),
        title: String::new(),
        description: String::new(),
    };
    let mut csrf_checked = !with_csrf;
    let mut allowance: Option<case_file::Allowance> = None;
    let mut files: Vec<StoredFile> = Vec::new();
    let config = &page.state.config;
    let outcome: Result<(), UploadError> = async {
        while let Some(field) = payload.next().await {
            let mut field = field.map_err(|e| AppError::BadRequest(e.to_string()))?;
            let name = field.name().unwrap_or_default().to_string();
            if !csrf_checked {
                check_token_field(page, &name, &mut field).await?;
                csrf_checked = true;
                continue;
            }
            match name.as_str() {
                // Before any file: a form sent before is answered as it was then.
                "form_key" if with_csrf && files.is_empty() => {
                    let key = text_field(&mut field).await?;
                    crate::web::submission::claim(&page.req, &page.state, Some(&key)).await?;
                }
                "audience" => form.audience = text_field(&mut field).await?,
                "title" => form.title = text_field(&mut field).await?.trim().to_string(),
                "description" => {
                    form.description = text_field(&mut field).await?.trim().to_string()
                }
                "file" => {
                    let Some(raw_name) = chosen_file_name(&mut field).await else {
                        continue;
                    };
                    if files.len() >= config.upload_files_per_request {
                        return Err(UploadError::Field("error-too-many-files"));
                    }
                    let left = match allowance {
                        Some(a) => a,
                        None => {
                            let a = case_file::upload_allowance(
                                &page.state,
                                &user.actor(),
                                id.clone(),
                                form.audience.clone(),
                            )
                            .await
                            .map_err(case_error)?;
                            allowance = Some(a);
                            a
                        }
                    };
                    if files.len() as i64 >= left.documents {
                        return Err(UploadError::Field("error-case-documents-full"));
                    }
                    let taken: i64 = files.iter().map(|f| f.size_bytes).sum();
                    let bytes_left = (left.bytes - taken).max(0) as u64;
                    if bytes_left == 0 {
                        return Err(UploadError::Field("error-case-files-full"));
                    }
                    let limit = config.upload_max_bytes.min(bytes_left);
                    let file_name = evidence::display_name(&raw_name);
                    let mut file = store_file(page, &mut field, file_name.clone(), limit)
                        .await
                        .map_err(|e| match e {
                            // Over the case's allowance rather than the per-file limit.
                            UploadError::Field("error-file-too-large")
                                if bytes_left < config.upload_max_bytes =>
                            {
                                UploadError::Field("error-case-files-full")
                            }
                            e => e,
                        })?;
                    file.title = if form.title.is_empty() {
                        file_name
                    } else {
                        form.title.chars().take(300).collect()
                    };
                    file.description = form.description.clone();
                    files.push(file);
                }
                _ => while field.next().await.is_some() {},
            }
        }
        if !csrf_checked {
            return Err(AppError::Csrf.into());
        }
        if files.is_empty() {
            return Err(UploadError::Field("error-file-required"));
        }
        Ok(())
    }
    .await;
    let keys: Vec<String> = files.iter().map(|f| f.key.clone()).collect();
    let recorded = match outcome {
        Ok(()) => case_file::record_documents(
            &page.state,
            &user.actor(),
            id,
            form.audience.clone(),
            files,
        )
        .await
        .map(|docs| docs.into_iter().map(|d| d.id).collect())
        .map_err(case_error),
        Err(e) => Err(e),
    };
    if recorded.is_err() {
        for key in &keys {
            let _ = page.state.storage.delete(key).await;
        }
    }
    (form, recorded)
}

#[post("/cases/{id}/documents")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn upload(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    mut payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let _slot = upload_slot(&page, &user)?;
    let id = id.into_inner();
    let (form, outcome) = receive(&page, &user, &id, &mut payload, true).await;
    match outcome {
        Ok(_) => Ok(redirect(&format!(
            "/cases/{id}/documents?notice=documents-added#main"
        ))),
        Err(UploadError::App(e)) => Err(e),
        Err(UploadError::Field(message)) => {
            let file = super::show::load(&page, &user, id).await?;
            let typed = std::collections::HashMap::from([
                ("title".to_string(), form.title),
                ("description".to_string(), form.description),
                ("audience".to_string(), form.audience),
            ]);
            super::show::render(
                &page,
                &file,
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                &typed,
                &vec![("file", message)],
                Some("upload"),
            )
        }
    }
}

fn case_error(e: CaseError) -> UploadError {
    match e {
        CaseError::Invalid(errors) => UploadError::Field(
            errors
                .first()
                .map(|(_, m)| *m)
                .unwrap_or("error-form-has-problems"),
        ),
        e => UploadError::App(e.into()),
    }
}

/// The same upload through the API, with a bearer token instead of a CSRF token: 201 with
/// the new documents' ids, or 422 with the file's problem (nothing of it kept).
#[post("/api/v1/cases/{id}/documents")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn api_upload(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    mut payload: Multipart,
) -> Result<HttpResponse, AppError> {
    crate::web::api::require_bearer(&page.req)?;
    let _slot = upload_slot(&page, &user)?;
    let (_, outcome) = receive(&page, &user, &id.into_inner(), &mut payload, false).await;
    match outcome {
        Ok(ids) => Ok(HttpResponse::Created().json(serde_json::json!({ "documents": ids }))),
        Err(UploadError::App(e)) => Err(e),
        Err(UploadError::Field(m)) => Ok(crate::web::api::invalid(&page.lang, &[("file", m)])),
    }
}

/// Streams a document the person may see; `inline` only for the types a browser shows
/// safely in a sandboxed frame (images and PDFs).
async fn serve(
    page: &Page,
    user: &CurrentUser,
    id: String,
    doc: String,
    as_inline: bool,
) -> Result<HttpResponse, AppError> {
    let doc = case_file::document_for(&page.state, &user.actor(), id, doc).await?;
    if as_inline && !evidence::previewable(&doc.content_type) {
        return Err(AppError::NotFound);
    }
    let stream = page
        .state
        .storage
        .open(&doc.storage_key)
        .await
        .map_err(|e| match e {
            crate::storage::StorageError::NotFound => AppError::NotFound,
            e => AppError::Internal(crate::cause::Cause::new(e)),
        })?;
    let disposition = ContentDisposition {
        disposition: if as_inline {
            DispositionType::Inline
        } else {
            DispositionType::Attachment
        },
        parameters: vec![DispositionParam::FilenameExt(header::ExtendedValue {
            charset: header::Charset::Ext("UTF-8".into()),
            language_tag: None,
            value: doc.file_name.clone().into_bytes(),
        })],
    };
    let mut res = HttpResponse::Ok();
    res.content_type(doc.content_type.clone())
        .insert_header(disposition)
        .insert_header((header::CONTENT_LENGTH, doc.size_bytes.to_string()))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("X-Checksum-Sha256", doc.sha256.clone()));
    if as_inline {
        // Shown only inside the portal's own preview page, and sandboxed there: no script,
        // form, or navigation of the page around it.
        res.insert_header((
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        ))
        .insert_header((header::X_FRAME_OPTIONS, "SAMEORIGIN"));
    } else {
        res.insert_header((
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'",
        ));
    }
    Ok(res.streaming(stream))
}

#[get("/cases/{id}/documents/{doc}")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, document_id = %path.1))]
pub async fn download(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, doc) = path.into_inner();
    serve(&page, &user, id, doc, false).await
}

#[get("/cases/{id}/documents/{doc}/inline")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, document_id = %path.1))]
pub async fn show_inline(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, doc) = path.into_inner();
    serve(&page, &user, id, doc, true).await
}

/// A page that shows an image or a PDF in a sandboxed frame, with its download link.
#[get("/cases/{id}/documents/{doc}/preview")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, document_id = %path.1))]
pub async fn preview(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, doc_id) = path.into_inner();
    let doc = case_file::document_for(&page.state, &user.actor(), id.clone(), doc_id).await?;
    if !evidence::previewable(&doc.content_type) {
        return Err(AppError::NotFound);
    }
    page.render(
        "cases/preview.html",
        minijinja::context! {
            case_id => id,
            doc => minijinja::context! {
                id => doc.id,
                title => doc.title,
                file_name => doc.file_name,
                image => doc.content_type.starts_with("image/"),
            },
        },
    )
}

/// Staff replace a document's content: with a file they upload (a redacted copy), or, when
/// they give none, with a short note that the content was removed.
#[post("/cases/{id}/documents/{doc}/redact")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %path.0, document_id = %path.1))]
pub async fn redact(
    page: Page,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    mut payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let (id, doc_id) = path.into_inner();
    let _slot = upload_slot(&page, &user)?;
    // Only someone who may redact this document gets as far as sending a file.
    let doc =
        case_file::document_for(&page.state, &user.actor(), id.clone(), doc_id.clone()).await?;
    let mut reason = String::new();
    let mut csrf_checked = false;
    let mut stored: Option<StoredFile> = None;
    let outcome: Result<(), UploadError> = async {
        while let Some(field) = payload.next().await {
            let mut field = field.map_err(|e| AppError::BadRequest(e.to_string()))?;
            let name = field.name().unwrap_or_default().to_string();
            if !csrf_checked {
                check_token_field(&page, &name, &mut field).await?;
                csrf_checked = true;
                continue;
            }
            match name.as_str() {
                "form_key" if stored.is_none() => {
                    let key = text_field(&mut field).await?;
                    crate::web::submission::claim(&page.req, &page.state, Some(&key)).await?;
                }
                "reason" => reason = text_field(&mut field).await?.trim().to_string(),
                "file" if stored.is_none() => {
                    let Some(raw_name) = chosen_file_name(&mut field).await else {
                        continue;
                    };
                    let limit = page.state.config.upload_max_bytes;
                    stored = Some(
                        store_file(&page, &mut field, evidence::display_name(&raw_name), limit)
                            .await?,
                    );
                }
                _ => while field.next().await.is_some() {},
            }
        }
        if !csrf_checked {
            return Err(AppError::Csrf.into());
        }
        Ok(())
    }
    .await;
    if let Err(e) = outcome {
        if let Some(f) = &stored {
            let _ = page.state.storage.delete(&f.key).await;
        }
        return match e {
            UploadError::App(e) => Err(e),
            UploadError::Field(m) => redact_failed(&page, &user, id, &doc_id, m, reason).await,
        };
    }
    if reason.is_empty() {
        if let Some(f) = &stored {
            let _ = page.state.storage.delete(&f.key).await;
        }
        return redact_failed(&page, &user, id, &doc_id, "error-required", reason).await;
    }
    let file = match stored {
        Some(f) => f,
        None => {
            let note = crate::i18n::t_args(
                &page.lang,
                "document-redacted-note",
                &[
                    ("date", page.datetime(crate::db::now()).into()),
                    ("reason", reason.clone().into()),
                ],
            );
            store_bytes(&page, note.into_bytes(), "redacted.txt", "text/plain").await?
        }
    };
    let file = StoredFile {
        title: doc.title,
        ..file
    };
    let key = file.key.clone();
    let replacement = case_file::Replacement { file, reason };
    match case_file::redact_document(&page.state, &user.actor(), id.clone(), doc_id, replacement)
        .await
    {
        Ok(old_key) => {
            // Left behind if this fails: the daily cleanup removes it, as no document refers to it.
            let _ = page.state.storage.delete(&old_key).await;
            Ok(redirect(&format!(
                "/cases/{id}/documents?notice=document-redacted#main"
            )))
        }
        Err(e) => {
            let _ = page.state.storage.delete(&key).await;
            Err(e.into())
        }
    }
}

/// The case page again, with the redaction form open, its problem shown and its reason kept.
async fn redact_failed(
    page: &Page,
    user: &CurrentUser,
    id: String,
    doc_id: &str,
    message: &'static str,
    reason: String,
) -> Result<HttpResponse, AppError> {
    let file = super::show::load(page, user, id).await?;
    let typed = std::collections::HashMap::from([("reason".to_string(), reason)]);
    super::show::render(
        page,
        &file,
        actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
        &typed,
        &vec![("reason", message)],
        Some(&format!("redact-{doc_id}")),
    )
}

/// Stores content the portal wrote itself.
async fn store_bytes(
    page: &Page,
    bytes: Vec<u8>,
    file_name: &str,
    content_type: &str,
) -> Result<StoredFile, AppError> {
    let key = uuid::Uuid::new_v4().simple().to_string();
    let internal =
        |e: crate::storage::StorageError| AppError::Internal(crate::cause::Cause::new(e));
    let mut u = page.state.storage.begin(&key).await.map_err(internal)?;
    u.write(&bytes).await.map_err(internal)?;
    u.finish().await.map_err(internal)?;
    Ok(StoredFile {
        key,
        title: String::new(),
        description: String::new(),
        file_name: file_name.to_string(),
        content_type: content_type.to_string(),
        size_bytes: bytes.len() as i64,
        sha256: format!("{:x}", Sha256::digest(&bytes)),
    })
}

#[derive(serde::Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    audience: String,
    #[serde(default)]
    body: String,
}

#[post("/cases/{id}/messages")]
#[tracing::instrument(skip_all, fields(user_id = %user.0.id, case_id = %id))]
pub async fn post_message(
    page: Page,
    user: CurrentUser,
    id: web::Path<String>,
    form: crate::web::csrf::CsrfForm<MessageForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner()?;
    let id = id.into_inner();
    let audience = if form.audience.is_empty() {
        "everyone".to_string()
    } else {
        form.audience.clone()
    };
    match case_file::post_message(
        &page.state,
        &user.actor(),
        id.clone(),
        audience.clone(),
        form.body.clone(),
    )
    .await
    {
        Ok(m) => Ok(redirect(&format!(
            "/cases/{id}/messages?notice=message-sent#m-{}",
            m.id
        ))),
        Err(CaseError::Invalid(errors)) => {
            let file = super::show::load(&page, &user, id).await?;
            let typed = std::collections::HashMap::from([
                ("body".to_string(), form.body),
                ("audience".to_string(), audience),
            ]);
            super::show::render(
                &page,
                &file,
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                &typed,
                &errors,
                Some("message"),
            )
        }
        Err(e) => Err(e.into()),
    }
}
