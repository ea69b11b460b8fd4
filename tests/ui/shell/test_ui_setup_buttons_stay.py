"""The setup wizard's Back and Next buttons stay in place from step to step (they moved a little
as Next's words changed), with easy read and without."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context
from ui.shell.setup_wizard import CODE, SetupWizard


@pytest.mark.parametrize("easy_read", [False, True])
def test_back_and_next_stay_in_place_on_every_step(qtbot, data_dir, easy_read) -> None:
    context = make_context(data_dir)
    try:
        wizard = SetupWizard(context)
        qtbot.addWidget(wizard)
        wizard.resize(1000, 700)
        wizard.show()
        qtbot.waitExposed(wizard)
        if easy_read:
            wizard.easy_read_check.click()

        def places() -> tuple[QRect, QRect]:
            QApplication.processEvents()
            return tuple(QRect(button.mapTo(wizard, button.rect().topLeft()), button.size())
                         for button in (wizard.back_button, wizard.next_button))

        first = places()
        wizard.go_next()
        assert places() == first, "the name step"
        qtbot.keyClicks(wizard.name_field, "My story")
        wizard.go_next()
        assert places() == first, "the passphrase step"
        for field in wizard.passphrase.findChildren(QLineEdit):
            field.setText(PASSPHRASE)
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
        assert places()[1] == first[1], "the recovery code's step"
        wizard.discard()
    finally:
        context.theme.use_defaults()
