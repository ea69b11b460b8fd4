"""Every item model the young person's views use, checked with qtmodeltester on real data
from a real profile, before and after the changes the core announces."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from passport.models import MARK_START, Change, ChangeKind
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes, wav_bytes
from ui.content.attachment_model import AttachmentModel
from ui.content.entry_list_model import EntryListModel, by_when_it_happened
from ui.content.revision_model import RevisionModel
from ui.content.search_result_model import SearchResultModel


def titles(model) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def test_entry_list_model_follows_changes_without_resets(qtmodeltester, profile: Profile) -> None:
    first_section, second_section = profile.sections()[:2]
    add_entry(profile, "I like drawing", section_id=first_section.id)
    tea = add_entry(profile, "Tea helps", "A warm cup and a quiet room.", section_id=first_section.id)
    add_entry(profile, "Elsewhere", section_id=second_section.id)
    model = EntryListModel(profile.entries(first_section.id), accepts=lambda e: e.section_id == first_section.id)
    qtmodeltester.check(model)
    assert titles(model) == ["Tea helps", "I like drawing"]

    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    added = profile.add_entry(profile.entries(first_section.id)[0].content.model_copy(update={"title": "Music"}))
    model.apply_change(added)
    assert titles(model) == ["Music", "Tea helps", "I like drawing"]

    # Editing an older entry moves it to the top, keeping the row's identity.
    drawing = model.index(2)
    tea_content = profile.entry(tea).content
    model.apply_change(profile.update_entry(tea, tea_content.model_copy(update={"important_now": True})))
    assert model.index(0).data(EntryListModel.ImportantRole) is True
    assert titles(model) == ["Tea helps", "Music", "I like drawing"]
    assert drawing.isValid()

    # Moving it to another section takes it out of this list.
    model.apply_change(profile.update_entry(tea, tea_content.model_copy(update={"section_id": second_section.id})))
    assert titles(model) == ["Music", "I like drawing"]

    model.apply_change(profile.erase_entry(model.index(0).data(EntryListModel.EntryIdRole)))
    assert titles(model) == ["I like drawing"]
    assert resets == []
    qtmodeltester.check(model)


def test_entry_list_model_roles_say_what_a_card_shows(qtmodeltester, profile: Profile) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    add_entry(profile, "Old plan", "x " * 200, review_by=yesterday, colour="#3366cc",
              happened_on=dt.date(2020, 5, 1))
    model = EntryListModel(profile.timeline(), sort_key=by_when_it_happened)
    qtmodeltester.check(model)
    index = model.index(0)
    assert index.data(EntryListModel.ReviewDueRole) is True
    assert index.data(EntryListModel.ColourRole) == "#3366cc"
    assert index.data(EntryListModel.WhenRole) == dt.date(2020, 5, 1)
    assert index.data(EntryListModel.BodyRole).endswith("…")
    assert len(index.data(EntryListModel.BodyRole)) < 200


def test_search_result_model(qtmodeltester, profile: Profile) -> None:
    kept = add_entry(profile, "Walking the dog", "Walking helps me think.")
    add_entry(profile, "Swimming", "Walking to the pool.")
    model = SearchResultModel()
    qtmodeltester.check(model)
    model.set_hits(profile.search("walk"))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    marked = [model.index(r).data(SearchResultModel.BodyMarkedRole) for r in range(2)]
    assert all(MARK_START in text for text in marked)
    assert MARK_START not in model.index(0).data()
    model.apply_change(profile.erase_entry(kept))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_revision_model(qtmodeltester, profile: Profile) -> None:
    entry_id = add_entry(profile, "First words")
    content = profile.entry(entry_id).content
    profile.update_entry(entry_id, content.model_copy(update={"title": "Second words"}))
    model = RevisionModel()
    model.set_revisions(profile.revisions(entry_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0).data(RevisionModel.NumberRole) == 2
    assert model.index(0).data().startswith("Now")
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "First words"


def test_attachment_model_inserts_and_removes_only_what_changed(qtmodeltester, profile: Profile) -> None:
    entry_id = add_entry(profile, "With pictures")
    profile.add_attachment(entry_id, "sun.png", png_bytes())
    model = AttachmentModel()
    model.set_attachments(profile.attachments(entry_id))
    qtmodeltester.check(model)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))

    change = profile.add_attachment(entry_id, "voice.wav", wav_bytes())
    model.set_attachments(profile.attachments(entry_id))
    assert inserted == [1]
    assert model.index(1).data(AttachmentModel.KindRole) == "audio"

    assert change.attachment is not None
    profile.remove_attachment(profile.attachments(entry_id)[0].id)
    model.set_attachments(profile.attachments(entry_id))
    assert [model.index(r).data() for r in range(model.rowCount())] == ["voice.wav"]
    assert resets == []
    qtmodeltester.check(model)


def test_models_ignore_changes_that_are_not_theirs(profile: Profile) -> None:
    model = EntryListModel()
    model.apply_change(Change(kind=ChangeKind.SETTINGS_CHANGED))
    assert model.rowCount() == 0
