"""Home, as the young person sees it: what's important first, friendly prompts, gentle reviews."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from passport.models import EntryContent
from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.entry_card import reading_direction
from ui.content.home_view import HomeView
from ui.content.section_block import PREVIEW_CARDS
from ui.runtime.session import Session
from ui.runtime.theme import ThemeManager

LAST_WEEK = dt.date.today() - dt.timedelta(days=7)


@pytest.fixture
def session(profile: Profile) -> Session:
    return Session(profile)


def make_home(qtbot, session: Session) -> HomeView:
    view = HomeView(session)
    qtbot.addWidget(view)
    view.resize(900, 800)
    with qtbot.waitActive(view):  # shortcuts such as Escape need an active window
        view.show()
        view.activateWindow()
    qtbot.waitUntil(lambda: view.built)  # Home comes a piece per turn
    return view


def is_above(upper: QWidget, lower: QWidget, page: QWidget) -> bool:
    return upper.mapTo(page, upper.rect().topLeft()).y() < lower.mapTo(page, lower.rect().topLeft()).y()


def test_important_now_comes_first_as_large_cards(qtbot, session: Session, profile: Profile) -> None:
    helps = profile.section_by_key("what_helps")
    add_entry(profile, "Drawing", section_id=helps.id)
    add_entry(profile, "Ask me before you hug me", "I like a bit of warning.", important_now=True,
              colour="#3b82c4")
    home = make_home(qtbot, session)
    assert [card.entry.title for card in home.important_cards] == ["Ask me before you hug me"]
    card = home.important_cards[0]
    assert card.large and card.property("cardSize") == "large"
    assert "Blue" in card.accessibleDescription()  # the colour is named, not only shown
    page = home.findChild(QWidget, "homePage")
    assert is_above(card, home.block(helps.id), page)
    assert [c.entry.title for c in home.block(helps.id).cards] == ["Drawing"]


def test_an_empty_section_shows_its_prompt_and_add_something(qtbot, session, profile) -> None:
    hopes = profile.section_by_key("hopes")
    home = make_home(qtbot, session)
    block = home.block(hopes.id)
    assert block.prompt.isVisible()
    assert block.prompt.text() == "What are you looking forward to?"
    assert block.add_button.accessibleName() == "Add something to Hopes and plans"
    with qtbot.waitSignal(home.new_entry) as signal:
        qtbot.mouseClick(block.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == [hopes.id]

    # The prompt goes once the section has something (Home follows the core's change).
    session.apply(profile.add_entry(EntryContent(section_id=hopes.id, title="Go to college")))
    qtbot.waitUntil(lambda: not home.block(hopes.id).prompt.isVisible(), timeout=1000)


def test_home_follows_changes_from_elsewhere(qtbot, session: Session, profile: Profile) -> None:
    home = make_home(qtbot, session)
    section = profile.sections()[0]
    session.apply(profile.add_entry(EntryContent(section_id=section.id, title="Brand new", important_now=True)))
    qtbot.waitUntil(lambda: [c.entry.title for c in home.important_cards] == ["Brand new"], timeout=1000)
    assert [c.entry.title for c in home.block(section.id).cards] == ["Brand new"]


def test_keep_moves_the_review_on_and_says_so(qtbot, session: Session, profile: Profile) -> None:
    entry_id = add_entry(profile, "I live with my nan", review_by=LAST_WEEK)
    home = make_home(qtbot, session)
    assert [p.entry.id for p in home.review_prompts] == [entry_id]
    prompt = home.review_prompts[0]
    assert not prompt.unpin_button.isVisible()  # nothing to unpin: it isn't pinned
    qtbot.mouseClick(prompt.keep_button, Qt.MouseButton.LeftButton)
    later = profile.entry(entry_id).review_by
    assert later is not None and later > dt.date.today() + dt.timedelta(days=80)
    assert "ask again" in home.status.text()
    qtbot.waitUntil(lambda: home.review_prompts == [], timeout=1000)
    assert not home.review.isVisible()


def test_unpin_takes_it_off_the_top_and_update_opens_it(qtbot, session, profile) -> None:
    entry_id = add_entry(profile, "Exams in June", important_now=True, review_by=LAST_WEEK)
    home = make_home(qtbot, session)
    prompt = home.review_prompts[0]
    with qtbot.waitSignal(home.open_entry) as opened:
        qtbot.mouseClick(prompt.update_button, Qt.MouseButton.LeftButton)
    assert opened.args == [entry_id]

    qtbot.mouseClick(prompt.unpin_button, Qt.MouseButton.LeftButton)
    entry = profile.entry(entry_id)
    assert not entry.important_now and entry.review_by is None
    assert "Unpinned" in home.status.text()
    qtbot.waitUntil(lambda: home.important_cards == [] and home.review_prompts == [], timeout=1000)
    assert [e.id for e in profile.entries()] == [entry_id]  # still kept


def test_a_big_section_shows_a_few_cards_and_a_list_of_all(qtbot, session, profile) -> None:
    section = profile.sections()[0]
    for number in range(PREVIEW_CARDS + 5):
        add_entry(profile, f"Entry {number}", section_id=section.id)
    home = make_home(qtbot, session)
    block = home.block(section.id)
    assert len(block.cards) == PREVIEW_CARDS
    assert block.show_all_button.text() == f"Show all {PREVIEW_CARDS + 5}"
    qtbot.mouseClick(block.show_all_button, Qt.MouseButton.LeftButton)
    page = home.section_list
    assert home.pages.currentWidget() is page
    assert page.model.rowCount() == PREVIEW_CARDS + 5
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(home.open_entry) as opened:
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert profile.entry(opened.args[0]).title == page.model.entry_at(1).title
    qtbot.keyClick(page.list, Qt.Key.Key_Escape)
    assert home.pages.currentIndex() == 0


def test_a_card_opens_by_keyboard(qtbot, session: Session, profile: Profile) -> None:
    entry_id = add_entry(profile, "My cat")
    home = make_home(qtbot, session)
    card = home.block(profile.sections()[0].id).cards[0]
    card.setFocus()
    with qtbot.waitSignal(home.open_entry) as opened:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert opened.args == [entry_id]


def test_sections_below_the_first_screen_follow_in_order(qtbot, session, profile) -> None:
    """With a screenful of pinned entries, the sections come just after the first paint,
    each in its place and each a stop for the keyboard."""
    for number in range(30):
        add_entry(profile, f"Pinned {number}", "Words to keep near the top.", important_now=True)
    home = make_home(qtbot, session)
    sections = profile.sections()
    layout = home.sections_area.layout()
    qtbot.waitUntil(lambda: layout.count() == len(sections), timeout=2000)
    built = [layout.itemAt(n).widget().section.id for n in range(layout.count())]
    assert built == [section.id for section in sections]
    # Shown (a widget added to a shown layout appears on the next turn), so each is a keyboard stop.
    qtbot.waitUntil(lambda: all(layout.itemAt(n).widget().add_button.isVisible() for n in range(layout.count())),
                    timeout=2000)


def test_a_card_grows_to_show_all_its_words(qtbot, qapp, session, profile) -> None:
    """A card draws its own text: narrower, or with larger text, it gets taller, and the
    layout gives it that height, so no words are cut off."""
    words = "I like it when people tell me what is going to happen before it happens. " * 3
    add_entry(profile, "Tell me first", words, important_now=True)
    home = make_home(qtbot, session)
    card = home.important_cards[0]
    wide, narrow = card.heightForWidth(800), card.heightForWidth(300)
    assert narrow > wide
    qtbot.waitUntil(lambda: card.height() >= card.heightForWidth(card.width()), timeout=1000)
    theme = ThemeManager(qapp)
    theme.set_text_scale(200)
    try:
        qtbot.waitUntil(lambda: card.heightForWidth(300) > narrow * 1.5, timeout=1000)
        qtbot.waitUntil(lambda: card.height() >= card.heightForWidth(card.width()), timeout=1000)
    finally:
        theme.use_defaults()


def test_words_read_in_their_own_direction() -> None:
    """A card draws each part in the direction its words read, whatever the window's."""
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert reading_direction("Call me Jay.", rtl) == ltr
    assert reading_direction("أحب الرسم", ltr) == rtl
    assert reading_direction("  123 — «שלום»", ltr) == rtl
    assert reading_direction("0800 1111", rtl) == rtl  # no letters: the window's own
