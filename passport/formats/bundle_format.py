"""The bundle (``.wpb``) format: its manifest, signature and limits.

A bundle is an age v1 file (to the recipient's X25519 key, or to a passphrase). Inside
is a tar archive: ``manifest.json`` first, then one member per attachment, named
``attachments/<id>``. ``manifest.json`` holds a :class:`SignedManifest`: the manifest
and an Ed25519 signature over its canonical bytes (:func:`canonical_bytes`), made with
the key on the sender's card. docs/formats.md describes it for other readers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from cryptography.exceptions import InvalidSignature
from pydantic import AfterValidator, AwareDatetime, Field, model_validator

from passport.formats.boundaries import Boundaries
from passport.formats.cards import Card, StrictModel
from passport.formats.reply_format import Reply
from passport.models import MAX_ATTACHMENT_BYTES, MAX_BODY, MAX_SECTION_TITLE, MAX_TITLE, AttachmentKind

BUNDLE_FORMAT: Final = "wellbeing-passport-bundle"
BUNDLE_VERSION: Final = 1
BUNDLE_SUFFIX = ".wpb"
RECEIPT_SUFFIX = ".wpreceipt"
MANIFEST_NAME = "manifest.json"
ATTACHMENT_PREFIX = "attachments/"
PASSPHRASE_RECIPIENT = "passphrase"
# Every integer in a format has an upper bound (issue 13: a signed share with revision
# 10**400 was accepted, and SQLite holds at most 2**63 - 1).
MAX_REVISION = 2**31 - 1

MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_ATTACHMENTS = 10_000
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024
# Passphrase bundles are encrypted and decrypted whole in memory (the age passphrase
# API of pyrage offers no stream), so they are capped lower.
MAX_PASSPHRASE_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_PURPOSE = 2000
# An answer to suggestions lists one outcome a suggestion; a suggestion file holds at most
# MAX_ENTRIES of them, and an answer covers every file from one carer.
MAX_SUGGESTION_OUTCOMES = 10_000
RECORDS_PERMISSION_VERSION: Final = 1

# Signed bytes start with this, so a signature over a manifest can never be taken for
# a signature over anything else this key signs.
SIGNATURE_CONTEXT = b"wellbeing-passport-manifest-v1\n"

_ID = r"^[0-9a-f]{32}$"


def _has_utc_time(moment: dt.datetime) -> dt.datetime:
    """Refuse a moment that exists only in its own time zone (say 9999-12-31T23:59-14:00):
    it cannot be stored or compared in UTC, so it would fail later, outside validation."""
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("the date is out of range") from None
    return moment


UtcDatetime = Annotated[AwareDatetime, AfterValidator(_has_utc_time)]


class BundleKind(StrEnum):
    SHARE = "share"  # young person to practitioner
    SUGGESTION = "suggestion"  # carer to young person
    WITHDRAWAL = "withdrawal"  # "please delete what I shared"
    RECEIPT = "receipt"  # practitioner to young person: "I opened what you shared"; or an answer to suggestions
    REPLY = "reply"  # practitioner to young person: a message, and what they will do, about one share


class SuggestionOutcome(StrEnum):
    """What the young person did with one suggestion (an answer says only this)."""

    ADDED = "added"
    ADDED_WITH_CHANGES = "added_with_changes"
    DECLINED = "declined"
    WAITING = "waiting"


class BundleAttachment(StrictModel):
    id: str = Field(pattern=_ID)
    entry_id: str = Field(pattern=_ID)
    name: str = Field(min_length=1, max_length=255)
    kind: AttachmentKind
    media_type: str = Field(max_length=100, pattern=r"^[a-z0-9.+/-]*$")
    size: int = Field(ge=1, le=MAX_ATTACHMENT_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


ORIGIN_VERSION: Final = 1


class EntryOrigin(StrictModel):
    """Where an entry's words came from when they were not the young person's own: a carer
    suggested it and the young person added it (issue 48: a reader must tell the young person's
    words from a carer's). Written only for such an entry, so readers made before it existed
    still open every other share."""

    version: Literal[1] = Field(default=ORIGIN_VERSION, description="a higher version is refused")
    suggested_by: str = Field(min_length=1, max_length=MAX_TITLE,
                              description="the name on the card of the carer who suggested it")
    suggested_by_role: Literal["carer"] = Field(default="carer", description="the kind of card that suggested it")
    changed_by_owner: bool = Field(
        default=False, description="the young person changed the words before adding them, or since",
    )


class BundleEntry(StrictModel):
    id: str = Field(pattern=_ID)
    revision: int = Field(ge=1, le=MAX_REVISION)
    section_title: str = Field(max_length=MAX_SECTION_TITLE)
    section_key: str | None = Field(
        default=None, pattern=r"^[a-z0-9_]{1,40}$",
        description="a starter section's stable key, so the reader can match it after a rename",
    )
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    body: str = Field(default="", max_length=MAX_BODY)
    important_now: bool = False
    review_by: dt.date | None = None
    happened_on: dt.date | None = None
    colour: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    updated_at: UtcDatetime
    attachments: tuple[str, ...] = Field(default=(), description="ids of this entry's attachments")
    origin: EntryOrigin | None = Field(
        default=None, description="share only: a carer suggested this entry and the young person added it",
    )


class ReceiptDetails(StrictModel):
    """What a receipt says: which bundle was opened, and when."""

    bundle: str = Field(pattern=_ID, description="the id of the bundle opened")
    opened_at: UtcDatetime


class SuggestionOutcomeItem(StrictModel):
    """What became of one suggestion: ids and an outcome, never a title or a word."""

    suggestion_bundle_id: str = Field(pattern=_ID, description="the id of the suggestion bundle it came in")
    entry_id: str = Field(pattern=_ID, description="the suggested entry's id, as in that bundle")
    outcome: SuggestionOutcome


class RecordsPermission(StrictModel):
    """Share only: whether the young person lets the recipient copy it into their service's
    records (a copy there outlives the share's expiry and withdrawal). Written only when they
    allow it; a share without it (every share made before it existed) is read only."""

    version: Literal[1] = Field(default=RECORDS_PERMISSION_VERSION, description="a higher version is refused")
    allowed: bool


SuggestionOutcomes = Annotated[tuple[SuggestionOutcomeItem, ...],
                               Field(min_length=1, max_length=MAX_SUGGESTION_OUTCOMES)]


class Manifest(StrictModel):
    format: Literal["wellbeing-passport-bundle"] = BUNDLE_FORMAT
    version: Literal[1] = BUNDLE_VERSION
    kind: BundleKind
    id: str = Field(pattern=_ID, description="the bundle's id; a withdrawal names it")
    sender: Card
    recipient: str = Field(
        pattern=r"^([0-9]{60}|passphrase)$",
        description="the recipient card's fingerprint, or 'passphrase'",
    )
    created: UtcDatetime
    expires: UtcDatetime | None = Field(default=None, description="required except for a withdrawal")
    purpose: str = Field(default="", max_length=MAX_PURPOSE)
    replaces: str | None = Field(default=None, pattern=_ID, description="the earlier bundle this one replaces")
    withdraws: str | None = Field(default=None, pattern=_ID, description="withdrawal only: the bundle withdrawn")
    receipt: ReceiptDetails | None = Field(default=None, description="receipt only: the bundle opened")
    suggestion_outcomes: SuggestionOutcomes | None = Field(
        default=None,
        description="receipt only, in place of 'receipt': the young person's answer to a carer's suggestions",
    )
    reply: Reply | None = Field(default=None, description="reply only: the practitioner's answer to a share")
    entries: tuple[BundleEntry, ...] = Field(default=(), max_length=MAX_ENTRIES)
    attachments: tuple[BundleAttachment, ...] = Field(default=(), max_length=MAX_ATTACHMENTS)
    records: RecordsPermission | None = Field(
        default=None, description="share only: may it be copied into the recipient's records? absent: no",
    )

    @property
    def records_allowed(self) -> bool:
        return self.records is not None and self.records.allowed

    @model_validator(mode="after")
    def _a_reply_carries_nothing_else(self) -> Manifest:
        if (self.kind is BundleKind.REPLY) != (self.reply is not None):
            raise ValueError("a reply, and only a reply, carries a reply")
        if self.kind is BundleKind.REPLY and (
                self.entries or self.attachments or self.replaces or self.withdraws or self.receipt
                or self.expires is not None or self.purpose):
            raise ValueError("a reply names one share and carries nothing else")
        return self

    boundaries: Boundaries | None = Field(
        default=None,
        description="share only, when the young person picked them: 'Call me…', 'Please don't ask me about…', "
                    "'How to talk with me', for the reader to show before anything else",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Manifest:
        if self.kind is not BundleKind.SHARE and self.records is not None:
            raise ValueError("only a share says whether it may be copied into records")
        if self.kind is not BundleKind.SHARE and self.boundaries is not None:
            raise ValueError("only a share carries boundaries")
        if self.kind is not BundleKind.SHARE and any(entry.origin is not None for entry in self.entries):
            raise ValueError("only a share says who suggested an entry")
        if self.kind is not BundleKind.RECEIPT and self.suggestion_outcomes is not None:
            raise ValueError("only a receipt answers suggestions")
        if self.kind is BundleKind.WITHDRAWAL:
            if self.withdraws is None or self.entries or self.attachments or self.replaces or self.receipt:
                raise ValueError("a withdrawal names one bundle and carries nothing else")
        elif self.kind is BundleKind.RECEIPT:
            if ((self.receipt is None) == (self.suggestion_outcomes is None) or self.entries or self.attachments
                    or self.replaces or self.withdraws or self.expires is not None):
                raise ValueError("a receipt names one bundle, or answers suggestions, and carries nothing else")
            answered = [(item.suggestion_bundle_id, item.entry_id) for item in self.suggestion_outcomes or ()]
            if len(set(answered)) != len(answered):
                raise ValueError("a suggestion is answered twice")
        elif self.kind is not BundleKind.REPLY:
            if self.expires is None or self.expires <= self.created:
                raise ValueError("a bundle needs an expiry after its creation")
            if self.withdraws is not None:
                raise ValueError("only a withdrawal withdraws")
            if self.receipt is not None:
                raise ValueError("only a receipt carries receipt details")
        entry_ids = [entry.id for entry in self.entries]
        if len(set(entry_ids)) != len(entry_ids):
            raise ValueError("an entry is listed twice")
        owners = {attachment.id: attachment.entry_id for attachment in self.attachments}
        if len(owners) != len(self.attachments):
            raise ValueError("an attachment is listed twice")
        referenced = [(a, entry.id) for entry in self.entries for a in entry.attachments]
        if sorted(referenced) != sorted(owners.items()):
            raise ValueError("entries and attachments do not refer to each other one to one")
        if sum(attachment.size for attachment in self.attachments) > MAX_BUNDLE_BYTES:
            raise ValueError("attachments add up to more than a bundle may hold")
        return self

    def attachments_of(self, entry_id: str) -> list[BundleAttachment]:
        return [attachment for attachment in self.attachments if attachment.entry_id == entry_id]


class Signature(StrictModel):
    algorithm: Literal["ed25519"] = "ed25519"
    value: str = Field(pattern=r"^[A-Za-z0-9+/]{86}==$", description="base64 of the 64-byte signature")


class SignedManifest(StrictModel):
    """What ``manifest.json`` holds."""

    manifest: Manifest
    signature: Signature


def canonical_bytes(manifest: dict[str, Any]) -> bytes:
    """The bytes a signature covers: the manifest's JSON with sorted keys, no spaces,
    UTF-8 (no floats occur, so this form is unambiguous)."""
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return SIGNATURE_CONTEXT + text.encode("utf-8")


# Fields added after version 1 was first read: written only when they say something.
_OPTIONAL_FIELDS = ("suggestion_outcomes", "records", "reply", "boundaries")


def sign(manifest: Manifest, sign_bytes: Callable[[bytes], bytes]) -> bytes:
    """``manifest.json`` for a manifest, signed by ``sign_bytes(data) -> signature``."""
    # Left out when empty, so that readers made before answers (or the records permission,
    # replies or boundaries) existed still open every other bundle (they refuse fields they do not know).
    body = manifest.model_dump(mode="json", exclude={name for name in _OPTIONAL_FIELDS
                                                     if getattr(manifest, name) is None})
    for entry in body.get("entries", ()):
        if entry.get("origin", False) is None:
            del entry["origin"]
    value = base64.b64encode(sign_bytes(canonical_bytes(body))).decode("ascii")
    envelope = {"manifest": body, "signature": Signature(value=value).model_dump(mode="json")}
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8")


def signature_matches(card: Card, manifest: dict[str, Any], signature: Signature) -> bool:
    try:
        card.public_key.verify(base64.b64decode(signature.value), canonical_bytes(manifest))
    except (InvalidSignature, UnicodeEncodeError):
        # A lone surrogate ("\ud800" in the JSON) has no UTF-8 form, so no signer could
        # have signed it: such a manifest is refused like any other bad signature.
        return False
    return True


def entry_digest(entry: BundleEntry, attachments: list[BundleAttachment]) -> str:
    """A digest of what an entry says and shows, to tell whether it changed between
    two bundles even after the earlier bundle's content was deleted."""
    data = {
        # An entry without an origin digests as it did before origins existed.
        "entry": entry.model_dump(mode="json", exclude={"revision", "updated_at", "attachments"}
                                  | ({"origin"} if entry.origin is None else set())),
        "attachments": sorted(a.sha256 for a in attachments),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()
