"""My card's numbers are the one check that nobody swapped the card: they always show whole,
at 100 % and 200 % text, light and high contrast, and the words above them are not cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.sharing.my_card_dialog import MyCardDialog


@pytest.fixture(params=[("light", 100), ("high_contrast", 200), ("light", 200)])
def look(request, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    theme, scale = request.param
    context.theme.apply_theme(theme)
    context.theme.set_text_scale(scale)
    yield context
    context.theme.use_defaults()


def shown_whole(label: QLabel, dialog: QWidget) -> bool:
    """The label has all the height its text needs, and all of it lies inside the dialog."""
    needs = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    seen = label.visibleRegion().boundingRect()
    return label.height() >= needs and seen == label.rect() and dialog.rect().contains(
        QRect(label.mapTo(dialog, label.rect().topLeft()), label.size()))


@pytest.mark.parametrize("practitioner_card", [False, True])
def test_the_numbers_and_the_words_above_them_show_whole(qtbot, look, profile, practitioner_card) -> None:
    profile.people.set_card_details("Jess")
    dialog = MyCardDialog(Session(profile), AnsweringChooser(), practitioner_card)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.numbers.text().count("\n") == 2, "three rows of numbers"
    for label in (dialog.numbers, dialog.lead):
        assert shown_whole(label, dialog), f"{label.text()[:30]!r} is cut"
    dialog.status.setText("Your card is saved as Jess.wpcard. Give it to the person, then read the numbers "
                          "aloud together.")
    dialog.resize(dialog.minimumSize())
    QApplication.processEvents()
    assert shown_whole(dialog.numbers, dialog), "the numbers are cut at the smallest size"
    for label in (dialog.lead, dialog.status):
        # The words scroll rather than being sliced: each keeps the height its lines need.
        assert dialog.body.widget().isAncestorOf(label)
        assert label.height() >= label.heightForWidth(label.width()), f"{label.text()[:30]!r} is sliced"
