"""Journey: a young person whose passport is labelled "Maths revision" (a disguise). On the
list, before anything is open, F1 shows the free lines to call or text, naming nothing. Once
in, Ctrl+Shift+P opens their plan for when things get hard; they write their warning signs and
the people they can ask, lock at once, come back, and find it all there; and a step of the plan
is there to tick in the share wizard, like any entry. Keys only, through the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from passport.models import ProfileKind
from tests.helpers import PASSPHRASE
from tests.journeys.window_steps import unlock_by_keys
from tests.shell_helpers import focused, press, type_here, wait_active
from tests.suggestion_helpers import make_person
from ui.app import PassportApp
from ui.shell.crisis_lines_dialog import CrisisLinesDialog
from ui.windows.main_window import PLAN

LABEL = "Maths revision"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def help_shows_the_lines_and_no_label(qtbot, window) -> None:
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CrisisLinesDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    in_dialog = [w for w in QApplication.allWidgets() if w.isVisible() and w.window() is dialog]
    said = "\n".join([dialog.windowTitle(), *(w.text() for w in in_dialog if isinstance(w, QLabel | QPushButton))])
    assert "0800 1111" in said and "116 123" in said and "85258" in said and "111" in said
    assert LABEL not in said and "passport" not in said.casefold() and "Say It Once" not in said
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    wait_active(qtbot, window)


def test_a_plan_for_when_things_get_hard_one_press_away(qtbot, data_dir):
    make_person(data_dir, ProfileKind.YOUNG_PERSON, LABEL, "Sky").lock()
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        wait_active(qtbot, start)
        help_shows_the_lines_and_no_label(qtbot, start)

        window = unlock_by_keys(qtbot, app)
        press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
        assert window.current_page() == PLAN
        plan = window.plan
        assert focused() is plan.blocks[0].field
        type_here(qtbot, "I stop answering messages")
        press(qtbot, Qt.Key.Key_Return)
        type_here(qtbot, "I can't sleep")
        for _ in range(3):  # on to step 4, "People I can ask for help"
            press(qtbot, Qt.Key.Key_Tab)
        assert focused() is plan.block("people_i_can_ask").field
        type_here(qtbot, "Auntie Mo 07700 900123")
        press(qtbot, Qt.Key.Key_L, CTRL)  # at once: the words typed a moment ago are kept

        assert start.pages.currentWidget() is start.unlock
        help_shows_the_lines_and_no_label(qtbot, start)  # from the unlock screen too, nothing opened
        assert app.controller.main_window is None
        start.unlock.field.setFocus()
        type_here(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.controller.main_window is not None, timeout=10_000)
        window = app.controller.main_window
        wait_active(qtbot, window)
        press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
        assert window.plan.blocks[0].field.toPlainText() == "I stop answering messages\nI can't sleep"
        assert window.plan.block("people_i_can_ask").field.toPlainText() == "Auntie Mo 07700 900123"

        # Shared like any entry: the share wizard lists the steps under "When things get hard".
        press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
        qtbot.waitUntil(lambda: window.share_wizard is not None and window.share_wizard.isVisible())
        tree = window.share_wizard.entry_tree
        sections = {tree.topLevelItem(row).text(0): tree.topLevelItem(row) for row in range(tree.topLevelItemCount())}
        hard = sections["When things get hard"]
        assert {hard.child(row).text(0) for row in range(hard.childCount())} == {
            "My warning signs", "People I can ask for help"}
        window.share_wizard.reject()
    finally:
        app.close()
