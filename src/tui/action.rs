//! What a key can ask the reader to do. Keys become actions through the
//! keymap; `App::update` turns actions into state changes.

use std::fmt;

/// Every action of the reader, named in the keymap file in kebab-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    ScrollDown,
    ScrollUp,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextMarker,
    PrevMarker,
    NextSentence,
    PrevSentence,
    SwitchPane,
    Activate,
    Search,
    SearchNext,
    SearchPrev,
    OpenUrl,
    CopyReference,
    JumpBack,
    JumpForward,
    MarkSupported,
    MarkDisputed,
    MarkUnverified,
    Annotate,
    RateSource,
    DeleteAnnotation,
    NotesList,
    Help,
    Close,
    Quit,
}

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: &[Action] = &[
        Action::ScrollDown,
        Action::ScrollUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::NextMarker,
        Action::PrevMarker,
        Action::NextSentence,
        Action::PrevSentence,
        Action::SwitchPane,
        Action::Activate,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrev,
        Action::OpenUrl,
        Action::CopyReference,
        Action::JumpBack,
        Action::JumpForward,
        Action::MarkSupported,
        Action::MarkDisputed,
        Action::MarkUnverified,
        Action::Annotate,
        Action::RateSource,
        Action::DeleteAnnotation,
        Action::NotesList,
        Action::Help,
        Action::Close,
        Action::Quit,
    ];

    /// The action's name in the keymap file.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Action::ScrollDown => "scroll-down",
            Action::ScrollUp => "scroll-up",
            Action::HalfPageDown => "half-page-down",
            Action::HalfPageUp => "half-page-up",
            Action::PageDown => "page-down",
            Action::PageUp => "page-up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::NextMarker => "next-marker",
            Action::PrevMarker => "prev-marker",
            Action::NextSentence => "next-sentence",
            Action::PrevSentence => "prev-sentence",
            Action::SwitchPane => "switch-pane",
            Action::Activate => "activate",
            Action::Search => "search",
            Action::SearchNext => "search-next",
            Action::SearchPrev => "search-prev",
            Action::OpenUrl => "open-url",
            Action::CopyReference => "copy-reference",
            Action::JumpBack => "jump-back",
            Action::JumpForward => "jump-forward",
            Action::MarkSupported => "mark-supported",
            Action::MarkDisputed => "mark-disputed",
            Action::MarkUnverified => "mark-unverified",
            Action::Annotate => "annotate",
            Action::RateSource => "rate-source",
            Action::DeleteAnnotation => "delete-annotation",
            Action::NotesList => "notes-list",
            Action::Help => "help",
            Action::Close => "close",
            Action::Quit => "quit",
        }
    }

    /// The action with this keymap name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
