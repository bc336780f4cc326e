//! Where evidence files live. Files are streamed in and out, never held whole in memory.
//! A file is written under a temporary name and renamed into place only when complete, so a
//! crash or a dropped connection leaves no half file under a real key; `cleanup` removes
//! what such failures leave behind.
use std::path::{Path, PathBuf};

use bytes::Bytes;
use futures_util::Stream;
use tokio::io::AsyncWriteExt;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("storage: {0}")]
    Io(#[from] std::io::Error),
    #[error("not found")]
    NotFound,
}

pub type StorageResult<T> = Result<T, StorageError>;

#[derive(Debug, Clone)]
pub enum Storage {
    /// A folder on this machine (the default, one instance).
    Local(PathBuf),
}

/// A file being written. Call `finish` to put it in place or `abort` to throw it away.
pub struct Upload {
    file: tokio::fs::File,
    temp: PathBuf,
    target: PathBuf,
}

impl Storage {
    pub fn local(dir: &Path) -> StorageResult<Storage> {
        std::fs::create_dir_all(dir.join("tmp"))?;
        Ok(Storage::Local(dir.to_path_buf()))
    }

    /// Keys are ours (UUIDs), never a user's file name.
    fn path(&self, key: &str) -> PathBuf {
        let Storage::Local(dir) = self;
        let safe: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        dir.join(&safe[..2.min(safe.len())]).join(safe)
    }

    pub async fn begin(&self, key: &str) -> StorageResult<Upload> {
        let Storage::Local(dir) = self;
        let temp = dir
            .join("tmp")
            .join(format!("{}.part", uuid::Uuid::new_v4()));
        let file = tokio::fs::File::create(&temp).await?;
        Ok(Upload {
            file,
            temp,
            target: self.path(key),
        })
    }

    /// The file's bytes as a stream of chunks.
    pub async fn open(
        &self,
        key: &str,
    ) -> StorageResult<impl Stream<Item = std::io::Result<Bytes>> + use<>> {
        let file = tokio::fs::File::open(self.path(key)).await.map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                StorageError::NotFound
            } else {
                e.into()
            }
        })?;
        Ok(tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024))
    }

    pub async fn delete(&self, key: &str) -> StorageResult<()> {
        match tokio::fs::remove_file(self.path(key)).await {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes unfinished uploads older than `age`, and stored files older than `age` whose
    /// key `known` does not recognise (a crash between storing and recording). Returns how
    /// many files went.
    pub fn cleanup(
        &self,
        age: std::time::Duration,
        known: &dyn Fn(&str) -> bool,
    ) -> StorageResult<usize> {
        let Storage::Local(dir) = self;
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
        self.file.write_all(chunk).await?;
        Ok(())
    }

    pub async fn finish(mut self) -> StorageResult<()> {
        self.file.flush().await?;
        self.file.sync_all().await?;
        if let Some(parent) = self.target.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        tokio::fs::rename(&self.temp, &self.target).await?;
        Ok(())
    }

    pub async fn abort(self) {
        drop(self.file);
        let _ = tokio::fs::remove_file(&self.temp).await;
    }
}
