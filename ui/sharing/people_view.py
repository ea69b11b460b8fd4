"""The people I share with: their cards (checked or not, in words), what was shared with
each and its state, adding someone's card, giving mine, and withdrawing a share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from passport.errors import NotFound, PassportError
from passport.exchange.sharing import Share, ShareState
from passport.formats.bundle_format import BUNDLE_SUFFIX
from passport.formats.cards import CARD_SUFFIX, read_card
from ui.runtime.easy_read import is_easy_read
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.sharing.card_check_dialog import CardCheckDialog, CardChoice
from ui.sharing.contact_model import ContactModel, about, checked_text
from ui.sharing.my_card_dialog import MyCardDialog
from ui.sharing.open_receipt_button import OpenReceiptButton
from ui.sharing.share_history_model import ShareHistoryModel
from ui.sharing.share_replies_view import ShareRepliesView
from ui.sharing.withdraw_dialog import WithdrawDialog
from ui.widgets.dialog_parts import words
from ui.widgets.whole_label import WholeLabel


class PeopleView(QWidget):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self.dialog: CardCheckDialog | MyCardDialog | WithdrawDialog | None = None
        self.contacts = ContactModel(session, parent=self)
        self.history = ShareHistoryModel(session, self)

        self.add_button = QPushButton(self.tr("&Add someone's card…"))
        self.add_button.setAccessibleName(self.tr("Add someone's card"))
        self.give_button = QPushButton(self.tr("&Give my card…"))
        self.give_button.setAccessibleName(self.tr("Give my card"))
        self.add_button.clicked.connect(self.add_card)
        self.give_button.clicked.connect(self.give_card)
        caption = QLabel(self.tr("&People"))
        caption.setProperty("role", "heading")
        self.people = QListView()
        self.people.setObjectName("peopleList")
        self.people.setAccessibleName(self.tr("People I share with"))
        self.people.setModel(self.contacts)
        self.people.setSpacing(4)
        self.people.setWordWrap(True)
        caption.setBuddy(self.people)
        self.people.selectionModel().currentChanged.connect(lambda *_: self._show_person())
        self.contacts.modelReset.connect(self._reselect)
        self.empty = words(self.tr("No one yet. Ask the person for their card file, then choose "
                                    "“Add someone's card…”."), "hint")

        self.name = words("", "title")
        self.about = words("", "lead")
        self.checked = words()
        self.check_button = QPushButton(self.tr("&Compare the numbers…"))
        self.check_button.setAccessibleName(self.tr("Compare the card numbers"))
        self.check_button.clicked.connect(self.check_card)
        history_caption = self._history_table()
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the chosen share"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.receipt_button = OpenReceiptButton(session, files)
        self.status = WholeLabel()  # a long refusal wraps to two lines, never cut in half
        self.status.setObjectName("peopleStatus")
        self.receipt_button.said.connect(self.status.setText)
        # A reply just opened is shown at once: its share chosen, the page scrolled to it.
        self.receipt_button.reply_opened.connect(lambda opened: self.show_reply(opened.share))

        self._layout(caption, history_caption)
        self._reselect()

    def _history_table(self) -> QLabel:
        history_caption = QLabel(self.tr("What I s&hared"))
        history_caption.setProperty("role", "heading")
        self.shares = QTableView()
        self.shares.setObjectName("shareHistory")
        self.shares.setAccessibleName(self.tr("What I shared with this person"))
        self.shares.setModel(self.history)
        self.shares.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shares.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shares.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shares.setWordWrap(True)
        self.shares.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # a tall row is read whole
        self.shares.setTabKeyNavigation(False)
        self.shares.verticalHeader().hide()
        self.shares.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.shares.horizontalHeader().setAccessibleName(self.tr("Columns"))
        header = self.shares.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # What and the state share what the dates leave (see _share_columns), so neither is
        # left one word a line.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.shares.viewport().installEventFilter(self)
        history_caption.setBuddy(self.shares)
        self.no_shares = words(self.tr("Nothing shared with them yet. To share, press Share…, the button under the "
                                       "list of pages; what you share shows here."), "hint")
        self.no_shares.setObjectName("noShares")
        self.shares.selectionModel().currentRowChanged.connect(lambda *_: self._update_withdraw())
        self.history.modelReset.connect(self._update_withdraw)
        # What they replied, under the list, for the share chosen in it.
        self.replies = ShareRepliesView(self._session)
        self.shares.selectionModel().currentRowChanged.connect(lambda *_: self._show_replies())
        self.history.modelReset.connect(self._show_replies)
        self.history.modelReset.connect(self._show_shares_or_hint)
        # Long lists of entries wrap onto more lines rather than being cut off.
        self.history.modelReset.connect(self._share_columns)
        return history_caption

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.shares.viewport():
            self._share_columns()
        elif event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._reflow(self.scroll.viewport().width())
        return super().eventFilter(watched, event)

    def _share_columns(self) -> None:
        """The dates as wide as they are; What gets three fifths of the rest and the state two,
        each at least wide enough for a long word (narrower, the table scrolls sideways rather
        than break words); then rows as tall as their words."""
        header = self.shares.horizontalHeader()
        dates = header.sectionSize(0) + header.sectionSize(1)
        rest = self.shares.viewport().width() - dates
        least = self.shares.fontMetrics().averageCharWidth() * 10
        what = max(least, rest * 3 // 5)
        header.resizeSection(2, what)
        header.resizeSection(3, max(least, rest - what))
        self.shares.resizeRowsToContents()

    def _layout(self, caption: QLabel, history_caption: QLabel) -> None:
        self.heading = words(self.tr("People I share with"), "title")
        self._card_buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._card_buttons.addWidget(self.add_button)
        self._card_buttons.addWidget(self.give_button)
        self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._top.addWidget(self.heading, 1)
        self._top.addLayout(self._card_buttons)
        left = QVBoxLayout()
        left.addWidget(caption)
        left.addWidget(self.people, 1)
        left.addWidget(self.empty)
        right = QVBoxLayout()
        for widget in (self.name, self.about, self.checked):
            right.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch()
        right.addLayout(row)
        right.addWidget(history_caption)
        right.addWidget(self.shares, 1)
        right.addWidget(self.no_shares)
        right.addWidget(self.replies)
        right.addStretch()  # with no table to fill it, the words stay at the top
        right.addWidget(self.status)
        self._actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._actions.addStretch()
        self._actions.addWidget(self.receipt_button)
        self._actions.addWidget(self.withdraw_button)
        right.addLayout(self._actions)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.addLayout(left, 2)
        self._body.addSpacing(16)
        self._body.addLayout(right, 3)
        page = QWidget()
        page.setObjectName("peoplePage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(self._top)
        layout.addLayout(self._body, 1)
        # Large text on a small window: the page scrolls down, and its rows stack, rather than
        # widening the window or running its buttons off the bottom.
        # Showing People never widens the window: where a button's words (200 % text, the smallest
        # window) are wider than the page can be, the page scrolls sideways rather than cut them off.
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(page)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the controls
        self.scroll.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.setFocusProxy(self.people)

    def _reflow(self, width: int) -> None:
        """Side by side where there is room; one under the other where there is not."""
        room = width - 48
        spacing = 8
        cards = self.add_button.sizeHint().width() + self.give_button.sizeHint().width() + spacing
        actions = self.receipt_button.sizeHint().width() + self.withdraw_button.sizeHint().width() + spacing
        heading = self.heading.fontMetrics().horizontalAdvance(self.heading.text()) + spacing
        across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        self._top.setDirection(across if room >= heading + cards else down)
        self._card_buttons.setDirection(across if room >= cards else down)
        side_by_side = (room - 16) * 3 // 5 >= actions
        self._body.setDirection(across if side_by_side else down)
        right = (room - 16) * 3 // 5 if side_by_side else room
        self._actions.setDirection(across if right >= actions else down)
        lines = self.fontMetrics().lineSpacing()
        self.people.setMinimumHeight(0 if side_by_side else lines * 5)
        self.shares.setMinimumHeight(lines * 5)

    # --- showing a person ----------------------------------------------------------------------

    def _reselect(self) -> None:
        self.empty.setVisible(self.contacts.rowCount() == 0)
        if self.contacts.rowCount() and not self.people.currentIndex().isValid():
            self.people.setCurrentIndex(self.contacts.index(0))
        self._show_person()

    def select_contact(self, contact_id: str) -> None:
        row = self.contacts.row_of(contact_id)
        if row >= 0:
            self.people.setCurrentIndex(self.contacts.index(row))

    def select_share(self, share: Share) -> None:
        """Show one share in the history: its person (or the passphrase shares), then its row."""
        if share.contact_id is not None:
            self.select_contact(share.contact_id)
        row = self.history.row_of(share.id)
        if row >= 0:
            self.shares.selectRow(row)

    def show_reply(self, share: Share) -> None:
        """The replies to one share, in sight (below the list, where a small window hides them)."""
        self.select_share(share)
        self.scroll.ensureWidgetVisible(self.replies)
        self._mark_read()

    def _show_replies(self) -> None:
        row = self.shares.currentIndex().row()
        share = self.history.share(row) if row >= 0 else None
        self.replies.show_replies(share, self.history.replies(row))
        self._mark_read()

    def _mark_read(self) -> None:
        """Replies shown on the page in sight are read: Home stops pointing to them."""
        row = self.shares.currentIndex().row()
        if row < 0 or not self.replies.isVisible() or not self.isVisible():
            return
        change = self._session.profile.sharing.mark_replies_read(self.history.share(row).id)
        if change is not None:
            self._session.apply(change)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._mark_read()

    def _show_person(self) -> None:
        row = self.people.currentIndex().row()
        showing = row >= 0
        contact = self.contacts.contact(row) if showing else None
        for widget in (self.name, self.about, self.checked, self.shares, self.withdraw_button):
            widget.setVisible(showing)
        if contact is not None:
            self.name.setText(contact.display_name)
            self.about.setText(about(contact))
            self.checked.setText(checked_text(contact) + ("" if contact.checked else self.tr(
                ": compare the numbers with them before you share, if you can.")))
            self.history.show_person(contact.id)
        elif showing:
            self.name.setText(self.tr("Shared with a passphrase"))
            self.about.setText(self.tr("People without the app's card, who open the file with a passphrase."))
            self.checked.clear()
            self.history.show_person(None, passphrase_shares=True)
        else:
            self.history.show_person(None)
        self.check_button.setVisible(contact is not None and not contact.checked)
        self._show_shares_or_hint()
        self._update_withdraw()

    def _show_shares_or_hint(self) -> None:
        showing = self.people.currentIndex().row() >= 0
        has_shares = self.history.rowCount() > 0
        self.shares.setVisible(showing and has_shares)
        self.no_shares.setVisible(showing and not has_shares)

    def _update_withdraw(self) -> None:
        row = self.shares.currentIndex().row()
        share = self.history.share(row) if row >= 0 else None
        why_not = {
            None: self.tr("Choose a share in the list to withdraw it."),
            ShareState.REPLACED: self.tr("A newer share took its place, so this one is already gone from their app."),
            ShareState.WITHDRAWN: self.tr("This share is already withdrawn."),
        }.get(share.state if share is not None else None, "")
        self.withdraw_button.setEnabled(not why_not)
        tip = why_not or self.tr("Make a file that asks their app to delete what you shared")
        self.withdraw_button.setToolTip(tip)
        self.withdraw_button.setAccessibleDescription(tip)

    # --- cards ----------------------------------------------------------------------------------

    def add_card(self) -> None:
        path = self._files.open_path(self, self.tr("Add someone's card"),
                                     self.tr("Cards (*{0});;Any file (*)").format(CARD_SUFFIX))
        if path is None:
            return
        try:
            card = read_card(path)
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        dialog = CardCheckDialog(card, adding=True, parent=self, easy_read=is_easy_read(self._session.profile))
        dialog.finished.connect(lambda _result: self._card_chosen(dialog, path))
        self._open(dialog)

    def _card_chosen(self, dialog: CardCheckDialog, path: Path) -> None:
        self._drop_dialog()
        if dialog.choice is None:
            return
        try:
            contact = self._session.apply(self._session.profile.people.import_card(path)).subject
            if dialog.choice is CardChoice.CHECKED:
                contact = self._session.apply(self._session.profile.people.mark_checked(contact.id)).subject
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        self.select_contact(contact.id)
        self.status.setText(self.tr("{0} is added. {1}.").format(contact.display_name, checked_text(contact)))

    def check_card(self) -> None:
        contact = self.contacts.contact(self.people.currentIndex().row())
        if contact is None:
            return
        dialog = CardCheckDialog(contact.card, adding=False, parent=self,
                                 easy_read=is_easy_read(self._session.profile))
        dialog.finished.connect(lambda _result: self._checked(dialog, contact.id))
        self._open(dialog)

    def _checked(self, dialog: CardCheckDialog, contact_id: str) -> None:
        self._drop_dialog()
        if dialog.choice is CardChoice.CHECKED:
            self._session.apply(self._session.profile.people.mark_checked(contact_id))
            self.select_contact(contact_id)

    def give_card(self) -> None:
        dialog = MyCardDialog(self._session, self._files, with_role=False, parent=self)
        dialog.finished.connect(lambda _result: self._drop_dialog())
        self._open(dialog)

    # --- withdrawing ------------------------------------------------------------------------------

    def withdraw(self) -> None:
        row = self.shares.currentIndex().row()
        if row < 0:
            return
        share = self.history.share(row)
        dialog = WithdrawDialog(share, self._titles(share), self)
        dialog.accepted.connect(lambda: self._make_withdrawal(share.id, share.recipient_name))
        dialog.finished.connect(lambda _result: self._drop_dialog())
        self._open(dialog)

    def _titles(self, share: Share) -> list[str]:
        """The share's entries' titles, those still kept (an erased one's title is gone)."""
        titles = []
        for shared in share.entries:
            try:
                titles.append(self._session.profile.entry(shared.entry_id).title)
            except NotFound:
                continue
        return titles

    def _make_withdrawal(self, share_id: str, name: str) -> None:
        suggested = self.tr("Withdrawal for {0}").format(name) + BUNDLE_SUFFIX
        path = self._files.save_path(self, self.tr("Save the withdrawal file"), suggested,
                                     self.tr("Shared files (*{0})").format(BUNDLE_SUFFIX))
        if path is None:
            return
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        try:
            self._session.apply(self._session.profile.sharing.make_withdrawal(share_id, path))
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        self.status.setText(self.tr("The withdrawal is saved as “{0}”. Give it to {1}.").format(path.name, name))

    # --- dialogs ------------------------------------------------------------------------------------

    def _open(self, dialog: CardCheckDialog | MyCardDialog | WithdrawDialog) -> None:
        # open(), not exec(): no nested event loop to unwind when the app locks.
        self.dialog = dialog
        dialog.open()

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
