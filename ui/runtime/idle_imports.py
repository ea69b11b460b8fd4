"""The profile windows, their pages and dialogs imported while the person types their
passphrase, not before the start window can paint (the app's cold start) and not when their
passport opens (Home painted)."""

from __future__ import annotations

import contextlib
import importlib

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class ImportsWhenIdle(QObject):
    """Imports the profile windows, their pages and dialogs once a window has painted, one
    module per turn of the event loop, so the person's typing is never held up for long
    and opening their passport (or a page of it) does not wait for the imports. Paused
    while a window is opening, so the imports never delay its first paint."""

    # The windows, then the main window's pages and dialogs (made when first opened).
    _MODULES = (
        "ui.windows.main_window",
        "ui.windows.practitioner_window",
        "ui.windows.carer_window",
        "ui.content.search_view",
        "ui.content.entry_editor",
        "ui.content.timeline_view",
        "ui.sharing.people_view",
        "ui.suggestions.suggestion_inbox_view",
        "ui.shell.help_view",
        "ui.content.settings_dialog",
        "ui.sharing.share_wizard",
        "ui.content.backup_dialog",
        "ui.shell.setup_wizard",
    )

    # Once, after the first paint of the first window watched: the app's filters go on then.
    first_painted = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._left = list(self._MODULES)
        self._window: QWidget | None = None
        self._painted = False

    def after_first_paint_of(self, window: QWidget) -> None:
        if not self._left and self._painted:
            return
        if self._window is not None and self._window is not window:
            with contextlib.suppress(RuntimeError):  # already deleted
                self._window.removeEventFilter(self)
        self._window = window
        # On the window itself, not the application: a window paints itself before the
        # pages inside it, and a filter on the application would see every event of every
        # widget (see LockGuard.watch for what that costs before the first paint).
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._window is not None and watched is self._window:
            watched.removeEventFilter(self)
            self._window = None
            if not self._painted:
                self._painted = True
                # At the next turn, not inside this paint: the window paints itself before the
                # pages in it, and what this sets off (fonts, the app's filters) must not hold
                # up the rest of the first frame.
                QTimer.singleShot(0, self, self.first_painted.emit)  # dropped if the app closed first
            QTimer.singleShot(0, self._next)
        return False

    def _next(self) -> None:
        if self._left and self._window is None:
            importlib.import_module(self._left.pop(0))
            QTimer.singleShot(0, self._next)
