"""A window is made with the app's event filters off (about half its CPU), and they are back on,
in their order, before anything a person does can arrive (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from ui.shell.lock_guard import LockGuard
from ui.shell.unwatched import unwatched


def _hide_key() -> QKeyEvent:
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_H, modifiers)


def _wheel_down(widget: QWidget) -> QWheelEvent:
    centre = QPointF(widget.rect().center())
    return QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)


def test_the_filters_are_off_while_a_window_is_made_and_back_on_after(qtbot) -> None:
    app = QApplication.instance()
    field = QLineEdit()
    qtbot.addWidget(field)
    guard = LockGuard(app)
    guard.start()
    hidden: list[str] = []
    guard.hide_requested.connect(lambda: hidden.append("hidden"))
    try:
        with unwatched(guard) as made:
            window = QWidget()
            qtbot.addWidget(window)
            made.append(window)
            QVBoxLayout(window).addWidget(choice := QComboBox())
            choice.addItems(["one", "two", "three"])
            window.show()  # polished here, with the wheel guard off
            QApplication.sendEvent(field, _hide_key())
            assert hidden == [], "the guard is off while the window is made"
        QApplication.sendEvent(field, _hide_key())
        assert hidden == ["hidden"], "and on again once it is made"
        # The wheel guard missed the drop-down's polish; it was set up afterwards all the same:
        # the wheel over it, not focused, leaves its value alone.
        assert choice.focusPolicy() == Qt.FocusPolicy.StrongFocus
        QApplication.sendEvent(choice, _wheel_down(choice))
        assert choice.currentIndex() == 0
    finally:
        app.removeEventFilter(guard)


def test_a_guard_not_yet_watching_is_not_put_on_by_it(qtbot) -> None:
    app = QApplication.instance()
    field = QLineEdit()
    qtbot.addWidget(field)
    guard = LockGuard(app, watch=False)  # the app before its first paint
    guard.start()
    hidden: list[str] = []
    guard.hide_requested.connect(lambda: hidden.append("hidden"))
    with unwatched(guard):
        pass
    QApplication.sendEvent(field, _hide_key())
    assert hidden == []
