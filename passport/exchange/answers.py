"""Answers: what became of a carer's suggestions, from the young person back to the carer.

An answer is a small bundle of kind ``receipt`` (read like a share's receipt) that carries
``suggestion_outcomes`` and nothing else: for each suggestion from that carer, the id of
the file it came in, its id there, and "added", "added with changes", "declined" or
"waiting". Never a title or a word: what the young person changed is theirs. It is signed
by the young person and encrypted to the carer's card. The carer's profile takes it only
from the card those suggestions were sent to (by key, never by name), and only for
suggestions it sent; then it records each outcome beside what it sent.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from passport.clock import now
from passport.errors import InvalidValue, NotThisKindOfProfile, ReceiptDoesNotMatch
from passport.exchange import contacts, identity, receipts
from passport.formats import bundle_format
from passport.formats.bundle_format import (
    MAX_SUGGESTION_OUTCOMES,
    BundleKind,
    Manifest,
    SuggestionOutcome,
    SuggestionOutcomeItem,
)
from passport.formats.bundle_reader import Limits
from passport.formats.bundle_writer import write_bundle
from passport.models import ProfileKind

if TYPE_CHECKING:
    from passport.exchange.contacts import Contact
    from passport.vault import Vault

# About 150 bytes of manifest an outcome: room for the most an answer may list, no more.
ANSWER_LIMITS = Limits(bundle=4 * 1024 * 1024, passphrase_bundle=0, manifest=2 * 1024 * 1024, attachment=0,
                       entries=0, attachments=0)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AnswerLine(_Model):
    """One line of an answer, with what the young person's app knows to show it by."""

    suggestion_bundle_id: str
    entry_id: str
    outcome: SuggestionOutcome
    sent: dt.datetime  # when the carer made the file it came in
    position: int  # its place in that file, from 0


class Answer(_Model):
    """What an answer for one carer says (or said, once saved)."""

    contact_id: str
    carer_name: str
    lines: tuple[AnswerLine, ...]


class AnswerOpened(_Model):
    """What opening an answer recorded on the carer's side."""

    sender_name: str
    recorded: int  # outcomes that changed what the carer's list shows
    bundle_ids: tuple[str, ...]  # the carer's suggestion files it answered


# --- the young person's side -----------------------------------------------------------------


def answer_for(vault: Vault, carer_contact_id: str) -> Answer:
    """What an answer to this carer would say now: each suggestion of theirs decided
    (those decided before answers existed are not known) or still waiting, oldest file first."""
    if vault.kind is not ProfileKind.YOUNG_PERSON:
        raise NotThisKindOfProfile("only a young person's profile answers suggestions")
    contact = contacts.contact(vault, carer_contact_id)
    fingerprint = contact.card.fingerprint
    with vault.reading() as conn:
        rows = conn.execute(
            "SELECT bundle_id, entry_id, outcome, sent_at, position FROM suggestions_handled"
            " WHERE sender_fingerprint = ? AND outcome IS NOT NULL"
            " UNION ALL SELECT s.bundle_id, s.entry_id, ?, b.created_at, s.position FROM suggestions s"
            " JOIN suggestion_bundles b ON b.id = s.bundle_id WHERE b.sender_fingerprint = ?",
            (fingerprint, SuggestionOutcome.WAITING.value, fingerprint),
        ).fetchall()
    lines = sorted(
        (AnswerLine(suggestion_bundle_id=row[0], entry_id=row[1], outcome=row[2], sent=row[3], position=row[4])
         for row in rows),
        key=lambda line: (line.sent, line.suggestion_bundle_id, line.position),
    )
    # The newest count most; an answer never lists more than a reader takes.
    return Answer(contact_id=contact.id, carer_name=contact.display_name,
                  lines=tuple(lines[-MAX_SUGGESTION_OUTCOMES:]))


