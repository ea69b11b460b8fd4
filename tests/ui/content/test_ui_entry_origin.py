"""An accepted suggestion never passes for the young person's own words (issue 48): its card
and list row say "Suggested by Jo", and the editor says who suggested it and how it was added."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.helpers import add_entry
from tests.suggestion_helpers import introduce
from ui.content.entry_card import EntryCard
from ui.content.entry_delegate import EntryDelegate
from ui.content.entry_editor import EntryEditor
from ui.runtime.session import Session


@pytest.fixture
def added(jo: Profile, sky: Profile, tmp_path: Path) -> tuple[str, str, str]:
    """Sky's own entry; Jo's suggestion added as it was; one Sky changed before adding it."""
    sky_card = introduce(jo, sky, tmp_path)
    introduce(sky, jo, tmp_path)
    helps = jo.section_by_key("what_helps").id
    drafts = [add_entry(jo, "Walking the dog", "Biscuit helps.", section_id=helps),
              add_entry(jo, "Music before bed", "Quiet music.", section_id=helps)]
    jo.suggestions.make_suggestion(drafts, sky_card, tmp_path / "jo.wpb")
    walk, music = sky.suggestions.open_suggestion(tmp_path / "jo.wpb").subject.suggestions
    own = add_entry(sky, "Drawing", "I draw.")
    walked = sky.suggestions.accept_suggestion(walk.id).entry_id
    content = sky.suggestions.suggested_content(music).model_copy(update={"body": "Quiet music, lamp on."})
    changed = sky.suggestions.accept_suggestion(music.id, content).entry_id
    return own, walked, changed


def test_the_card_and_the_row_say_who_suggested_it(qapp, sky: Profile, added: tuple[str, str, str]) -> None:
    own, walked, _changed = added
    assert not any("Suggested by" in text for text in EntryCard(sky.entry(own), "What helps").shown_texts())
    card = EntryCard(sky.entry(walked), "What helps")
    assert any("Suggested by Jo Carter" in text for text in card.shown_texts())
    assert "Suggested by Jo Carter" in card.accessibleDescription()
    delegate = EntryDelegate(show_dates=True)
    assert any("Suggested by Jo Carter" in line for line in delegate.lines(sky.entry(walked)))
    assert not any("Suggested by" in line for line in delegate.lines(sky.entry(own)))


def test_the_editor_says_who_suggested_it_and_how_it_was_added(qtbot, sky: Profile,
                                                               added: tuple[str, str, str]) -> None:
    own, walked, changed = added
    editor = EntryEditor(Session(sky))
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.edit(walked)
    day = sky.entry(walked).created_at.astimezone()
    assert editor.origin_label.isVisible()
    assert editor.origin_label.text() == f"Jo Carter suggested this; you added it on {day.day} {day:%B %Y}."
    editor.edit(changed)
    QApplication.processEvents()
    below = editor.section_combo.mapTo(editor, editor.section_combo.rect().topLeft()).y()
    words_end = editor.body_edit.mapTo(editor, editor.body_edit.rect().bottomLeft()).y()
    assert below > words_end, "the details overlap the words"
    assert editor.origin_label.text().startswith("Jo Carter suggested this; you changed it before adding it on ")
    editor.edit(own)
    assert not editor.origin_label.isVisible()
