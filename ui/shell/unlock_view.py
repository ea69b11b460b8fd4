"""Open a passport with its passphrase, or with the recovery code instead.

The key derivation takes a moment on purpose, so it runs in a worker: the window stays
responsive and says in words that it is opening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from passport.store.profiles import ProfileFolder
from ui.runtime.app_context import AppContext
from ui.runtime.messages import message_for
from ui.runtime.profile_opening import ProfileOpening
from ui.shell.crisis_lines_dialog import CrisisLinesDialog, help_link, name_help_link
from ui.widgets.centred_column import ColumnLayout
from ui.widgets.dialog_parts import button_row
from ui.widgets.tall_enough import keep_tall_enough

if TYPE_CHECKING:
    from passport.profile import Profile
    from ui.shell.pieces_unlock_dialog import PiecesUnlockDialog


class UnlockView(QWidget):
    unlocked = Signal(object)  # the open passport.profile.Profile
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._folder: ProfileFolder | None = None
        self._opening = ProfileOpening(context.jobs, self._opened, self._not_opened)
        self._using_code = False

        self.title = QLabel(wordWrap=True)
        self.title.setProperty("role", "title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = QLabel(wordWrap=True)
        self.field = QLineEdit()
        self.caption.setBuddy(self.field)
        self.hint = QLabel(wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.toggle = QPushButton()
        self.toggle.setProperty("role", "quiet")
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("role", "primary")
        self.back_button = QPushButton()
        self.status = QLabel(wordWrap=True)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setFixedHeight(10)
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        # Words that come and go wrap within the column's width rather than widen it (it jumped).
        for words in (self.error, self.status):
            words.setSizePolicy(QSizePolicy.Policy.Ignored, words.sizePolicy().verticalPolicy())
        self.help_link = help_link(self, self.open_help)

        self.field.returnPressed.connect(self.unlock)
        self.field.textChanged.connect(self._update_button)
        self.unlock_button.clicked.connect(self.unlock)
        self.toggle.clicked.connect(lambda: self._use_code(not self._using_code))
        self.back_button.clicked.connect(self._go_back)
        # Both the passphrase and the recovery code lost: two of three trusted people's pieces.
        self.pieces_button = QPushButton(self.tr("Get back in with &trusted people…"))
        self.pieces_button.setProperty("role", "quiet")
        self.pieces_button.setAccessibleName(self.tr("Get back in with trusted people"))
        self.pieces_button.clicked.connect(self.ask_for_pieces)
        self.pieces_dialog: PiecesUnlockDialog | None = None
        self._lay_out()
        self.setFocusProxy(self.field)
        self._set_words()
        self._use_code(False)

    def open_help(self) -> None:
        """The free lines; once closed, the keyboard is back in the box (not on the Help link)."""
        CrisisLinesDialog.open_over(self).finished.connect(lambda _result: self.field.setFocus())

    def _set_words(self) -> None:
        """The words that do not change with the way in; again whenever the language changes."""
        name_help_link(self.help_link)
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.back_button.setText(self.tr("&Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.busy.setAccessibleName(self.tr("Opening"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # In place, so a passphrase half typed stays typed.
            self._set_words()
            self._say_way_in()
            self.status.setText(self.tr("Opening…") if self.is_busy else "")
            self.error.clear()  # said in the language before
        super().changeEvent(event)

    def _lay_out(self) -> None:
        column = QWidget()
        inner = ColumnLayout(column)  # as tall as its words need, and wide enough for its buttons
        inner.addWidget(self.title)
        inner.addSpacing(8)
        inner.addWidget(self.caption)
        inner.addWidget(self.field)
        inner.addWidget(self.error)
        inner.addWidget(self.status)
        inner.addWidget(self.busy)
        row = button_row([self.toggle], [self.unlock_button])
        inner.addLayout(row)
        inner.addWidget(self.hint)
        inner.addWidget(self.pieces_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addSpacing(24)
        inner.addLayout(button_row([self.back_button], [self.help_link]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        keep_tall_enough(self)  # at the window's smallest size too, every wrapped line shows

    def show_profile(self, folder: ProfileFolder, hint: str = "") -> None:
        """Ask for the secret of ``folder``; ``hint`` is shown only for the demo."""
        self._folder = folder
        self._opening.leave()
        self.title.setText(folder.label)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        # Only a profile whose key file has a trusted-people slot can be opened with pieces.
        self.pieces_button.setVisible(folder.has_trusted_people())
        self.error.clear()
        self._use_code(False)
        self._set_busy(False)
        self.field.setFocus()

    @property
    def is_busy(self) -> bool:
        return self._opening.running

    def unlock(self) -> None:
        secret = self.field.text()
        if self._folder is None or not secret or self._opening.running:
            return
        # The core is loaded on first use, not before the start screen can paint.
        from passport.profile import Profile

        opener = Profile.open_with_recovery_code if self._using_code else Profile.open_with_passphrase
        self.error.clear()
        self._opening.start(opener, self._folder, secret)
        self._set_busy(True)

    def _opened(self, profile: Profile) -> None:
        self._set_busy(False)
        self.field.clear()
        self.unlocked.emit(profile)

    def _not_opened(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(message_for(exc))
        self.field.setFocus()
        self.field.selectAll()

    def ask_for_pieces(self) -> None:
        if self._folder is None or self._opening.running:
            return
        from ui.shell.pieces_unlock_dialog import PiecesUnlockDialog

        if self.pieces_dialog is not None:
            self.pieces_dialog.deleteLater()
        self.pieces_dialog = PiecesUnlockDialog(self._context, self._folder, self)
        self.pieces_dialog.opened.connect(self.unlocked.emit)
        self.pieces_dialog.open()

    def _go_back(self) -> None:
        self._opening.leave()
        self.field.clear()
        self.back.emit()

    def _set_busy(self, busy: bool) -> None:
        self.status.setText(self.tr("Opening…") if busy else "")
        self.status.setVisible(busy)
        self.busy.setVisible(busy)
        self.field.setReadOnly(busy)
        self.toggle.setEnabled(not busy)
        self.pieces_button.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(bool(self.field.text()) and not self._opening.running)

    def _use_code(self, use_code: bool) -> None:
        self._using_code = use_code
        self.field.clear()
        self.error.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if use_code else QLineEdit.EchoMode.Password)
        self._say_way_in()
        self.field.setFocus()

    def _say_way_in(self) -> None:
        if self._using_code:
            self.caption.setText(self.tr("Type your &recovery code"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.field.setPlaceholderText(self.tr("The code you wrote down or printed"))
            self.toggle.setText(self.tr("Use my passphrase &instead"))
        else:
            self.caption.setText(self.tr("Type your &passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setPlaceholderText("")
            self.toggle.setText(self.tr("Use my recovery code &instead"))
        self.toggle.setAccessibleName(self.toggle.text().replace("&", ""))
