"""The app's cold start: from process start to the unlock screen painted.

Starts the real app (``ui.app.PassportApp``) on the bench's data folder, opens the
unlock screen of the first passport listed (what pressing Enter on the launcher does)
and prints one line from the first paint event of that screen, then exits at once.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from passport.store import profiles
from ui.app import PassportApp


class FirstPaint(QObject):
    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and (
                watched is self._page or self._page.isAncestorOf(watched)):
            print("painted", flush=True)
            os._exit(0)
        return False


data_dir = Path(sys.argv[1])
app = PassportApp(["--data-dir", str(data_dir)])
start = app.controller.start_window
painted = FirstPaint(start.unlock)
app.qt_app.installEventFilter(painted)
start.show_unlock(profiles.list_profiles(data_dir)[0])
app.run()
