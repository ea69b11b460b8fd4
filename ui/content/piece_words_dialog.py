"""The words of a piece kept for someone, shown only when asked: numbered, large, saying
whose piece it is (name and card numbers), to read out to them or print for them. The
words leave the screen when the dialog closes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.exchange.trusted import HeldPiece
from passport.formats.cards import format_fingerprint
from ui.widgets.dialog_parts import button_row, words

COLUMNS = 4


class PieceWordsDialog(QDialog):
    def __init__(self, piece: HeldPiece, piece_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pieceWordsDialog")
        self._piece = piece
        self._words = piece_words.split()
        owner = piece.owner.display_name
        self.setWindowTitle(self.tr("A piece kept for {0}").replace("{0}", owner))
        self.setAccessibleName(self.windowTitle())
        self.heading = words(self.tr("{0}'s piece, {1} of 3").replace("{0}", owner)
                             .replace("{1}", str(piece.number)), "heading")
        self.whose = words(self.tr("From the card with the numbers {0}.").replace(
            "{0}", format_fingerprint(piece.owner.fingerprint)), "hint")
        self.advice = words(self.tr(
            "Read these words only to {0}, once you are sure it is them (in person, or by a call you made "
            "to a number you already had). Two people's pieces together let them back in.").replace("{0}", owner),
            "lead")
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.word_labels: list[QLabel] = []
        rows = -(-len(self._words) // COLUMNS)
        for position, word in enumerate(self._words):
            label = words(f"{position + 1}. {word}")
            label.setFont(big)
            label.setAccessibleName(self.tr("Word {0}: {1}").replace("{0}", str(position + 1)).replace("{1}", word))
            self.word_labels.append(label)
            grid.addWidget(label, position % rows, position // rows)  # read down each column
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the piece"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.ask_to_print)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(10)
        for widget in (self.heading, self.whose, self.advice):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addStretch()
        layout.addLayout(button_row([self.print_button], [self.close_button]))
        self.setMinimumWidth(620)

    def document(self) -> QTextDocument:
        """The page to print: whose piece, and the words, numbered."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        cursor_text = [self.heading.text(), self.whose.text(), self.advice.text(), ""]
        cursor_text += [f"{n}. {word}" for n, word in enumerate(self._words, 1)]
        document.setPlainText("\n".join(cursor_text))
        return document

    def print_on(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def ask_to_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.print_on(printer)

    def done(self, result: int) -> None:
        for label in self.word_labels:  # the words leave the screen with the dialog
            label.clear()
        super().done(result)
