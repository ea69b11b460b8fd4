"""The whole main flow of the real app by keyboard alone: first run, write, attach, find,
lock, unlock with the passphrase, lock, unlock with the recovery code and choose a new passphrase.

An event filter on the application fails the test if a single mouse press or release
reaches any widget, so nothing here quietly depends on a click. Only the system's file
chooser is replaced (through the attachment panel's ``choose_files``); the key that opens
it is still a key.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE, png_bytes
from tests.shell_helpers import focused, press, type_here, type_new_passphrase, visible_text, wait_active
from ui.app import PassportApp
from ui.shell.new_passphrase_dialog import CODE as NEW_CODE
from ui.shell.setup_wizard import CODE, NAME, WELCOME
from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP
from ui.windows.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
MOUSE_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                          QEvent.Type.MouseButtonDblClick})


class MouseWatch(QObject):
    """Remembers every mouse press or release the application delivers."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


@pytest.fixture
def mouse_watch(qapp):
    watch = MouseWatch()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


def tab_to(qtbot, target: QWidget, most: int = 40) -> None:
    for _ in range(most):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target.accessibleName()!r}"


def main_window(app: PassportApp) -> MainWindow:
    window = app.controller.main_window
    assert window is not None
    return window


def test_the_whole_main_flow_by_keyboard_alone(qtbot, data_dir, tmp_path, mouse_watch) -> None:
    picture = tmp_path / "my drawing.png"
    picture.write_bytes(png_bytes())
    app = PassportApp(["--data-dir", str(data_dir)])
    app.context.kdf = FAST_KDF  # the wizard's key derivation, cheap for the test
    try:
        controller = app.controller
        start = controller.start_window
        wait_active(qtbot, start)

        # First run: "Make a new passport", "Me" (chosen already), then the wizard, step by step.
        assert focused() is start.launcher.new_button
        press(qtbot, Qt.Key.Key_Return)
        assert start.pages.currentWidget() is controller.kind_chooser
        press(qtbot, Qt.Key.Key_Return)
        wizard = start.wizard
        assert wizard is not None and wizard.current_step() == WELCOME
        press(qtbot, Qt.Key.Key_Return)
        assert wizard.current_step() == NAME and focused() is wizard.name_field
        type_here(qtbot, "Blue notebook")
        press(qtbot, Qt.Key.Key_Return)
        assert wizard.current_step() == PASSPHRASE_STEP
        type_new_passphrase(qtbot, PASSPHRASE)
        qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
        code = "-".join(wizard.code_view.code_label.text().split())  # read off the screen
        assert focused() is wizard.check_field
        type_here(qtbot, code.split("-")[-1])
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = main_window(app)
        wait_active(qtbot, window)

        # Write something new, with a picture.
        press(qtbot, Qt.Key.Key_N, CTRL)
        editor = window.editor
        assert window.pages.currentWidget() is editor and focused() is editor.title_edit
        type_here(qtbot, "Saturday football")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is editor.body_edit
        type_here(qtbot, "Playing in goal makes me feel brave.")
        panel = editor.attachments
        panel.choose_files = lambda _parent: [picture]
        tab_to(qtbot, panel.add_button)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(panel.tiles) == 1, timeout=10_000)
        assert panel.tiles[0].attachment.name == "my drawing.png"
        press(qtbot, Qt.Key.Key_Escape)
        assert window.pages.currentWidget() is window.home
        profile: Profile = window.session.profile
        [entry] = profile.entries()
        assert entry.title == "Saturday football" and len(profile.attachments(entry.id)) == 1

        # Find it again and open it, by keys.
        press(qtbot, Qt.Key.Key_F, CTRL)
        assert focused() is window.search.field
        type_here(qtbot, "brave")
        press(qtbot, Qt.Key.Key_Down)
        assert focused() is window.search.results
        press(qtbot, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is editor and editor.entry_id == entry.id
        assert editor.title_edit.text() == "Saturday football"

        # Lock, then unlock with the passphrase: it is all still there.
        press(qtbot, Qt.Key.Key_L, CTRL)
        assert profile.is_locked and controller.main_window is None
        wait_active(qtbot, start)
        assert start.pages.currentWidget() is start.unlock and focused() is start.unlock.field
        type_here(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = main_window(app)
        wait_active(qtbot, window)
        qtbot.waitUntil(lambda: "Saturday football" in visible_text())  # Home's sections come a turn each

        # Lock again, and this time open it with the recovery code.
        press(qtbot, Qt.Key.Key_L, CTRL)
        wait_active(qtbot, start)
        press(qtbot, Qt.Key.Key_I, ALT)  # "Use my recovery code &instead"
        # A mnemonic presses its button with a short animation, so the switch comes a moment later.
        qtbot.waitUntil(lambda: start.unlock.field.accessibleName() == "Recovery code")
        assert focused() is start.unlock.field
        type_here(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        # The passphrase was "forgotten": a new one, and a new code, come first.
        dialog = controller.new_passphrase_dialog
        assert dialog is not None
        wait_active(qtbot, dialog)
        type_new_passphrase(qtbot, "orange lantern by the quiet harbour")
        qtbot.waitUntil(lambda: dialog.current_step() == NEW_CODE, timeout=10_000)
        type_here(qtbot, re.split(r"[\s-]+", dialog.code_view.code_label.text().strip())[-1])
        press(qtbot, Qt.Key.Key_Return)
        assert controller.new_passphrase_dialog is None
        window = main_window(app)
        wait_active(qtbot, window)
        [again] = window.session.profile.entries()
        assert again.id == entry.id
        qtbot.waitUntil(lambda: "Saturday football" in visible_text())
    finally:
        app.close()
    assert not mouse_watch.seen, f"the flow used the mouse: {mouse_watch.seen}"


def test_the_mouse_watch_notices_a_click(qtbot, mouse_watch) -> None:
    """The watch itself works: one click is seen."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Press me")
    qtbot.addWidget(button)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert mouse_watch.seen

