"""A carer's suggestion reads as theirs wherever a share is read (issue 48): the practitioner's
view and print (one document) say "Suggested by Jo (carer), added by Sky" on that entry only,
and a crafted name cannot reorder or break the sentence."""

from __future__ import annotations

import datetime as dt

from passport.formats.bundle_format import BundleEntry, EntryOrigin
from passport.profile import Profile
from ui.widgets.bundle_document import SharedContent, build_document

MOMENT = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.UTC)


def _content(profile: Profile, *origins: EntryOrigin | None) -> SharedContent:
    entries = [BundleEntry(id=f"{n:032x}", revision=1, section_title="What helps", title=f"Entry {n}",
                           body="Words.", updated_at=MOMENT, origin=origin) for n, origin in enumerate(origins)]
    return SharedContent(profile.people.own_card(), "Sam Lee", MOMENT, MOMENT + dt.timedelta(days=7), "",
                         entries, [])


def test_the_document_says_who_suggested_an_entry(qapp, profile: Profile) -> None:
    profile.people.set_card_details("Sky")
    content = _content(profile, None, EntryOrigin(suggested_by="Jo"),
                       EntryOrigin(suggested_by="Jo", changed_by_owner=True))
    text = build_document(content, profile.attachment_data).toPlainText()
    own, suggested, changed = text.split("Entry 0")[1].split("Entry 1")[0], *text.split("Entry 1")[1].split("Entry 2")
    assert "Suggested by" not in own
    assert "Suggested by Jo (carer), added by Sky" in suggested
    assert "Suggested by Jo (carer), changed and added by Sky" in changed


def test_a_crafted_name_is_shown_as_plain_words(qapp, profile: Profile) -> None:
    profile.people.set_card_details("Sky")
    crafted = "<b>Jo</b>\u202e\u0007\nevil"
    text = build_document(_content(profile, EntryOrigin(suggested_by=crafted)), profile.attachment_data).toPlainText()
    assert "Suggested by <b>Jo</b> evil (carer), added by Sky" in text
