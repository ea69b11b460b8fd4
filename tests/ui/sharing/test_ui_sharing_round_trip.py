"""Young person to practitioner through the real screens: the share wizard writes the file,
the practitioner's window opens it, and pictures and sounds arrive byte for byte."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry, png_bytes, wav_bytes
from tests.sharing_helpers import give_card
from tests.shell_helpers import make_context, press, type_here, type_new_passphrase
from tests.ui.sharing.test_ui_share_wizard import open_wizard, save, walk_to_preview
from ui.app import AppController
from ui.runtime.session import Session
from ui.shell.lock_guard import LockGuard
from ui.shell.setup_wizard import CODE, NAME
from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

PICTURE = png_bytes(40, 24, (10, 200, 90))
SOUND = wav_bytes(0.4)


@pytest.fixture
def young_window(qtbot, profile: Profile, practitioner: Profile, data_dir, chooser, tmp_path) -> MainWindow:
    music = add_entry(profile, "Music helps", "I play guitar when it gets loud.", important_now=True)
    profile.add_attachment(music, "drawing.png", PICTURE)
    profile.add_attachment(music, "my song.wav", SOUND)
    add_entry(profile, "Not this one", "Private.")
    profile.people.set_card_details("Sky")
    give_card(practitioner, profile, tmp_path)
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def practitioner_window(qtbot, practitioner: Profile, data_dir, chooser) -> PractitionerWindow:
    view = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.show()
    return view


def test_shared_through_the_wizard_and_opened_byte_exact(qtbot, young_window, practitioner_window, chooser,
                                                         profile, practitioner, tmp_path) -> None:
    wizard = open_wizard(qtbot, young_window)
    walk_to_preview(qtbot, wizard, "Music helps")
    preview = wizard.preview.toPlainText()
    save(qtbot, wizard, chooser, tmp_path / "for-sam.wpb")

    chooser.answer(tmp_path / "for-sam.wpb")
    qtbot.mouseClick(practitioner_window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: practitioner_window.model.rowCount() == 1, timeout=10_000)

    [bundle] = practitioner.received.received_bundles()
    assert bundle.created == wizard.content.created, "the file was made when its preview said"
    music = profile.entries()[-1]
    attached = {a.name: a.id for a in profile.attachments(music.id)}
    by_name = {a.name: a for a in bundle.attachments}
    assert practitioner.received.received_attachment_data(bundle.id, by_name["drawing.png"].id) == PICTURE
    assert practitioner.received.received_attachment_data(bundle.id, by_name["my song.wav"].id) == SOUND
    assert set(attached) == set(by_name)
    # The preview was the practitioner's view: the same renderer, the same words (the time it was
    # made too: Sam saw 00:19 where the preview said 00:18), but for whom the numbers show it came from.
    shown = practitioner_window.view.browser.toPlainText()
    assert shown == preview.replace("Numbers that show it came from you", "Numbers that show it came from them")
    assert "Not this one" not in shown


def test_passphrase_share_round_trip_through_the_screens(qtbot, young_window, practitioner_window, chooser,
                                                         profile, practitioner, tmp_path) -> None:
    wizard = open_wizard(qtbot, young_window)
    walk_to_preview(qtbot, wizard, "Music helps", passphrase_name="Sam at the clinic")
    save(qtbot, wizard, chooser, tmp_path / "by-voice.wpb")
    spoken = wizard.passphrase_label.text().replace(" ", "-")

    chooser.answer(tmp_path / "by-voice.wpb")
    qtbot.mouseClick(practitioner_window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: practitioner_window.passphrase_prompt is not None, timeout=10_000)
    prompt = practitioner_window.passphrase_prompt
    qtbot.keyClicks(prompt.field, spoken)
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: practitioner_window.model.rowCount() == 1, timeout=10_000)
    [bundle] = practitioner.received.received_bundles()
    sound = next(a for a in bundle.attachments if a.name == "my song.wav")
    assert practitioner.received.received_attachment_data(bundle.id, sound.id) == SOUND


def test_a_practitioner_is_made_from_the_launcher_and_gets_their_own_window(qtbot, data_dir, profile) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    guard = LockGuard(app)
    controller = AppController(make_context(data_dir), guard)
    try:
        controller.start()
        start = controller.start_window
        qtbot.waitExposed(start)
        qtbot.mouseClick(start.launcher.new_button, Qt.MouseButton.LeftButton)
        chooser = controller.kind_chooser
        assert start.pages.currentWidget() is chooser
        assert chooser.kind() is ProfileKind.YOUNG_PERSON, "a young person's own comes first, chosen"
        qtbot.mouseClick(chooser.buttons[ProfileKind.PRACTITIONER], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(chooser.next_button, Qt.MouseButton.LeftButton)
        wizard = start.wizard
        assert wizard is not None and start.pages.currentWidget() is wizard
        start.activateWindow()
        qtbot.waitUntil(start.isActiveWindow)
        wizard.next_button.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        assert wizard.current_step() == NAME
        type_here(qtbot, "Work")
        press(qtbot, Qt.Key.Key_Return)
        assert wizard.current_step() == PASSPHRASE_STEP
        type_new_passphrase(qtbot, PASSPHRASE)
        qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
        type_here(qtbot, wizard.code_view.code_label.text().split("-")[-1])
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = controller.main_window
        assert isinstance(window, PractitionerWindow)
        assert window.session.profile.kind is ProfileKind.PRACTITIONER
        assert window.card_dialog is not None and window.card_dialog.isVisible(), "asked for their card first"
    finally:
        controller.shut_down()
        if controller.main_window is not None:
            controller.main_window.close()
        start.close()
