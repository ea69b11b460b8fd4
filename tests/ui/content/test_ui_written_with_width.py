""""Written with" shows a whole name (issue 48: it showed "J…")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.helpers import add_entry
from tests.suggestion_helpers import introduce
from ui.content.entry_editor import EntryEditor
from ui.runtime.session import Session


def test_the_written_with_box_has_room_for_a_whole_name(qtbot, sky: Profile, jo: Profile, tmp_path: Path) -> None:
    introduce(sky, jo, tmp_path)
    entry = add_entry(sky, "Drawing", "I draw.", written_with="Jo Carter")
    editor = EntryEditor(Session(sky))
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.edit(entry)
    QApplication.processEvents()
    field = editor.written_with
    line = field.lineEdit()
    assert field.currentText() == "Jo Carter"
    assert line.width() >= line.fontMetrics().horizontalAdvance("Jo Carter Smith-Jones"), "the name is cut"
