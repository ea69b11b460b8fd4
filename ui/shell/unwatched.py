"""Widgets made without the application's event filters watching: about half their CPU.

Making a window sends thousands of events to its new widgets (child added, polish, layout
request, style, font and palette changes), none of them from a person. A Python filter on the
application sees every one, and PySide makes a Python call and wrappers for the event and the
widget each time: with the lock guard and the wheel guard on, making the practitioner's window
took 56–64 ms of the GUI thread's CPU instead of 31–46 ms, all in one turn of the event loop.

So a window (or a large piece of one) is made with those two filters off, and they go back on
before the event loop turns again. Making widgets runs no event loop, so no key press or click
can arrive meanwhile: Hide now and the idle timer see the very next event as ever. Never wrap
anything that can run an event loop (a dialog's ``exec``, ``processEvents``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from ui.shell.lock_guard import LockGuard
from ui.widgets.wheel_guard import WheelGuard


@contextlib.contextmanager
def unwatched(guard: LockGuard) -> Iterator[list[QWidget]]:
    """The app's filters (``guard`` and the wheel guard) off while the block runs. The block puts
    in the list it is given the widgets it made: the wheel guard then sets up their controls (it
    missed their polish)."""
    made: list[QWidget] = []
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        yield made
        return
    wheel = app.findChild(WheelGuard)
    # In the order the app put them on, so that the lock guard still sees each event first.
    off: list[QObject] = [f for f in (wheel, guard if guard.watching else None) if f is not None]
    for installed in off:
        app.removeEventFilter(installed)
    try:
        yield made
    finally:
        for installed in off:
            app.installEventFilter(installed)
        if wheel is not None:
            for widget in made:
                wheel.guard_controls_in(widget)
