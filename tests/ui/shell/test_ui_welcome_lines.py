"""The young person's welcome names every free line, Childline included (issue 48), from the
one list Help and the plan show (ui/widgets/crisis_lines.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.shell_helpers import make_context, visible_text
from ui.shell.setup_wizard import SetupWizard


def test_the_welcome_lists_childline_beside_samaritans_and_shout(qtbot, data_dir) -> None:
    wizard = SetupWizard(make_context(data_dir))
    qtbot.addWidget(wizard)
    wizard.resize(900, 700)
    wizard.show()
    qtbot.waitExposed(wizard)
    QApplication.processEvents()
    said = visible_text()
    for number in ("116 123", "85258", "0800 1111", "999"):
        assert number in said, f"{number} is not on the welcome page"
