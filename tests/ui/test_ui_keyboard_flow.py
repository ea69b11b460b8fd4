"""The whole writing flow by keyboard alone (no mouse event at all): from Home, start a new
entry, write it, go back, search for it and open it again.

The pages are wired the way the main window wires them (see notes/ui-contract.md), in a
small stand-in here so this test covers only the content views.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QWidget

from passport.profile import Profile
from ui.content.entry_editor import EntryEditor
from ui.content.home_view import HomeView
from ui.content.search_view import SearchView
from ui.runtime.session import Session


class Pages(QStackedWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.home = HomeView(session)
        self.search = SearchView(session)
        self.editor = EntryEditor(session)
        for page in (self.home, self.search, self.editor):
            self.addWidget(page)
        self._previous: QWidget = self.home
        self.home.new_entry.connect(self._new)
        self.home.open_entry.connect(self._open)
        self.search.open_entry.connect(self._open)
        self.editor.closed.connect(lambda: self.setCurrentWidget(self._previous))
        QShortcut(QKeySequence("Ctrl+F"), self, lambda: self.setCurrentWidget(self.search))

    def _new(self, section_id: int) -> None:
        self._previous = self.currentWidget()
        self.editor.start_new(section_id)
        self.setCurrentWidget(self.editor)

    def _open(self, entry_id: str) -> None:
        self._previous = self.currentWidget()
        self.setCurrentWidget(self.editor)
        self.editor.edit(entry_id)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_write_then_find_by_keyboard_only(qtbot, profile: Profile) -> None:
    pages = Pages(Session(profile))
    qtbot.addWidget(pages)
    pages.resize(1000, 800)
    with qtbot.waitActive(pages):
        pages.show()
        pages.activateWindow()
    hopes = profile.section_by_key("hopes")
    add_hopes = pages.home.block(hopes.id).add_button

    # Tab through Home to "Add something" in "Hopes and plans", then press Space.
    pages.home.setFocus()
    for _ in range(60):
        if QApplication.focusWidget() is add_hopes:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is add_hopes
    assert isinstance(add_hopes, QPushButton)
    press(qtbot, Qt.Key.Key_Space)
    assert pages.currentWidget() is pages.editor
    assert QApplication.focusWidget() is pages.editor.title_edit

    type_text(qtbot, "Learn to drive")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pages.editor.body_edit
    type_text(qtbot, "Lessons when I turn seventeen.")
    press(qtbot, Qt.Key.Key_Escape)  # Back: saves at once
    assert pages.currentWidget() is pages.home
    saved = profile.entries()
    assert [(e.title, e.section_id) for e in saved] == [("Learn to drive", hopes.id)]

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentWidget() is pages.search
    assert QApplication.focusWidget() is pages.search.field
    type_text(qtbot, "seventeen")
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is pages.search.results
    press(qtbot, Qt.Key.Key_Return)
    assert pages.currentWidget() is pages.editor
    assert pages.editor.title_edit.text() == "Learn to drive"
    assert pages.editor.entry_id == saved[0].id
