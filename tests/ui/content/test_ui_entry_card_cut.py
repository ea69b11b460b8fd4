"""A card given less height than its words need ends its words with "…" rather than cutting
them mid-sentence, and a screen reader still hears the whole entry."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from passport.profile import Profile
from tests.helpers import add_entry
from ui.content.entry_card import EntryCard

BODY = ("I like it when people ask me first before they move my things. Sundays at my nan's are the best "
        "part of the week, and I want to keep going there.")


def test_a_cut_body_ends_with_an_ellipsis_and_the_whole_text_is_still_said(qtbot, profile: Profile) -> None:
    entry = profile.entry(add_entry(profile, "Things I like", BODY))
    card = EntryCard(entry, "About me")
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    # Sized once shown: the app's style sheet (left by an earlier test, or the person's text
    # size) is applied when the card is polished, and changes the height its words need.
    card.resize(320, card.heightForWidth(320))
    QApplication.processEvents()
    assert card.shown_texts()[1] == BODY, "all of it fits: all of it shows"
    card.resize(320, card.heightForWidth(320) - card.fontMetrics().lineSpacing() - 2)  # a line short
    QApplication.processEvents()
    _title, body, details = card.shown_texts()
    assert body.endswith("…") and BODY.startswith(body[:-1].rstrip()), body
    assert details == "About me", "what section it is in still shows"
    as_shown = EntryCard(entry.model_copy(update={"body": body}), "About me")
    qtbot.addWidget(as_shown)
    assert as_shown.heightForWidth(320) <= card.height(), "the shortened words fit the card"
    assert BODY in card.accessibleDescription()
