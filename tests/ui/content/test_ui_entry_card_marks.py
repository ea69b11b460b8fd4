"""Home's cards show that an entry has a picture or a sound: a small drawn mark, and the
same in words for a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QRect

from passport.models import AttachmentKind
from passport.profile import Profile
from tests.helpers import png_bytes
from ui.content.entry_card import END_MARGIN, EntryCard
from ui.content.home_view import HomeView
from ui.runtime.session import Session


def make_home(qtbot, session: Session) -> HomeView:
    view = HomeView(session)
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    view.finish_building()
    return view


def cards_of(home: HomeView, title: str) -> list[EntryCard]:
    return [card for card in home.findChildren(EntryCard) if card.isVisible() and card.entry.title == title]


def test_a_card_says_its_entry_has_a_picture_and_a_sound(qtbot, profile: Profile, entries: list[str]):
    home = make_home(qtbot, Session(profile))
    with_both = cards_of(home, "Music helps")
    assert with_both, "the entry with a picture and a sound is on Home"
    for card in with_both:
        assert "Has a picture" in card.accessibleDescription()
        assert "Has a sound" in card.accessibleDescription()
    for card in cards_of(home, "Quiet space"):
        assert "Has a" not in card.accessibleDescription(), "no attachment, no mark"


def test_the_marks_are_drawn_in_the_cards_corner(qtbot, profile: Profile, entries: list[str]):
    entry = profile.entry(entries[0])
    plain = EntryCard(entry, "About me")
    marked = EntryCard(entry, "About me", attachment_kinds={AttachmentKind.IMAGE, AttachmentKind.AUDIO})
    for card in (plain, marked):
        qtbot.addWidget(card)
        card.resize(500, card.heightForWidth(500))
        card.show()
    qtbot.waitExposed(marked)
    corner = QRect(marked.width() - END_MARGIN - 80, 0, 80, 40)
    drawn, bare = marked.grab().toImage().copy(corner), plain.grab().toImage().copy(corner)
    assert drawn != bare, "something is drawn where the marks go"
    assert marked.marks == [AttachmentKind.IMAGE, AttachmentKind.AUDIO], "a picture first, then a sound"


def test_adding_a_picture_marks_the_card_on_home(qtbot, profile: Profile, entries: list[str]):
    session = Session(profile)
    home = make_home(qtbot, session)
    session.apply(profile.add_attachment(entries[1], "room.png", png_bytes()))
    qtbot.waitUntil(lambda: bool(cards_of(home, "Quiet space"))
                    and all("Has a picture" in card.accessibleDescription() for card in cards_of(home, "Quiet space")),
                    timeout=2000)
