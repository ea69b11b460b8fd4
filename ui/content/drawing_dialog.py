"""Draw a picture for an entry: pens in three sizes, colours, an eraser, undo and clear.

The pen and colour in use show as chosen not by colour alone: the chosen button has a tick
and a thicker frame (the themes' ``choice`` buttons), and says "checked" to screen readers.

The drawing stays in memory until it is kept, when it goes as a PNG straight into the
encrypted store; not keeping it (or the app locking) forgets it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.dialog_parts import button_row, words
from ui.widgets.drawing_canvas import DrawingCanvas
from ui.widgets.flow_layout import FlowLayout

PEN_WIDTHS = (3, 8, 20)
SWATCH = 16


class DrawingDialog(QDialog):
    kept = Signal(bytes)  # the PNG, when the person keeps it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawingDialog")
        self.setWindowTitle(self.tr("Draw a picture"))
        self.setAccessibleName(self.tr("Draw a picture"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.canvas = DrawingCanvas()
        self.canvas.setAccessibleName(self.tr("Drawing page"))
        self.canvas.setAccessibleDescription(self.tr("Arrow keys move the cross; Space puts the pen down or "
                                                     "lifts it; Shift with an arrow moves further."))
        self.canvas.changed.connect(self._show_state)

        pens = [(self.tr("Thin"), self.tr("Thin pen")), (self.tr("Medium"), self.tr("Medium pen")),
                (self.tr("Thick"), self.tr("Thick pen"))]
        colours = [
            (self.tr("Black"), QColor("#000000")), (self.tr("Red"), QColor("#d0312d")),
            (self.tr("Orange"), QColor("#f28c28")), (self.tr("Yellow"), QColor("#f4d03f")),
            (self.tr("Green"), QColor("#2e8b57")), (self.tr("Blue"), QColor("#1f5fbf")),
            (self.tr("Purple"), QColor("#7b3fa0")), (self.tr("Brown"), QColor("#8b5a2b")),
        ]
        self.pen_buttons = self._group([text for text, _name in pens], [name for _text, name in pens], "pen")
        for button, width in zip(self.pen_buttons, PEN_WIDTHS, strict=True):
            button.clicked.connect(lambda _checked=False, w=width: self.canvas.set_width(w))
        self.pen_buttons[1].setChecked(True)
        names = [name for name, _colour in colours] + [self.tr("Eraser")]
        self.colour_buttons = self._group(names, names, "colour")
        for button, (_name, colour) in zip(self.colour_buttons, colours, strict=False):
            button.setProperty("swatch", colour)
            button.clicked.connect(lambda _checked=False, c=colour: self.canvas.set_colour(c))
        self.eraser_button = self.colour_buttons[-1]
        self.eraser_button.clicked.connect(self.canvas.set_eraser)
        self.colour_buttons[0].setChecked(True)
        for button in (*self.pen_buttons, *self.colour_buttons):
            self._show_choice(button)

        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoDrawingButton")
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last line (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.canvas.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.canvas.undo)
        self.clear_button = QPushButton(self.tr("C&lear the page"))
        self.clear_button.setObjectName("clearDrawingButton")
        self.clear_button.setAccessibleName(self.tr("Clear the page"))
        self.clear_button.clicked.connect(self.canvas.clear)

        self.keep_button = QPushButton(self.tr("&Keep this picture"))
        self.keep_button.setObjectName("keepDrawingButton")
        self.keep_button.setAccessibleName(self.tr("Keep this picture"))
        self.keep_button.clicked.connect(self.keep)
        self.cancel_button = QPushButton(self.tr("&Don't keep it"))
        self.cancel_button.setObjectName("cancelDrawingButton")
        self.cancel_button.setAccessibleName(self.tr("Don't keep this picture"))
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self._row(self.tr("&Pen:"), [*self.pen_buttons, self.undo_button, self.clear_button]))
        layout.addLayout(self._row(self.tr("C&olour:"), self.colour_buttons))
        layout.addWidget(self.canvas, 1)
        layout.addWidget(words(self.tr("Keyboard: Tab to the page, then arrows move the cross and Space puts "
                                       "the pen down or lifts it."), role="hint"))
        layout.addLayout(button_row([self.cancel_button], [self.keep_button]))
        self._show_state()
        roomy = max(720, self.fontMetrics().averageCharWidth() * 80)
        width = min(roomy, self.screen().availableGeometry().width() - 40)
        self.resize(width, layout.totalHeightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The rows of buttons wrap when narrow; a window does not grow for that by itself.
        self.setMinimumHeight(self.layout().totalMinimumHeightForWidth(event.size().width()))
        super().resizeEvent(event)

    def _group(self, texts: list[str], names: list[str], kind: str) -> list[QPushButton]:
        group = QButtonGroup(self)
        group.setExclusive(True)
        buttons = []
        for text, name in zip(texts, names, strict=True):
            button = QPushButton(text)
            button.setObjectName(f"{kind}Button")
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setAccessibleName(name)
            button.toggled.connect(lambda _on=False, b=button: self._show_choice(b))
            group.addButton(button)
            buttons.append(button)
        return buttons

    def _show_choice(self, button: QPushButton) -> None:
        """A tick on the chosen button (on its colour, for a colour), and "chosen" in words."""
        colour = button.property("swatch")
        chosen = button.isChecked()
        button.setIcon(QIcon(self._swatch(colour if isinstance(colour, QColor) else None, chosen)))
        button.setAccessibleDescription(self.tr("Chosen") if chosen else "")

    @staticmethod
    def _swatch(colour: QColor | None, ticked: bool) -> QPixmap:
        """``colour`` as a square (none: clear, so every button's words line up), with a tick
        drawn on it in black or white, whichever shows on that colour."""
        swatch = QPixmap(SWATCH, SWATCH)
        swatch.fill(Qt.GlobalColor.transparent)
        painter = QPainter(swatch)
        if colour is not None or ticked:  # a pen's tick sits on white, to show in every theme
            painter.setPen(QColor("#808080"))  # an edge, so black shows on a dark theme
            painter.setBrush(colour if colour is not None else QColor("white"))
            painter.drawRect(0, 0, SWATCH - 1, SWATCH - 1)
        if ticked:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ink = QColor("white") if colour is not None and colour.lightnessF() < 0.55 else QColor("black")
            painter.setPen(QPen(ink, SWATCH / 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPolyline([QPointF(SWATCH * 0.18, SWATCH * 0.55), QPointF(SWATCH * 0.42, SWATCH * 0.78),
                                  QPointF(SWATCH * 0.84, SWATCH * 0.24)])
        painter.end()
        return swatch

    @staticmethod
    def _row(caption: str, buttons: list[QPushButton]) -> FlowLayout:
        row = FlowLayout(spacing=6)
        if caption:
            label = QLabel(caption)
            label.setBuddy(buttons[0])
            row.addWidget(label)
        for button in buttons:
            row.addWidget(button)
        return row

    def _show_state(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo)
        self.clear_button.setEnabled(self.canvas.drawn)
        self.keep_button.setEnabled(self.canvas.drawn)

    def keep(self) -> None:
        if not self.canvas.drawn:
            return
        self.kept.emit(self.canvas.png())
        self.accept()
