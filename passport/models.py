"""The one definition of every record the core keeps or returns (pydantic v2)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

# ProfileKind is re-exported (its old home); "X as X" is the form that says so to mypy.
from passport.kinds import ChangeKind as ChangeKind  # noqa: PLC0414
from passport.kinds import ProfileKind as ProfileKind  # noqa: PLC0414

MAX_TITLE = 200
MAX_BODY = 100_000
MAX_SECTION_TITLE = 80
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
# Control characters that cannot occur in what a person types, used to mark search matches.
MARK_START = "\x02"
MARK_END = "\x03"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Section(_Model):
    id: int
    key: str | None = None  # a starter section's stable key; None for the owner's own
    title: str
    prompt: str = ""
    position: int
    hidden: bool = False


class EntryContent(_Model):
    """What the owner writes: everything of an entry that has a revision history."""

    section_id: int
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    body: str = Field(default="", max_length=MAX_BODY)
    important_now: bool = False
    review_by: dt.date | None = None
    happened_on: dt.date | None = None
    colour: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    written_with: str | None = Field(default=None, max_length=MAX_TITLE)

    @field_validator("title")
    @classmethod
    def _title_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("title is blank")
        return value


class Entry(EntryContent):
    id: str
    suggested_by: str | None = None
    created_at: dt.datetime
    updated_at: dt.datetime
    revision: int

    @property
    def content(self) -> EntryContent:
        return EntryContent.model_validate(self.model_dump(include=set(EntryContent.model_fields)))


class Revision(_Model):
    entry_id: str
    number: int
    saved_at: dt.datetime
    content: EntryContent


class AttachmentKind(StrEnum):
    IMAGE = "image"
    AUDIO = "audio"
    FILE = "file"


class Attachment(_Model):
    id: str
    entry_id: str
    name: str
    kind: AttachmentKind
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


class PlanStep(_Model):
    """One step of the plan for when things get hard: its items are the lines of its entry,
    in the owner's words (``entry_id`` is None until something is written there)."""

    key: str
    title: str
    prompt: str
    entry_id: str | None = None
    items: tuple[str, ...] = ()


class SearchHit(_Model):
    """An entry that matches, with title and body excerpts; matched words are wrapped
    in ``MARK_START``/``MARK_END`` so a view can highlight them its own way."""

    entry: Entry
    title_marked: str
    body_marked: str


class Change(_Model):
    """What a mutation changed, so each screen refreshes only what it shows."""

    kind: ChangeKind
    entry_id: str | None = None
    entry: Entry | None = None
    attachment: Attachment | None = None
    section: Section | None = None
    # The sharing record the change made or touched (Card, Contact, Share, ReceivedBundle…).
    subject: Any = None
