"""A white page to draw on with the mouse, a pen, a finger or the keyboard.

The picture is a QImage of one size (:data:`PAGE`) in memory, shown as large as the window
allows (smaller in a small window at large text); :meth:`DrawingCanvas.png` makes a PNG of it in memory.
Each stroke (press to release, or Space to Space on the keyboard) is one step of undo.
Keyboard: arrow keys move the cross, Space puts the pen down or lifts it, Shift moves further.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

PAGE = QSize(640, 400)
PAPER = QColor("white")
MAX_UNDO = 40
KEY_STEP = 8


class DrawingCanvas(QWidget):
    changed = Signal()  # a stroke, an undo or a clear

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawingCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = QImage(PAGE, QImage.Format.Format_RGB32)
        self.image.fill(PAPER)
        self.colour = QColor("black")
        self.pen_width = 8
        self.erasing = False
        self._undo: list[QImage] = []
        self._last: QPoint | None = None  # where the pen is while it is down
        self.cursor_at = QPoint(PAGE.width() // 2, PAGE.height() // 2)
        self.pen_down = False  # the keyboard's pen
        self.drawn = False  # anything drawn since the page was blank

    def sizeHint(self) -> QSize:
        return PAGE

    def minimumSizeHint(self) -> QSize:
        return PAGE / 2

    def page_rect(self) -> QRect:
        """Where the page is shown: as large as fits, its shape kept, in the middle."""
        shown = PAGE.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect(QPoint((self.width() - shown.width()) // 2, (self.height() - shown.height()) // 2), shown)

    def to_image(self, point: QPoint) -> QPoint:
        shown = self.page_rect()
        return QPoint((point.x() - shown.x()) * PAGE.width() // max(1, shown.width()),
                      (point.y() - shown.y()) * PAGE.height() // max(1, shown.height()))

    def to_widget(self, point: QPoint) -> QPoint:
        shown = self.page_rect()
        return QPoint(shown.x() + point.x() * shown.width() // PAGE.width(),
                      shown.y() + point.y() * shown.height() // PAGE.height())

    # --- what the toolbar sets ---------------------------------------------------------

    def set_colour(self, colour: QColor) -> None:
        self.colour, self.erasing = QColor(colour), False

    def set_eraser(self) -> None:
        self.erasing = True

    def set_width(self, width: int) -> None:
        self.pen_width = width

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        if self._undo:
            self.image = self._undo.pop()
            self.drawn = self.image != self._blank()
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self.image == self._blank():
            return
        self._remember()
        self.image.fill(PAPER)
        self.drawn = False
        self.update()
        self.changed.emit()

    def png(self) -> bytes:
        """The picture as PNG bytes, made in memory (no file, not even a temporary one)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")
        buffer.close()
        return data.data()

    # --- drawing ------------------------------------------------------------------------

    def _blank(self) -> QImage:
        blank = QImage(PAGE, QImage.Format.Format_RGB32)
        blank.fill(PAPER)
        return blank

    def _remember(self) -> None:
        self._undo.append(self.image.copy())
        del self._undo[:-MAX_UNDO]

    def _pen(self) -> QPen:
        colour = PAPER if self.erasing else self.colour
        return QPen(colour, self.pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def _line(self, start: QPoint, end: QPoint) -> None:
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        if start == end:
            painter.drawPoint(start)
        else:
            painter.drawLine(start, end)
        painter.end()
        self.drawn = True
        self.update()

    def _begin(self, at: QPoint) -> None:
        self._remember()
        self._last = at
        self._line(at, at)

    def _continue(self, at: QPoint) -> None:
        if self._last is not None:
            self._line(self._last, at)
            self._last = at

    def _end(self) -> None:
        if self._last is not None:
            self._last = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(self.to_image(event.position().toPoint()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._continue(self.to_image(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._continue(self.to_image(event.position().toPoint()))
            self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = KEY_STEP * (4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Space:
            self.pen_down = not self.pen_down
            if self.pen_down:
                self._begin(self.cursor_at)
            else:
                self._end()
        elif key in moves:
            dx, dy = moves[key]
            self.cursor_at = QPoint(min(max(self.cursor_at.x() + dx, 0), PAGE.width() - 1),
                                    min(max(self.cursor_at.y() + dy, 0), PAGE.height() - 1))
            if self.pen_down:
                self._continue(self.cursor_at)
            self.update()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.pen_down:  # the keyboard's pen lifts when the page loses the keys
            self.pen_down = False
            self._end()
        super().focusOutEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.page_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(shown, self.image)
        if self.hasFocus():
            # The keyboard's cross, and a frame saying the page has the keys.
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(shown.adjusted(1, 1, -1, -1))
            at = self.to_widget(self.cursor_at)
            x, y = at.x(), at.y()
            painter.setPen(QPen(QColor("black") if not self.pen_down else self.colour, 1))
            painter.drawLine(x - 8, y, x + 8, y)
            painter.drawLine(x, y - 8, x, y + 8)
        painter.end()
