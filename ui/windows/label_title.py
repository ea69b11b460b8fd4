"""A profile window's title: the label its owner chose, alone.

The label may be a disguise ("Maths revision"); a title that added the app's name, or
anything else, would undo it on the taskbar and in the window switcher.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from passport.models import Change, ChangeKind
from ui.runtime.session import Session


class LabelTitle(QObject):
    """Sets ``window``'s title to the profile's label, and again when it is renamed."""

    def __init__(self, window: QWidget, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        window.setWindowTitle(session.profile.label)
        session.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS_CHANGED and not self._session.profile.is_locked:
            self._window.setWindowTitle(self._session.profile.label)
