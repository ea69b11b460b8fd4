"""Issue 18's dialogs as a new person first sees them: every word whole at the size they open
at (the screen here is 800 px tall, smaller than a 1366x768 laptop's), the piece boxes tall
enough for a whole piece and saying how each looks, "Not now" saying what it means."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from passport.profile import Profile
from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context, type_here, type_new_passphrase, when_dialog_asks
from tests.trusted_helpers import give_and_keep, lock_all, make_circle
from tests.ui.whole_words_check import cut_words
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.shell.crisis_lines_dialog import CrisisLinesDialog
from ui.shell.new_passphrase_dialog import CODE, NewPassphraseDialog
from ui.shell.pieces_unlock_dialog import PiecesUnlockDialog
from ui.widgets.confirm_dialog import ConfirmDialog


@pytest.fixture(params=[100, 200])
def look(request, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    context.theme.set_text_scale(request.param)
    context.scale = request.param
    yield context
    context.theme.use_defaults()


@pytest.fixture
def circle_words(data_dir: Path, tmp_path: Path):
    circle = make_circle(data_dir, tmp_path)
    words = give_and_keep(circle, tmp_path / "stick")
    lock_all(circle)
    return circle, words


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_the_crisis_lines_show_whole_each_on_one_line(qtbot, look) -> None:
    dialog = shown(qtbot, CrisisLinesDialog())
    assert cut_words(dialog) == []
    nhs = next(label for label in dialog.lines.findChildren(QLabel) if label.text().startswith("NHS"))
    if dialog.lines.unwrapped_width() + 68 <= dialog.screen().availableGeometry().width() - 40:
        assert nhs.height() < 2 * nhs.fontMetrics().lineSpacing(), "the NHS line is on one line, not cut into three"


def test_the_help_link_is_a_target_not_a_small_word(qtbot, data_dir) -> None:
    from ui.shell.unlock_view import UnlockView

    view = UnlockView(make_context(data_dir))
    qtbot.addWidget(view)
    view.show()
    link = view.help_link
    assert link.accessibleName() == "Help" and not link.icon().isNull()
    assert link.height() >= 2 * link.fontMetrics().lineSpacing()
    assert link.width() >= 4 * link.fontMetrics().lineSpacing()


def test_the_pieces_dialog_shows_everything_and_says_how_each_piece_looks(qtbot, look, circle_words) -> None:
    circle, words = circle_words
    dialog = shown(qtbot, PiecesUnlockDialog(look, circle.owner.folder))
    assert cut_words(dialog, may_scroll=look.scale == 200) == []
    if look.scale == 100:
        assert not dialog.body.verticalScrollBar().isVisible(), "at 100 % everything shows at once"
        assert dialog.second.geometry().top() > dialog.first.feedback.geometry().bottom(), "nothing overlaps"
    dialog.first.setFocus()
    half = " ".join(words[0].split()[:7])
    type_here(qtbot, half)
    assert dialog.first.feedback.text() == "7 of 20 words so far."
    type_here(qtbot, " " + " ".join(words[0].split()[7:]))
    assert dialog.first.feedback.text() == "All 20 words are piece words: this looks like a whole piece."
    assert dialog.first.looks_whole
    # The whole piece fits its box, with no scroll bar, typed as the holder's app shows it (numbered).
    dialog.first.setPlainText(" ".join(f"{n}. {word}" for n, word in enumerate(words[0].split(), 1)))
    QApplication.processEvents()
    assert not dialog.first.verticalScrollBar().isVisible()
    dialog.second.setPlainText(words[1].replace(words[1].split()[3], "zzzz"))
    assert "“zzzz” isn't one of the words pieces use" in dialog.second.feedback.text()
    assert not dialog.second.looks_whole
    assert cut_words(dialog, may_scroll=True) == []


def test_not_now_says_what_it_means_and_it_is_true(qtbot, look, circle_words) -> None:
    circle, words = circle_words
    profile = Profile.open_with_pieces(circle.owner.folder, words[:2])
    try:
        dialog = shown(qtbot, NewPassphraseDialog(Session(profile), look))
        assert cut_words(dialog, may_scroll=look.scale == 200) == []
        assert dialog.passphrase.height() > 3 * dialog.fontMetrics().lineSpacing(), "the boxes are not squashed"
        said = dialog.later_words.text()
        assert dialog.later_words.isVisible() and "changes nothing" in said and "old passphrase still opens" in said
        assert said == dialog.later_button.accessibleDescription()
        heard: list[str] = []

        def answer_later(question) -> None:
            heard.extend(label.text() for label in question.findChildren(QLabel))
            question.confirm_button.click()

        when_dialog_asks(ConfirmDialog, answer_later)
        dialog.later_button.click()
        assert said in heard, "the question says the same"
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        profile.lock()
    Profile.open_with_passphrase(circle.owner.folder, PASSPHRASE).lock()  # nothing changed, as it said


@pytest.mark.parametrize("backup_before", [False, True])
def test_the_new_code_shows_whole_and_speaks_of_old_backups_only_if_any(qtbot, look, circle_words, tmp_path,
                                                                        backup_before) -> None:
    circle, words = circle_words
    profile = Profile.open_with_pieces(circle.owner.folder, words[:2])
    try:
        if backup_before:
            profile.save_backup(tmp_path / "before.wpbackup")
        dialog = shown(qtbot, NewPassphraseDialog(Session(profile), look))
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.passphrase.setFocus()
        type_new_passphrase(qtbot, "orange lantern by the quiet harbour")
        qtbot.waitUntil(lambda: dialog.current_step() == CODE, timeout=10_000)
        QApplication.processEvents()
        assert cut_words(dialog, may_scroll=look.scale == 200) == []
        assert dialog.backups_words.isVisible() is backup_before, "old backups are spoken of only if there are any"
        dialog.reject()
    finally:
        profile.lock()
