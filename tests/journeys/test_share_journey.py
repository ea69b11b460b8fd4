"""Journey: a young person's first run on an empty data folder, through writing, a picture,
sharing with a named practitioner whose card they add, to the practitioner reading it, and
then withdrawing it, so the practitioner's copy is gone. Keys and clicks through the real
windows; the system's file dialogs are answered the way a person would (typing a path, or
the window's file chooser answering as if one was picked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from passport.store import profiles
from tests.helpers import PASSPHRASE, png_bytes
from tests.journeys.test_first_run_restore import pick_in_file_dialog
from tests.sharing_helpers import make_practitioner
from tests.shell_helpers import (
    focused,
    make_context,
    press,
    type_here,
    type_new_passphrase,
    visible_text,
    wait_active,
    when_dialog_asks,
)
from tests.ui_sharing_helpers import AnsweringChooser
from ui.app import PassportApp
from ui.runtime.session import Session
from ui.sharing.card_check_dialog import CardCheckDialog
from ui.sharing.share_wizard import DONE, PERSON, PREVIEW, UNTIL
from ui.sharing.withdraw_dialog import WithdrawDialog
from ui.shell.setup_wizard import CODE, NAME
from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PICTURE = png_bytes(48, 32, (30, 140, 220))


def shown_pictures(window: PractitionerWindow) -> list[tuple[int, int]]:
    """The size of each picture the practitioner's view of the file draws."""
    document = window.view.browser.document()
    sizes = []
    block = document.begin()
    while block.isValid():
        for fragment in (it.fragment() for it in _fragments(block)):
            image = fragment.charFormat().toImageFormat()
            if image.isValid():
                picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                sizes.append((picture.width(), picture.height()))
        block = block.next()
    return sizes


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def first_run(qtbot, app: PassportApp) -> MainWindow:
    """The first screen of an empty data folder: make a new one, for me, a name, a
    passphrase, and the recovery code typed back."""
    controller = app.controller
    start = controller.start_window
    wait_active(qtbot, start)
    assert start.pages.currentWidget() is start.launcher
    # A button's Alt key clicks it as the mouse would, a moment later (Qt shows it pressed first).
    press(qtbot, Qt.Key.Key_M, ALT)  # "&Make a new passport"
    qtbot.waitUntil(lambda: start.pages.currentWidget() is controller.kind_chooser)
    press(qtbot, Qt.Key.Key_M, ALT)  # "&Me: it's my own passport"
    press(qtbot, Qt.Key.Key_N, ALT)  # "&Next"
    qtbot.waitUntil(lambda: start.wizard is not None and start.pages.currentWidget() is start.wizard)
    wizard = start.wizard
    press(qtbot, Qt.Key.Key_N, ALT)  # past the welcome
    qtbot.waitUntil(lambda: wizard.current_step() == NAME)
    type_here(qtbot, "Blue notebook")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_step() == PASSPHRASE_STEP
    type_new_passphrase(qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
    code = wizard.code_view.code_label.text()  # read off the screen, written down
    assert code
    type_here(qtbot, code.replace("-", " ").split()[-1])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert isinstance(window, MainWindow)
    wait_active(qtbot, window)
    return window


def write_entry(qtbot, window: MainWindow, title: str, words: str) -> None:
    """Ctrl+N, a title, Tab to the words, type them, mark it important now."""
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.editor
    assert focused() is editor.title_edit
    type_here(qtbot, title)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.body_edit
    type_here(qtbot, words)
    press(qtbot, Qt.Key.Key_I, ALT)  # "&Important now"
    qtbot.waitUntil(editor.important_check.isChecked)


def attach_picture(qtbot, window: MainWindow, picture: Path) -> None:
    editor = window.editor
    picked = pick_in_file_dialog(qtbot, picture)
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    assert picked, "the file dialog was asked"
    qtbot.waitUntil(lambda: editor.attachments.model.rowCount() == 1, timeout=10_000)
    wait_active(qtbot, window)


def add_card_in_people(qtbot, window: MainWindow, files: AnsweringChooser, card: Path) -> None:
    press(qtbot, Qt.Key.Key_4, ALT)  # People
    people = window.people
    assert window.pages.currentWidget() is people
    files.answer(card)

    def compared(dialog) -> None:
        assert "Sam Lee" in visible_text()
        qtbot.mouseClick(dialog.checked_button, Qt.MouseButton.LeftButton)

    asked = when_dialog_asks(CardCheckDialog, compared)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and people.dialog is None)
    assert "Sam Lee is added" in people.status.text()


