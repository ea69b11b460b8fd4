"""At 200 % text the carer's and practitioner's top bars (name, their own buttons, Help,
Settings, Lock, Hide now) wrap onto more rows instead of making the window wider than a
1366-pixel screen; every button stays whole and inside the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton

from passport.profile import Profile
from tests.shell_helpers import make_context, wait_active
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.shell.top_bar import TopBar
from ui.windows.carer_window import CarerWindow
from ui.windows.practitioner_window import PractitionerWindow


@pytest.fixture
def context(data_dir: Path):
    made = make_context(data_dir)
    yield made
    made.theme.use_defaults()


@pytest.mark.parametrize("kind", ["carer", "practitioner"])
def test_the_top_bar_wraps_at_200_percent(qtbot, kind, jo: Profile, practitioner: Profile, context,
                                          chooser: AnsweringChooser) -> None:
    profile = jo if kind == "carer" else practitioner
    profile.set_setting("text_scale", 200)
    context.theme.apply_profile_choices(profile)
    window = (CarerWindow if kind == "carer" else PractitionerWindow)(Session(profile), context, chooser)
    qtbot.addWidget(window)
    window.show()
    wait_active(qtbot, window)
    assert window.minimumSizeHint().width() <= 1366, "the window fits a 1366-pixel screen at 200 %"
    window.resize(1000, 760)
    QApplication.processEvents()
    inside = QRect(0, 0, window.width(), window.height())
    (top_bar,) = window.findChildren(TopBar)
    for button in top_bar.findChildren(QPushButton):
        if not button.isVisible():
            continue
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert inside.contains(where), f"{button.text()!r} is outside the window"
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut"
