"""Whose words an entry holds, said plainly (issue 48): an accepted suggestion stays the
carer's suggestion, on its card and list row ("Suggested by Jo") and in the editor ("Jo
suggested this; you added it on 29 November")."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QObject

from passport.models import Entry


class EntryOriginWords(QObject):
    """Never made: the name translators find these words under."""


def card_words(entry: Entry) -> str:
    """For a card or a list row: empty for the young person's own entry."""
    if not entry.suggested_by:
        return ""
    return EntryOriginWords.tr("Suggested by {name}").replace("{name}", entry.suggested_by)


def editor_words(entry: Entry, changed_before_adding: bool) -> str:
    """For the editor: who suggested it, and when the young person added it, as it was or changed."""
    if not entry.suggested_by:
        return ""
    day = QLocale().toString(QDate(entry.created_at.astimezone().date()), "d MMMM yyyy")
    if changed_before_adding:
        words = EntryOriginWords.tr("{name} suggested this; you changed it before adding it on {day}.")
    else:
        words = EntryOriginWords.tr("{name} suggested this; you added it on {day}.")
    return words.replace("{name}", entry.suggested_by).replace("{day}", day)
