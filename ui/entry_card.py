"""One entry as a large, readable card: the young person's words first.

A colour shows as a stripe down the side and is also named in words (on the card and
for screen readers), so colour is never the only way to tell. The card opens its entry
on click, Enter or Space.

Home shows dozens of cards under the app's style sheet, so a card stays light: its
stripe is painted, not a widget with a style sheet of its own, and a label is made only
for a part that has something to say.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from passport.models import Entry
from ui.entry_colours import colour_name
from ui.entry_list_model import excerpt

LARGE_EXCERPT = 320
SMALL_EXCERPT = 160
STRIPE_WIDTH = 8
STRIPE_GAP = 12


class EntryCard(QFrame):
    activated = Signal(str)  # entry id

    def __init__(self, entry: Entry, section_title: str = "", *, large: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("entryCard")
        self.setProperty("role", "card")
        self.large = large
        self.setProperty("cardSize", "large" if large else "normal")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._stripe = QColor(entry.colour) if entry.colour else None
        words = excerpt(entry.body, LARGE_EXCERPT if large else SMALL_EXCERPT)
        details = [section_title] if section_title else []
        if entry.colour:
            details.append(colour_name(entry.colour))
        if entry.important_now and not large:
            details.append(self.tr("Important now"))

        text = QVBoxLayout(self)
        text.setSpacing(4)
        margin = 12 if large else 8
        text.setContentsMargins(STRIPE_WIDTH + STRIPE_GAP, margin, 14, margin)
        self.title = self._label(entry.title, "cardTitle", "title" if large else "heading")
        text.addWidget(self.title)
        self.body = self._label(words, "cardBody", "lead" if large else "") if words else None
        self.details = self._label(" · ".join(details), "cardDetails", "hint") if details else None
        for label in (self.body, self.details):
            if label is not None:
                text.addWidget(label)

        self.setAccessibleName(entry.title)
        self.setAccessibleDescription(". ".join(part for part in (*details, words) if part))
        self.setToolTip(self.tr("Open “{title}”").format(title=entry.title))

    def _label(self, text: str, name: str, role: str) -> QLabel:
        # Parented at once: a parentless label made visible would flash up as a window of
        # its own (and take the focus from the real one) before the layout adopts it.
        label = QLabel(text, self)
        label.setObjectName(name)
        if role:
            label.setProperty("role", role)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the person's words, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.entry.id)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.entry.id)
            return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._stripe is None and not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._stripe is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._stripe)
            painter.drawRoundedRect(QRectF(0, 0, STRIPE_WIDTH, self.height()), 4, 4)
        if self.hasFocus():
            # Drawn here rather than in a style sheet, so every theme shows where focus is.
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 12, 12)
