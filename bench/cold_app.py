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
    """On the page itself, not the application: a Python filter on the application sees every
    event of every widget, and PySide then looks through all its types the first time one of
    Qt's private widget classes has an event (30 ms), which would be the bench's cost, not the
    app's. The page paints itself before anything inside it."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self._page = page
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._page:
            print("painted", flush=True)
            os._exit(0)
        return False


data_dir = Path(sys.argv[1])
app = PassportApp(["--data-dir", str(data_dir)])
start = app.controller.start_window
painted = FirstPaint(start.unlock)
start.show_unlock(profiles.list_profiles(data_dir)[0])
app.run()
