"""What running Orca 43 over the app found, each fixed and held here (docs/accessibility.md,
"The Orca run"). Orca itself is not in the suite: these check what it reads, from inside Qt.

- Orca said nothing on "Make a new passport": the keyboard sat on the wizard itself.
- Orca said nothing on Tab into an empty field (the passphrase typed again): the field's
  first caret report went out just before its focus.
- The passphrase's rule, strength and match, and Search's count, were never read.
- A card on Home was read as "Music panel", with no action to open it.
- Each entry in the share wizard, which has nothing under it, was read as "… expanded".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView, QVBoxLayout, QWidget

from passport.profile import Profile
from tests.helpers import PASSPHRASE, add_entry, png_bytes
from tests.shell_helpers import make_context, wait_active
from ui.content.entry_card import EntryCard
from ui.content.search_view import SEARCH_DELAY_MS, SearchView
from ui.runtime.file_chooser import FileChooser
from ui.runtime.session import Session
from ui.sharing.share_wizard import ShareWizard
from ui.shell.start_window import StartWindow
from ui.widgets.caret_primer import CaretPrimer
from ui.widgets.passphrase_fields import PassphraseFields


@pytest.fixture
def primer() -> Iterator[CaretPrimer]:
    """The app's primer, for this test only (the app installs it in PassportApp)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = CaretPrimer(app)
    yield made
    made.setParent(None)
    made.deleteLater()


def caret_reports(field: QLineEdit) -> list[tuple[int, int]]:
    """Every caret report ``field`` makes from now on (each is an accessibility event too)."""
    reports: list[tuple[int, int]] = []
    field.cursorPositionChanged.connect(lambda old, new: reports.append((old, new)))
    return reports


def test_tab_into_an_empty_field_makes_no_caret_report_ahead_of_its_focus(qtbot, primer: CaretPrimer) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QLineEdit(), QLineEdit()
    first.setAccessibleName("Passphrase")
    second.setAccessibleName("Type the passphrase again")
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    wait_active(qtbot, window)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "purple kettle")

    reports = caret_reports(second)
    qtbot.keyClick(first, "\t")
    assert second.hasFocus()
    # Without the primer, Tab selected the empty field's text and its first caret report
    # (-1 to 0) went out just before the focus: Orca 43 then said nothing at all.
    assert reports == [], reports


def test_the_start_window_gives_the_wizards_step_the_keyboard_not_the_wizard(qtbot, data_dir) -> None:
    window = StartWindow(make_context(data_dir))
    qtbot.addWidget(window)
    window.show()
    wait_active(qtbot, window)
    wizard = window.show_wizard()
    qtbot.waitUntil(wizard.next_button.hasFocus)
    focus = QApplication.focusWidget()
    assert focus is wizard.next_button and focus.accessibleName() == "Next", focus
    wizard.go_next()
    assert QApplication.focusWidget() is wizard.name_field
    window.drop_wizard()


def test_the_passphrase_fields_say_the_rule_the_strength_and_the_match(qtbot) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    assert "At least 8 characters" in fields.first.accessibleDescription()
    qtbot.keyClicks(fields.first, "password")
    assert "easy to guess" in fields.first.accessibleDescription()
    fields.first.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    assert fields.first.accessibleDescription() == fields.words.text()
    assert "strong" in fields.first.accessibleDescription()
    qtbot.keyClicks(fields.second, PASSPHRASE[:3])
    assert fields.second.accessibleDescription() == "The two are not the same yet."
    qtbot.keyClicks(fields.second, PASSPHRASE[3:])
    assert fields.second.accessibleDescription() == "Both are the same."

    said: list[str] = []
    fields.second.setAccessibleDescription = said.append  # type: ignore[method-assign]
    fields.clear()  # as the wizard does once the passphrase is taken
    assert "The two are not the same yet." not in said, "clearing told the person the two differ"


def test_search_says_what_it_found_on_its_field(qtbot, profile: Profile) -> None:
    add_entry(profile, "Swimming", "Swimming on Saturdays.")
    view = SearchView(Session(profile))
    qtbot.addWidget(view)
    view.show()
    assert "Type a word" in view.field.accessibleDescription()
    qtbot.keyClicks(view.field, "swim")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert view.field.accessibleDescription() == "Found 1 entry."


def test_a_card_is_a_button_that_a_screen_reader_can_press(qtbot, profile: Profile) -> None:
    entry = profile.entry(add_entry(profile, "Music", "Headphones help on the bus"))
    card = EntryCard(entry, "About me")
    qtbot.addWidget(card)
    card.show()
    said = QAccessible.queryAccessibleInterface(card)
    assert said.role() == QAccessible.Role.Button, "read as a panel, nothing says it opens"
    assert said.text(QAccessible.Text.Name) == "Music"
    assert "Headphones help on the bus" in said.text(QAccessible.Text.Description)
    actions = said.actionInterface()
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    with qtbot.waitSignal(card.activated) as opened:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert opened.args == [entry.id]


def every_index(view: QTreeView, parent: QModelIndex | None = None) -> list[QModelIndex]:
    model = view.model()
    under = parent if parent is not None else QModelIndex()
    found = []
    for row in range(model.rowCount(under)):
        index = model.index(row, 0, under)
        found += [index, *every_index(view, index)]
    return found


def test_the_share_wizard_says_expanded_only_of_what_opens(qtbot, profile: Profile) -> None:
    music = add_entry(profile, "Music", "Headphones help on the bus", important_now=True)
    profile.add_attachment(music, "me.png", png_bytes(32, 16))
    add_entry(profile, "Football", "I play on Saturdays")
    wizard = ShareWizard(Session(profile), FileChooser())
    qtbot.addWidget(wizard)
    wizard.show()
    tree = wizard.entry_tree
    indexes = every_index(tree)
    assert any(tree.model().hasChildren(index) for index in indexes)
    for index in indexes:
        opens = tree.model().hasChildren(index)
        # What Qt tells a screen reader as the item's "expanded" state.
        assert tree.isExpanded(index) == opens, (index.data(), opens)
        assert not opens or tree.visualRect(tree.model().index(0, 0, index)).isValid(), "a branch is open"


def test_a_field_a_window_removes_while_its_fields_are_primed_is_passed_by(qtbot, primer: CaretPrimer) -> None:
    """Priming one field can let a window remake another (Qt's own file dialog did, in the full
    suite): the primer passes the gone one by instead of raising in the event loop."""
    import shiboken6

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    start = QLineEdit()
    layout.addWidget(start)
    window.show()
    wait_active(qtbot, window)
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    # Two fields not primed yet; the first one's caret report removes the second at once, as a
    # dialog remaking its parts would.
    first, doomed = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(doomed)
    first.cursorPositionChanged.connect(lambda _old, _new: shiboken6.delete(doomed) if shiboken6.isValid(doomed)
                                        else None)
    other = QLineEdit()
    layout.addWidget(other)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert not shiboken6.isValid(doomed)  # and no exception reached the event loop (pytest-qt fails the test if so)
