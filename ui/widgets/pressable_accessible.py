"""A widget that opens on Enter is a button to a screen reader, with a Press action.

Found by running Orca 43 over the app (docs/accessibility.md): an entry's card on Home was
read as "Music panel", so nothing told a screen-reader user that Enter opens it, and the card
offered no action through AT-SPI but focus (switch access and voice control could not open
it). Qt gives a QFrame the role of a panel, and a widget's role can only be changed by its
accessible interface: :func:`accessible_as_button` registers a widget class (by its class
name) for one that says *button* and whose Press calls the widget's ``press()``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_CLASSES: set[str] = set()  # the class names said as buttons


class _ButtonInterface(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Button)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().press()  # type: ignore[attr-defined]
        else:
            super().doAction(name)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if key in _CLASSES and isinstance(obj, QWidget) and hasattr(obj, "press"):
        return _ButtonInterface(obj)
    return None


def accessible_as_button(cls: type[QWidget]) -> None:
    """Say every ``cls`` (which has a ``press()``) as a button with a Press action."""
    if not _CLASSES:
        QAccessible.installFactory(_factory)
    _CLASSES.add(cls.__name__)
