"""The one last-resort handler: an error nobody expected, in any slot or timer, becomes one
kind sentence on screen instead of a traceback. The app carries on, so whatever the person
typed is still there (and the editor's autosave keeps it); nothing of the error, and so
nothing of a profile, is written anywhere."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.runtime.messages import message_for

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class LastResort:
    """Installed by the app for one run; :meth:`uninstall` puts the previous hook back."""

    def __init__(self) -> None:
        self._previous: Hook = sys.excepthook
        self.shown: list[str] = []  # what was said, in this run (tests read it)
        self._showing = False
        self._box: QMessageBox | None = None
        sys.excepthook = self._handle

    def uninstall(self) -> None:
        if sys.excepthook == self._handle:
            sys.excepthook = self._previous

    def _handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, Exception):  # Ctrl+C and exits keep their meaning
            self._previous(kind, error, tb)
            return
        sentence = message_for(error)
        self.shown.append(sentence)
        if self._showing or QApplication.instance() is None:
            return  # one message at a time; an error while one is up says the same
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("LastResort", "Something went wrong"),
                              sentence, QMessageBox.StandardButton.Ok, parent if isinstance(parent, QWidget) else None)
            box.setAccessibleName(QApplication.translate("LastResort", "Something went wrong"))
            box.finished.connect(self._closed)
            self._box = box  # kept: a box with no parent would be collected at once
            box.open()
        except Exception:
            self._showing = False

    def _closed(self) -> None:
        self._showing = False
        self._box = None
