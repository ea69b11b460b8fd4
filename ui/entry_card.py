"""One entry as a large, readable card: the young person's words first.

A colour shows as a stripe down the side and is also named in words (on the card and
for screen readers), so colour is never the only way to tell. The card opens its entry
on click, Enter or Space.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from passport.models import Entry
from ui.entry_colours import colour_name
from ui.entry_list_model import excerpt

LARGE_EXCERPT = 320
SMALL_EXCERPT = 160


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

        self.title = self._label(entry.title, "cardTitle", "title" if large else "heading")
        words = excerpt(entry.body, LARGE_EXCERPT if large else SMALL_EXCERPT)
        self.body = self._label(words, "cardBody", "lead" if large else "")
        self.body.setVisible(bool(words))
        details = [section_title] if section_title else []
        if entry.colour:
            details.append(colour_name(entry.colour))
        if entry.important_now and not large:
            details.append(self.tr("Important now"))
        self.details = self._label(" · ".join(details), "cardDetails", "hint")
        self.details.setVisible(bool(details))

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.body)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 14, 0)
        row.setSpacing(12)
        stripe = QFrame()
        stripe.setObjectName("colourStripe")
        stripe.setFixedWidth(8)
        if entry.colour:
            stripe.setStyleSheet(f"background: {entry.colour}; border: none; border-radius: 4px;")
        row.addWidget(stripe)
        text.setContentsMargins(0, 12 if large else 8, 0, 12 if large else 8)
        row.addLayout(text, 1)

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
        if self.hasFocus():
            # Drawn here rather than in a style sheet, so every theme shows where focus is.
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            painter.setPen(QPen(colour, 3))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 12, 12)
