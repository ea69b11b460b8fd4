"""One entry as a large, readable card: the young person's words first.

A colour shows as a stripe down the leading side and is also named in words (on the card
and for screen readers), so colour is never the only way to tell. An entry with a picture,
a sound or another file shows a small drawn mark for each in its trailing top corner, said
in words to screen readers. The card opens its entry on click, Enter or Space.

Home shows dozens of cards under the app's style sheet, so a card is one widget that
draws its own text (title, first words, details) rather than a frame of labels: each
label is a widget the style sheet has to polish and lay out, and they were most of what
painting Home cost. The style sheet still gives the card its frame and, through
``qproperty-titleColor`` and ``qproperty-hintColor``, the colours of its text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from typing import NamedTuple

from PySide6.QtCore import Property, QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QStyle, QWidget

from passport.content.safety_plan import items_of
from passport.models import AttachmentKind, Entry
from ui.content.entry_colours import colour_name
from ui.content.entry_list_model import excerpt
from ui.content.entry_origin_words import card_words
from ui.runtime.theme import role_font
from ui.widgets.pressable_accessible import accessible_as_button

LARGE_EXCERPT = 320
SMALL_EXCERPT = 160
STRIPE_WIDTH = 8
STRIPE_GAP = 12
END_MARGIN = 14
SPACING = 4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)  # for measuring: the height of wrapped text
MAX_REMEMBERED_WIDTHS = 32
HINT_WIDTH = 420  # what a card asks for before a layout gives it its width
MARK_GAP = 6  # between the marks for a picture, a sound and a file, and before the words
MARK_ORDER = (AttachmentKind.IMAGE, AttachmentKind.AUDIO, AttachmentKind.FILE)


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


def first_lines(body: str, limit: int) -> str:
    """The first words of ``body``, each of its lines on a line of its own (a plan's step is a
    list: "Sam, my foster carer, 07700 900123" and "Mrs Ahmed at school" must not run together),
    cut at a word boundary after ``limit`` characters."""
    lines = [" ".join(line.split()) for line in items_of(body)]
    kept: list[str] = []
    room = limit
    for line in lines:
        if room <= 0:
            break
        if len(line) > room:
            kept.append(excerpt(line, room))  # cut at a word, with "…"
            break
        kept.append(line)
        room -= len(line) + 1
    if kept and len(kept) < len(lines) and not kept[-1].endswith("…"):
        kept[-1] += " …"
    return "\n".join(kept)


class _Part(NamedTuple):
    text: str
    kind: str  # a theme text size: title, heading, lead, base, small
    bold: bool
    hint: bool  # drawn in the quieter hint colour


class EntryCard(QFrame):
    activated = Signal(str)  # entry id

    def __init__(self, entry: Entry, section_title: str = "", *, large: bool = False,
                 attachment_kinds: Collection[AttachmentKind] = (), parent: QWidget | None = None) -> None:
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
        words = first_lines(entry.body, LARGE_EXCERPT if large else SMALL_EXCERPT)
        details = [section_title] if section_title else []
        if entry.colour:
            details.append(colour_name(entry.colour))
        if entry.important_now and not large:
            details.append(self.tr("Important now"))
        if origin := card_words(entry):  # a carer's suggestion never passes for the owner's own words
            details.append(origin)
        self.parts = [_Part(entry.title, "title" if large else "heading", True, False)]
        if words:
            self.parts.append(_Part(words, "lead" if large else "base", False, False))
        if details:
            self.parts.append(_Part(" · ".join(details), "small", False, True))

        self.marks = [kind for kind in MARK_ORDER if kind in attachment_kinds]
        said = {AttachmentKind.IMAGE: self.tr("Has a picture"), AttachmentKind.AUDIO: self.tr("Has a sound"),
                AttachmentKind.FILE: self.tr("Has a file")}
        self.mark_words = [said[kind] for kind in self.marks]

        self.setAccessibleName(entry.title)
        # The whole entry, even when the card has room only for its first words.
        whole = "; ".join(" ".join(line.split()) for line in items_of(entry.body))  # its lines kept apart
        self.setAccessibleDescription(". ".join(part for part in (*details, *self.mark_words, whole) if part))
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
        marks = (self._mark_size() + MARK_GAP) * len(self.marks)
        return rect.adjusted(STRIPE_WIDTH + STRIPE_GAP, self._margin, -END_MARGIN - marks, -self._margin)

    def _mark_size(self) -> int:
        """A mark is as tall as a line of the card's smallest words, so it grows with the text."""
        return QFontMetrics(self._part_fonts()[-1]).height() if self.marks else 0

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

    def shown_texts(self) -> list[str]:
        """Each part's words as drawn at the card's size: when the card has less height than
        its words need, the first words end with "…" so nothing looks cut mid-sentence."""
        box = self._text_rect(self.contentsRect())
        fonts = self._part_fonts()
        heights = [self._height_of(part.text, font, box.width()) for part, font in zip(self.parts, fonts, strict=True)]
        shown = [part.text for part in self.parts]
        if len(self.parts) < 2 or self.parts[1].hint:
            return shown  # no words beyond the title: nothing to shorten
        room = box.height() - sum(heights) - SPACING * (len(heights) - 1) + heights[1]  # for the first words
        if heights[1] > room:
            shown[1] = self._shortened(self.parts[1].text, fonts[1], box.width(), room)
        return shown

    @staticmethod
    def _height_of(text: str, font: QFont, width: int) -> int:
        return QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width), 1_000_000), WRAP, text).height()

    def _shortened(self, text: str, font: QFont, width: int, room: int) -> str:
        """The most whole words of ``text``, then "…", that fit ``room`` (binary search on words)."""
        words = text.rstrip("…").split(" ")
        low, high = 0, len(words) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self._height_of(" ".join(words[:middle]) + "…", font, width) <= room:
                low = middle
            else:
                high = middle - 1
        return " ".join(words[:low]) + "…" if low else ""

    # --- acting ----------------------------------------------------------------------

    def press(self) -> None:
        """Open the entry: Enter, Space, a click, or a screen reader's Press."""
        self.activated.emit(self.entry.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.press()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.press()
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
        for part, font, words in zip(self.parts, self._part_fonts(), self.shown_texts(), strict=True):
            colour = self._hint_colour if part.hint else self._title_colour if part.bold else plain
            painter.setPen(colour if colour.isValid() else plain)
            painter.setFont(font)
            painter.setLayoutDirection(reading_direction(part.text, direction))
            box = QRect(text.left(), y, text.width(), text.bottom() - y + 1)
            # Plain text only: drawText never reads the person's words as markup.
            y += painter.drawText(box, flags, words).height() + SPACING
        painter.setLayoutDirection(direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._stripe is not None:
            stripe = QStyle.visualRect(direction, self.rect(), QRect(0, 0, STRIPE_WIDTH, self.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._stripe)
            painter.drawRoundedRect(QRectF(stripe), 4, 4)
        self._paint_marks(painter, direction)
        if self.hasFocus():
            # Drawn here rather than in a style sheet, so every theme shows where focus is.
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 12, 12)

    def _paint_marks(self, painter: QPainter, direction: Qt.LayoutDirection) -> None:
        """One small drawing per kind of attachment, at the trailing end of the title's line."""
        if not self.marks:
            return
        side = self._mark_size()
        colour = self._hint_colour
        if not colour.isValid():
            colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(colour, max(1.5, side / 10)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        right = self.contentsRect().right() - END_MARGIN + 1
        top = self.contentsRect().top() + self._margin
        left = right - len(self.marks) * (side + MARK_GAP) + MARK_GAP
        for number, kind in enumerate(self.marks):  # read in order from the leading edge
            logical = QRect(left + number * (side + MARK_GAP), top, side, side)
            box = QRectF(QStyle.visualRect(direction, self.rect(), logical)).adjusted(1, 1, -1, -1)
            {AttachmentKind.IMAGE: _draw_picture, AttachmentKind.AUDIO: _draw_sound,
             AttachmentKind.FILE: _draw_file}[kind](painter, box)


def _draw_picture(painter: QPainter, box: QRectF) -> None:
    """A framed picture: a hill and the sun."""
    painter.drawRoundedRect(box, box.width() / 8, box.width() / 8)
    w, h, x, y = box.width(), box.height(), box.left(), box.top()
    painter.drawPolyline([QPointF(x + w * 0.1, y + h * 0.85), QPointF(x + w * 0.4, y + h * 0.5),
                          QPointF(x + w * 0.6, y + h * 0.7), QPointF(x + w * 0.75, y + h * 0.55),
                          QPointF(x + w * 0.9, y + h * 0.75)])
    painter.drawEllipse(QPointF(x + w * 0.7, y + h * 0.28), w * 0.1, h * 0.1)


def _draw_sound(painter: QPainter, box: QRectF) -> None:
    """A loudspeaker with two waves."""
    w, h, x, y = box.width(), box.height(), box.left(), box.top()
    speaker = QPainterPath(QPointF(x + w * 0.05, y + h * 0.35))
    for px, py in ((0.25, 0.35), (0.5, 0.12), (0.5, 0.88), (0.25, 0.65), (0.05, 0.65)):
        speaker.lineTo(x + w * px, y + h * py)
    speaker.closeSubpath()
    painter.drawPath(speaker)
    for reach in (0.22, 0.4):
        arc = QRectF(x + w * (0.5 - reach), y + h * (0.5 - reach * 1.2), w * reach * 2, h * reach * 2.4)
        painter.drawArc(arc, -50 * 16, 100 * 16)


def _draw_file(painter: QPainter, box: QRectF) -> None:
    """A sheet of paper with its corner folded."""
    w, h, x, y = box.width(), box.height(), box.left(), box.top()
    sheet = QPainterPath(QPointF(x + w * 0.2, y))
    for px, py in ((0.6, 0.0), (0.85, 0.25), (0.85, 1.0), (0.2, 1.0)):
        sheet.lineTo(x + w * px, y + h * py)
    sheet.closeSubpath()
    painter.drawPath(sheet)
    painter.drawPolyline([QPointF(x + w * 0.6, y), QPointF(x + w * 0.6, y + h * 0.25),
                          QPointF(x + w * 0.85, y + h * 0.25)])


# Read as a button that opens the entry (Press), not as a panel (the Orca run).
accessible_as_button(EntryCard)
