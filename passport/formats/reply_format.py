"""A reply (``.wpreply``): the practitioner's answer to one share, in their own words.

A reply travels as a bundle of kind ``reply`` (signed and encrypted like a receipt: see
:mod:`passport.formats.bundle_format`); its manifest carries one :class:`Reply`. It names
the share it answers and each entry a note is about by id only: never a title or a word of
the young person's, whose app shows its own. :class:`Reply` has its own version, so the
reply can change without a new bundle format. docs/formats.md describes it.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field, field_validator, model_validator

from passport.formats.cards import StrictModel

REPLY_VERSION: Final = 1
REPLY_SUFFIX = ".wpreply"
MAX_REPLY_MESSAGE = 2000
MAX_REPLY_NOTE = 1000
# One note an entry; a practitioner writes a few, and a reader need not take thousands.
MAX_REPLY_NOTES = 300

_ID = r"^[0-9a-f]{32}$"
# Line breaks, and the joiner inside emoji, are the only characters not shown that a reply keeps.
_ALSO_ALLOWED = frozenset("\n\u200d")


def shown_text(value: str) -> str:
    """Refuse characters that cannot be shown (controls, bidirectional overrides, lone
    surrogates): a reply's words are shown to the young person as they are."""
    if not all(char.isprintable() or char in _ALSO_ALLOWED for char in value):
        raise ValueError("has characters that cannot be shown")
    return value


class ReplyNote(StrictModel):
    """What the practitioner will do about one entry of the share."""

    entry_id: str = Field(pattern=_ID, description="the entry's id, as in the share")
    what_i_will_do: str = Field(min_length=1, max_length=MAX_REPLY_NOTE)

    _shown = field_validator("what_i_will_do")(shown_text)


class Reply(StrictModel):
    """What a reply says: which share it answers, a short message, and notes by entry."""

    version: Literal[1] = REPLY_VERSION
    share: str = Field(pattern=_ID, description="the id of the share answered")
    message: str = Field(default="", max_length=MAX_REPLY_MESSAGE)
    notes: tuple[ReplyNote, ...] = Field(default=(), max_length=MAX_REPLY_NOTES)

    _shown = field_validator("message")(shown_text)

    @model_validator(mode="after")
    def _says_something(self) -> Reply:
        if not self.message.strip() and not self.notes:
            raise ValueError("a reply has a message or a note")
        if any(not note.what_i_will_do.strip() for note in self.notes):
            raise ValueError("a note is empty")
        about = [note.entry_id for note in self.notes]
        if len(set(about)) != len(about):
            raise ValueError("an entry has two notes")
        return self
