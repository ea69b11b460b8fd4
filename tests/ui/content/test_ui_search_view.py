"""Finding by typing: results with highlights, and a keyboard path into them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.search_result_delegate import marked_to_html
from ui.content.search_result_model import SearchResultModel
from ui.content.search_view import SEARCH_DELAY_MS, SearchView
from ui.runtime.session import Session


def make_view(qtbot, profile: Profile) -> SearchView:
    view = SearchView(Session(profile))
    qtbot.addWidget(view)
    view.resize(800, 600)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_typing_shows_results_with_the_words_highlighted(qtbot, profile: Profile) -> None:
    add_entry(profile, "Swimming", "Swimming on Saturdays with my brother.")
    add_entry(profile, "Dogs", "I like dogs.")
    view = make_view(qtbot, profile)
    assert "Type a word" in view.status.text()
    qtbot.keyClicks(view.field, "swim")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    index = view.model.index(0)
    assert index.data() == "Swimming"
    assert "Found 1 entry" in view.status.text()
    body_html = marked_to_html(index.data(SearchResultModel.BodyMarkedRole))
    assert "<span" in body_html and ">Swimming</span>" in body_html


def test_nothing_found_is_said_in_words(qtbot, profile: Profile) -> None:
    add_entry(profile, "Dogs")
    view = make_view(qtbot, profile)
    qtbot.keyClicks(view.field, "zebra")
    qtbot.waitUntil(lambda: "Nothing found" in view.status.text(), timeout=SEARCH_DELAY_MS * 10)
    assert not view.results.isVisible()


def test_the_persons_words_are_escaped_not_read_as_markup() -> None:
    marked = "<b>bold</b> & \x02match\x03"
    rendered = marked_to_html(marked)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; " in rendered
    assert rendered.count("<span") == 1


def test_down_and_enter_open_the_right_result(qtbot, profile: Profile) -> None:
    add_entry(profile, "Park walk", "A walk in the park.")
    wanted = add_entry(profile, "Walking to school", "Walking with Sam.")
    view = make_view(qtbot, profile)
    qtbot.keyClicks(view.field, "walk")
    qtbot.keyClick(view.field, Qt.Key.Key_Down)  # moves into the results at once, no waiting
    assert view.results.hasFocus()
    ids = [view.model.index(row).data(SearchResultModel.EntryIdRole) for row in range(view.model.rowCount())]
    assert wanted in ids
    for _ in range(ids.index(wanted)):
        qtbot.keyClick(view.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_entry) as opened:
        qtbot.keyClick(view.results, Qt.Key.Key_Return)
    assert opened.args == [wanted]


def test_results_follow_an_erased_entry(qtbot, profile: Profile) -> None:
    entry_id = add_entry(profile, "Secret plan")
    view = make_view(qtbot, profile)
    qtbot.keyClicks(view.field, "secret")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.model.rowCount() == 1
    view.session.apply(profile.erase_entry(entry_id))
    assert view.model.rowCount() == 0


def test_nothing_found_stays_at_the_top_with_a_hint(qtbot, profile: Profile) -> None:
    add_entry(profile, "Dogs")
    view = make_view(qtbot, profile)
    view.resize(800, 900)
    qtbot.keyClicks(view.field, "zebra")
    qtbot.waitUntil(lambda: "Nothing found" in view.status.text(), timeout=SEARCH_DELAY_MS * 10)
    view.layout().activate()  # the layout as it is once the results are hidden
    gap = view.status.geometry().top() - view.field.geometry().bottom()
    assert 0 <= gap <= 24, f"the words float {gap}px below the field"
    # Centred in a stretched label, the words would float all the same.
    assert view.status.geometry().bottom() < 300, "the words float in the middle of the page"
    assert "Try another word" in view.status.text()


def test_the_page_is_called_search_as_in_the_sidebar(qtbot, profile: Profile) -> None:
    view = make_view(qtbot, profile)
    titles = [label.text() for label in view.findChildren(QLabel) if label.property("role") == "title"]
    assert titles == ["Search"], "one word for one page: the sidebar says Search"