def share_both(qtbot, window: MainWindow, files: AnsweringChooser, bundle: Path) -> None:
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    wizard = window.share_wizard
    assert wizard is not None
    wait_active(qtbot, wizard)
    press(qtbot, Qt.Key.Key_I, ALT)  # "Choose all my &important-now entries"
    qtbot.waitUntil(lambda: len(wizard.chosen_ids()) == 2)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == PERSON)
    assert wizard.contact_list.currentIndex().isValid(), "the only card is chosen already"
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == UNTIL)
    if not wizard.my_name.text():
        press(qtbot, Qt.Key.Key_Y, ALT)  # "&Your name, as they will see it"
        type_here(qtbot, "Sky")
    press(qtbot, Qt.Key.Key_S, ALT)  # "&See it first"
    qtbot.waitUntil(lambda: wizard.current_step() == PREVIEW)
    preview = wizard.preview.toPlainText()
    assert "Music helps" in preview and "New school" in preview
    files.answer(bundle)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&Save the file…"
    qtbot.waitUntil(lambda: wizard.current_step() == DONE and wizard.done_title.text() == "Saved", timeout=10_000)
    press(qtbot, Qt.Key.Key_D, ALT)  # "&Done"
    qtbot.waitUntil(lambda: window.share_wizard is None)


def withdraw(qtbot, window: MainWindow, files: AnsweringChooser, withdrawal: Path) -> None:
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_4, ALT)  # People
    people = window.people
    press(qtbot, Qt.Key.Key_H, ALT)  # "What I s&hared"
    qtbot.waitUntil(lambda: focused() is people.shares)
    press(qtbot, Qt.Key.Key_Down)  # the share, in "What I shared"
    qtbot.waitUntil(people.withdraw_button.isEnabled)
    files.answer(withdrawal)

    def make_it(dialog) -> None:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    asked = when_dialog_asks(WithdrawDialog, make_it)
    qtbot.mouseClick(people.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and withdrawal.exists(), timeout=10_000)
    assert "withdrawal is saved" in people.status.text()


def open_in_practitioner_window(qtbot, window: PractitionerWindow, files: AnsweringChooser, path: Path) -> None:
    wait_active(qtbot, window)
    files.answer(path)
    busy = window.status.text()
    press(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.status.text() not in (busy, "Opening and checking the file…"), timeout=10_000)


def test_first_run_write_attach_share_read_and_withdraw(qtbot, tmp_path: Path) -> None:
    picture = tmp_path / "camera" / "me at the beach.png"
    picture.parent.mkdir()
    picture.write_bytes(PICTURE)
    # The practitioner's own laptop, made with the core; their card is the file they hand over.
    work = tmp_path / "work-laptop"
    work.mkdir(mode=0o700)
    sam = make_practitioner(work)
    card = tmp_path / "usb" / "sam.wpcard"
    card.parent.mkdir()
    sam.people.export_card(card)
    bundle = tmp_path / "usb" / "for-sam.wpb"
    withdrawal = tmp_path / "usb" / "withdrawn.wpb"

    home = tmp_path / "home-laptop"  # empty: nothing there yet
    app = PassportApp(["--data-dir", str(home)])
    app.context.kdf = make_context(home).kdf
    practitioner_files = AnsweringChooser()
    practitioner = PractitionerWindow(Session(sam), make_context(work), practitioner_files)
    qtbot.addWidget(practitioner)
    try:
        window = first_run(qtbot, app)
        assert [p.label for p in profiles.list_profiles(home)] == ["Blue notebook"]
        files = AnsweringChooser()
        window.files = files  # the system's file dialog, answered as a person would

        write_entry(qtbot, window, "Music helps", "I play guitar when it gets loud.")
        attach_picture(qtbot, window, picture)
        qtbot.mouseClick(window.editor.back_button, Qt.MouseButton.LeftButton)
        write_entry(qtbot, window, "New school", "I start in September. Please sit me near the door.")
        qtbot.mouseClick(window.editor.back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home)
        qtbot.waitUntil(lambda: sorted(card.entry.title for card in window.home.important_cards
                                       if card.isVisible()) == ["Music helps", "New school"])

        add_card_in_people(qtbot, window, files, card)
        share_both(qtbot, window, files, bundle)
        assert bundle.exists()

        # The practitioner opens the file: both entries and the picture.
        practitioner.resize(1100, 760)
        practitioner.show()
        open_in_practitioner_window(qtbot, practitioner, practitioner_files, bundle)
        qtbot.waitUntil(lambda: practitioner.model.rowCount() == 1)
        shown = practitioner.view.browser.toPlainText()
        assert "Music helps" in shown and "I play guitar when it gets loud." in shown
        assert "New school" in shown and "Please sit me near the door." in shown
        assert "Picture: me at the beach.png" in shown
        # The picture is decoded in the job runner and put in place as it comes.
        qtbot.waitUntil(lambda: shown_pictures(practitioner) == [(48, 32)])
        [received] = sam.received.received_bundles()
        [attachment] = received.attachments
        assert sam.received.received_attachment_data(received.id, attachment.id) == PICTURE

        # The young person changes their mind; the practitioner opens the withdrawal.
        withdraw(qtbot, window, files, withdrawal)
        open_in_practitioner_window(qtbot, practitioner, practitioner_files, withdrawal)
        assert "withdrew a file they had shared. It has been deleted." in practitioner.status.text()
        qtbot.waitUntil(lambda: practitioner.model.rowCount() == 0)
        assert sam.received.received_bundles() == []
        for gone in ("Music helps", "I play guitar", "New school", "me at the beach.png"):
            assert gone not in practitioner.view.browser.toPlainText()
        assert shown_pictures(practitioner) == []
    finally:
        practitioner.close()
        app.close()
        sam.lock()

