"""A "Read aloud" button that becomes "Stop reading" while the words are spoken, with a line
below it that says, in words, why something could not be read (no voice for this language, or
an engine that does not start: the speaker may find that out seconds after the press)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.runtime.speech import Speaker
from ui.runtime.themed_icon import themed_icon


class ReadAloudButton(QWidget):
    """Reads ``words()`` when pressed; pressed again (or Esc) while speaking, it stops."""

    def __init__(self, speaker: Speaker, words: Callable[[], str], what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._words = words
        self._what = what  # "this page", "this entry": said in the button's name
        self.button = QPushButton()
        self.button.setObjectName("readAloudButton")
        self.button.setIcon(themed_icon("read_aloud"))
        self.button.setProperty("scaledIcon", True)
        self.button.clicked.connect(self.press)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("readAloudStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setProperty("role", "hint")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        self.setFocusProxy(self.button)
        speaker.started.connect(self._show_state)
        speaker.stopped.connect(self._show_state)
        speaker.problem.connect(self._say_problem)
        self._show_state()

    def press(self) -> None:
        if self._speaker.is_speaking():
            self._speaker.stop()
            return
        self.status.hide()
        self._speaker.read(self._words(), asker=self)

    def _say_problem(self, text: str) -> None:
        if self._speaker.asker is not self:
            return  # another page's button asked: it is said there
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def _show_state(self) -> None:
        if self._speaker.is_speaking():
            self.button.setText(self.tr("Stop reading"))
            self.button.setAccessibleName(self.tr("Stop reading aloud"))
            self.button.setToolTip(self.tr("Stop reading aloud (Esc)"))
        else:
            self.button.setText(self.tr("Read aloud"))
            self.button.setAccessibleName(self.tr("Read {what} aloud").replace("{what}", self._what))
            self.button.setToolTip(
                self.tr("Read {what} aloud (Ctrl+Shift+R). Esc stops it.").replace("{what}", self._what)
            )
