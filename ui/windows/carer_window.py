"""The carer's window: drafts of suggestions for one young person, and sending them.

Drafts are entries in the carer's own encrypted profile, written with the same Home and
editor the young person uses. Only what the carer sends leaves, as one signed file for the
young person's card; the young person decides what to keep. Navigation and wiring only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from passport.models import ProfileKind
from ui.content.entry_editor import EntryEditor
from ui.content.home_view import HomeView
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.app_context import AppContext
from ui.runtime.file_chooser import FileChooser
from ui.runtime.session import Session
from ui.sharing.add_card_dialog import AddCardDialog
from ui.sharing.my_card_dialog import MyCardDialog
from ui.shell.helper_help_dialog import HELP_KEYS, HelperHelpDialog, help_button
from ui.shell.lock_guard import HIDE_KEYS
from ui.shell.top_bar import TopBar
from ui.suggestions.drafting_for_strip import DraftingForStrip
from ui.suggestions.send_suggestions_dialog import SendSuggestionsDialog
from ui.widgets.tall_enough import keep_tall_enough
from ui.windows.label_title import LabelTitle
from ui.windows.settings_button import SETTINGS_KEYS, settings_button


class CarerWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(self, session: Session, app_context: AppContext, files: FileChooser | None = None) -> None:
        super().__init__()
        self.session = session
        self.context = app_context
        self.files = files or FileChooser()
        self.dialog: QWidget | None = None  # the one dialog open at a time, if any
        self.settings_dialog: SettingsDialog | None = None
        self.label_title = LabelTitle(self, session)

        self.home = HomeView(session)
        self.editor = EntryEditor(session)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.editor)
        self.home.open_entry.connect(self.open_draft)
        self.home.new_entry.connect(self.new_draft)
        self.editor.closed.connect(self.show_drafts)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar())
        banner = QLabel(self.tr("Your drafts stay here. Only what you send goes to the young person, "
                                "and they decide what to keep."), wordWrap=True)
        banner.setObjectName("carerBanner")
        banner.setProperty("role", "banner")
        keep_tall_enough(banner)  # its wrapped lines count in the window's height: never over Hide now
        outer.addWidget(banner)
        # Whose passport the drafts are for, and the young person's answer in plain sight (issue 48).
        self.strip = DraftingForStrip(session, self.files)
        outer.addWidget(self.strip)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        for keys, action in (
            (QKeySequence("Ctrl+N"), self.new_draft_here),
            (QKeySequence("Ctrl+Shift+S"), self.send_suggestions),
            (QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (HIDE_KEYS, self.hide_requested.emit),
            (SETTINGS_KEYS, self.open_settings),
            (HELP_KEYS, self.open_help),
        ):
            QShortcut(keys, self, action)
        self.show_drafts()

    def _top_bar(self) -> QWidget:
        self.send_button = QPushButton(self.tr("&Send suggestions…"))
        self.send_button.setObjectName("sendSuggestions")
        self.send_button.setProperty("role", "primary")
        self.send_button.setAccessibleName(self.tr("Send suggestions"))
        self.send_button.setToolTip(self.tr("Choose drafts and save them as a file for the young person "
                                            "(Ctrl+Shift+S)"))
        self.add_card_button = QPushButton(self.tr("Add the young person's c&ard…"))
        self.add_card_button.setObjectName("addYoungPersonCard")
        self.add_card_button.setAccessibleName(self.tr("Add the young person's card"))
        self.my_card_button = QPushButton(self.tr("&My card…"))
        self.my_card_button.setAccessibleName(self.tr("My card"))
        self.my_card_button.setToolTip(self.tr("Your card, for the young person to add, so they know "
                                               "suggestions really come from you"))
        self.send_button.clicked.connect(self.send_suggestions)
        self.add_card_button.clicked.connect(self.add_young_person_card)
        self.my_card_button.clicked.connect(self.open_my_card)
        self.settings_button = settings_button(self.open_settings)
        self.help_button = help_button(self.open_help)
        bar = TopBar(self.session.profile.label,
                     (self.send_button, self.add_card_button, self.my_card_button, self.settings_button,
                      self.help_button))
        self.lock_button, self.hide_button = bar.lock_button, bar.hide_button
        bar.lock_requested.connect(self.lock_requested)
        bar.hide_requested.connect(self.hide_requested)
        return bar

    # --- drafts -------------------------------------------------------------------------

    def show_drafts(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.home.setFocus()

    def open_draft(self, entry_id: str) -> None:
        self.editor.edit(entry_id)
        self.pages.setCurrentWidget(self.editor)

    def new_draft(self, section_id: int) -> None:
        self.editor.start_new(section_id)
        self.pages.setCurrentWidget(self.editor)
        self.editor.setFocus()

    def new_draft_here(self) -> None:
        sections = self.session.profile.sections()
        if sections:
            self.new_draft(sections[0].id)

    # --- dialogs (open(), never exec(): nothing nested to unwind when the app locks) -------

    def _open(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        dialog.deleteLater()

    def send_suggestions(self) -> None:
        self.editor.save_now()
        self._open(SendSuggestionsDialog(self.session, self.files, self))

    def add_young_person_card(self) -> None:
        dialog = AddCardDialog(self.session, self.files, self.tr("Add the young person's card"), self)
        dialog.accepted.connect(lambda: self.strip.card_added(dialog.card))
        self._open(dialog)

    def open_my_card(self) -> None:
        self._open(MyCardDialog(self.session, self.files, False, self))

    def open_help(self) -> None:
        self._open(HelperHelpDialog(ProfileKind.CARER, self))

    def open_settings(self) -> None:
        self.settings_dialog = SettingsDialog(self.session, self.context, self, files=self.files)
        self._open(self.settings_dialog)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window by hand locks too: nothing stays open behind it.
        self.session.lock()
        super().closeEvent(event)

