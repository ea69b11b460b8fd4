"""The main window: navigation and wiring only. Each page is its own view.

Pages are made the first time they are shown (or asked for), and their modules and the
dialogs' are imported then too, so Home paints without waiting for search, the timeline,
the editor and the rest to be built first. (The app imports them while the unlock screen
waits for the passphrase, see ``ui.app``, so by the time a page is wanted that is done.)

The app object owns locking: this window asks for it (``lock_requested``,
``hide_requested``) and is closed and dropped when the profile locks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from passport.models import Change, ChangeKind
from ui.content.backup_reminder import BackupReminder
from ui.content.home_view import HomeView
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import add_symbols, is_easy_read, symbol
from ui.runtime.file_chooser import FileChooser
from ui.runtime.session import Session
from ui.runtime.speech import Speaker
from ui.runtime.themed_icon import themed_icon
from ui.shell.lock_guard import HIDE_KEYS
from ui.shell.top_bar import TopBar
from ui.widgets.read_aloud_button import ReadAloudButton
from ui.widgets.side_pages import current_follows_selection
from ui.widgets.spoken_page import QuietStack, speak_as_page
from ui.widgets.tall_enough import keep_tall_enough
from ui.windows.label_title import LabelTitle
from ui.windows.open_once import open_once
from ui.windows.side_panel_scroll import SidePanelScroll

if TYPE_CHECKING:
    from passport.exchange.sharing import Share
    from ui.content.backup_dialog import BackupDialog
    from ui.content.entry_editor import EntryEditor
    from ui.content.one_page_dialog import OnePageDialog
    from ui.content.safety_plan_view import SafetyPlanView
    from ui.content.search_view import SearchView
    from ui.content.settings_dialog import SettingsDialog
    from ui.content.timeline_view import TimelineView
    from ui.sharing.people_view import PeopleView
    from ui.sharing.share_wizard import ShareWizard
    from ui.shell.help_view import HelpView
    from ui.suggestions.suggestion_inbox_view import SuggestionInboxView

HOME, SEARCH, TIMELINE, HELP, PEOPLE, SUGGESTIONS, EDITOR, PLAN = range(8)
# The order of the navigation list. Alt+1 … Alt+6 follow it, and Settings, below it, is Alt+7.
NAVIGATION = (HOME, SEARCH, TIMELINE, PEOPLE, SUGGESTIONS, HELP)
SETTINGS_KEYS = QKeySequence("Alt+7")
SHARE_KEYS = QKeySequence("Ctrl+Shift+S")
PLAN_KEYS = QKeySequence("Ctrl+Shift+P")
READ_KEYS = QKeySequence("Ctrl+Shift+R")
EDITOR_AHEAD_MS = 1500  # after Home has painted: the start is no slower (the editor takes about 50 ms)
NAVIGATION_SYMBOLS = ("home", "search", "timeline", "cards", "suggestions", "help")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(self, session: Session, app_context: AppContext, files: FileChooser | None = None) -> None:
        super().__init__()
        self.session = session
        self.context = app_context
        self.files = files or FileChooser()
        self.settings_dialog: SettingsDialog | None = None
        self.share_wizard: ShareWizard | None = None
        self.one_page_dialog: OnePageDialog | None = None
        self._page_before_editor = HOME
        self.label_title = LabelTitle(self, session)
        self.easy_read = is_easy_read(session.profile)
        # Reading aloud stops at once on lock, Hide now, and before the window is made anew.
        self.speaker = Speaker(app_context.speech_engine, self)
        session.about_to_lock.connect(self.speaker.stop)
        session.about_to_rebuild.connect(self.speaker.stop)

        self.backup_dialog: BackupDialog | None = None
        self._makers: dict[int, Callable[[], QWidget]] = {
            HOME: self._make_home, SEARCH: self._make_search, TIMELINE: self._make_timeline,
            HELP: self._make_help, PEOPLE: self._make_people, SUGGESTIONS: self._make_suggestions,
            EDITOR: self._make_editor, PLAN: self._make_plan,
        }
        self._made: dict[int, QWidget] = {}
        # An empty stand-in holds each page's place until the page is first needed.
        self.pages = QuietStack()  # not "layered pane": each page says its own name (ui.widgets.spoken_page)
        for _index in self._makers:
            self.pages.addWidget(QWidget())
        session.changed.connect(self._on_change)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar())
        if app_context.is_demo:
            banner = QLabel(self.tr("Demo: nothing here is real, and it is deleted when you close the app."),
                            wordWrap=True)
            banner.setProperty("role", "banner")
            keep_tall_enough(banner)  # its wrapped lines count in the window's height: never over Hide now
            outer.addWidget(banner)
        self.backup_reminder = BackupReminder(session)
        self.backup_reminder.backup_requested.connect(self.open_backup_dialog)
        keep_tall_enough(self.backup_reminder)
        outer.addWidget(self.backup_reminder)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(SidePanelScroll(self._navigation()))  # scrolls rather than making the window too tall
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        if self.easy_read:
            self._show_symbols()
        self._shortcuts()
        # The frame first, painted at once; Home, which takes a while with thousands of entries,
        # on the next turn of the event loop (sooner if something asks for it).
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(NAVIGATION.index(HOME))
        self.navigation.blockSignals(False)
        QTimer.singleShot(1, self, self._first_page)  # a timer: 0 would run before the paint

    # --- pages, made on first use ---------------------------------------------------------

    def page(self, index: int) -> QWidget:
        """The page at ``index``, made now if this is the first time it is needed. Pages are
        made inside the stack, so the style sheet is worked out once, not again on moving in."""
        made = self._made.get(index)
        if made is None:
            made = self._made[index] = self._makers[index]()
            name = self._page_names().get(index)
            if name:  # Home's own focus, its scroll area, says "Home" already
                speak_as_page(made, name)
            stand_in = self.pages.widget(index)
            self.pages.insertWidget(index, made)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return made

    def _page_names(self) -> dict[int, str]:
        """What a screen reader says as the focus enters a page (once, not on each move in it)."""
        return {SEARCH: self.tr("Search"), TIMELINE: self.tr("Timeline"), HELP: self.tr("Help"),
                PEOPLE: self.tr("People"), SUGGESTIONS: self.tr("Suggestions"), EDITOR: self.tr("Your entry"),
                PLAN: self.tr("When things get hard")}

    @property
    def home(self) -> HomeView:
        return cast("HomeView", self.page(HOME))

    @property
    def search(self) -> SearchView:
        return cast("SearchView", self.page(SEARCH))

    @property
    def timeline(self) -> TimelineView:
        return cast("TimelineView", self.page(TIMELINE))

    @property
    def help(self) -> HelpView:
        return cast("HelpView", self.page(HELP))

    @property
    def people(self) -> PeopleView:
        return cast("PeopleView", self.page(PEOPLE))

    @property
    def suggestions(self) -> SuggestionInboxView:
        return cast("SuggestionInboxView", self.page(SUGGESTIONS))

    @property
    def editor(self) -> EntryEditor:
        return cast("EntryEditor", self.page(EDITOR))

    @property
    def plan(self) -> SafetyPlanView:
        return cast("SafetyPlanView", self.page(PLAN))

    def _make_plan(self) -> SafetyPlanView:
        from ui.content.safety_plan_view import SafetyPlanView

        return SafetyPlanView(self.session, self.pages)

    def _make_home(self) -> HomeView:
        home = HomeView(self.session, self.pages, speaker=self.speaker)
        home.open_entry.connect(self.open_entry)
        home.new_entry.connect(self.new_entry)
        home.reply_notice.read_requested.connect(self.show_reply)
        return home

    def _make_search(self) -> SearchView:
        from ui.content.search_view import SearchView

        search = SearchView(self.session, self.pages)
        search.open_entry.connect(self.open_entry)
        return search

    def _make_timeline(self) -> TimelineView:
        from ui.content.timeline_view import TimelineView

        timeline = TimelineView(self.session, self.pages)
        timeline.open_entry.connect(self.open_entry)
        return timeline

    def _make_help(self) -> HelpView:
        from ui.shell.help_view import HelpView

        return HelpView(self.pages, easy_read=self.easy_read)

    def _make_people(self) -> PeopleView:
        from ui.sharing.people_view import PeopleView

        return PeopleView(self.session, self.files, self.pages)

    def _make_suggestions(self) -> SuggestionInboxView:
        from ui.suggestions.suggestion_inbox_view import SuggestionInboxView

        suggestions = SuggestionInboxView(self.session, self.files, self.pages)
        suggestions.open_entry.connect(self.open_entry)
        return suggestions

    def _make_editor(self) -> EntryEditor:
        from ui.content.entry_editor import EntryEditor

        editor = EntryEditor(self.session, self.pages, speaker=self.speaker)
        editor.closed.connect(self._editor_closed)
        return editor

    # --- building -----------------------------------------------------------------------

    def _top_bar(self) -> QWidget:
        # One press from anywhere: the plan for when things get hard, and people to talk to now.
        self.plan_button = QPushButton(self.tr("When thi&ngs get hard"))
        self.plan_button.setObjectName("planButton")
        self.plan_button.setAccessibleName(self.tr("When things get hard"))
        self.plan_button.setToolTip(self.tr("Your plan, and people to talk to now (Ctrl+Shift+P)"))
        self.plan_button.clicked.connect(self.open_plan)
        bar = TopBar(self.session.profile.label, [self.plan_button])
        self.name_label, self.lock_button, self.hide_button = bar.name_label, bar.lock_button, bar.hide_button
        bar.lock_requested.connect(self.lock_requested)
        bar.hide_requested.connect(self.hide_requested)
        return bar

    def _navigation(self) -> QWidget:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        for icon, text in (("home", self.tr("Home")), ("search", self.tr("Search")),
                           ("timeline", self.tr("Timeline")), ("people", self.tr("People")),
                           ("add", self.tr("Suggestions")), ("help", self.tr("Help"))):
            self.navigation.addItem(QListWidgetItem(themed_icon(icon), text))
        self.navigation.currentRowChanged.connect(self._navigated)
        current_follows_selection(self.navigation)
        self.share_button = QPushButton(self.tr("&Share…"))
        self.share_button.setProperty("role", "primary")
        self.share_button.setAccessibleName(self.tr("Share"))
        self.share_button.setToolTip(self.tr("Choose entries to share with someone (Ctrl+Shift+S)"))
        self.share_button.clicked.connect(self.start_share)
        self.one_page_button = QPushButton(self.tr("&My one-page profile…"))
        self.one_page_button.setAccessibleName(self.tr("One-page profile"))
        self.one_page_button.setToolTip(self.tr("A page about you to print or save as a PDF, from entries you pick"))
        self.one_page_button.clicked.connect(self.open_one_page)
        self.settings_button = QPushButton(themed_icon("settings"), self.tr("Settings"))
        self.settings_button.setProperty("scaledIcon", True)
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Settings (Alt+7)"))
        self.settings_button.clicked.connect(self.open_settings)
        panel = QFrame()
        panel.setObjectName("navigationPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.navigation, 1)
        layout.addWidget(self.share_button)
        layout.addWidget(self.one_page_button)
        layout.addWidget(self.settings_button)
        # Follows the text size: at 200 % the panel widens rather than cutting words off.
        self.navigation.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never smaller than its pages: a scroll bar there cut the names short ("Timeli…").
        self.navigation.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        return panel

    def _shortcuts(self) -> None:
        # Ctrl+Shift+H and Ctrl+L are caught by the app's LockGuard, so they work in dialogs too;
        # these cover the window on its own (no guard installed).
        pairs = [
            (QKeySequence("Ctrl+N"), self.new_entry_here),
            (QKeySequence("Ctrl+F"), self.start_search),
            (QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (HIDE_KEYS, self.hide_requested.emit),
            (SETTINGS_KEYS, self.open_settings),
            (SHARE_KEYS, self.start_share),
            (PLAN_KEYS, self.open_plan),
            (READ_KEYS, self.read_aloud),
        ]
        pairs += [(QKeySequence(f"Alt+{row + 1}"), lambda page=page: self.show_page(page))
                  for row, page in enumerate(NAVIGATION)]
        for keys, action in pairs:
            QShortcut(keys, self, action)

    def _show_symbols(self) -> None:
        """Easy read: a picture beside each page's name and each main action."""
        add_symbols([(self.share_button, "share"), (self.settings_button, "settings"),
                     (self.plan_button, "when_things_get_hard"), (self.lock_button, "lock"),
                     (self.hide_button, "hide")])
        for row, name in enumerate(NAVIGATION_SYMBOLS):
            self.navigation.item(row).setIcon(symbol(name))
        self.navigation.setProperty("easyRead", True)

    def read_aloud(self) -> None:
        """Ctrl+Shift+R: what the page's own Read aloud button reads (Home, an entry); again, stop."""
        button = self.pages.currentWidget().findChild(ReadAloudButton)
        if self.speaker.is_speaking():
            self.speaker.stop()
        elif button is not None:
            button.press()

    # --- navigation ---------------------------------------------------------------------

    def _first_page(self) -> None:
        """Home, unless a page was chosen meanwhile or the profile locked."""
        if self.pages.currentWidget() not in self._made.values() and not self.session.profile.is_locked:
            self.show_page(HOME)
        QTimer.singleShot(EDITOR_AHEAD_MS, self, self._editor_ahead)

    def _editor_ahead(self) -> None:
        """The editor made while nothing is asked of the app, not when the first entry is opened.
        Made then, its Title told a screen reader where its caret is just before it got the focus,
        and Orca 43 said nothing at all of it (the Orca run; ui.widgets.caret_primer says why)."""
        if EDITOR not in self._made and not self.session.profile.is_locked:
            self.page(EDITOR)

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentWidget(self.page(index))
        if index in NAVIGATION:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(NAVIGATION.index(index))
            self.navigation.blockSignals(False)
        self.pages.currentWidget().setFocus()

    def _navigated(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.page(NAVIGATION[row]))

    def open_entry(self, entry_id: str) -> None:
        self._remember_page()
        self.editor.edit(entry_id)
        speak_as_page(self.editor, self.tr("Your entry"))
        self.show_page(EDITOR)

    def show_reply(self, share: Share) -> None:
        """From Home's "… replied to what you shared": the reply, on the People page."""
        self.show_page(PEOPLE)
        self.people.show_reply(share)

    def new_entry(self, section_id: int) -> None:
        self._remember_page()
        self.editor.start_new(section_id)
        speak_as_page(self.editor, self.tr("New entry"))
        self.show_page(EDITOR)

    def new_entry_here(self) -> None:
        sections = self.session.profile.sections()
        if sections:
            self.new_entry(sections[0].id)

    def open_plan(self) -> None:
        self.show_page(PLAN)
        # Not one of the pages on the left: none of them is marked as the one shown.
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)

    def start_search(self) -> None:
        self.show_page(SEARCH)

    def _remember_page(self) -> None:
        if self.current_page() != EDITOR:
            self._page_before_editor = self.current_page()

    def _editor_closed(self) -> None:
        self.show_page(self._page_before_editor)

    def open_settings(self) -> None:
        def make() -> SettingsDialog:
            from ui.content.settings_dialog import SettingsDialog

            dialog = SettingsDialog(self.session, self.context, self, files=self.files)
            dialog.people_wanted.connect(lambda: self.show_page(PEOPLE))  # trusted people: add or check cards
            return dialog

        open_once(self, "settings_dialog", make)

    def open_backup_dialog(self) -> None:
        def make() -> BackupDialog:
            from ui.content.backup_dialog import BackupDialog

            return BackupDialog(self.session, self.files, self)

        open_once(self, "backup_dialog", make)

    def start_share(self) -> None:
        def make() -> ShareWizard:
            from ui.sharing.share_wizard import ShareWizard

            return ShareWizard(self.session, self.files, self)

        open_once(self, "share_wizard", make)

    def open_one_page(self) -> None:
        def make() -> OnePageDialog:
            from ui.content.one_page_dialog import OnePageDialog

            return OnePageDialog(self.session, self.files, self)

        open_once(self, "one_page_dialog", make)

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS_CHANGED and not self.session.profile.is_locked:
            self.name_label.setText(self.session.profile.label)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window by hand locks too: nothing stays open behind it.
        self.session.lock()
        super().closeEvent(event)
