//! The reader's notes on the open article: its annotations placed on the
//! current text, the ratings of the sources it cites, and every change
//! saved to the store at once.
//!
//! Owns: what `s` `d` `u` `a` `r` `x` do to the notes, and the read-only
//! state when the store cannot be read. Must not: draw, or know keys.

use std::collections::HashMap;
use std::ops::Range;

use crate::article::Article;
use crate::notes::anchor::{anchor_with_hash, content_hash};
use crate::notes::export::{LocatedAnnotation, locate_annotations};
use crate::notes::store::{Store, new_id, now};
use crate::notes::{AnchorState, Annotation, Rating, SourceRating, Verdict};

/// The notes of one open article.
#[derive(Debug, Default)]
pub struct ArticleNotes {
    /// `None`: notes live in memory only (`ibid render` without
    /// `--notes-dir`).
    store: Option<Store>,
    /// The article's key in the store (its path).
    key: String,
    /// Live annotations, placed ones by position, then orphans.
    pub items: Vec<LocatedAnnotation>,
    /// Ratings by source key.
    pub ratings: HashMap<String, SourceRating>,
    /// Why notes cannot be changed (a store that failed to parse), shown as a
    /// banner.
    pub read_only: Option<String>,
    /// The article's content hash, computed for the first new note.
    text_hash: std::cell::OnceCell<String>,
}

/// What a change did, for the status line.
pub type Outcome = Result<String, String>;

impl ArticleNotes {
    /// Loads the notes of `article` from `store` and places them on its
    /// text. A store that fails to parse leaves the notes read-only.
    #[must_use]
    pub fn load(store: Option<Store>, article: &Article) -> ArticleNotes {
        let mut notes = ArticleNotes {
            key: article.path.clone(),
            ..ArticleNotes::default()
        };
        if let Some(store) = &store {
            match store.load_article(&article.path) {
                Ok(list) => notes.items = locate_annotations(article, &list),
                Err(e) => notes.read_only = Some(e.to_string()),
            }
            match store.load_sources() {
                Ok(list) => notes.ratings = list.into_iter().map(|r| (r.source.clone(), r)).collect(),
                Err(e) => {
                    notes.read_only.get_or_insert(e.to_string());
                }
            }
        }
        notes.store = store;
        notes.sort();
        notes
    }

    fn sort(&mut self) {
        self.items.sort_by_key(|l| {
            (
                l.range.is_none(),
                l.range.as_ref().map_or(0, |r| r.start),
                l.annotation.id.clone(),
            )
        });
    }

    /// The annotation on exactly this claim.
    #[must_use]
    pub fn on_claim(&self, claim: &Range<usize>) -> Option<usize> {
        self.items.iter().position(|l| l.range.as_ref() == Some(claim))
    }

    /// How many live annotations the article has.
    #[must_use]
    pub fn count(&self) -> usize {
        self.items.len()
    }

    /// Sets `verdict` on the claim, or clears it when it is already set.
    ///
    /// # Errors
    /// The notes are read-only or the save failed (the change is kept in
    /// memory and the message says so).
    pub fn toggle_verdict(&mut self, article: &Article, claim: Range<usize>, verdict: Verdict) -> Outcome {
        self.writable()?;
        let i = self.on_claim_or_new(article, claim);
        let item = &mut self.items[i].annotation;
        let cleared = item.verdict == Some(verdict);
        item.verdict = if cleared { None } else { Some(verdict) };
        let word = format!("{verdict:?}").to_lowercase();
        let message = if cleared {
            format!("cleared {word}")
        } else {
            format!("marked {word}")
        };
        self.commit(i, message)
    }

    /// Writes the note of the claim; an empty note removes it.
    ///
    /// # Errors
    /// As [`ArticleNotes::toggle_verdict`].
    pub fn set_note(&mut self, article: &Article, claim: Range<usize>, note: &str) -> Outcome {
        self.writable()?;
        let text = note.trim_end();
        if text.is_empty() && self.on_claim(&claim).is_none() {
            return Ok("no note written".to_string());
        }
        let i = self.on_claim_or_new(article, claim);
        self.items[i].annotation.note = (!text.is_empty()).then(|| text.to_string());
        let message = if text.is_empty() {
            "note removed"
        } else {
            "note saved"
        };
        self.commit(i, message.to_string())
    }

    /// Deletes the annotation `i` (kept in the store as a tombstone).
    ///
    /// # Errors
    /// As [`ArticleNotes::toggle_verdict`].
    pub fn delete(&mut self, i: usize) -> Outcome {
        self.writable()?;
        let Some(item) = self.items.get(i).cloned() else {
            return Err("no annotation here".to_string());
        };
        if let Some(store) = &self.store {
            store
                .delete_annotation(&self.key, &item.annotation.id)
                .map_err(|e| format!("not deleted: {e}"))?;
        }
        self.items.remove(i);
        Ok("annotation deleted".to_string())
    }

