"""The band that holds a young person's boundaries above a shared file: "Please read this
first", then "Call me…", "Please don't ask me about…", "How to talk with me". It sits outside
the document's scrolling, so it is never scrolled past unseen; very long words scroll inside
the band where its view caps its height (the practitioner's view does not: the band is in a header
that scrolls as a whole, ui/practitioner/bundle_header.py, so there is one scroll bar, not two)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from passport.formats.boundaries import Boundaries
from ui.widgets.boundaries_text import boundary_rows, read_first_heading
from ui.widgets.dialog_parts import words


class BoundariesBand(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundariesBand")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        # As tall as its words (up to the cap its view sets), never stretched with empty room.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.card = QFrame()
        self.card.setObjectName("boundariesCard")
        self.card.setProperty("role", "card")
        self.heading = words(read_first_heading(), "heading", "boundariesHeading")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        layout = QVBoxLayout(self.card)
        layout.addWidget(self.heading)
        layout.addLayout(self._rows)
        self.setWidget(self.card)
        self.lines: list[QLabel] = []
        self.hide()

    def _needed_height(self) -> int:
        # Wrapped words' own hint is for a narrow column (far too tall): ask at the real width.
        width = max(self.viewport().width(), 200)
        needed = self.card.heightForWidth(width) if self.card.hasHeightForWidth() else self.card.sizeHint().height()
        return min(needed + 2 * self.frameWidth(), self.maximumHeight())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed_height())

    def minimumSizeHint(self) -> QSize:
        # The band's words come before the document's room: up to the cap its view sets, the
        # document shrinks (it scrolls anyway) before the band would need a scroll bar.
        return QSize(super().minimumSizeHint().width(), self._needed_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the words wrap anew, so the height they need changes

    def show_boundaries(self, boundaries: Boundaries | None) -> None:
        for label in self.lines:
            label.hide()
            label.deleteLater()
        self.lines = []
        rows = boundary_rows(boundaries) if boundaries is not None else []
        for heading, text in rows:
            label = words(self.tr("{heading}: {words}").replace("{heading}", heading).replace("{words}", text),
                          "lead")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._rows.addWidget(label)
            self.lines.append(label)
        said = " ".join(label.text() for label in self.lines)
        self.setAccessibleName(read_first_heading())
        self.setAccessibleDescription(said)
        self.setVisible(bool(rows))
        for label in self.lines:
            label.show()  # now, not on the next turn: the height asked for below must count them
        self.card.layout().activate()
        self.updateGeometry()
