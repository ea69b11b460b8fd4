"""Easy read alike everywhere: the recovery code's check and the plan's boxes are as large as the
words around them, and the short recovery-code words still say trusted people can help later."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.shell_helpers import make_context
from ui.runtime.app_context import AppContext
from ui.runtime.easy_read import EASY_READ_SETTING
from ui.runtime.session import Session
from ui.shell.setup_wizard import SetupWizard
from ui.windows.main_window import PLAN, MainWindow


@pytest.fixture
def context(data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    yield context
    context.theme.use_defaults()


def _points(widget) -> float:
    widget.ensurePolished()
    return widget.font().pointSizeF()


def test_the_code_steps_words_in_easy_read_are_large_and_name_trusted_people(qtbot, context) -> None:
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    caption = wizard.code_check.caption
    plain = _points(caption)
    wizard.easy_read_check.setChecked(True)
    lead = context.theme.points("lead")
    assert _points(caption) >= lead, f"“{caption.text()}” is {_points(caption)} pt, the words above {lead} pt"
    page = wizard.pages.widget(3).widget()
    words = " ".join(label.text() for label in page.findChildren(type(caption)) if label.isVisibleTo(page))
    assert "Trusted people can help you back in" in words, words
    wizard.easy_read_check.setChecked(False)
    assert _points(caption) == pytest.approx(plain), "its own size again without easy read"
    wizard.discard()


def test_the_plans_questions_and_boxes_are_large_in_easy_read(qtbot, profile: Profile, context) -> None:
    profile.set_setting(EASY_READ_SETTING, True)
    context.theme.set_text_scale(130)
    window = MainWindow(Session(profile, context.pool), context)
    qtbot.addWidget(window)
    window.show()
    window.show_page(PLAN)
    QApplication.processEvents()
    lead = context.theme.points("lead")
    for block in window.plan.blocks:
        assert _points(block.field) >= lead, f"{block.title}: its box's words are {_points(block.field)} pt"
        assert _points(block.prompt) >= lead, f"{block.title}: its question is {_points(block.prompt)} pt"
        lines = block.field.viewport().height() / block.field.fontMetrics().lineSpacing()
        assert lines >= 3.5, f"{block.title}: its box shows {lines:.1f} lines"
