"""Get back in with trusted people: the words of two pieces, read out by two of the three
people the owner gave them to. Opening runs in the one job runner; each reason two pieces do
not open it (one piece, the same piece twice, a mistyped word, pieces from before new ones
were made, someone else's) is said in its own words; while typing, each box says how its piece
looks so far. The words scroll rather than being cut, at any text size. Once open, the app asks
for a new passphrase, as after the recovery code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from passport.store.profiles import ProfileFolder
from ui.runtime.app_context import AppContext
from ui.runtime.messages import message_for
from ui.runtime.profile_opening import ProfileOpening
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.piece_box import PieceBox
from ui.widgets.whole_words import open_tall_enough, scrolling

if TYPE_CHECKING:
    from passport.profile import Profile


class PiecesUnlockDialog(QDialog):
    opened = Signal(object)  # the open passport.profile.Profile

    def __init__(self, context: AppContext, folder: ProfileFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("piecesUnlockDialog")
        self._context = context
        self._folder = folder
        self._opening = ProfileOpening(context.jobs, self._opened, self._not_opened)
        self.setWindowTitle(self.tr("Get back in with trusted people"))
        self.setAccessibleName(self.tr("Get back in with trusted people"))
        self.setModal(True)
        heading = words(self.tr("Get back in with trusted people"), "heading")
        lead = words(self.tr(
            "Ask two of the people you gave a piece to. Each can show their piece in their own app: "
            "20 words. Type the words of each piece in its box. The numbers and line breaks don't matter, "
            "and the first four letters of each word are enough."), "lead")
        self.first = PieceBox(self.tr("First person's piece"))
        self.second = PieceBox(self.tr("Second person's piece"))
        for box in (self.first, self.second):
            box.textChanged.connect(self._update)
        first_caption = QLabel(self.tr("&First person's piece"))
        first_caption.setBuddy(self.first)
        second_caption = QLabel(self.tr("&Second person's piece"))
        second_caption.setBuddy(self.second)
        self.error = words(role="error", name="piecesError")
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Opening"))
        self.busy.setFixedHeight(10)
        self.busy_words = words(self.tr("Opening…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.open_button = QPushButton(self.tr("&Get back in"))
        self.open_button.setObjectName("getBackInButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(self.tr("Get back in"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (lead, first_caption, self.first, self.first.feedback, second_caption, self.second,
                       self.second.feedback, self.error, self.busy_words, self.busy):
            column.addWidget(widget)
        column.addStretch()
        self.body = scrolling(page, self.tr("Get back in with trusted people"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        layout.addLayout(button_row([self.cancel_button], [self.open_button]))
        # About 60 characters a line: a piece fits in a few lines, and the sentences read easily.
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 64 + 40,
                                 self.screen().availableGeometry().width() - 40))
        self._set_busy(False)
        self.first.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        open_tall_enough(self, self.body)
        super().showEvent(event)

    def _update(self) -> None:
        filled = bool(self.first.toPlainText().strip()) and bool(self.second.toPlainText().strip())
        self.open_button.setEnabled(filled and not self._opening.running)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_words.setVisible(busy)
        self.first.setReadOnly(busy)
        self.second.setReadOnly(busy)
        self._update()

    def unlock(self) -> None:
        if self._opening.running or not self.open_button.isEnabled():
            return
        from passport.profile import Profile

        self.error.clear()
        self._opening.start(Profile.open_with_pieces, self._folder, [self.first.toPlainText(),
                                                                     self.second.toPlainText()])
        self._set_busy(True)

    def _opened(self, profile: Profile) -> None:
        self.first.clear()
        self.second.clear()
        self.accept()
        self.opened.emit(profile)

    def _not_opened(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(message_for(exc))
        open_tall_enough(self, self.body)  # room for the sentence too, as far as the screen allows
        self.body.ensureWidgetVisible(self.error)
        self.first.setFocus()

    def done(self, result: int) -> None:
        self._opening.leave()  # an opening still running is locked again when it ends
        self.first.clear()
        self.second.clear()
        super().done(result)
