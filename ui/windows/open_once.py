"""A window's dialogs, one of each kind at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_once(owner: QObject, attribute: str, make: Callable[[], D]) -> D:
    """Open the dialog ``owner`` keeps in ``attribute``, making it first if there is none;
    once closed it is deleted and the attribute cleared. open(), never exec(): there is no
    nested event loop to unwind when the app locks."""
    dialog: D | None = getattr(owner, attribute)
    if dialog is None:
        made = make()
        setattr(owner, attribute, made)

        def closed(_result: int) -> None:
            if getattr(owner, attribute) is made:
                setattr(owner, attribute, None)
            made.deleteLater()

        made.finished.connect(closed)
        dialog = made
    dialog.open()
    return dialog