    /// Rates the source `source` (a source identity key).
    ///
    /// # Errors
    /// The notes are read-only or the save failed.
    pub fn rate(&mut self, source: &str, rating: Rating, note: Option<String>) -> Outcome {
        self.writable()?;
        let record = SourceRating {
            source: source.to_string(),
            rating,
            note: note.filter(|n| !n.trim().is_empty()),
            updated: now(),
        };
        self.ratings.insert(source.to_string(), record.clone());
        match &self.store {
            Some(store) => store
                .save_rating(&record)
                .map(|()| format!("rated {}", format!("{rating:?}").to_lowercase()))
                .map_err(|e| format!("kept in memory but not saved: {e}")),
            None => Ok(format!(
                "rated {} (not saved: no notes folder)",
                format!("{rating:?}").to_lowercase()
            )),
        }
    }

    /// Whether changes can be saved.
    ///
    /// # Errors
    /// The notes are read-only: the message says why.
    pub fn writable(&self) -> Result<(), String> {
        match &self.read_only {
            Some(why) => Err(format!("notes are read-only: {why}")),
            None => Ok(()),
        }
    }

    /// The annotation on the claim, created empty when there is none.
    fn on_claim_or_new(&mut self, article: &Article, claim: Range<usize>) -> usize {
        if let Some(i) = self.on_claim(&claim) {
            return i;
        }
        let stamp = now();
        self.items.push(LocatedAnnotation {
            annotation: Annotation {
                id: new_id(),
                verdict: None,
                note: None,
                anchor: anchor_with_hash(
                    &article.text,
                    claim.clone(),
                    self.text_hash
                        .get_or_init(|| article.text.released_during(|| content_hash(&article.text)))
                        .clone(),
                ),
                created: stamp.clone(),
                updated: stamp,
                deleted: false,
            },
            state: AnchorState::Anchored,
            range: Some(claim),
        });
        self.items.len() - 1
    }

    /// Saves annotation `i`; one that holds neither verdict nor note is
    /// deleted instead.
    fn commit(&mut self, i: usize, message: String) -> Outcome {
        let Some(item) = self.items.get_mut(i) else {
            return Err("no annotation here".to_string());
        };
        item.annotation.updated = now();
        let empty = item.annotation.verdict.is_none() && item.annotation.note.is_none();
        let annotation = item.annotation.clone();
        if empty {
            self.items.remove(i);
        } else {
            self.sort();
        }
        let Some(store) = &self.store else {
            return Ok(message);
        };
        let saved = if empty {
            store.delete_annotation(&self.key, &annotation.id)
        } else {
            store.save_annotation(&self.key, &annotation)
        };
        saved
            .map(|()| message)
            .map_err(|e| format!("kept in memory but not saved: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn article() -> Article {
        parse(
            "a.txt",
            "T\n\nOne claim here.[1] Another claim.\n\nReferences\n[1] Roe, Jane. A Book. 2001.\n".into(),
        )
    }

    #[test]
    fn the_same_verdict_twice_clears_and_removes_the_annotation() {
        let a = article();
        let mut notes = ArticleNotes::load(None, &a);
        let claim = a.markers[0].sentence.clone();
        assert!(notes.toggle_verdict(&a, claim.clone(), Verdict::Disputed).is_ok());
        assert_eq!(notes.items[0].annotation.verdict, Some(Verdict::Disputed));
        assert!(
            notes
                .toggle_verdict(&a, claim.clone(), Verdict::Supported)
                .is_ok()
        );
        assert_eq!(notes.items[0].annotation.verdict, Some(Verdict::Supported));
        assert!(notes.toggle_verdict(&a, claim, Verdict::Supported).is_ok());
        assert_eq!(notes.count(), 0);
    }

    #[test]
    fn each_new_annotation_is_anchored_with_the_article_hash() {
        let a = article();
        let mut notes = ArticleNotes::load(None, &a);
        for marker in &a.markers {
            assert!(
                notes
                    .toggle_verdict(&a, marker.sentence.clone(), Verdict::Unverified)
                    .is_ok()
            );
        }
        let hash = content_hash(&a.text);
        assert!(!notes.items.is_empty());
        assert!(
            notes
                .items
                .iter()
                .all(|i| i.annotation.anchor.content_hash == hash)
        );
    }

    #[test]
    fn a_note_keeps_the_annotation_and_an_empty_note_removes_it() {
        let a = article();
        let mut notes = ArticleNotes::load(None, &a);
        let claim = a.markers[0].sentence.clone();
        assert!(
            notes
                .set_note(&a, claim.clone(), "check the minutes\nsecond line")
                .is_ok()
        );
        assert_eq!(
            notes.items[0].annotation.note.as_deref(),
            Some("check the minutes\nsecond line")
        );
        assert!(notes.set_note(&a, claim, "").is_ok());
        assert_eq!(notes.count(), 0);
    }

    #[test]
    fn read_only_notes_refuse_changes() {
        let a = article();
        let mut notes = ArticleNotes::load(None, &a);
        notes.read_only = Some("x.toml:3: broken".to_string());
        let result = notes.toggle_verdict(&a, a.markers[0].sentence.clone(), Verdict::Disputed);
        assert_eq!(result, Err("notes are read-only: x.toml:3: broken".to_string()));
        assert_eq!(notes.count(), 0);
    }
}
