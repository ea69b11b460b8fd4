"""The words of a piece kept for someone, shown only when asked: numbered, large, saying
whose piece it is (name and card numbers), to read out to them or print for them. The
words leave the screen when the dialog closes.

Every word shows whole at any text size: the words are never wrapped or cut (a piece word
split over two lines could be misread), so there are as many columns as fit, and the whole
page scrolls when it is taller than the screen (see ``ui/widgets/whole_words.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from passport.exchange.trusted import HeldPiece
from passport.formats.cards import format_fingerprint
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.whole_words import SCREEN_MARGIN, open_tall_enough, scrolling

COLUMNS = 4
GAP = 24  # between columns


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
        grid.setHorizontalSpacing(GAP)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.word_labels: list[QLabel] = []
        for position, word in enumerate(self._words):
            label = QLabel(f"{position + 1}. {word}")  # one line, never wrapped
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(big)
            label.setAccessibleName(self.tr("Word {0}: {1}").replace("{0}", str(position + 1)).replace("{1}", word))
            self.word_labels.append(label)
        self.columns = self._columns_that_fit(big)
        rows = -(-len(self._words) // self.columns) if self._words else 0
        for position, label in enumerate(self.word_labels):
            grid.addWidget(label, position % rows, position // rows)  # read down each column
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the piece"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.ask_to_print)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for widget in (self.heading, self.whose, self.advice):
            column.addWidget(widget)
        column.addLayout(grid)
        column.addStretch()
        self.body = scrolling(page, self.tr("The piece's words"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.body, 1)
        layout.addLayout(button_row([self.print_button], [self.close_button]))
        bar = self.body.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(min(max(620, grid.sizeHint().width() + bar + 40), self._screen_width()))
        self.close_button.setFocus()  # Tab reaches the words, to scroll them at large text

    def _screen_width(self) -> int:
        return self.screen().availableGeometry().width() - SCREEN_MARGIN

    def _columns_that_fit(self, font: QFont) -> int:
        """Up to four columns of words, as many as fit the screen at this text size."""
        if not self.word_labels:
            return 1
        widest = max(QFontMetrics(font).horizontalAdvance(label.text()) for label in self.word_labels) + 8
        room = self._screen_width() - 40 - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(1, min(COLUMNS, (room + GAP) // (widest + GAP)))

    def showEvent(self, event: QShowEvent) -> None:
        open_tall_enough(self, self.body)
        super().showEvent(event)

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
