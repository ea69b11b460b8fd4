"""At 200 % text nothing is cut: the sidebar's page names and the Settings pages' names are whole,
at the smallest size the window allows and at 1366×768, in the light and high-contrast looks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QStyle, QToolButton

from tests.shell_helpers import make_context
from ui.content.settings_dialog import SettingsDialog
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.shell.demo import make_demo_profile
from ui.windows.main_window import MainWindow

SMALLEST = (1, 1)  # Qt keeps a window at least at its minimum size: this asks for that
LAPTOP = (1366, 768)


@pytest.fixture(params=["light", "high_contrast"])
def large(request, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    context.theme.apply_theme(request.param)
    context.theme.set_text_scale(200)
    yield context
    context.theme.use_defaults()


@pytest.fixture
def window(qtbot, large, data_dir) -> Iterator[MainWindow]:
    profile, _code = make_demo_profile(data_dir / "demo")
    window = MainWindow(Session(profile, large.pool), large)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    profile.lock()


@pytest.mark.parametrize("size", [SMALLEST, LAPTOP])
def test_the_sidebars_page_names_are_whole(qtbot, window, size):
    window.resize(*size)
    QApplication.processEvents()
    navigation = window.navigation
    assert not navigation.verticalScrollBar().isVisible(), "every page shows, with no scroll bar eating the names"
    metrics = navigation.fontMetrics()
    for row in range(navigation.count()):
        item = navigation.item(row)
        shown = navigation.visualItemRect(item)
        needs = navigation.iconSize().width() + metrics.horizontalAdvance(item.text())
        assert navigation.viewport().rect().contains(shown), f"{item.text()} reaches past the sidebar"
        assert shown.width() > needs, f"{item.text()} needs {needs} px, has {shown.width()}"


@pytest.mark.parametrize("size", [SMALLEST, LAPTOP])
def test_every_settings_page_name_is_whole(qtbot, window, large, size):
    dialog = SettingsDialog(window.session, large, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(*size)
    QApplication.processEvents()
    assert_every_page_name_whole(dialog, in_sight=size == LAPTOP)  # the smallest scrolls up and down


def assert_every_page_name_whole(dialog: SettingsDialog, in_sight: bool = True) -> None:
    """Each page's name whole, with no scroll arrows or bar to find it behind; ``in_sight``: all in the dialog."""
    names = dialog.pages.names
    assert not names.verticalScrollBar().isVisible(), "every page's name shows, with no scroll bar"
    assert not names.findChildren(QToolButton), "no name hides behind arrows"
    metrics = names.fontMetrics()
    for row in range(names.count()):
        item = names.item(row)
        shown = names.visualItemRect(item)
        in_dialog = QRect(names.viewport().mapTo(dialog, shown.topLeft()), shown.size())
        assert names.viewport().rect().contains(shown), f"{item.text()} reaches past the list"
        assert dialog.rect().contains(in_dialog) or not in_sight, f"{item.text()} is outside the dialog"
        assert shown.width() > metrics.horizontalAdvance(item.text()), f"{item.text()} is cut short"


@pytest.fixture
def at_100(qtbot, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    context.theme.set_text_scale(100)
    yield context
    context.theme.use_defaults()


def test_the_name_box_holds_its_whole_name_after_the_text_grows_to_200(qtbot, at_100, data_dir):
    profile, _code = make_demo_profile(data_dir / "demo")
    profile.rename("Jess secret passport")  # the tester's name, longer than the box's usual width
    window = MainWindow(Session(profile, at_100.pool), at_100)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window.session, at_100, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text_size.selectAll()
    qtbot.keyClicks(dialog.text_size, "200")  # as a person sets it, with the dialog open
    qtbot.waitUntil(lambda: at_100.theme.text_scale == 200)
    QApplication.processEvents()
    field = dialog.name_field
    metrics = field.fontMetrics()
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, _line_edit_option(field), field)
    assert room.width() >= metrics.horizontalAdvance(field.text()), "the whole name shows, not its last words"
    assert room.height() >= metrics.height(), "the name's letters are whole, top to bottom"
    profile.lock()


