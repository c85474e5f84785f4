//! Placeholder until the store lands (replaced by the notes branch).

use std::path::PathBuf;

use super::{Annotation, SourceRating};

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StoreError(String);

#[derive(Debug, Clone)]
pub struct Store {
    pub dir: PathBuf,
}

impl Store {
    #[must_use]
    pub fn new(dir: PathBuf) -> Store {
        Store { dir }
    }

    #[must_use]
    pub fn default_dir() -> Option<PathBuf> {
        None
    }

    #[must_use]
    pub fn article_file(&self, article_path: &str) -> PathBuf {
        self.dir.join(article_path)
    }

    /// # Errors
    /// Never in the placeholder.
    pub fn load_article(&self, _article_path: &str) -> Result<Vec<Annotation>, StoreError> {
        Ok(Vec::new())
    }

    /// # Errors
    /// Never in the placeholder.
    pub fn save_annotation(&self, _article_path: &str, _a: &Annotation) -> Result<(), StoreError> {
        Ok(())
    }

    /// # Errors
    /// Never in the placeholder.
    pub fn delete_annotation(&self, _article_path: &str, _id: &str) -> Result<(), StoreError> {
        Ok(())
    }

    /// # Errors
    /// Never in the placeholder.
    pub fn load_sources(&self) -> Result<Vec<SourceRating>, StoreError> {
        Ok(Vec::new())
    }

    /// # Errors
    /// Never in the placeholder.
    pub fn save_rating(&self, _r: &SourceRating) -> Result<(), StoreError> {
        Ok(())
    }
}

#[must_use]
pub fn new_id() -> String {
    String::from("01PLACEHOLDER")
}

#[must_use]
pub fn now() -> String {
    String::from("2026-11-23T00:00:00Z")
}
