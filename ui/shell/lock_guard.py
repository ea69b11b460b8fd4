"""Locks after idle time, and on the lock and quick-hide keys from anywhere in the app.

One event filter on the application sees every key press and mouse action, so the idle
timer restarts on real use and the lock and quick-hide keys work even with a dialog open
(a window's own shortcut would be blocked by a modal dialog, and the Lock button covered).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MINUTES = 5
IDLE_SETTING = "auto_lock_minutes"
HIDE_KEYS = QKeySequence("Ctrl+Shift+H")
LOCK_KEYS = QKeySequence("Ctrl+L")

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


def _keys_of(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    )
    return QKeySequence(event.keyCombination().key() | modifiers)


def _is_hide_key(event: QKeyEvent) -> bool:
    return _keys_of(event) == HIDE_KEYS


def _is_lock_key(event: QKeyEvent) -> bool:
    return _keys_of(event) == LOCK_KEYS


class LockGuard(QObject):
    """Emits ``idle`` after the idle time without use, ``lock_requested`` on the lock key and
    ``hide_requested`` on the quick-hide key, while :meth:`start` has been called and
    :meth:`stop` has not."""

    idle = Signal()
    hide_requested = Signal()
    lock_requested = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        # Precise: a coarse timer may fire up to 5 % late, which is long for a lock.
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)
        self._active = False
        self.watching = False  # on the application as its filter (after the first paint)
        self.set_idle_minutes(DEFAULT_IDLE_MINUTES)
        if watch:
            self.watch(app)

    def watch(self, app: QApplication) -> None:
        """Start seeing the application's events. The app calls this once its first screen
        has painted (``watch=False`` until then): while any Python filter sees every event,
        the first event of each of Qt's private widget classes makes PySide look through all
        of its types (30 ms at start-up), and nothing is open to lock or hide before then."""
        app.installEventFilter(self)
        self.watching = True

    def set_idle_minutes(self, minutes: float) -> None:
        self.set_idle_msec(int(max(minutes, 1) * 60_000))

    def set_idle_msec(self, msec: int) -> None:
        """The idle time in milliseconds (tests shorten it this way)."""
        self._timer.setInterval(msec)
        if self._active:
            self._timer.start()

    def idle_msec(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._active:
            return False
        kind = event.type()
        # A shortcut-override is what a key combination sends first; answering it keeps
        # the key away from any shortcut or dialog, then the key press itself hides (or locks).
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            wanted = self.hide_requested if _is_hide_key(event) else (
                self.lock_requested if _is_lock_key(event) else None)
            if wanted is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    wanted.emit()
                return True
        if kind in _ACTIVITY:
            self._timer.start()
        return False
