"""What changed between two shares from one person, worked out while both are at hand.

A practitioner's app deletes a replaced share's content as it opens the newer one. Just
before, it compares the two and keeps the result with the newer share only: which of its
entries are new, changed or the same; for a changed one, where in the new title and body
the new or changed words are (character ranges of the new text), how many words were taken
out (a count, never the words: what the young person took out is not kept anywhere), and
which details changed; and how many entries are no longer shared (a count only: the young
person took them back, so not even their titles are kept). Pure: no store, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from passport.formats.bundle_format import BundleAttachment, BundleEntry

# A word (apostrophes inside kept) or one mark of punctuation: "drink." and "drink" are
# the same word, so adding a full stop marks the stop, not the word.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EntryStatus(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    SAME = "same"


class Detail(StrEnum):
    """A part of an entry besides its words; the screens say each in words."""

    SECTION = "section"
    IMPORTANT_NOW = "important_now"
    REVIEW_BY = "review_by"
    HAPPENED_ON = "happened_on"
    COLOUR = "colour"
    ATTACHMENTS = "attachments"


class TextChange(_Model):
    """Where the new text differs: ``marked`` are [start, end) ranges of the new text that
    are new or changed; ``removed_words`` how many words were taken out (only a count)."""

    marked: tuple[tuple[int, int], ...] = ()
    removed_words: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.marked) or self.removed_words > 0


class EntryChange(_Model):
    entry_id: str
    status: EntryStatus
    title: TextChange = TextChange()
    body: TextChange = TextChange()
    details: tuple[Detail, ...] = ()
    important_now: bool | None = None  # for IMPORTANT_NOW: whether it is important now

    @property
    def words_taken_out(self) -> bool:
        return self.title.removed_words + self.body.removed_words > 0


class BundleChanges(_Model):
    """What changed in a share since the one it replaced (made at ``since``)."""

    since: dt.datetime
    entries: tuple[EntryChange, ...]  # in the new share's order
    # How many entries the replaced share held and this one does not: never their titles (the
    # young person took them back). Kept before as titles; migration 14 made those a count.
    no_longer_shared: int = 0

    def of(self, entry_id: str) -> EntryChange | None:
        return next((change for change in self.entries if change.entry_id == entry_id), None)

    def counted(self, status: EntryStatus) -> int:
        return sum(1 for change in self.entries if change.status is status)

    @property
    def removed_count(self) -> int:
        return self.no_longer_shared

    @property
    def anything(self) -> bool:
        return self.removed_count > 0 or any(c.status is not EntryStatus.SAME for c in self.entries)


def _words(tokens: Sequence[str]) -> int:
    return sum(1 for token in tokens if token[0].isalnum() or token[0] == "_")


def text_change(old: str, new: str) -> TextChange:
    """Word by word: the ranges of ``new`` that are not in ``old``, merged when only spaces
    are between, and the number of words of ``old`` left out without a replacement."""
    old_tokens = _TOKEN.findall(old)
    spans = [match.span() for match in _TOKEN.finditer(new)]
    new_tokens = [new[start:end] for start, end in spans]
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    marked: list[tuple[int, int]] = []
    removed = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        removed += max(0, _words(old_tokens[i1:i2]) - _words(new_tokens[j1:j2]))
        if j2 > j1:
            start, end = spans[j1][0], spans[j2 - 1][1]
            if marked and not new[marked[-1][1]:start].strip():
                marked[-1] = (marked[-1][0], end)
            else:
                marked.append((start, end))
    return TextChange(marked=tuple(marked), removed_words=removed)


def _details(old: BundleEntry, new: BundleEntry, old_attachments: Sequence[BundleAttachment],
             new_attachments: Sequence[BundleAttachment]) -> tuple[Detail, ...]:
    details: list[Detail] = []
    if (old.section_key or old.section_title) != (new.section_key or new.section_title):
        details.append(Detail.SECTION)
    if old.important_now != new.important_now:
        details.append(Detail.IMPORTANT_NOW)
    if old.review_by != new.review_by:
        details.append(Detail.REVIEW_BY)
    if old.happened_on != new.happened_on:
        details.append(Detail.HAPPENED_ON)
    if old.colour != new.colour:
        details.append(Detail.COLOUR)
    if sorted(a.sha256 for a in old_attachments) != sorted(a.sha256 for a in new_attachments):
        details.append(Detail.ATTACHMENTS)
    return tuple(details)


def _of(attachments: Sequence[BundleAttachment], entry_id: str) -> list[BundleAttachment]:
    return [a for a in attachments if a.entry_id == entry_id]


def compare(since: dt.datetime, old_entries: Sequence[BundleEntry], old_attachments: Sequence[BundleAttachment],
            new_entries: Sequence[BundleEntry], new_attachments: Sequence[BundleAttachment]) -> BundleChanges:
    """What changed from the replaced share's entries to the new share's."""
    before = {entry.id: entry for entry in old_entries}
    changes: list[EntryChange] = []
    for entry in new_entries:
        old = before.get(entry.id)
        if old is None:
            changes.append(EntryChange(entry_id=entry.id, status=EntryStatus.NEW))
            continue
        title, body = text_change(old.title, entry.title), text_change(old.body, entry.body)
        details = _details(old, entry, _of(old_attachments, old.id), _of(new_attachments, entry.id))
        changed = title.changed or body.changed or bool(details)
        changes.append(EntryChange(
            entry_id=entry.id, status=EntryStatus.CHANGED if changed else EntryStatus.SAME, title=title, body=body,
            details=details, important_now=entry.important_now if Detail.IMPORTANT_NOW in details else None,
        ))
    kept = {entry.id for entry in new_entries}
    return BundleChanges(since=since, entries=tuple(changes),
                         no_longer_shared=sum(1 for e in old_entries if e.id not in kept))


def from_outlines(since: dt.datetime, old: Sequence[tuple[str, str]], new: Sequence[tuple[str, str]]
                  ) -> BundleChanges:
    """The little that can be told from two outlines, ``(entry id, digest)`` each, when the
    replaced share's content was gone before the new one came: which entries are new,
    changed or the same, and how many are no longer shared."""
    before = dict(old)
    after = dict(new)
    entries = tuple(
        EntryChange(entry_id=entry_id, status=EntryStatus.NEW if entry_id not in before
                    else EntryStatus.CHANGED if before[entry_id] != digest else EntryStatus.SAME)
        for entry_id, digest in new
    )
    return BundleChanges(since=since, entries=entries,
                         no_longer_shared=sum(1 for entry_id in before if entry_id not in after))
