"""A text field that the focus reaches is read aloud by Orca, not passed over in silence.

Found by running Orca 43 over the app (docs/accessibility.md): Tab into the empty second
passphrase field, or onto the recovery code check, and Orca said nothing at all. A QLineEdit
tells the accessibility bus where its caret is the first time the caret "moves", from
nowhere (-1) to 0: on Tab, Qt selects all of a field's text, and that first report goes out
just *before* the field's focus event. Orca takes a caret event on a field that is focused
by the time it reads it as a silent move of its own focus, and then ignores the focus event
that follows as "the same object": the person hears nothing where they are.

So every line edit of a window is given that first report early, while it is not focused
(Orca ignores caret events of fields without focus): whenever the focus moves, the window's
line edits that have never reported their caret report it then. When the focus reaches one
later there is no caret news to get in first, and Orca says its name. As EnterOnButtons
does, this watches where the focus goes rather than filtering every event of the app.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

_PRIMED = "caretPrimed"  # a dynamic property: this field has told where its caret is


def prime(field: QLineEdit) -> None:
    """Have ``field`` report its caret now, once (setting it where it is: nothing changes)."""
    if not field.property(_PRIMED) and not field.hasSelectedText():  # moving it would undo a selection
        field.setProperty(_PRIMED, True)
        field.setCursorPosition(field.cursorPosition())


class CaretPrimer(QObject):
    """Installed once on the application with :meth:`install`; lives as long as it does."""

    @classmethod
    def install(cls, app: QApplication) -> CaretPrimer:
        """The application's primer, made on the first call only."""
        primer = app.findChild(CaretPrimer)
        return primer if primer is not None else cls(app)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        for field in new.window().findChildren(QLineEdit):
            # The focused one has had its focus event: nothing to get ahead of. Priming one field
            # can let a window remake its others (Qt's own file dialog does): those are passed by.
            if field is not new and isValid(field):
                prime(field)
