"""One entry as a large, readable card: the young person's words first.

A colour shows as a stripe down the leading side and is also named in words (on the card
and for screen readers), so colour is never the only way to tell. The card opens its entry
on click, Enter or Space.

Home shows dozens of cards under the app's style sheet, so a card is one widget that
draws its own text (title, first words, details) rather than a frame of labels: each
label is a widget the style sheet has to polish and lay out, and they were most of what
painting Home cost. The style sheet still gives the card its frame and, through
``qproperty-titleColor`` and ``qproperty-hintColor``, the colours of its text.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from PySide6.QtCore import Property, QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy, QStyle, QWidget

from passport.models import Entry
from ui.content.entry_colours import colour_name
from ui.content.entry_list_model import excerpt
from ui.runtime.theme import role_font

LARGE_EXCERPT = 320
SMALL_EXCERPT = 160
STRIPE_WIDTH = 8
STRIPE_GAP = 12
END_MARGIN = 14
SPACING = 4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)  # for measuring: the height of wrapped text
MAX_REMEMBERED_WIDTHS = 32
HINT_WIDTH = 420  # what a card asks for before a layout gives it its width


def reading_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction ``text`` reads in, from its first letter that has one (as a browser's
    dir="auto" does); ``default`` when it has none (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return default


class _Part(NamedTuple):
    text: str
    kind: str  # a theme text size: title, heading, lead, base, small
    bold: bool
    hint: bool  # drawn in the quieter hint colour


class EntryCard(QFrame):
    activated = Signal(str)  # entry id

    def __init__(self, entry: Entry, section_title: str = "", *, large: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.large = large
        self.setObjectName("entryCard")
        self.setProperty("role", "card")
        self.setProperty("cardSize", "large" if large else "normal")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._margin = 12 if large else 8
        self._title_colour = QColor()
        self._hint_colour = QColor()
        self._fonts: list[QFont] | None = None
        self._heights: dict[int, int] = {}  # width -> height: a layout asks for a few widths, often

        self._stripe = QColor(entry.colour) if entry.colour else None
        words = excerpt(entry.body, LARGE_EXCERPT if large else SMALL_EXCERPT)
        details = [section_title] if section_title else []
        if entry.colour:
            details.append(colour_name(entry.colour))
        if entry.important_now and not large:
            details.append(self.tr("Important now"))
        self.parts = [_Part(entry.title, "title" if large else "heading", True, False)]
        if words:
            self.parts.append(_Part(words, "lead" if large else "base", False, False))
        if details:
            self.parts.append(_Part(" · ".join(details), "small", False, True))

        self.setAccessibleName(entry.title)
        self.setAccessibleDescription(". ".join(part for part in (*details, words) if part))
        self.setToolTip(self.tr("Open “{title}”").format(title=entry.title))

    # --- colours from the style sheet ------------------------------------------------

    def _get_title_colour(self) -> QColor:
        return self._title_colour

    def _set_title_colour(self, colour: QColor) -> None:
        self._title_colour = QColor(colour)
        self.update()

    def _get_hint_colour(self) -> QColor:
        return self._hint_colour

    def _set_hint_colour(self, colour: QColor) -> None:
        self._hint_colour = QColor(colour)
        self.update()

    titleColor = Property(QColor, _get_title_colour, _set_title_colour)
    hintColor = Property(QColor, _get_hint_colour, _set_hint_colour)

    # --- measuring -------------------------------------------------------------------

    def _part_fonts(self) -> list[QFont]:
        if self._fonts is None:
            self._fonts = [role_font(self.font(), part.kind, bold=part.bold) for part in self.parts]
        return self._fonts

    def _text_rect(self, rect: QRect) -> QRect:
        """Where the words go inside ``rect`` (the card's contents), logically: leading
        edge on the left; :meth:`paintEvent` mirrors it for right-to-left."""
        return rect.adjusted(STRIPE_WIDTH + STRIPE_GAP, self._margin, -END_MARGIN, -self._margin)

    def _chrome(self) -> tuple[int, int]:
        """Width and height the frame and margins take from the card."""
        outside = self.rect()
        inside = self._text_rect(self.contentsRect())
        return outside.width() - inside.width(), outside.height() - inside.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width in self._heights:
            return self._heights[width]
        extra_width, extra_height = self._chrome()
        text_width = max(1, width - extra_width)
        height = extra_height + SPACING * (len(self.parts) - 1)
        for part, font in zip(self.parts, self._part_fonts(), strict=True):
            height += QFontMetrics(font).boundingRect(QRect(0, 0, text_width, 1_000_000), WRAP, part.text).height()
        if len(self._heights) > MAX_REMEMBERED_WIDTHS:
            self._heights.clear()  # dragging the window's edge asks for every width in turn
        self._heights[width] = height
        return height

    def sizeHint(self) -> QSize:
        return QSize(HINT_WIDTH, self.heightForWidth(HINT_WIDTH))

    def minimumSizeHint(self) -> QSize:
        extra_width, _extra_height = self._chrome()
        return QSize(extra_width + QFontMetrics(self._part_fonts()[0]).averageCharWidth() * 8, 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts = None  # the text size or theme changed
            self._heights.clear()
            self.updateGeometry()
        super().changeEvent(event)

    # --- acting ----------------------------------------------------------------------

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

    # --- drawing ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame and background the style sheet asks for
        painter = QPainter(self)
        direction = self.layoutDirection()
        text = QStyle.visualRect(direction, self.rect(), self._text_rect(self.contentsRect()))
        palette = self.palette()
        plain = palette.color(QPalette.ColorRole.WindowText)
        # Every line starts at the window's leading edge, but each part reads in its own
        # direction: English words in a right-to-left window keep their full stop at the end.
        align = Qt.AlignmentFlag
        edge = align.AlignRight if direction == Qt.LayoutDirection.RightToLeft else align.AlignLeft
        flags = int(Qt.TextFlag.TextWordWrap) | int(align.AlignTop) | int(edge) | int(align.AlignAbsolute)
        y = text.top()
        for part, font in zip(self.parts, self._part_fonts(), strict=True):
            colour = self._hint_colour if part.hint else self._title_colour if part.bold else plain
            painter.setPen(colour if colour.isValid() else plain)
            painter.setFont(font)
            painter.setLayoutDirection(reading_direction(part.text, direction))
            box = QRect(text.left(), y, text.width(), text.bottom() - y + 1)
            # Plain text only: drawText never reads the person's words as markup.
            y += painter.drawText(box, flags, part.text).height() + SPACING
        painter.setLayoutDirection(direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._stripe is not None:
            stripe = QStyle.visualRect(direction, self.rect(), QRect(0, 0, STRIPE_WIDTH, self.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._stripe)
            painter.drawRoundedRect(QRectF(stripe), 4, 4)
        if self.hasFocus():
            # Drawn here rather than in a style sheet, so every theme shows where focus is.
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 12, 12)
