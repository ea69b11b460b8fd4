"""My card as a new person meets it (issue 48): open with no name, type one, save the card. The
words above never shrink into a small scroll box once the numbers appear, the saved message
shows whole, and the numbers' box keeps a margin from the dialog's edges; for every kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.my_card_dialog import MyCardDialog
from ui.widgets.whole_words import SCREEN_MARGIN


def in_sight(label: QLabel, dialog: QWidget) -> bool:
    """Every line of the label is drawn and can be seen without scrolling."""
    seen = label.visibleRegion().boundingRect()
    return label.height() >= label.heightForWidth(label.width()) and seen == label.rect() and dialog.rect().contains(
        QRect(label.mapTo(dialog, label.rect().topLeft()), label.size()))


@pytest.fixture(params=[100, 200])
def look(request, data_dir: Path) -> Iterator[int]:
    context = make_context(data_dir)
    context.theme.apply_theme("light")
    context.theme.set_text_scale(request.param)
    yield request.param
    context.theme.use_defaults()


@pytest.mark.parametrize("kind", list(ProfileKind))
def test_typing_a_name_and_saving_keep_every_word_in_sight(qtbot, look: int, data_dir: Path, tmp_path: Path,
                                                           kind: ProfileKind) -> None:
    profile, _code = Profile.create(data_dir, kind, "Mine", PASSPHRASE, kdf=FAST_KDF)  # no name on the card yet
    try:
        chooser = AnsweringChooser([tmp_path / "Sky.wpcard"])
        dialog = MyCardDialog(Session(profile), chooser, kind is ProfileKind.PRACTITIONER)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.name_field, "Sky")
        QApplication.processEvents()
        assert dialog.numbers.text().count("\n") == 2
        if dialog.height() < dialog.screen().availableGeometry().height() - SCREEN_MARGIN:
            assert in_sight(dialog.lead, dialog), "the words above shrank into a scroll box"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        QApplication.processEvents()
        assert "Sky.wpcard" in dialog.status.text()
        room = dialog.screen().availableGeometry().height() - SCREEN_MARGIN
        for label in (dialog.lead, dialog.status, dialog.numbers):
            assert label.height() >= label.heightForWidth(label.width()), f"{label.text()[:30]!r} is sliced"
            if dialog.height() < room:  # a screen too small for it all scrolls the words, never slices them
                assert in_sight(label, dialog), f"{label.text()[:30]!r} is cut or scrolled away"
        box = QRect(dialog.numbers.mapTo(dialog, dialog.numbers.rect().topLeft()), dialog.numbers.size())
        assert box.left() >= 12 and dialog.width() - box.right() >= 12, "the numbers' box touches the edges"
    finally:
        profile.lock()
