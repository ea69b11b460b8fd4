"""At the top of Home: "Call me…", "Please don't ask me about…" and "How to talk with me",
as written, with a button to write or change them (and a quiet line that they are shared
only when picked)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.formats.boundaries import Boundaries
from ui.widgets.dialog_parts import words


class BoundariesPanel(QFrame):
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundariesPanel")
        self.setProperty("role", "card")
        self.heading = words(self.tr("What people should know first"), "heading")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editBoundariesButton")
        self.edit_button.clicked.connect(self.edit_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        self.invitation = words(self.tr("What should people call you? Is there anything you'd rather not be "
                                        "asked about? How do you like people to talk with you?"), "lead")
        self.values: dict[str, QLabel] = {}
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(12)
        self._captions: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate((("call_me", self.tr("Call me")),
                                              ("please_dont_ask", self.tr("Please don't ask me about")),
                                              ("how_to_talk", self.tr("How to talk with me")))):
            # Their words large, the app's small: the young person's words come first.
            name = words(caption, "hint")
            value = words("", "lead", f"boundary_{key}")
            self._captions[key], self.values[key] = name, value
            self._rows.addWidget(name, row, 0)
            self._rows.addWidget(value, row, 1)
        self._rows.setColumnStretch(1, 1)
        self.note = words(self.tr("Shared only when you tick them while sharing."), "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.invitation)
        layout.addLayout(self._rows)
        layout.addWidget(self.note)

    def words_to_read(self) -> list[str]:
        """What the panel shows, for reading aloud: the heading, then each answer after its caption."""
        said = [self.heading.text()]
        if self.invitation.isVisibleTo(self):
            said.append(self.invitation.text())
        for key, value in self.values.items():
            if value.isVisibleTo(self):
                said.append(f"{self._captions[key].text()}: {value.text()}")
        return said

    def show_boundaries(self, boundaries: Boundaries) -> None:
        empty = boundaries.is_empty()
        self.invitation.setVisible(empty)
        for key, value in self.values.items():
            text = getattr(boundaries, key)
            value.setText(text)
            value.setVisible(bool(text.strip()))
            self._captions[key].setVisible(bool(text.strip()))
        self.edit_button.setText(self.tr("&Write them…") if empty else self.tr("&Change…"))
        self.edit_button.setAccessibleName(self.tr("Write what people should know first") if empty
                                           else self.tr("Change what people should know first"))
