"""The carer's "Open an answer…", on their main screen (issue 48: it was found only inside Send
suggestions): the young person's answer file says what became of each suggestion, never their
words. Opening runs in the job runner; what happened is said in words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from passport.formats.bundle_format import RECEIPT_SUFFIX
from passport.models import Change
from ui.runtime.file_chooser import FileChooser
from ui.runtime.jobs import Job
from ui.runtime.messages import message_for
from ui.runtime.session import Session


class OpenAnswerButton(QPushButton):
    said = Signal(str)  # what happened, in words, for the window's notice

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("O&pen an answer…"), parent)
        self.setObjectName("openAnswerOnHome")
        self.setAccessibleName(self.tr("Open their answer to your suggestions"))
        self.setToolTip(self.tr("A file from the young person saying what became of each suggestion"))
        self._session = session
        self._files = files
        self._job: Job | None = None
        self.clicked.connect(self.open_answer)

    def open_answer(self) -> None:
        if self._job is not None:
            return
        path = self._files.open_path(self, self.tr("Open an answer"),
                                     self.tr("Answers (*{0});;Any file (*)").replace("{0}", RECEIPT_SUFFIX))
        self.setFocus()  # back where the person was once the chooser closes
        if path is None:
            return
        # Not disabled while opening: a disabled button would hand the keyboard on to something else.
        self.said.emit(self.tr("Opening and checking the answer…"))
        self._job = self._session.run(self._session.profile.suggestions.open_answer, path, context=self,
                                      on_finished=self._opened, on_failed=self._not_opened)

    def _opened(self, change: Change) -> None:
        self._job = None
        self._session.apply(change)
        self.said.emit(self.tr("{name} answered. Send suggestions… shows what became of each one.")
                       .replace("{name}", change.subject.sender_name))

    def _not_opened(self, exc: BaseException) -> None:
        self._job = None
        self.said.emit(message_for(exc, "answer"))
