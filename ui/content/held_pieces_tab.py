"""Settings, for every kind of profile: pieces kept for others. Someone who chose this person
as one of their trusted people gave them a piece file; it is kept encrypted here, and its
words are shown only when asked, to read out or print for its owner. Once kept, the file it
came from is no longer needed, so the tab offers to delete it (after asking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from passport.errors import PassportError
from passport.exchange.trusted import HeldPiece
from passport.formats.piece_format import PIECE_SUFFIX
from ui.content.held_piece_model import HeldPieceModel
from ui.content.piece_words_dialog import PieceWordsDialog
from ui.runtime.easy_read import is_easy_read
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.dialog_parts import button_row, words


class HeldPiecesTab(QWidget):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self.words_dialog: PieceWordsDialog | None = None
        self.model = HeldPieceModel(session, self)
        self.easy_read = is_easy_read(session.profile)
        lead = words(self.tr(
            "Someone who trusts you may give you a piece. It helps them get back into their passport. Keep it "
            "here. Maybe one day they need it. Then show them its words. Show nobody else.") if self.easy_read
            else self.tr(
            "Someone who trusts you may give you a piece of their way back in. Keep it here. If they ever "
            "need it, show them its words, and no one else."), "lead")
        caption = QLabel(self.tr("&Pieces you keep"))
        self.pieces = QListView()
        self.pieces.setObjectName("heldPiecesList")
        self.pieces.setAccessibleName(self.tr("Pieces you keep"))
        self.pieces.setModel(self.model)
        self.pieces.setWordWrap(True)
        caption.setBuddy(self.pieces)
        self.empty = words(self.tr("You keep no pieces for anyone."), "hint")
        self.keep_button = QPushButton(self.tr("&Keep a piece from a file…"))
        self.keep_button.setAccessibleName(self.tr("Keep a piece from a file"))
        self.keep_button.clicked.connect(self.keep_piece)
        self.show_button = QPushButton(self.tr("&Show its words…"))
        self.show_button.setObjectName("showPieceButton")
        self.show_button.setAccessibleName(self.tr("Show the words of the chosen piece"))
        self.show_button.clicked.connect(self.show_words)
        self.status = words(name="heldStatus")
        self._kept_from: Path | None = None
        self.delete_file_button = QPushButton(self.tr("&Delete that file…"))
        self.delete_file_button.setObjectName("deletePieceFileButton")
        self.delete_file_button.setAccessibleName(self.tr("Delete the file the piece was kept from"))
        self.delete_file_button.clicked.connect(self.delete_file)
        self.delete_file_button.hide()
        self.error = words(role="error")
        layout = QVBoxLayout(self)
        for widget in (lead, caption, self.pieces, self.empty):
            layout.addWidget(widget)
        layout.addLayout(button_row([self.keep_button], [self.show_button]))
        layout.addWidget(self.status)
        layout.addLayout(button_row([self.delete_file_button], []))
        layout.addWidget(self.error)
        layout.addStretch()
        self.model.modelReset.connect(self._update)
        self.pieces.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.pieces.doubleClicked.connect(lambda *_: self.show_words())
        self._update()

    def _chosen(self) -> HeldPiece | None:
        return self.model.piece(self.pieces.currentIndex().row())

    def _update(self) -> None:
        has_any = self.model.rowCount() > 0
        self.empty.setVisible(not has_any)
        if has_any and not self.pieces.currentIndex().isValid():
            self.pieces.setCurrentIndex(self.model.index(0, 0))
        self.show_button.setEnabled(self._chosen() is not None)

    def keep_piece(self) -> None:
        path = self._files.open_path(self, self.tr("Keep a piece"),
                                     self.tr("Pieces (*{0})").replace("{0}", PIECE_SUFFIX))
        if path is None:
            return
        self.error.clear()
        self.status.clear()
        self._kept_from = None
        self.delete_file_button.hide()
        try:
            change = self._session.profile.trusted.import_piece(path)
        except (PassportError, OSError) as exc:
            self.error.setText(message_for(exc, "piece"))
            return
        self._session.apply(change)
        held = change.subject
        assert isinstance(held, HeldPiece)
        self.status.setText((self.tr(
            "You keep {0}'s piece now. It is piece {1} of 3. Show it only when {0} asks. You don't need the "
            "file any more. Delete it, so nobody else finds it.") if self.easy_read else self.tr(
            "Kept {0}'s piece, {1} of 3. Show it only when {0} asks. The file it came from is not needed any "
            "more: delete it, so that no one else finds it."))
            .replace("{0}", held.owner.display_name).replace("{1}", str(held.number)))
        self._kept_from = path
        self.delete_file_button.show()
        rows = [row for row in range(self.model.rowCount()) if (kept := self.model.piece(row)) and kept.id == held.id]
        if rows:
            self.pieces.setCurrentIndex(self.model.index(rows[0], 0))

    def delete_file(self) -> None:
        path = self._kept_from
        if path is None or not ConfirmDialog.ask(
                self, self.tr("Delete the piece file?"),
                self.tr("The piece is kept here, so the file {0} is not needed. Delete it from where it is?")
                .replace("{0}", path.name), self.tr("Delete it"), self.tr("Keep the file")):
            return
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            self.error.setText(message_for(exc))
            return
        self._kept_from = None
        self.delete_file_button.hide()
        self.status.setText(self.tr("The file is deleted. The piece is kept here."))

    def show_words(self) -> None:
        piece = self._chosen()
        if piece is None:
            return
        piece_words = self._session.profile.trusted.held_piece_words(piece.id)
        self.words_dialog = PieceWordsDialog(piece, piece_words, self)
        self.words_dialog.finished.connect(self._words_closed)
        self.words_dialog.open()

    def _words_closed(self) -> None:
        if self.words_dialog is not None:
            self.words_dialog.deleteLater()
            self.words_dialog = None
