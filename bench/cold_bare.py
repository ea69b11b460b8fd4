"""Baseline for the cold start: a bare PySide6 window, from process start to first paint.

Run as a script (not through the ``bench`` package), exactly like ``cold_app.py``, so
both pay the same interpreter start-up. Prints one line when the window is painted.
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    """On the window itself, as ``cold_app.py`` watches its page."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window:
            print("painted", flush=True)
            os._exit(0)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(960, 680)
painted = FirstPaint(window)
window.show()
app.exec()
