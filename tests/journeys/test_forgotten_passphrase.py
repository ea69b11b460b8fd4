"""Journey: the passphrase is forgotten. The recovery code opens the passport, which leads
straight to a new passphrase and a new recovery code; from then on the new passphrase and
the new code open it, and the old code does not. Keys and clicks through the real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from passport.errors import WrongSecret
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry
from tests.shell_helpers import (
    focused,
    press,
    type_here,
    type_new_passphrase,
    visible_text,
    wait_active,
    when_dialog_asks,
)
from ui.app import PassportApp
from ui.runtime.messages import message_for
from ui.shell.new_passphrase_dialog import CODE, NewPassphraseDialog
from ui.widgets.confirm_dialog import ConfirmDialog

NEW_PASSPHRASE = "orange lantern by the quiet harbour"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
WRONG = message_for(WrongSecret("no"))


def unlock_with(qtbot, app: PassportApp, secret: str, code: bool) -> None:
    """On the unlock screen: switch to the recovery code if asked, type, press Enter."""
    unlock = app.controller.start_window.unlock
    if code and unlock.field.accessibleName() != "Recovery code":
        press(qtbot, Qt.Key.Key_I, ALT)  # "Use my recovery code &instead"
        qtbot.waitUntil(lambda: unlock.field.accessibleName() == "Recovery code")
    assert focused() is unlock.field
    unlock.field.selectAll()
    type_here(qtbot, secret)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.is_busy, timeout=10_000)


def opened(app: PassportApp) -> bool:
    return app.controller.main_window is not None


def asking_dialog(qtbot, app: PassportApp) -> NewPassphraseDialog:
    qtbot.waitUntil(lambda: app.controller.new_passphrase_dialog is not None
                    and app.controller.new_passphrase_dialog.isVisible(), timeout=10_000)
    dialog = app.controller.new_passphrase_dialog
    wait_active(qtbot, dialog)
    return dialog


def lock(qtbot, app: PassportApp) -> None:
    window = app.controller.main_window
    assert window is not None
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_L, CTRL)
    start = app.controller.start_window
    wait_active(qtbot, start)
    assert not opened(app) and start.pages.currentWidget() is start.unlock


def test_forgotten_passphrase_recovery_code_then_a_new_passphrase(qtbot, data_dir: Path) -> None:
    sky, old_code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    add_entry(sky, "Music helps", "I play guitar when it gets loud.", important_now=True)
    sky.lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    app.context.kdf = FAST_KDF
    try:
        start = app.controller.start_window
        wait_active(qtbot, start)
        press(qtbot, Qt.Key.Key_Return)  # open "Sky" from the list
        assert start.pages.currentWidget() is start.unlock

        # The passphrase is forgotten: the recovery code opens it, and asks for a new one at once.
        unlock_with(qtbot, app, old_code.replace("-", " ").lower(), code=True)
        dialog = asking_dialog(qtbot, app)
        assert "Choose a new passphrase" in visible_text()
        assert focused() is dialog.passphrase.first

        # Escape does not skip it by accident: it asks, and "Choose one now" (the default) stays.
        asked = when_dialog_asks(ConfirmDialog, lambda _question: press(qtbot, Qt.Key.Key_Return))
        press(qtbot, Qt.Key.Key_Escape)
        assert asked, "leaving was asked about"
        assert dialog.isVisible()
        wait_active(qtbot, dialog)

        type_new_passphrase(qtbot, NEW_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.current_step() == CODE, timeout=10_000)
        new_code = "-".join(dialog.code_view.code_label.text().split())  # read off the screen
        assert new_code and new_code != old_code
        assert focused() is dialog.code_check.field
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible(), "not before the code is typed back"
        type_here(qtbot, new_code.split("-")[-1])
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        qtbot.waitUntil(lambda: "Music helps" in visible_text())  # Home comes a piece per turn

        # The old passphrase and the old code no longer open it; the new passphrase does, and asks nothing.
        lock(qtbot, app)
        unlock_with(qtbot, app, PASSPHRASE, code=False)
        assert not opened(app) and start.unlock.error.text() == WRONG
        unlock_with(qtbot, app, NEW_PASSPHRASE, code=False)
        qtbot.waitUntil(lambda: opened(app), timeout=10_000)
        assert app.controller.new_passphrase_dialog is None
        qtbot.waitUntil(lambda: "Music helps" in visible_text())  # Home comes a piece per turn
        lock(qtbot, app)
        unlock_with(qtbot, app, old_code, code=True)
        assert not opened(app) and start.unlock.error.text() == WRONG

        # The new code opens it (and asks again for a passphrase; "Later" is a deliberate choice).
        unlock_with(qtbot, app, new_code, code=True)
        dialog = asking_dialog(qtbot, app)

        def later(question: QWidget) -> None:
            assert isinstance(question, ConfirmDialog)
            qtbot.mouseClick(question.confirm_button, Qt.MouseButton.LeftButton)

        asked = when_dialog_asks(ConfirmDialog, later)
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
        assert asked
        qtbot.waitUntil(lambda: app.controller.new_passphrase_dialog is None)
        assert opened(app)
        qtbot.waitUntil(lambda: "Music helps" in visible_text())
    finally:
        app.close()
    # Choosing "Later" changed nothing: the new passphrase and the new code still open it.
    Profile.open_with_passphrase(sky.folder, NEW_PASSPHRASE).lock()
    Profile.open_with_recovery_code(sky.folder, new_code).lock()
