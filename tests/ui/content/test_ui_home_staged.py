"""Home is built a piece per turn of the event loop, so the window keeps answering, and its
first screen is painted whole: never the top alone, never half of its sections."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea, QWidget

from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.home_view import HomeView
from ui.content.section_block import SectionBlock
from ui.runtime.session import Session


class FirstPaint(QObject):
    """What Home had built when its page was first painted."""

    def __init__(self, home: HomeView) -> None:
        super().__init__()
        self.home = home
        self.seen: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None and isinstance(watched, QWidget):
            blocks = [block for block in self.home.findChildren(SectionBlock) if block.isVisible()]
            bottom = max((block.mapTo(watched, block.rect().bottomLeft()).y() for block in blocks), default=0)
            self.seen = {"important": [card.entry.title for card in self.home.important_cards],
                         "blocks": len(blocks), "bottom": bottom, "built": self.home.built}
        return False


def test_home_comes_in_pieces_and_its_first_screen_is_painted_whole(qtbot, profile: Profile) -> None:
    sections = profile.sections()
    for section in sections:
        for number in range(4):
            add_entry(profile, f"{section.title} {number}", "A few words to show.", section_id=section.id)
    add_entry(profile, "Ask me before you hug me", important_now=True)
    home = HomeView(Session(profile))
    qtbot.addWidget(home)
    assert not home.built, "nothing but the frame is built in the constructor"
    assert home.findChildren(SectionBlock) == []
    page = home.findChild(QWidget, "homePage")
    watch = FirstPaint(home)
    page.installEventFilter(watch)
    home.resize(900, 700)
    home.show()
    qtbot.waitUntil(lambda: watch.seen is not None)
    seen = watch.seen
    assert seen is not None and seen["important"] == ["Ask me before you hug me"], "the top is there at the first paint"
    shown = home.findChild(QScrollArea, "homeScroll").viewport().height()
    assert seen["bottom"] >= shown, f"the first screen was painted before its sections filled it: {seen}"
    assert not seen["built"], "the sections out of sight come after the first paint"
    qtbot.waitUntil(lambda: home.built)
    assert [block.section.id for block in home.findChildren(SectionBlock)] == [s.id for s in sections]
    assert [card.entry.title for card in home.important_cards] == ["Ask me before you hug me"]
