"""The mouse wheel scrolls the page; it never changes a value by accident.

Qt's drop-downs, date and number fields and sliders change their value under the wheel,
even when the pointer only passes over them while the page scrolls (and autosave then keeps
the change). One filter on the application stops that for the whole app: a wheel over such
a control that does not have the keyboard focus goes on to what encloses it, so the page
scrolls as if the control were not there. A control the person has clicked or tabbed into
still takes the wheel.

Qt also gives the keyboard focus to these controls when the wheel passes over them (their
focus policy is ``WheelFocus``), before any filter sees the wheel; so each one is given
``StrongFocus`` instead (Tab and click still focus it), as it is polished.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _is_guarded(widget: QWidget) -> bool:
    # A scroll bar is what scrolls: it keeps the wheel.
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def _guarded_control(widget: QWidget) -> QWidget | None:
    """``widget`` or the control it is part of (a date field's own text box), in its window."""
    while widget is not None:
        if _is_guarded(widget):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _no_wheel_focus(widget: QWidget) -> None:
    if _is_guarded(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """Installed once on the application with :meth:`install`; lives as long as it does."""

    @classmethod
    def install(cls, app: QApplication) -> WheelGuard:
        """The application's guard, made and installed on the first call only."""
        guard = app.findChild(WheelGuard)
        if guard is None:
            guard = cls(app)
            app.installEventFilter(guard)
            for widget in QApplication.allWidgets():  # those made before the guard
                _no_wheel_focus(widget)
        return guard

    @staticmethod
    def guard_controls_in(widget: QWidget) -> None:
        """Every control in ``widget``, as if the guard had seen it polished (it was made while
        the guard was off the application: see ``ui.shell.unwatched``)."""
        for kind in _GUARDED:
            for control in widget.findChildren(kind):
                _no_wheel_focus(control)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            _no_wheel_focus(watched)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            control = _guarded_control(watched)
            if control is not None and not control.hasFocus():
                self._pass_on(control, watched, event)
                return True
        return False

    @staticmethod
    def _pass_on(control: QWidget, watched: QWidget, event: QWheelEvent) -> None:
        """Offer the wheel to each widget around ``control`` in turn, as Qt does with a
        wheel nobody takes, until one takes it (a scroll area's page scrolls)."""
        position = watched.mapTo(control, event.position()) if watched is not control else event.position()
        widget = control
        while not widget.isWindow():
            position = widget.mapToParent(position)
            widget = widget.parentWidget()
            passed = QWheelEvent(
                position, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                event.modifiers(), event.phase(), event.inverted(), event.source(), event.pointingDevice(),
            )
            if QApplication.sendEvent(widget, passed) and passed.isAccepted():
                break
        event.accept()
