"""The screen quick-hide leaves behind: a plain, empty notes page that reveals nothing.

Getting back to the unlock screen takes a deliberate click or key press, so a glance or a
stray key from someone else does not bring anything back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class NeutralView(QWidget):
    carry_on = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel()
        title.setProperty("role", "heading")
        # A scratch page that is never saved: it looks like an ordinary, empty notes app.
        self.page = QPlainTextEdit()
        self.continue_button = QPushButton()
        self._set_words()
        self.continue_button.clicked.connect(self._carry_on)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.page, 1)
        layout.addLayout(row)

    def _set_words(self) -> None:
        self.title.setText(self.tr("Notes"))
        self.page.setAccessibleName(self.tr("Notes"))
        self.page.setPlaceholderText(self.tr("No notes yet."))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Go back to the unlock screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_words()
        super().changeEvent(event)

    def _carry_on(self) -> None:
        self.page.clear()
        self.carry_on.emit()