def _line_edit_option(field):
    from PySide6.QtWidgets import QStyleOptionFrame

    option = QStyleOptionFrame()
    field.initStyleOption(option)
    return option


def _inside(widget, window) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size()))


@pytest.mark.parametrize("size", [SMALLEST, LAPTOP])
def test_the_people_page_fits_its_heading_words_and_buttons(qtbot, window, practitioner, tmp_path, size):
    from ui.windows.main_window import PEOPLE

    card = tmp_path / "sam.wpcard"
    practitioner.people.export_card(card)
    window.session.apply(window.session.profile.people.import_card(card))
    window.resize(*size)
    QApplication.processEvents()
    before = window.size()
    window.show_page(PEOPLE)
    QApplication.processEvents()
    assert window.size() == before, "showing People never widens the window"
    people = window.people
    people.people.setCurrentIndex(people.contacts.index(0))
    QApplication.processEvents()
    heading = people.heading
    assert heading.height() < 3 * heading.fontMetrics().lineSpacing(), "the heading is not one word a line"
    for label in (heading, people.name, people.about, people.checked, people.no_shares):
        if label.isVisible():
            assert label.heightForWidth(label.width()) <= label.height() + 1, f"“{label.text()}” is cut"
    for button in (people.add_button, people.give_button, people.receipt_button, people.withdraw_button):
        people.scroll.ensureWidgetVisible(button)
        QApplication.processEvents()
        shown = QRect(button.mapTo(people.scroll.viewport(), button.rect().topLeft()), button.size())
        assert people.scroll.viewport().rect().contains(shown), f"{button.text()} can be reached and seen whole"
        assert _inside(button, window), f"{button.text()} lies inside the window"
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is whole"


@pytest.mark.parametrize("size", [SMALLEST, LAPTOP])
def test_the_share_wizards_entry_list_gets_the_room(qtbot, window, size):
    window.resize(*size)
    window.start_share()
    wizard = window.share_wizard
    qtbot.waitExposed(wizard)
    wizard.resize(*size)
    QApplication.processEvents()
    tree = wizard.entry_tree
    rows = tree.viewport().height() // tree.sizeHintForRow(0)
    assert rows >= (5 if size == SMALLEST else 8), f"the entry list shows {rows} rows"
    assert tree.height() * 2 >= wizard.pages.currentWidget().height() * (0.8 if size == SMALLEST else 1), \
        "the list has the room, not the words above it"
    assert _inside(wizard.next_button, wizard)
    if size == SMALLEST:  # at 200 % on the 800 px test screen, the widest step's words scroll sideways
        assert wizard.frameGeometry().width() <= wizard.screen().availableGeometry().width(), "fits the screen"
        assert _inside(tree, wizard) or tree.mapTo(wizard, tree.rect().topLeft()).x() >= 0, "the list begins in sight"
    else:
        assert _inside(tree, wizard)
    wizard.reject()


@pytest.mark.parametrize("size", [SMALLEST, LAPTOP])
def test_opening_an_entry_never_resizes_the_window(qtbot, window, size):
    window.resize(*size)
    QApplication.processEvents()
    before = window.size()
    entry = next(e for e in window.session.profile.entries() if window.session.profile.attachments(e.id))
    window.open_entry(entry.id)
    editor = window.editor
    qtbot.waitUntil(editor.isVisible)
    QApplication.processEvents()
    assert window.size() == before, "opening the editor never widens the window"
    page = editor.scroll.widget()
    assert page.minimumSizeHint().width() <= editor.scroll.viewport().width(), "the form fits, nothing to the side"
    assert page.width() <= editor.scroll.viewport().width()
    for check in (editor.important_check, editor.review_check, editor.happened_check):
        assert check.width() >= check.sizeHint().width(), f"“{check.text()}” is whole"
        assert _inside(check, page)
    for button in (editor.back_button, editor.history_button, editor.erase_button):
        assert _inside(button, window), f"{button.text()} lies inside the window"
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is whole"
