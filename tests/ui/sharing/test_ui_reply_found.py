"""Finding a reply, and telling shares apart (issue 17 polish): Home says "Sam Lee replied to
what you shared — read it" until the reply has been seen, and leads to it on People, in
sight; the withdraw dialog names the share by its day and time, why, and its first entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context, wait_active
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.windows.main_window import HOME, PEOPLE, MainWindow

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser) -> MainWindow:
    profile.people.set_card_details("Sky")
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(900, 560)  # small: the replies sit below the fold of the People page
    view.show()
    wait_active(qtbot, view)
    return view


def test_home_leads_to_a_reply_until_it_is_read(qtbot, window, profile, practitioner, sam, tmp_path) -> None:
    for title in ("Music helps", "Quiet space", "My nan", "School"):
        add_entry(profile, title, "Words.")
    shared = profile.sharing.make_share([e.id for s in profile.sections() for e in profile.entries(s.id)], sam,
                                        in_a_week(), "New school", tmp_path / "s.wpb").subject
    opened = practitioner.received.open_bundle(tmp_path / "s.wpb").subject
    quiet = next(e.id for s in profile.sections() for e in profile.entries(s.id) if e.title == "Quiet space")
    practitioner.received.make_reply(opened.id, "Thank you, Sky.", {quiet: "A quiet room at lunch."},
                                     tmp_path / "r.wpreply")
    window.session.apply(profile.sharing.open_reply(tmp_path / "r.wpreply"))

    home = window.home
    qtbot.waitUntil(home.reply_notice.isVisible)
    (line,) = home.reply_notice.buttons
    assert line.text() == "Sam Lee replied to what you shared — read it"
    assert "Sam Lee replied to what you shared" in home.words_to_read()
    assert problems_in(home) == []

    qtbot.mouseClick(line, CLICK)
    people = window.people
    assert window.current_page() == PEOPLE
    qtbot.waitUntil(people.replies.isVisible)
    assert people.history.share(people.shares.currentIndex().row()).id == shared.id
    viewport = people.scroll.viewport()
    top_left = people.replies.mapTo(viewport, people.replies.rect().topLeft())
    assert QRect(0, 0, viewport.width(), viewport.height()).contains(top_left), "scrolled to the reply"
    assert "What Sam Lee will do about ‘Quiet space’: A quiet room at lunch." in people.replies.accessibleDescription()

    assert profile.sharing.shares_with_unread_replies() == []
    window.show_page(HOME)
    qtbot.waitUntil(lambda: not home.reply_notice.isVisible())


def test_the_withdraw_dialog_says_which_share(qtbot, window, profile, sam, tmp_path) -> None:
    ids = [add_entry(profile, title, "Words.") for title in ("Football on Saturdays", "Music helps", "My nan")]
    window.session.apply(profile.sharing.make_share(ids[:1], sam, in_a_week(), "", tmp_path / "1.wpb"))
    window.session.apply(profile.sharing.make_share(ids, sam, in_a_week(), "Moving school", tmp_path / "2.wpb"))
    newest = profile.sharing.share_history(sam.id)[0]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    people = window.people
    people.select_contact(sam.id)
    people.shares.selectRow(0)
    qtbot.mouseClick(people.withdraw_button, CLICK)
    dialog = people.dialog
    assert dialog is not None
    local = newest.created.astimezone()
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"about what you shared on {local.day} " in said and f"at {local:%H:%M}, “Moving school”: " in said
    assert "‘Football on Saturdays’, ‘Music helps’ and 1 more." in said and "My nan" not in said
    assert problems_in(dialog) == []
    dialog.reject()
