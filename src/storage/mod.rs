//! Where evidence files live: a local folder (the default, one instance) or S3-compatible
//! object storage (several instances). Files are streamed in and out, never held whole in
//! memory, and only complete files appear under a real key: a local file is written under a
//! temporary name and renamed into place; an object becomes visible only when its (multipart)
//! upload completes. `cleanup` removes what a crash between storing and recording leaves.
//! On S3, a crash in the middle of a multipart upload leaves parts the bucket's
//! `AbortIncompleteMultipartUpload` lifecycle rule removes (see the README).
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::BoxStream;
use futures_util::{StreamExt, TryStreamExt};
use object_store::buffered::BufWriter;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt};
use tokio::io::AsyncWriteExt;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    // The message names the store; the error is its source, for the log (`cause::Report`).
    #[error("local storage")]
    Io(#[from] std::io::Error),
    #[error("object storage")]
    Object(#[from] object_store::Error),
    #[error("not found")]
    NotFound,
}

pub type StorageResult<T> = Result<T, StorageError>;

/// The object storage settings; anything not given comes from the usual `AWS_*` variables.
#[derive(Debug, Clone)]
pub struct S3Settings {
    pub bucket: String,
    /// For a server other than AWS (MinIO, Ceph, Garage...): its address.
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<secrecy::SecretString>,
}

#[derive(Debug, Clone)]
pub enum Storage {
    /// A folder on this machine.
    Local(PathBuf),
    /// A bucket; every key lives under `evidence/`.
    Object(Arc<dyn ObjectStore>),
}

/// A file being written. Call `finish` to put it in place or `abort` to throw it away.
pub struct Upload(Writer);

enum Writer {
    Local {
        file: tokio::fs::File,
        temp: PathBuf,
        target: PathBuf,
    },
    Object(BufWriter),
}

/// S3's smallest multipart part: uploads up to this size are one request, larger ones are
/// sent in parts of this size, at most `OBJECT_PARTS_IN_FLIGHT` at a time.
const OBJECT_PART_BYTES: usize = 5 * 1024 * 1024;
const OBJECT_PARTS_IN_FLIGHT: usize = 2;
const OBJECT_PREFIX: &str = "evidence";

/// Keys are ours (UUIDs), never a user's file name; this keeps them so.
fn safe_key(key: &str) -> String {
    key.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

impl Storage {
    pub fn local(dir: &Path) -> StorageResult<Storage> {
        std::fs::create_dir_all(dir.join("tmp"))?;
        Ok(Storage::Local(dir.to_path_buf()))
    }

    pub fn s3(settings: &S3Settings) -> StorageResult<Storage> {
        let mut builder =
            object_store::aws::AmazonS3Builder::from_env().with_bucket_name(&settings.bucket);
        if let Some(endpoint) = &settings.endpoint {
            // A self-hosted server answers on its own address, usually with path-style URLs.
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"))
                .with_virtual_hosted_style_request(false);
        }
        if let Some(region) = &settings.region {
            builder = builder.with_region(region);
        }
        if let Some(id) = &settings.access_key_id {
            builder = builder.with_access_key_id(id);
        }
        if let Some(secret) = &settings.secret_access_key {
            builder = builder.with_secret_access_key(secrecy::ExposeSecret::expose_secret(secret));
        }
        Ok(Storage::Object(Arc::new(builder.build()?)))
    }

    fn local_path(dir: &Path, key: &str) -> PathBuf {
        let safe = safe_key(key);
        dir.join(&safe[..2.min(safe.len())]).join(safe)
    }

    fn object_path(key: &str) -> ObjectPath {
        ObjectPath::from(format!("{OBJECT_PREFIX}/{}", safe_key(key)))
    }

    pub async fn begin(&self, key: &str) -> StorageResult<Upload> {
        Ok(Upload(match self {
            Storage::Local(dir) => {
                let temp = dir
                    .join("tmp")
                    .join(format!("{}.part", uuid::Uuid::new_v4()));
                let file = tokio::fs::File::create(&temp).await?;
                Writer::Local {
                    file,
                    temp,
                    target: Self::local_path(dir, key),
                }
            }
            Storage::Object(store) => Writer::Object(
                BufWriter::with_capacity(store.clone(), Self::object_path(key), OBJECT_PART_BYTES)
                    .with_max_concurrency(OBJECT_PARTS_IN_FLIGHT),
            ),
        }))
    }

    /// The file's bytes as a stream of chunks.
    pub async fn open(
        &self,
        key: &str,
    ) -> StorageResult<BoxStream<'static, std::io::Result<Bytes>>> {
        match self {
            Storage::Local(dir) => {
                let file = tokio::fs::File::open(Self::local_path(dir, key))
                    .await
                    .map_err(|e| {
                        if e.kind() == std::io::ErrorKind::NotFound {
                            StorageError::NotFound
                        } else {
                            e.into()
                        }
                    })?;
                Ok(tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024).boxed())
            }
            Storage::Object(store) => match store.get(&Self::object_path(key)).await {
                Ok(found) => Ok(found.into_stream().map_err(std::io::Error::other).boxed()),
                Err(object_store::Error::NotFound { .. }) => Err(StorageError::NotFound),
                Err(e) => Err(e.into()),
            },
        }
    }

    pub async fn delete(&self, key: &str) -> StorageResult<()> {
        match self {
            Storage::Local(dir) => match tokio::fs::remove_file(Self::local_path(dir, key)).await {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(e.into()),
            },
            Storage::Object(store) => match store.delete(&Self::object_path(key)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(e.into()),
            },
        }
    }

    /// Removes unfinished uploads older than `age`, and stored files older than `age` whose
    /// key `known` does not recognise (a crash between storing and recording). Returns how
    /// many files went.
    pub async fn cleanup(
        &self,
        age: std::time::Duration,
        known: &(dyn Fn(&str) -> bool + Sync),
    ) -> StorageResult<usize> {
        match self {
            Storage::Local(dir) => Self::cleanup_local(dir, age, known),
            Storage::Object(store) => {
                let cutoff = chrono::Utc::now()
                    - chrono::Duration::from_std(age).unwrap_or(chrono::Duration::MAX);
                let prefix = ObjectPath::from(OBJECT_PREFIX);
                let mut listing = store.list(Some(&prefix));
                let mut removed = 0;
                while let Some(meta) = listing.try_next().await? {
                    let name = meta.location.filename().unwrap_or_default();
                    if meta.last_modified <= cutoff && !known(name) {
                        store.delete(&meta.location).await?;
                        removed += 1;
                    }
                }
                Ok(removed)
            }
        }
    }

    fn cleanup_local(
        dir: &Path,
        age: std::time::Duration,
        known: &(dyn Fn(&str) -> bool + Sync),
    ) -> StorageResult<usize> {
        let old = |p: &Path| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .map(|t| t.elapsed().unwrap_or_default() > age)
                .unwrap_or(false)
        };
        let mut removed = 0;
        for entry in std::fs::read_dir(dir)?.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            let is_tmp = path.file_name().is_some_and(|n| n == "tmp");
            for file in std::fs::read_dir(&path)?.flatten() {
                let p = file.path();
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                if old(&p) && (is_tmp || !known(name)) {
                    std::fs::remove_file(&p)?;
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}

impl Upload {
    pub async fn write(&mut self, chunk: &[u8]) -> StorageResult<()> {
        match &mut self.0 {
            Writer::Local { file, .. } => file.write_all(chunk).await?,
            Writer::Object(w) => w.put(Bytes::copy_from_slice(chunk)).await?,
        }
        Ok(())
    }

    pub async fn finish(self) -> StorageResult<()> {
        match self.0 {
            Writer::Local {
                mut file,
                temp,
                target,
            } => {
                file.flush().await?;
                file.sync_all().await?;
                if let Some(parent) = target.parent() {
                    tokio::fs::create_dir_all(parent).await?;
                }
                tokio::fs::rename(&temp, &target).await?;
            }
            Writer::Object(mut w) => w.shutdown().await?,
        }
        Ok(())
    }

    pub async fn abort(self) {
        match self.0 {
            Writer::Local { file, temp, .. } => {
                drop(file);
                let _ = tokio::fs::remove_file(&temp).await;
            }
            Writer::Object(mut w) => {
                if let Err(e) = w.abort().await {
                    tracing::warn!(error = %e, "an unfinished upload could not be aborted");
                }
            }
        }
    }
}
