"""The shared file as a document: the card numbers it shows are named truthfully in the
young person's preview (their own) and in the practitioner's view (the sender's)."""

from __future__ import annotations

import dataclasses

from tests.ui.sharing.test_ui_share_wizard import entries, open_wizard, walk_to_preview, window  # noqa: F401
from ui.widgets.bundle_document import build_document


def test_the_preview_names_the_young_persons_own_numbers_as_theirs(qtbot, window, profile) -> None:  # noqa: F811
    wizard = open_wizard(qtbot, window)
    walk_to_preview(qtbot, wizard, "Quiet space")
    text = wizard.preview.toPlainText()
    assert "Their card's numbers" not in text, "the young person's own numbers were called 'theirs'"
    assert "Your card's numbers (they will see these)" in text
    numbers = profile.people.own_card().fingerprint[:5]
    assert numbers in text.replace(" ", "")

    # What the practitioner reads of the same file: there, the numbers are the sender's.
    received = dataclasses.replace(wizard.content, sender_is_reader=False)
    shown = build_document(received, profile.attachment_data).toPlainText()
    assert "Their card's numbers" in shown and "Your card's numbers" not in shown
