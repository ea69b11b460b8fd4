"""A holder's "A piece kept for Sky" words window as it opens: every word of the piece, and
of the advice, whole at 100 % and 200 % text (the screen here is smaller than a laptop's);
at 200 % it scrolls rather than slices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.shell_helpers import make_context
from tests.trusted_helpers import give_and_keep, lock_all, make_circle
from tests.ui.whole_words_check import cut_words
from ui.content.piece_words_dialog import PieceWordsDialog
from ui.runtime.app_context import AppContext


@pytest.fixture(params=[100, 200])
def look(request, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    context.theme.set_text_scale(request.param)
    context.scale = request.param
    yield context
    context.theme.use_defaults()


def test_every_word_of_the_piece_and_the_advice_shows_whole(qtbot, look, data_dir: Path, tmp_path: Path) -> None:
    circle = make_circle(data_dir, tmp_path)
    try:
        words = give_and_keep(circle, tmp_path / "stick")
        holder = circle.holders[0]
        [piece] = holder.trusted.held_pieces()
        dialog = PieceWordsDialog(piece, words[0])
    finally:
        lock_all(circle)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert cut_words(dialog, may_scroll=look.scale == 200) == []
    assert len(dialog.word_labels) == 20
    for label in dialog.word_labels:
        assert not label.wordWrap() and label.width() >= label.sizeHint().width(), f"{label.text()} is cut"
        # Whole on screen, or brought into view by scrolling.
        dialog.body.ensureWidgetVisible(label)
        QApplication.processEvents()
        assert label.visibleRegion().boundingRect() == label.rect(), f"{label.text()} can't be seen whole"
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert dialog.advice.text().startswith("Read these words only to Sky")
    if look.scale == 100:
        assert dialog.columns == 4 and not dialog.body.verticalScrollBar().isVisible(), "at 100 % all at once"
