"""The one last-resort handler: an unexpected error in a slot becomes one kind sentence on
screen; the app and what the person typed carry on; the error's text is never shown."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from passport.errors import StoreDamaged
from ui.runtime.last_resort import LastResort


def test_an_error_in_a_slot_is_said_kindly_and_nothing_typed_is_lost(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "my words stay")
    handler = LastResort()
    try:
        def fails() -> None:
            raise StoreDamaged("file is not a database: page 7 of /home/sky/secret")

        QTimer.singleShot(0, fails)
        qtbot.waitUntil(lambda: handler.shown != [])
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert [box.text() for box in boxes] == ["This passport's data could not be read. It may be damaged."]
        assert "secret" not in boxes[0].text() and "page 7" not in boxes[0].detailedText()
        assert field.text() == "my words stay" and field.isVisible()
        for box in boxes:
            box.accept()
    finally:
        handler.uninstall()


def test_ctrl_c_is_not_swallowed() -> None:
    seen: list[type[BaseException]] = []
    import sys

    previous = sys.excepthook
    sys.excepthook = lambda kind, _error, _tb: seen.append(kind)
    handler = LastResort()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        handler.uninstall()
        sys.excepthook = previous
    assert seen == [KeyboardInterrupt]
