//! Drawing: one file per pane or popup, and the entry that lays them out.
//! Drawing reads the app and never changes its state (the wrap cache and
//! the pane sizes it records are memory, not state).

pub mod article;
pub mod help;
pub mod library;
pub mod references;
pub mod status;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::app::{App, Popup};
use super::layout::{Areas, MIN_HEIGHT, MIN_WIDTH};
use super::theme::Theme;
use super::view::Pane;

/// Draws the whole screen.
pub fn draw(app: &App, frame: &mut Frame<'_>) {
    let screen = frame.area();
    let buf = frame.buffer_mut();
    if Areas::too_small(screen) {
        let message = format!(
            "The terminal is too small for ibid: {}×{}, it needs at least {MIN_WIDTH}×{MIN_HEIGHT}. Make the window larger, or press q to quit.",
            screen.width, screen.height
        );
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .render(screen, buf);
        return;
    }
    let areas = Areas::new(screen, app.split);
    match &app.view {
        Some(view) => {
            let title = view.article.title_text().unwrap_or(&view.article.path);
            let mut line = crate::display::clean_line(title);
            if let Some(by) = view.article.byline_text() {
                line.push_str(" — ");
                line.push_str(&crate::display::clean_line(by));
            }
            Line::styled(line, app.theme.title).render(areas.title, buf);
            article::draw(view, &app.theme, areas.article, view.focus == Pane::Article, buf);
            references::draw(
                view,
                &app.theme,
                areas.references,
                view.focus == Pane::References,
                buf,
            );
            status::draw_article(app, view, areas.status, buf);
        }
        None => library::draw(app, screen, buf),
    }
    if app.popup == Some(Popup::Help) {
        help::draw(app, screen, buf);
    }
}

/// The bordered box of a pane, highlighted when it has the keys.
#[must_use]
pub fn pane_block<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered().title(title).border_style(if focused {
        theme.focused_border
    } else {
        theme.border
    })
}

/// The inside of a pane's border.
#[must_use]
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}
