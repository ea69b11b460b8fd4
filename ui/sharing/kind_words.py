"""What kind of card someone has, in words (issue 48): a young person's People list named a
practitioner's role but said nothing of a carer, whose card has no role. Every card has a kind."""

from __future__ import annotations

from PySide6.QtCore import QObject

from passport.models import ProfileKind


class KindWords(QObject):
    """Never made: the name translators find these words under."""


def kind_word(kind: ProfileKind) -> str:
    """The kind on its own, as a list shows it: "Carer"."""
    return {ProfileKind.YOUNG_PERSON: KindWords.tr("Young person"), ProfileKind.CARER: KindWords.tr("Carer"),
            ProfileKind.PRACTITIONER: KindWords.tr("Practitioner")}[kind]


def named_with_kind(name: str, kind: ProfileKind) -> str:
    """A name and its card's kind, as a sentence says it: "Jo, a carer"."""
    words = {ProfileKind.YOUNG_PERSON: KindWords.tr("{name}, a young person"),
             ProfileKind.CARER: KindWords.tr("{name}, a carer"),
             ProfileKind.PRACTITIONER: KindWords.tr("{name}, a practitioner")}[kind]
    return words.replace("{name}", name)
