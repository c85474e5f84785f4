//! Where each part of the reader goes on the screen: title line, article
//! pane, reference pane, status line; side by side from 100 columns,
//! stacked below that.
//!
//! Owns: the geometry shared by drawing and mouse hit-testing. Must not:
//! draw.

use ratatui::layout::Rect;

/// Side by side from this many columns.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;
/// Smaller than this, the reader says so instead of drawing.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// The rectangles of one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub title: Rect,
    pub article: Rect,
    pub references: Rect,
    pub status: Rect,
    pub side_by_side: bool,
}

impl Areas {
    /// The layout of `screen` with the article pane taking `split` of the
    /// width (side by side) or of the height (stacked).
    #[must_use]
    pub fn new(screen: Rect, split: f64) -> Areas {
        let title = Rect {
            height: 1.min(screen.height),
            ..screen
        };
        let status = Rect {
            y: screen.bottom().saturating_sub(1),
            height: 1.min(screen.height),
            ..screen
        };
        let body = Rect {
            y: screen.y + 1,
            height: screen.height.saturating_sub(2),
            ..screen
        };
        let side_by_side = screen.width >= SIDE_BY_SIDE_WIDTH;
        let share = |total: u16| -> u16 {
            let wanted = (f64::from(total) * split.clamp(0.2, 0.8)).round();
            // The clamp keeps the value inside u16.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let part = wanted as u16;
            part.min(total)
        };
        let (article, references) = if side_by_side {
            let left = share(body.width);
            (
                Rect { width: left, ..body },
                Rect {
                    x: body.x + left,
                    width: body.width - left,
                    ..body
                },
            )
        } else {
            let top = share(body.height);
            (
                Rect { height: top, ..body },
                Rect {
                    y: body.y + top,
                    height: body.height - top,
                    ..body
                },
            )
        };
        Areas {
            title,
            article,
            references,
            status,
            side_by_side,
        }
    }

    /// Whether `screen` is too small to draw the reader in.
    #[must_use]
    pub fn too_small(screen: Rect) -> bool {
        screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_put_panes_side_by_side() {
        let a = Areas::new(Rect::new(0, 0, 120, 40), 0.6);
        assert!(a.side_by_side);
        assert_eq!((a.article.width, a.references.width), (72, 48));
        assert_eq!((a.title.y, a.status.y, a.article.height), (0, 39, 38));
    }

    #[test]
    fn narrow_screens_stack_panes() {
        let a = Areas::new(Rect::new(0, 0, 80, 30), 0.6);
        assert!(!a.side_by_side);
        assert_eq!(a.article.width, 80);
        assert_eq!(a.article.height + a.references.height, 28);
    }

    #[test]
    fn tiny_screens_are_too_small() {
        assert!(Areas::too_small(Rect::new(0, 0, 30, 20)));
        assert!(!Areas::too_small(Rect::new(0, 0, 40, 10)));
    }
}