def carers_to_answer(vault: Vault) -> list[Contact]:
    """The carers among this young person's people with at least one suggestion decided
    (since answers existed), so there is something to tell them."""
    if vault.kind is not ProfileKind.YOUNG_PERSON:
        raise NotThisKindOfProfile("only a young person's profile answers suggestions")
    with vault.reading() as conn:
        decided = {row[0] for row in conn.execute(
            "SELECT DISTINCT sender_fingerprint FROM suggestions_handled WHERE outcome IS NOT NULL")}
    return [contact for contact in contacts.contacts(vault)
            if contact.card.kind is ProfileKind.CARER and contact.card.fingerprint in decided]


def make_answer(vault: Vault, carer_contact_id: str, out_path: Path) -> Answer:
    """Write a signed answer for one carer, saying what became of each of their suggestions."""
    answer = answer_for(vault, carer_contact_id)
    contact = contacts.contact(vault, carer_contact_id)
    if contact.card.kind is not ProfileKind.CARER:
        raise InvalidValue("answers go to a carer's card")
    if not answer.lines:
        raise InvalidValue("nothing from this person to answer")
    own = identity.of(vault)
    manifest = Manifest(
        kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=own.card(vault.kind),
        recipient=contact.card.fingerprint, created=now(),
        suggestion_outcomes=tuple(
            SuggestionOutcomeItem(suggestion_bundle_id=line.suggestion_bundle_id, entry_id=line.entry_id,
                                  outcome=line.outcome)
            for line in answer.lines
        ),
    )
    write_bundle(out_path, bundle_format.sign(manifest, own.sign), [], recipient=contact.card.age_recipient)
    return answer


# --- the carer's side -------------------------------------------------------------------------


def open_answer(vault: Vault, path: Path, at: dt.datetime | None = None) -> AnswerOpened:
    """Check an answer and record its outcomes on the suggestions this carer sent to its
    signer. Raises a BundleError (ReceiptDoesNotMatch when it is not an answer, or is not
    signed by the card any of those suggestions went to); then nothing changes."""
    if vault.kind is not ProfileKind.CARER:
        raise NotThisKindOfProfile("only a carer's profile takes answers to suggestions")
    manifest = receipts.read_receipt(vault, path, ANSWER_LIMITS, at)
    if manifest.suggestion_outcomes is None:
        raise ReceiptDoesNotMatch("the receipt is about a share, not suggestions")
    signer = manifest.sender.fingerprint
    answered_at = manifest.created.astimezone(dt.UTC).isoformat()
    recorded, bundle_ids = 0, dict[str, None]()
    with vault.writing() as conn:
        for item in manifest.suggestion_outcomes:
            row = conn.execute(
                "SELECT s.outcome, s.answered_at FROM suggestions_sent s JOIN contacts c ON c.id = s.contact_id"
                " WHERE s.bundle_id = ? AND s.entry_id = ? AND c.fingerprint = ?",
                (item.suggestion_bundle_id, item.entry_id, signer),
            ).fetchone()
            if row is None:
                continue  # not sent by this carer to this card: says nothing here
            bundle_ids[item.suggestion_bundle_id] = None
            outcome, earlier = row
            # An older answer never overrides a newer one, and a decision is never undone.
            if (earlier is not None and earlier >= answered_at) or (
                    item.outcome is SuggestionOutcome.WAITING and outcome not in (None, SuggestionOutcome.WAITING)):
                continue
            conn.execute(
                "UPDATE suggestions_sent SET outcome = ?, answered_at = ? WHERE bundle_id = ? AND entry_id = ?",
                (item.outcome.value, answered_at, item.suggestion_bundle_id, item.entry_id),
            )
            recorded += outcome != item.outcome.value
        if not bundle_ids:
            raise ReceiptDoesNotMatch("the answer is not from the card the suggestions were sent to")
    return AnswerOpened(sender_name=manifest.sender.display_name, recorded=recorded, bundle_ids=tuple(bundle_ids))
