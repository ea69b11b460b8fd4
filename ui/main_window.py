"""The main window: navigation and wiring only. Each page is its own view.

The app object owns locking: this window asks for it (``lock_requested``,
``hide_requested``) and is closed and dropped when the profile locks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from passport.models import Change, ChangeKind
from ui.app_context import AppContext
from ui.backup_dialog import BackupDialog
from ui.backup_reminder import BackupReminder
from ui.entry_editor import EntryEditor
from ui.file_chooser import FileChooser
from ui.help_view import HelpView
from ui.home_view import HomeView
from ui.lock_guard import HIDE_KEYS
from ui.people_view import PeopleView
from ui.search_view import SearchView
from ui.session import Session
from ui.settings_dialog import SettingsDialog
from ui.share_wizard import ShareWizard
from ui.suggestion_inbox_view import SuggestionInboxView
from ui.themed_icon import themed_icon
from ui.timeline_view import TimelineView

HOME, SEARCH, TIMELINE, HELP, PEOPLE, SUGGESTIONS = range(6)
# The order of the navigation list; Alt+1 … Alt+4 keep the pages they had before People came.
NAVIGATION = (HOME, SEARCH, TIMELINE, PEOPLE, SUGGESTIONS, HELP)
SHARE_KEYS = QKeySequence("Ctrl+Shift+S")


def _icon(name: str) -> QIcon:
    return themed_icon(name)


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
        self._page_before_editor = HOME
        self.setWindowTitle(self.tr("Wellbeing Passport"))

        self.home = HomeView(session)
        self.search = SearchView(session)
        self.timeline = TimelineView(session)
        self.help = HelpView()
        self.people = PeopleView(session, self.files)
        self.suggestions = SuggestionInboxView(session, self.files)
        self.editor = EntryEditor(session)
        self.backup_dialog: BackupDialog | None = None
        self.pages = QStackedWidget()
        for page in (self.home, self.search, self.timeline, self.help, self.people, self.suggestions, self.editor):
            self.pages.addWidget(page)

        self.home.open_entry.connect(self.open_entry)
        self.search.open_entry.connect(self.open_entry)
        self.timeline.open_entry.connect(self.open_entry)
        self.suggestions.open_entry.connect(self.open_entry)
        self.home.new_entry.connect(self.new_entry)
        self.editor.closed.connect(self._editor_closed)
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
            outer.addWidget(banner)
        self.backup_reminder = BackupReminder(session)
        self.backup_reminder.backup_requested.connect(self.open_backup_dialog)
        outer.addWidget(self.backup_reminder)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self._navigation())
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._shortcuts()
        self.show_page(HOME)

    # --- building -----------------------------------------------------------------------

    def _top_bar(self) -> QWidget:
        bar = QFrame()
        bar.setProperty("role", "topbar")
        self.name_label = QLabel(self.session.profile.label)
        self.name_label.setProperty("role", "passport-name")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_button = QPushButton(_icon("lock"), self.tr("Lock"))
        self.lock_button.setProperty("scaledIcon", True)
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock it now (Ctrl+L)"))
        self.hide_button = QPushButton(_icon("hide"), self.tr("Hide now"))
        self.hide_button.setProperty("scaledIcon", True)
        self.hide_button.setAccessibleName(self.tr("Hide now"))
        self.hide_button.setToolTip(self.tr("Lock at once and show a blank page (Ctrl+Shift+H)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.hide_button.clicked.connect(self.hide_requested)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.name_label, 1)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.hide_button)
        return bar

    def _navigation(self) -> QWidget:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        for icon, text in (("home", self.tr("Home")), ("search", self.tr("Search")),
                           ("timeline", self.tr("Timeline")), ("people", self.tr("People")),
                           ("add", self.tr("Suggestions")), ("help", self.tr("Help"))):
            self.navigation.addItem(QListWidgetItem(_icon(icon), text))
        self.navigation.currentRowChanged.connect(self._navigated)
        self.share_button = QPushButton(self.tr("&Share…"))
        self.share_button.setProperty("role", "primary")
        self.share_button.setAccessibleName(self.tr("Share"))
        self.share_button.setToolTip(self.tr("Choose entries to share with someone (Ctrl+Shift+S)"))
        self.share_button.clicked.connect(self.start_share)
        self.settings_button = QPushButton(_icon("settings"), self.tr("Settings"))
        self.settings_button.setProperty("scaledIcon", True)
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Settings (Alt+5)"))
        self.settings_button.clicked.connect(self.open_settings)
        panel = QFrame()
        panel.setObjectName("navigationPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.navigation, 1)
        layout.addWidget(self.share_button)
        layout.addWidget(self.settings_button)
        # Follows the text size: at 200 % the panel widens rather than cutting words off.
        self.navigation.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        return panel

    def _shortcuts(self) -> None:
        # Ctrl+Shift+H is caught by the app's LockGuard, so it works in dialogs too; this
        # one covers the window on its own (no guard installed).
        pairs = [
            (QKeySequence("Ctrl+N"), self.new_entry_here),
            (QKeySequence("Ctrl+F"), self.start_search),
            (QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (HIDE_KEYS, self.hide_requested.emit),
            (QKeySequence("Alt+5"), self.open_settings),
            (QKeySequence("Alt+6"), lambda: self.show_page(PEOPLE)),
            (QKeySequence("Alt+7"), lambda: self.show_page(SUGGESTIONS)),
            (SHARE_KEYS, self.start_share),
        ]
        pairs += [(QKeySequence(f"Alt+{n + 1}"), lambda n=n: self.show_page(n)) for n in range(4)]
        for keys, action in pairs:
            QShortcut(keys, self, action)

    # --- navigation ---------------------------------------------------------------------

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        if index in NAVIGATION:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(NAVIGATION.index(index))
            self.navigation.blockSignals(False)
        self.pages.currentWidget().setFocus()

    def _navigated(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(NAVIGATION[row])

    def open_entry(self, entry_id: str) -> None:
        self._remember_page()
        self.editor.edit(entry_id)
        self.show_page(self.pages.indexOf(self.editor))

    def new_entry(self, section_id: int) -> None:
        self._remember_page()
        self.editor.start_new(section_id)
        self.show_page(self.pages.indexOf(self.editor))

    def new_entry_here(self) -> None:
        sections = self.session.profile.sections()
        if sections:
            self.new_entry(sections[0].id)

    def start_search(self) -> None:
        self.show_page(SEARCH)

    def _remember_page(self) -> None:
        if self.pages.currentWidget() is not self.editor:
            self._page_before_editor = self.current_page()

    def _editor_closed(self) -> None:
        self.show_page(self._page_before_editor)

    def open_settings(self) -> None:
        # open(), not exec(): no nested event loop to unwind when the app locks.
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.session, self.context, self)
            self.settings_dialog.finished.connect(self._settings_closed)
        self.settings_dialog.open()

    def open_backup_dialog(self) -> None:
        # open(), not exec(), like settings: nothing to unwind when the app locks.
        if self.backup_dialog is None:
            self.backup_dialog = BackupDialog(self.session, self.files, self)
            self.backup_dialog.finished.connect(self._backup_closed)
        self.backup_dialog.open()

    def _backup_closed(self) -> None:
        if self.backup_dialog is not None:
            self.backup_dialog.deleteLater()
            self.backup_dialog = None

    def start_share(self) -> None:
        # open(), not exec(), like settings: nothing to unwind when the app locks.
        if self.share_wizard is None:
            self.share_wizard = ShareWizard(self.session, self.files, self)
            self.share_wizard.finished.connect(self._share_closed)
        self.share_wizard.open()

    def _share_closed(self) -> None:
        if self.share_wizard is not None:
            self.share_wizard.deleteLater()
            self.share_wizard = None

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS_CHANGED and not self.session.profile.is_locked:
            self.name_label.setText(self.session.profile.label)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window by hand locks too: nothing stays open behind it.
        self.session.lock()
        super().closeEvent(event)
