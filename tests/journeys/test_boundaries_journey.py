"""Journey: a young person writes what people should know first on Home, ticks it while
sharing (it is never ticked for them), sees it at the top of the preview, and the
practitioner opening the file reads it first, in a band that stays while they scroll.
Keys and clicks through the real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from passport.exchange.contacts import Contact
from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import focused, make_context, press, type_here, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.boundaries_dialog import BoundariesDialog
from ui.runtime.session import Session
from ui.sharing.share_wizard import DONE, PERSON, PREVIEW, UNTIL
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_boundaries_written_on_home_are_read_first_by_the_practitioner(
        qtbot, profile: Profile, practitioner: Profile, sam: Contact, data_dir: Path, tmp_path: Path) -> None:
    for n in range(25):
        add_entry(profile, f"Thing {n}", "Some words about it. " * 30, important_now=n == 0)
    chooser = AnsweringChooser()
    window = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    wait_active(qtbot, window)

    panel = window.home.boundaries_panel
    assert panel.isVisible() and panel.edit_button.text() == "&Write them…"
    press(qtbot, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: isinstance(window.home.boundaries_dialog, BoundariesDialog)
                    and window.home.boundaries_dialog.isActiveWindow())
    dialog = window.home.boundaries_dialog
    assert focused() is dialog.call_me
    type_here(qtbot, "Jay")
    press(qtbot, Qt.Key.Key_P, ALT)
    type_here(qtbot, "My dad.")
    press(qtbot, Qt.Key.Key_H, ALT)
    type_here(qtbot, "Slowly, please.")
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: window.home.boundaries_dialog is None)
    qtbot.waitUntil(lambda: panel.values["call_me"].text() == "Jay")
    assert panel.edit_button.text() == "&Change…"

    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.share_wizard is not None and window.share_wizard.isActiveWindow())
    wizard = window.share_wizard
    press(qtbot, Qt.Key.Key_I, ALT)  # "Choose all my &important-now entries"
    qtbot.waitUntil(lambda: len(wizard.chosen_ids()) == 1)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == PERSON)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.current_step() == UNTIL)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&See it first"
    qtbot.waitUntil(lambda: wizard.current_step() == PREVIEW)
    assert not wizard.boundaries_check.isChecked(), "never ticked for them"
    assert "Call me" not in wizard.preview.toPlainText()
    press(qtbot, Qt.Key.Key_F, ALT)  # "Put what people should know &first at the top"
    qtbot.waitUntil(wizard.boundaries_check.isChecked)
    preview = wizard.preview.toPlainText()
    assert preview.strip().startswith("Please read this first")
    assert preview.index("Call me: Jay") < preview.index("Shared by Sky")
    out = tmp_path / "for-sam.wpb"
    chooser.answer(out)
    press(qtbot, Qt.Key.Key_S, ALT)  # "&Save the file…"
    qtbot.waitUntil(lambda: wizard.current_step() == DONE and wizard.share is not None, timeout=10_000)

    reader = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(reader)
    reader.resize(1100, 760)
    reader.show()
    wait_active(qtbot, reader)
    chooser.answer(out)
    qtbot.mouseClick(reader.open_button, Qt.MouseButton.LeftButton)
    band = reader.view.boundaries_band
    qtbot.waitUntil(band.isVisible, timeout=10_000)
    assert [label.text() for label in band.lines] == [
        "Call me: Jay", "Please don't ask me about: My dad.", "How to talk with me: Slowly, please."]
    scroll = reader.view.browser.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    above = band.mapTo(reader.view, band.rect().bottomLeft()).y() < reader.view.browser.geometry().top()
    assert not band.visibleRegion().isEmpty() and above
