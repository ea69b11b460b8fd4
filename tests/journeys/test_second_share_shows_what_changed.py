"""Journey: a second share shows what changed. The young person shares three entries with
their social worker through the share wizard; the practitioner opens the file. The young
person then rewrites one entry (taking some words out), writes a new one, and shares again
without the third; the wizard's preview says what changed since the last share. The
practitioner opens the new file: a calm band on top says what changed since, the new words
are marked, the entry no longer shared is only counted (the young person took it back: its
title shows only on their own screen), and the words taken out are nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItemIterator, QWidget

from passport.clock import today
from passport.exchange.contacts import Contact
from passport.profile import Profile
from tests.helpers import add_entry
from tests.shell_helpers import make_context, press, type_here, visible_text, wait_active
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.sharing.share_wizard import ShareWizard
from ui.widgets.bundle_document import long_date
from ui.windows.main_window import MainWindow
from ui.windows.practitioner_window import PractitionerWindow

TAKEN_OUT = "or on the stairs at Grandma's"
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def young(qtbot, profile: Profile, sam: Contact, data_dir, chooser) -> MainWindow:
    add_entry(profile, "Music helps", "I play guitar when it gets loud.")
    add_entry(profile, "Quiet space", f"A room with the door open {TAKEN_OUT}.")
    add_entry(profile, "Football on Saturdays", "With my coach.")
    window = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    return window


@pytest.fixture
def worker(qtbot, practitioner: Profile, data_dir, chooser) -> PractitionerWindow:
    window = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    return window


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, tree: QTreeWidget, title: str) -> None:
    """Click the entry's row, then Space to tick it."""
    found = QTreeWidgetItemIterator(tree)
    while found.value() is not None and not found.value().text(0).startswith(title):
        found += 1
    item = found.value()
    assert item is not None, f"no entry {title} to choose"
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item, "the click chose the row"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked


def to_the_preview(qtbot, window: MainWindow, titles: list[str]) -> ShareWizard:
    """Ctrl+Shift+S; tick each title; Next; click Sam Lee; Next; Next: the preview."""
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wizard = window.share_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    for title in titles:
        tick(qtbot, wizard.entry_tree, title)
    click(qtbot, wizard.next_button)
    people: QAbstractItemView = wizard.contact_list
    qtbot.mouseClick(people.viewport(), LEFT, pos=people.visualRect(people.model().index(0, 0)).center())
    click(qtbot, wizard.next_button)
    assert wizard.my_name.text() == "Sky"
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(wizard.preview.isVisible)
    return wizard


def save_and_close(qtbot, window: MainWindow, wizard: ShareWizard, chooser: AnsweringChooser, path: Path) -> None:
    chooser.answer(path)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.done_title.text() == "Saved", timeout=10_000)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: window.share_wizard is None)


def open_in(qtbot, worker: PractitionerWindow, chooser: AnsweringChooser, path: Path) -> None:
    wait_active(qtbot, worker)
    chooser.answer(path)
    click(qtbot, worker.open_button)
    qtbot.waitUntil(lambda: worker.status.text().startswith("Opened."), timeout=10_000)


def rewrite_quiet_space(qtbot, window: MainWindow) -> None:
    """Ctrl+F, "Quiet", Down, Enter; all of the words chosen and written again; Esc saves."""
    wait_active(qtbot, window)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_here(qtbot, "Quiet")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    assert editor.title_edit.text() == "Quiet space"
    click(qtbot, editor.body_edit)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, "A room with the door shut and a drink.")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())


def write_new_school(qtbot, window: MainWindow) -> None:
    """Ctrl+N; the title, Tab, the words; Esc saves."""
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    click(qtbot, editor.title_edit)
    type_here(qtbot, "New school")
    click(qtbot, editor.body_edit)
    type_here(qtbot, "Starts in May.")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_a_second_share_shows_what_changed(qtbot, young, worker, chooser, practitioner, tmp_path) -> None:
    wizard = to_the_preview(qtbot, young, ["Music helps", "Quiet space", "Football on Saturdays"])
    assert not wizard.changes_note.isVisible(), "nothing shared with Sam Lee before"
    save_and_close(qtbot, young, wizard, chooser, tmp_path / "first.wpb")
    open_in(qtbot, worker, chooser, tmp_path / "first.wpb")
    assert not worker.view.changes_band.isVisible()

    rewrite_quiet_space(qtbot, young)
    write_new_school(qtbot, young)
    wizard = to_the_preview(qtbot, young, ["Music helps", "Quiet space", "New school"])
    day = long_date(today())
    assert wizard.changes_note.isVisible()
    assert wizard.changes_note.text() == (
        f"Since you last shared with Sam Lee on {day}: new: ‘New school’; changed: ‘Quiet space’; "
        "no longer shared: ‘Football on Saturdays’.")
    save_and_close(qtbot, young, wizard, chooser, tmp_path / "second.wpb")

    open_in(qtbot, worker, chooser, tmp_path / "second.wpb")
    view = worker.view
    qtbot.waitUntil(view.changes_band.isVisible)
    assert view.changes_title.text() == f"What changed since {day}: 1 new, 1 changed, 1 no longer shared"
    assert view.changes_list.text().split("\n") == [
        "New: ‘New school’",
        "Changed: ‘Quiet space’ — new words are underlined and marked (new); some words were taken out",
        "No longer shared: 1 from the last one",
    ]
    assert "Football on Saturdays" not in view.browser.toPlainText()
    assert "A room with the door shut and a drink (new)." in view.browser.toPlainText()
    assert worker.model.rowCount() == 1, "the new file took the last one's place"
    assert problems_in(worker) == []
    shown = visible_text()
    assert "Grandma" not in shown and "With my coach" not in shown
    with practitioner.vault.reading() as conn:
        kept = str(conn.execute("SELECT * FROM received_bundles").fetchall())
        kept += str(conn.execute("SELECT * FROM received_changes").fetchall())
    assert "Grandma" not in kept and "stairs" not in kept and "With my coach" not in kept
