"""The shared file as a document: the card numbers it shows are named truthfully in the
young person's preview (their own) and in the practitioner's view (the sender's), by what they
are for: a young person who never made or gave a card was told of "your card's numbers"."""

from __future__ import annotations

import dataclasses

from tests.ui.sharing.test_ui_share_wizard import entries, open_wizard, walk_to_preview, window  # noqa: F401
from ui.widgets.bundle_document import build_document


def test_the_preview_names_the_young_persons_own_numbers_as_theirs(qtbot, window, profile) -> None:  # noqa: F811
    wizard = open_wizard(qtbot, window)
    walk_to_preview(qtbot, wizard, "Quiet space")
    text = wizard.preview.toPlainText()
    assert "came from them" not in text, "the young person's own numbers were called 'theirs'"
    assert "card" not in text.split("Shared with")[0].split("Shared by")[-1], "no card they never made"
    assert "Numbers that show it came from you" in text
    numbers = profile.people.own_card().fingerprint[:5]
    assert numbers in text.replace(" ", "")

    # What the practitioner reads of the same file: there, the numbers are the sender's.
    received = dataclasses.replace(wizard.content, sender_is_reader=False)
    shown = build_document(received, profile.attachment_data).toPlainText()
    assert "Numbers that show it came from them" in shown and "came from you" not in shown
