"""Journey: Sky has lost both the passphrase and the recovery code. On another laptop Ash opens
Settings, "Pieces I keep", and reads Sky's piece off the screen; Sam reads theirs too. On Sky's
laptop, "Get back in with trusted people" takes the two pieces (a wrong try first), then a new
passphrase and a new recovery code; from then on the new passphrase opens it. Keys and clicks
through the real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from passport.errors import PieceRepeated
from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry
from tests.journeys.window_steps import unlock_by_keys
from tests.shell_helpers import focused, press, type_here, type_new_passphrase, visible_text, wait_active
from tests.trusted_helpers import lock_all, make_circle
from ui.app import PassportApp
from ui.runtime.messages import message_for
from ui.shell.new_passphrase_dialog import CODE

NEW_PASSPHRASE = "orange lantern by the quiet harbour"
ALT = Qt.KeyboardModifier.AltModifier


def test_two_trusted_people_let_sky_back_in(qtbot, data_dir: Path, tmp_path: Path) -> None:
    holders_dir = tmp_path / "other-laptop"
    holders_dir.mkdir(mode=0o700)
    circle = make_circle(data_dir, tmp_path, holders_dir)
    add_entry(circle.owner, "Music helps", "I play guitar when it gets loud.", important_now=True)
    stick = tmp_path / "stick"
    stick.mkdir()
    given = circle.owner.trusted.give_pieces(circle.contact_ids, stick).subject
    for holder, path in zip(circle.holders, given.files, strict=True):
        holder.trusted.import_piece(path)
    sam_words = circle.holders[1].trusted.held_piece_words(circle.holders[1].trusted.held_pieces()[0].id)
    lock_all(circle)

    # Ash's laptop: the list shows "Ash's" first; Settings (Alt+7), the "Pieces I keep" tab.
    ash_app = PassportApp(["--data-dir", str(holders_dir)])
    try:
        window = unlock_by_keys(qtbot, ash_app)
        press(qtbot, Qt.Key.Key_7, ALT)
        qtbot.waitUntil(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible())
        settings = window.settings_dialog
        wait_active(qtbot, settings)
        settings.pages.setCurrentWidget(settings.held_tab)
        tab = settings.held_tab
        assert "Sky: piece 3 of 3" in visible_text()
        qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.words_dialog is not None and tab.words_dialog.isVisible())
        wait_active(qtbot, tab.words_dialog)
        ash_words = " ".join(label.text().split(". ", 1)[1] for label in tab.words_dialog.word_labels)
        assert "Read these words only to Sky" in visible_text()
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: tab.words_dialog is None)
    finally:
        ash_app.close()

    # Sky's laptop.
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        wait_active(qtbot, start)
        press(qtbot, Qt.Key.Key_Return)
        unlock = start.unlock
        assert start.pages.currentWidget() is unlock
        press(qtbot, Qt.Key.Key_T, ALT)  # "Get back in with &trusted people…"
        qtbot.waitUntil(lambda: unlock.pieces_dialog is not None and unlock.pieces_dialog.isVisible())
        dialog = unlock.pieces_dialog
        wait_active(qtbot, dialog)
        assert focused() is dialog.first

        # The same piece twice: said plainly, nothing opens.
        type_here(qtbot, ash_words)
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.second
        type_here(qtbot, ash_words.upper())
        press(qtbot, Qt.Key.Key_G, ALT)  # "&Get back in" (Enter in a box starts a new line)
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
        assert dialog.error.text() == message_for(PieceRepeated("twice"))
        assert app.controller.main_window is None

        # Sam's piece in the second box, typed loosely: four letters a word, numbered lines.
        dialog.second.setFocus()
        dialog.second.selectAll()
        for n, word in enumerate(sam_words.split(), 1):
            type_here(qtbot, f"{n}. {word[:4]}")
            press(qtbot, Qt.Key.Key_Return)  # a new line in the box
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: app.controller.new_passphrase_dialog is not None
                        and app.controller.new_passphrase_dialog.isVisible(), timeout=10_000)
        asking = app.controller.new_passphrase_dialog
        wait_active(qtbot, asking)
        assert "Your trusted people's pieces opened it" in visible_text()
        assert not dialog.first.toPlainText() and not dialog.second.toPlainText()
        type_new_passphrase(qtbot, NEW_PASSPHRASE)
        qtbot.waitUntil(lambda: asking.current_step() == CODE, timeout=10_000)
        new_code = "-".join(asking.code_view.code_label.text().split())
        type_here(qtbot, new_code.split("-")[-1])
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not asking.isVisible())
        qtbot.waitUntil(lambda: "Music helps" in visible_text())  # Home comes a piece per turn
    finally:
        app.close()
    # From then on: the new passphrase and code open it, the old passphrase does not, and the pieces still do.
    Profile.open_with_passphrase(circle.owner.folder, NEW_PASSPHRASE).lock()
    Profile.open_with_recovery_code(circle.owner.folder, new_code).lock()
    Profile.open_with_pieces(circle.owner.folder, [ash_words, sam_words]).lock()
    try:
        Profile.open_with_passphrase(circle.owner.folder, PASSPHRASE)
    except Exception as exc:
        assert type(exc).__name__ == "WrongSecret"
    else:
        raise AssertionError("the old passphrase still opens it")
