"""The practitioner's window: the files young people shared with them, and each one read-only.

Opening a file runs in a worker: the core decrypts and checks all of it before keeping
anything, and every reason for refusing it gets its own sentence. Content is deleted when
its time is up: checked when the window opens and every minute while it is open, in the job
runner (a caseload of shares takes a while to delete, and the window must keep answering;
reads leave out what is out of date themselves, so nothing is shown while it runs).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from passport.errors import BundleNeedsPassphrase, BundleWrongPassphrase, InvalidValue, NotFound, SenderHeld
from passport.exchange.received import HeldShare, ReceivedBundle, ReceivedWithdrawal
from passport.formats.bundle_format import BUNDLE_SUFFIX
from passport.models import Change, ProfileKind
from ui.content.settings_dialog import SettingsDialog
from ui.practitioner.bundle_view import BundleView
from ui.practitioner.held_shares_view import HeldSharesView
from ui.practitioner.receipt_button import ReceiptButton
from ui.practitioner.received_list_model import ReceivedListModel
from ui.practitioner.reply_button import ReplyButton
from ui.practitioner.sender_status import opened_text
from ui.runtime.app_context import AppContext
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.runtime.themed_icon import themed_icon
from ui.sharing.my_card_dialog import MyCardDialog
from ui.shell.helper_help_dialog import HELP_KEYS, HelperHelpDialog, help_button
from ui.shell.lock_guard import HIDE_KEYS
from ui.shell.passphrase_prompt import PassphrasePrompt
from ui.shell.top_bar import TopBar
from ui.widgets.whole_columns import WholeColumns
from ui.windows.label_title import LabelTitle
from ui.windows.open_once import open_once
from ui.windows.settings_button import SETTINGS_KEYS, settings_button

PURGE_EVERY_MSEC = 60_000
RESIZE_ROWS = 30


class PractitionerWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()

    def __init__(self, session: Session, app_context: AppContext, files: FileChooser | None = None) -> None:
        super().__init__()
        self.session = session
        self.context = app_context
        self.files = files or FileChooser()
        self.card_dialog: MyCardDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.help_dialog: HelperHelpDialog | None = None
        self.passphrase_prompt: PassphrasePrompt | None = None
        self._opening: Path | None = None
        self._purging = False
        self._shown: str | None = None  # the bundle in the view
        self._to_select: str | None = None  # a file just opened, shown on the next turn
        self._handed: ReceivedBundle | None = None  # that file, as its job read it
        self._building = True  # made a piece per turn (see below)
        self.label_title = LabelTitle(self, session)
        self.model = ReceivedListModel(session, self, read=False)  # read on the next turn (_read_list)
        self.view = BundleView(session, self.files)

        splitter = QSplitter()
        splitter.addWidget(self._list_panel())
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 680])
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar())
        body = QVBoxLayout()
        body.setContentsMargins(16, 12, 16, 12)
        body.addWidget(splitter, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        # A turn of the event loop each (each tens of milliseconds with a caseload): the frame (the
        # top bar) made and painted; the list read; the body, the list and the file's side,
        # polished, laid out and painted whole, never a part of it; the first file in it.
        self.body = splitter
        splitter.hide()

        self.purge_timer = QTimer(self, interval=PURGE_EVERY_MSEC)
        self.purge_timer.timeout.connect(self.purge_expired)
        self.purge_timer.start()
        session.changed.connect(self._on_change)
        session.locked.connect(self._locked)
        self._shortcuts()
        self.list.setFocus()
        QTimer.singleShot(1, self, self._read_list)  # a timer: 0 would run before the frame's paint

    def _read_list(self) -> None:
        """The shares in date (200 of them take 30 ms to read), on a turn of their own."""
        self.model.refresh()
        self._update_empty()
        QTimer.singleShot(1, self, self._show_body)
        # After the read, not while the window is made: the purge's thread and its hold on the
        # store would slow both down.
        self.purge_expired()

    def showEvent(self, event: QShowEvent) -> None:
        # The keyboard on the list from the start, though it shows on the next turn: else the
        # start window gives it to the first button it can see (My card), ringed for a turn.
        if self.body.isHidden():
            self.list.setFocus()
        super().showEvent(event)

    def _show_body(self) -> None:
        """The list and the file's side, whole; the first file in it and the purge on the next turn."""
        if self.body.isHidden():
            self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            WholeColumns(self.list)  # "Open, 30 days left" whole, never "Open, 30 day…"
            self.body.show()
            # The keyboard on the list, as before the body came (unless a dialog has it: My card).
            focus = QApplication.focusWidget()
            if focus is None or focus is self or self.isAncestorOf(focus):
                self.list.setFocus()
            QTimer.singleShot(1, self, self._show_first)

    def _show_first(self) -> None:
        if not self.session.profile.is_locked and self.model.rowCount():
            row = self.list.selectionModel().currentIndex().row()
            if row < 0:
                self.list.selectRow(0)
            elif self._shown is None:  # chosen while the body was still to come (the list focused)
                self._show_row(row)
        self._building = False

    @property
    def built(self) -> bool:
        """Every piece is in: the list read, the body shown, the first file chosen."""
        return not self._building

    # --- building -----------------------------------------------------------------------

    def _top_bar(self) -> QWidget:
        self.card_button = QPushButton(self.tr("My &card…"))
        self.card_button.setAccessibleName(self.tr("My card"))
        self.card_button.setToolTip(self.tr("Your name, role and organisation, and your card to give young people"))
        self.card_button.clicked.connect(self.open_card_dialog)
        self.settings_button = settings_button(self.open_settings)
        self.help_button = help_button(self.open_help)
        bar = TopBar(self.session.profile.label, (self.card_button, self.settings_button, self.help_button))
        self.lock_button, self.hide_button = bar.lock_button, bar.hide_button
        bar.lock_requested.connect(self.lock_requested)
        bar.hide_requested.connect(self.hide_requested)
        return bar

    def _list_panel(self) -> QWidget:
        title = QLabel(self.tr("&Shared with you"))
        title.setProperty("role", "heading")
        self.list = QTableView()
        self.list.setObjectName("receivedList")
        self.list.setAccessibleName(self.tr("Files shared with you"))
        self.list.setModel(self.model)
        title.setBuddy(self.list)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.list.horizontalHeader().setAccessibleName(self.tr("Columns"))
        header = self.list.horizontalHeader()
        # Columns fit the rows on screen (and a few more), not every row: measuring all of
        # a caseload of hundreds asked the model for every cell, several times over. They are
        # sized once the body is shown (_show_body), not at each step of making the window.
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setStretchLastSection(True)
        self.list.setTabKeyNavigation(False)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_row(current.row()))
        self.empty = QLabel(self.tr("Nothing here yet. When a young person gives you a shared file, "
                                    "open it here. Give them your card first (My card…)."), wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.open_button = QPushButton(themed_icon("add", on_accent=True), self.tr("&Open a shared file…"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setProperty("scaledIcon", True)
        self.open_button.setAccessibleName(self.tr("Open a shared file"))
        self.open_button.setToolTip(self.tr("Open a .wpb file a young person gave you (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose_and_open)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Opening the file"))
        self.busy.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("practitionerStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        # Shares in a known name from another card: apart, with a warning, never listed as theirs.
        self.held = HeldSharesView(self.session)
        self.held.said.connect(self.status.setText)
        layout.addWidget(self.held)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.open_button)
        self._answer_buttons(layout)
        return panel

    def _answer_buttons(self, layout: QVBoxLayout) -> None:
        # "Save a receipt…": tells the young person this file was opened, and when.
        self.receipt_button = ReceiptButton(self.session, self.files)
        self.receipt_button.said.connect(self.status.setText)
        layout.addWidget(self.receipt_button)
        # "Reply…": a message back, and what they'll do, for the young person who shared it.
        self.reply_button = ReplyButton(self.session, self.files)
        self.reply_button.said.connect(self.status.setText)
        layout.addWidget(self.reply_button)

    def _shortcuts(self) -> None:
        pairs = [
            (QKeySequence("Ctrl+O"), self.choose_and_open),
            (QKeySequence("Ctrl+P"), self.view.print_it),
            (QKeySequence("Ctrl+L"), self.lock_requested.emit),
            (HIDE_KEYS, self.hide_requested.emit),
            (SETTINGS_KEYS, self.open_settings),
            (HELP_KEYS, self.open_help),
        ]
        for keys, action in pairs:
            QShortcut(keys, self, action)

    # --- the list and the view --------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        self._shown = None
        if self.body.isHidden():
            return  # the file comes on its own turn once the body is shown (_show_first)
        if row < 0 or self.session.profile.is_locked:
            self.view.clear()
            self.receipt_button.set_bundle(None)
            self.reply_button.set_bundle(None)
            return
        handed, self._handed = self._handed, None
        bundle_id = self.model.bundle_id(row)
        try:
            bundle = (handed if handed is not None and handed.id == bundle_id
                      else self.session.profile.received.received_bundle(bundle_id))
        except (NotFound, SenderHeld):
            # Its time ran out since the list was made (reads check expiry themselves): catch up.
            self.view.clear()
            self.receipt_button.set_bundle(None)
            self.reply_button.set_bundle(None)
            self.purge_expired()
            return
        self.view.show_bundle(bundle)
        self._shown = bundle.id
        self.receipt_button.set_bundle(bundle.id, bundle.sender.display_name)
        self.reply_button.set_bundle(bundle.id)

    def select_bundle(self, bundle_id: str, bundle: ReceivedBundle | None = None) -> None:
        """``bundle``: the file as the job that opened it read it, so that it is not read again."""
        row = self.model.row_of(bundle_id)
        if row >= 0:
            self._handed = bundle
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            if self._shown != bundle_id or self.view.content is None:  # a large share is not laid out twice
                self._show_row(row)
            self._handed = None

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def _on_change(self, _change: Change) -> None:
        # The list was just refreshed, which clears its selection.
        self._update_empty()
        if self._to_select is None:  # else: the file just opened, on its turn
            self._keep_one_selected()

    def _keep_one_selected(self) -> None:
        if self.list.selectionModel().currentIndex().row() < 0:
            if self.model.rowCount():
                self.list.selectRow(0)
            else:
                self.view.clear()

    # --- opening a file ------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        path = self.files.open_path(self, self.tr("Open a shared file"),
                                    self.tr("Shared files (*{0});;Any file (*)").format(BUNDLE_SUFFIX))
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, passphrase: str | None = None) -> None:
        self._opening = path
        self.status.setText(self.tr("Opening and checking the file…"))
        self.busy.setVisible(True)
        self.open_button.setEnabled(False)
        self.session.run(self.session.profile.received.open_bundle, path, passphrase,
                         on_finished=self._opened, on_failed=self._not_opened)

    def _done_opening(self) -> None:
        self.busy.setVisible(False)
        self.open_button.setEnabled(True)

    def _opened(self, change: Change) -> None:
        self._opening = None
        found = change.subject
        if isinstance(found, ReceivedBundle):
            # The list now, the file it opened on the next turn (each is tens of milliseconds
            # with a large share); "opening" ends once the file is on screen.
            self._to_select = found.id
        else:
            self._done_opening()
        self.session.apply(change)
        if isinstance(found, ReceivedWithdrawal):
            text = (self.tr("{0} withdrew a file they had shared. It has been deleted.") if found.removed
                    else self.tr("{0} withdrew a file they had shared. It isn't here, so nothing was deleted."))
            self.status.setText(text.format(found.sender.display_name))
        elif isinstance(found, HeldShare):
            self.status.setText(opened_text(found, None))
            self.held.decide(found.id)
        elif isinstance(found, ReceivedBundle):
            # Started last, so what already waits (a key, a paint) comes first.
            QTimer.singleShot(1, self, functools.partial(self._show_opened, found))

    def _show_opened(self, bundle: ReceivedBundle) -> None:
        """The file just opened on screen, and only then said so."""
        self._to_select = None
        try:
            if not self.session.profile.is_locked:
                self.select_bundle(bundle.id, bundle)  # its manifest parsed once, in the job, not again here
                self._keep_one_selected()  # gone meanwhile (its time was up): as after any change
                # What was checked is the file and the card that signed it, not who holds the card.
                sender = self.session.profile.received.sender(bundle.sender.fingerprint)
                self.status.setText(opened_text(bundle, sender))
        finally:
            self._done_opening()

    def _not_opened(self, error: BaseException) -> None:
        self._done_opening()
        if isinstance(error, BundleNeedsPassphrase | BundleWrongPassphrase) and self._opening is not None:
            problem = message_for(error) if isinstance(error, BundleWrongPassphrase) else ""
            self.status.setText(message_for(error))
            self._ask_passphrase(problem)
            return
        self._opening = None
        self.status.setText(message_for(error))

    def _ask_passphrase(self, problem: str) -> None:
        self.passphrase_prompt = PassphrasePrompt(problem, self)
        self.passphrase_prompt.finished.connect(self._passphrase_given)
        self.passphrase_prompt.open()

    def _passphrase_given(self, result: int) -> None:
        prompt, self.passphrase_prompt = self.passphrase_prompt, None
        if prompt is None:
            return
        passphrase = prompt.passphrase()
        prompt.deleteLater()
        path, self._opening = self._opening, None
        if result == PassphrasePrompt.DialogCode.Accepted and path is not None and passphrase:
            self.open_file(path, passphrase)
        else:
            self.status.setText(self.tr("The file was not opened."))

    # --- deleting at expiry, the card, locking ---------------------------------------------------

    def purge_expired(self) -> None:
        """Delete what is out of date, off the GUI thread; the list follows when it is done."""
        if self.session.profile.is_locked or self._purging:
            return
        self._purging = True
        self.session.run(self.session.profile.received.purge_expired, context=self,
                         on_finished=self._purged, on_failed=self._not_purged)

    def _purged(self, change: Change) -> None:
        self._purging = False
        if change.subject:
            self.session.apply(change)

    def _not_purged(self, error: BaseException) -> None:
        # Tried again at the next minute; reads keep leaving out what is out of date meanwhile.
        self._purging = False
        self.status.setText(message_for(error))

    def ask_for_card_details(self) -> None:
        """A new practitioner's card needs a name before a young person can use it."""
        try:
            self.session.profile.people.own_card()
        except InvalidValue:
            self.open_card_dialog()

    def open_card_dialog(self) -> None:
        open_once(self, "card_dialog",
                  lambda: MyCardDialog(self.session, self.files, with_role=True, parent=self))

    def open_settings(self) -> None:
        open_once(self, "settings_dialog", lambda: SettingsDialog(self.session, self.context, self, files=self.files))

    def open_help(self) -> None:
        open_once(self, "help_dialog", lambda: HelperHelpDialog(ProfileKind.PRACTITIONER, self))

    def _locked(self) -> None:
        self.purge_timer.stop()
        self.view.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window by hand locks too: nothing stays open behind it.
        self.session.lock()
        super().closeEvent(event)
