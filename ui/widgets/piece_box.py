"""A box for the words of one trusted person's piece, typed as they read it out.

It is as tall as a whole piece needs at its width (the words with their numbers, as the holder's
app shows them), and says under it, in words, how the piece looks so far: how many words, a
word that is not a piece word, a mistyped one, or that it looks whole. Only the shape is
checked here (no secret is involved); whether two pieces open the passport is for "Get back in"."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QWidget

from passport.crypto.pieces import WORDS, read_piece
from passport.errors import PieceError, PieceMalformed
from ui.runtime.messages import message_for
from ui.widgets.dialog_parts import words

# A piece word is 4 to 8 letters; with a space and, now and then, its number, about 10 characters.
CHARACTERS_A_WORD = 10


class PieceBox(QPlainTextEdit):
    checked = Signal(bool)  # whether the words look like a whole piece

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other form
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.feedback: QLabel = words(role="hint")
        self.looks_whole = False
        self.textChanged.connect(self._check)

    # Tall enough for a whole piece at the width it is given: the words never hide.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        metrics = self.fontMetrics()
        inner = max(1, width - 2 * self.frameWidth() - 2 * int(self.document().documentMargin()))
        per_line = max(1, inner // max(1, metrics.averageCharWidth()))
        lines = math.ceil(WORDS * CHARACTERS_A_WORD / per_line)
        return lines * metrics.lineSpacing() + 2 * (self.frameWidth() + int(self.document().documentMargin())) + 4

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(self.heightForWidth(hint.width()))
        return hint

    def _check(self) -> None:
        typed = self.toPlainText()
        whole = False
        if not typed.strip():
            said = ""
        else:
            try:
                read_piece(typed)
            except PieceMalformed as exc:
                said = self._so_far(exc)
            except PieceError as exc:
                said = message_for(exc)
            else:
                whole = True
                said = self.tr("All %n words are piece words: this looks like a whole piece.", "", WORDS)
        self.feedback.setText(said)
        self.setAccessibleDescription(said)
        if whole != self.looks_whole:
            self.looks_whole = whole
            self.checked.emit(whole)

    def _so_far(self, exc: PieceMalformed) -> str:
        if exc.reason == "length" and exc.detail.isdigit() and int(exc.detail) < WORDS:
            return self.tr("%n of 20 words so far.", "", int(exc.detail))
        return message_for(exc)
