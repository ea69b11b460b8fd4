"""The timeline: newest first by when it happened, month headings, opens by keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from passport.models import EntryContent
from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.entry_delegate import EntryDelegate
from ui.content.entry_list_model import EntryListModel
from ui.content.timeline_view import TimelineView
from ui.runtime.session import Session


def make_view(qtbot, profile: Profile) -> TimelineView:
    view = TimelineView(Session(profile))
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    return view


def titles(view: TimelineView) -> list[str]:
    return [view.model.index(row).data() for row in range(view.model.rowCount())]


def test_ordered_by_when_it_happened_with_month_headings(qtbot, profile: Profile) -> None:
    add_entry(profile, "Moved to Nan's", happened_on=dt.date(2021, 3, 14))
    add_entry(profile, "Started college", happened_on=dt.date(2024, 9, 2))
    add_entry(profile, "Got my bike", happened_on=dt.date(2024, 9, 20))
    add_entry(profile, "Written today")
    view = make_view(qtbot, profile)
    assert titles(view) == ["Written today", "Got my bike", "Started college", "Moved to Nan's"]
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, EntryDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view.list)
    heights = [delegate.sizeHint(option, view.model.index(row)).height() for row in range(4)]
    # A new month starts with a heading (taller row); September's second entry has none.
    assert heights[1] > heights[2]
    assert view.model.index(1).data(EntryListModel.WhenRole) == dt.date(2024, 9, 20)


def test_follows_new_and_erased_entries(qtbot, profile: Profile) -> None:
    view = make_view(qtbot, profile)
    assert "Nothing here yet" in view.hint.text()
    section_id = profile.sections()[0].id
    change = view.session.apply(profile.add_entry(
        EntryContent(section_id=section_id, title="First day", happened_on=dt.date(2023, 1, 5))))
    assert titles(view) == ["First day"]
    assert view.list.isVisible()
    assert change.entry_id is not None
    view.session.apply(profile.erase_entry(change.entry_id))
    assert titles(view) == []


def test_enter_opens_the_chosen_entry(qtbot, profile: Profile) -> None:
    add_entry(profile, "Newer", happened_on=dt.date(2025, 1, 1))
    older = add_entry(profile, "Older", happened_on=dt.date(2020, 1, 1))
    view = make_view(qtbot, profile)
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_entry) as opened:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == [older]
