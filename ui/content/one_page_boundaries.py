"""What people should know first, for the one-page profile: one tick for each answer the young
person wrote ("Call me", "Please don't ask me about", "How to talk with me"), none ticked to
start with, each showing the words it would put on the page. A page for a new school may
want their name but not what they would rather not be asked about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from passport.formats.boundaries import Boundaries
from ui.widgets.boundaries_text import BoundariesText, safe_text
from ui.widgets.dialog_parts import words

FIELDS = ("call_me", "please_dont_ask", "how_to_talk")


class BoundaryChecks(QWidget):
    changed = Signal()

    def __init__(self, boundaries: Boundaries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onePageBoundaries")
        self._boundaries = boundaries
        headings = {"call_me": BoundariesText.tr("Call me"),
                    "please_dont_ask": BoundariesText.tr("Please don't ask me about"),
                    "how_to_talk": BoundariesText.tr("How to talk with me")}
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        written = [field for field in FIELDS if safe_text(getattr(boundaries, field))]
        if written:
            layout.addWidget(words(self.tr("What people should know first: tick each one to put it at the top."),
                                   "hint"))
        for field in written:
            check = QCheckBox(headings[field])
            check.setObjectName(f"onePage_{field}")
            check.setAccessibleName(self.tr("Put “{0}” on the page").replace("{0}", headings[field]))
            said = words(safe_text(getattr(boundaries, field)), "hint", f"onePageWords_{field}")
            said.setContentsMargins(check.style().pixelMetric(check.style().PixelMetric.PM_IndicatorWidth) + 8, 0,
                                    0, 4)
            check.setAccessibleDescription(said.text())
            check.toggled.connect(self.changed)
            self.checks[field] = check
            layout.addWidget(check, 0, Qt.AlignmentFlag.AlignLeading)  # as wide as its words: a click there ticks
            layout.addWidget(said)

    def chosen(self) -> Boundaries:
        """Only the answers ticked; the others left empty, so they are not on the page."""
        return self._boundaries.model_copy(update={
            field: getattr(self._boundaries, field) if field in self.checks and self.checks[field].isChecked() else ""
            for field in FIELDS})
