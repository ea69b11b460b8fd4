"""The facade's rooms for what crosses between people: ``profile.people``,
``profile.sharing``, ``profile.received`` and ``profile.suggestions``.

Each room takes the vault, checks that the action belongs to this kind of profile,
calls the service, and returns a :class:`~passport.models.Change` that says exactly
what changed, so each screen refreshes only what it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING

from passport.exchange import (
    answers,
    contacts,
    identity,
    receipts,
    received,
    records,
    replies,
    senders,
    sharing,
    suggestions,
)
from passport.kinds import ChangeKind, ProfileKind
from passport.models import Change, Entry, EntryContent

if TYPE_CHECKING:
    from passport.exchange.answers import Answer
    from passport.exchange.changes import BundleChanges
    from passport.exchange.contacts import Contact
    from passport.exchange.received import HeldShare, ReceivedBundle
    from passport.exchange.records import RecordExport
    from passport.exchange.replies import ReplyDraft, ShareReply
    from passport.exchange.senders import KnownSender
    from passport.exchange.sharing import PassphraseRecipient, Share, SinceLastShare
    from passport.exchange.suggestions import RevisionOrigin, SentSuggestions, Suggestion
    from passport.formats.bundle_format import EntryOrigin
    from passport.formats.cards import Card
    from passport.vault import Vault

Progress = Callable[[int, int], None]
YOUNG_PERSON, CARER, PRACTITIONER = ProfileKind.YOUNG_PERSON, ProfileKind.CARER, ProfileKind.PRACTITIONER


class People:
    """This profile's own card and the cards of the people it shares with (every kind)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def own_card(self) -> Card:
        return identity.own_card(self._vault)

    def own_numbers(self) -> str:
        """The own card's numbers, which its keys alone decide (a card with no name yet has them)."""
        return identity.of(self._vault).numbers

    def set_card_details(self, display_name: str | None = None, role: str | None = None,
                         organisation: str | None = None) -> Change:
        card = identity.set_details(self._vault, display_name, role, organisation)
        return Change(kind=ChangeKind.CARD_CHANGED, subject=card)

    def export_card(self, out_path: Path, display_name: str | None = None, role: str | None = None,
                    organisation: str | None = None) -> Change:
        card = sharing.export_card(self._vault, out_path, display_name, role, organisation)
        return Change(kind=ChangeKind.CARD_CHANGED, subject=card)

    def import_card(self, path: Path) -> Change:
        return Change(kind=ChangeKind.CONTACTS_CHANGED, subject=contacts.import_card(self._vault, path))

    def mark_checked(self, contact_id: str, checked: bool = True) -> Change:
        contact = contacts.mark_checked(self._vault, contact_id, checked)
        return Change(kind=ChangeKind.CONTACTS_CHANGED, subject=contact)

    def contacts(self) -> list[Contact]:
        return contacts.contacts(self._vault)

    def find(self, name: str) -> Contact:
        """The one contact with this name (or id, or fingerprint)."""
        return contacts.find(self._vault, name)

    def export_age_identity(self) -> str:
        """The secret age identity, so the owner can open a bundle with the ``age`` tool."""
        return identity.export_age_identity(self._vault)


class Sharing:
    """The young person's shares: made for one named person, withdrawn, receipted."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def make_share(self, entry_ids: list[str], to: Contact | PassphraseRecipient, expires: dt.datetime,
                   purpose: str, out_path: Path, progress: Progress | None = None, *,
                   leave_out: AbstractSet[str] = frozenset(), records: bool = False,
                   with_boundaries: bool = False, created: dt.datetime | None = None) -> Change:
        """Share the current revision of ``entry_ids`` with one person; the attachments in
        ``leave_out`` (ids) stay behind. ``records``: they may copy it into their records; the
        owner's boundaries go first ``with_boundaries``; ``created``: as the preview said (else now)."""
        self._vault.require(YOUNG_PERSON, doing="make a share")
        share = sharing.make_share(self._vault, entry_ids, to, expires, purpose, out_path, progress,
                                   leave_out=leave_out, records=records, with_boundaries=with_boundaries,
                                   created=created)
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=share)

    def since_last_share(self, contact_id: str, entry_ids: list[str], leave_out: AbstractSet[str] = frozenset(),
                         *, with_boundaries: bool = False) -> SinceLastShare | None:
        """What a new share would change against the last one to this person (for the preview)."""
        self._vault.require(YOUNG_PERSON, doing="make a share")
        return sharing.since_last_share(self._vault, contact_id, entry_ids, leave_out,
                                        with_boundaries=with_boundaries)

    def entry_origin(self, entry_id: str) -> EntryOrigin | None:
        """Who suggested this entry, as a share of it would say (None: the owner's own words)."""
        return sharing.entry_origin(self._vault, entry_id)

    def share_history(self, contact_id: str | None = None) -> list[Share]:
        self._vault.require(YOUNG_PERSON, doing="keep shares")
        return sharing.share_history(self._vault, contact_id)

    def make_withdrawal(self, share_id: str, out_path: Path) -> Change:
        self._vault.require(YOUNG_PERSON, doing="withdraw a share")
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=sharing.make_withdrawal(self._vault, share_id, out_path))

    def open_receipt(self, path: Path) -> Change:
        """Record when a share was opened, from its recipient's receipt."""
        self._vault.require(YOUNG_PERSON, doing="take a receipt")
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=receipts.open_receipt(self._vault, path))

    def open_reply(self, path: Path) -> Change:
        """Keep a reply beside the share it answers; the subject is a ReplyOpened."""
        self._vault.require(YOUNG_PERSON, doing="take a reply")
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=replies.open_reply(self._vault, path))

    def open_receipt_or_reply(self, path: Path) -> Change:
        """What came back from the person a share was made for: the subject is the Share
        (a receipt) or a ReplyOpened (a reply)."""
        self._vault.require(YOUNG_PERSON, doing="take a receipt or a reply")
        return Change(kind=ChangeKind.SHARES_CHANGED, subject=replies.open_receipt_or_reply(self._vault, path))

    def replies(self, share_id: str | None = None) -> list[ShareReply]:
        """Replies kept, to one share or to all, newest first."""
        self._vault.require(YOUNG_PERSON, doing="take a reply")
        return replies.replies(self._vault, share_id)

    def shares_with_unread_replies(self) -> list[Share]:
        """Shares with a reply not seen yet, newest reply first."""
        self._vault.require(YOUNG_PERSON, doing="take a reply")
        return replies.shares_with_unread_replies(self._vault)

    def mark_replies_read(self, share_id: str) -> Change | None:
        """The replies to this share were seen; None when they had been already."""
        self._vault.require(YOUNG_PERSON, doing="take a reply")
        if not replies.mark_read(self._vault, share_id):
            return None
        return Change(kind=ChangeKind.REPLIES_READ, subject=share_id)


class Received:
    """The practitioner's received bundles: opened, read, receipted, purged at expiry."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def open_bundle(self, path: Path, passphrase: str | None = None, progress: Progress | None = None) -> Change:
        """Verify and keep a bundle (or act on a withdrawal); raises a BundleError and
        keeps nothing if any check fails. The subject is a ReceivedBundle, a
        ReceivedWithdrawal, or a HeldShare: kept, but not listed as its sender's."""
        self._vault.require(PRACTITIONER, doing="open a share")
        opened = received.open_bundle(self._vault, path, passphrase, progress)
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=opened)

    def received_bundles(self, include_replaced: bool = False) -> list[ReceivedBundle]:
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return received.received_bundles(self._vault, include_replaced)

    def received_bundle(self, bundle_id: str) -> ReceivedBundle:
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return received.received_bundle(self._vault, bundle_id)

    def received_attachment_data(self, bundle_id: str, attachment_id: str) -> bytes:
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return received.attachment_data(self._vault, bundle_id, attachment_id)

    def previous_from_sender(self, bundle: ReceivedBundle) -> ReceivedBundle | None:
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return received.previous_from_sender(self._vault, bundle)

    def changes(self, bundle_id: str, bundle: ReceivedBundle | None = None) -> BundleChanges | None:
        """What changed in this bundle since the one it replaced (None: it replaced none):
        new and changed entries, where their new words are, and the titles no longer shared.
        ``bundle``: that bundle as already read, so that it is not read again."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return received.bundle_changes(self._vault, bundle_id, bundle)

    def held_shares(self) -> list[HeldShare]:
        """Shares in the name of someone already known, from another card: not theirs until decided."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return received.held_shares(self._vault)

    def senders(self) -> list[KnownSender]:
        """Every card a share came from: new, checked in person, or held."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return senders.senders(self._vault)

    def sender(self, numbers: str) -> KnownSender:
        """The sender whose card has these numbers (spaces ignored; the first ten digits at least)."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return senders.sender(self._vault, numbers)

    def mark_sender_checked(self, numbers: str, checked: bool = True) -> Change:
        """After comparing the card's numbers in person (a held card is then no longer held)."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return Change(kind=ChangeKind.RECEIVED_CHANGED,
                      subject=senders.mark_checked(self._vault, numbers, checked))

    def accept_sender(self, numbers: str) -> Change:
        """Take a held card as a different person: its shares are listed as its own."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=senders.accept(self._vault, numbers))

    def delete_held(self, numbers: str) -> Change:
        """Delete everything a held card sent, and forget the card. The subject: the ids deleted."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=received.delete_held(self._vault, numbers))

    def purge_expired(self, at: dt.datetime | None = None, progress: Progress | None = None) -> Change:
        """Delete the content of every received bundle whose time is up, a few at a time."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return Change(kind=ChangeKind.RECEIVED_CHANGED, subject=received.purge_expired(self._vault, at, progress))

    def export_for_records(self, bundle_id: str, out_path: Path, progress: Progress | None = None) -> RecordExport:
        """Write a share as a FHIR R4 document for records; ``RecordsNotAllowed`` where the
        young person kept it read only. Nothing this profile keeps changes."""
        self._vault.require(PRACTITIONER, doing="keep shares from others")
        return records.export_fhir(self._vault, bundle_id, out_path, progress)

    def make_receipt(self, bundle_id: str, out_path: Path) -> Change:
        """A signed "I opened it" for the young person who shared it."""
        self._vault.require(PRACTITIONER, doing="make a receipt")
        return Change(kind=ChangeKind.RECEIPT_SAVED, subject=receipts.make_receipt(self._vault, bundle_id, out_path))

    def can_reply(self, bundle_id: str) -> bool:
        """Whether this share can be answered (it was made for this card, not a passphrase)."""
        self._vault.require(PRACTITIONER, doing="reply to a share")
        return replies.reply_possible(self._vault, bundle_id)

    def draft_reply(self, bundle_id: str, message: str, notes: Mapping[str, str]) -> ReplyDraft:
        """Exactly what a reply with these words would carry (``notes``: entry id to "what I'll do")."""
        self._vault.require(PRACTITIONER, doing="reply to a share")
        return replies.draft_reply(self._vault, bundle_id, message, notes)

    def make_reply(self, bundle_id: str, message: str, notes: Mapping[str, str], out_path: Path) -> Change:
        """A signed reply for the young person who shared it; the subject is its ReplyDraft."""
        self._vault.require(PRACTITIONER, doing="reply to a share")
        return Change(kind=ChangeKind.REPLY_SAVED,
                      subject=replies.make_reply(self._vault, bundle_id, message, notes, out_path))


class Suggestions:
    """A carer's suggestions, sent; and a young person's, opened and accepted or declined."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def make_suggestion(self, entry_ids: list[str], to: Contact, out_path: Path, note: str = "",
                        progress: Progress | None = None) -> Change:
        """Carer: send chosen drafts to a young person as a signed suggestion file."""
        self._vault.require(CARER, doing="send suggestions")
        sent = suggestions.make_suggestion(self._vault, entry_ids, to, out_path, note, progress)
        return Change(kind=ChangeKind.SUGGESTIONS_SENT, subject=sent)

    def sent_suggestions(self) -> list[SentSuggestions]:
        self._vault.require(CARER, doing="send suggestions")
        return suggestions.sent_suggestions(self._vault)

    def open_suggestion(self, path: Path, progress: Progress | None = None) -> Change:
        """Young person: verify a suggestion file from one of their people and keep what is
        new in it as pending. Nothing is added to the passport by opening."""
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        opened = suggestions.open_suggestion(self._vault, path, progress)
        return Change(kind=ChangeKind.SUGGESTIONS_CHANGED, subject=opened)

    def pending_suggestions(self) -> list[Suggestion]:
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        return suggestions.pending(self._vault)

    def suggestion(self, suggestion_id: str) -> Suggestion:
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        return suggestions.suggestion(self._vault, suggestion_id)

    def suggested_content(self, suggestion: Suggestion) -> EntryContent:
        """What accepting a suggestion as it is would add (to prefill an editor)."""
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        return suggestions.suggested_content(self._vault, suggestion)

    def suggestion_attachment_data(self, suggestion_id: str, attachment_id: str) -> bytes:
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        return suggestions.attachment_data(self._vault, suggestion_id, attachment_id)

    def accept_suggestion(self, suggestion_id: str, content: EntryContent | None = None) -> Change:
        """Add a suggestion to the passport, as it is or with the owner's edits."""
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        entry = suggestions.accept(self._vault, suggestion_id, content)
        return Change(kind=ChangeKind.ENTRY_ADDED, entry_id=entry.id, entry=entry, subject=suggestion_id)

    def decline_suggestion(self, suggestion_id: str) -> Change:
        """Delete a suggestion and everything of it, for good."""
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        suggestions.decline(self._vault, suggestion_id)
        return Change(kind=ChangeKind.SUGGESTIONS_CHANGED, subject=suggestion_id)

    def answer_preview(self, carer_contact_id: str) -> Answer:
        """Young person: exactly what an answer to this carer would say now (outcomes only)."""
        self._vault.require(YOUNG_PERSON, doing="answer suggestions")
        return answers.answer_for(self._vault, carer_contact_id)

    def carers_to_answer(self) -> list[Contact]:
        """Young person: the carers with suggestions decided, so there is something to tell them."""
        self._vault.require(YOUNG_PERSON, doing="answer suggestions")
        return answers.carers_to_answer(self._vault)

    def make_answer(self, carer_contact_id: str, out_path: Path) -> Change:
        """Young person: save a signed answer for a carer, saying what became of each of
        their suggestions, and no words. Nothing kept changes; the subject is the Answer."""
        self._vault.require(YOUNG_PERSON, doing="answer suggestions")
        answer = answers.make_answer(self._vault, carer_contact_id, out_path)
        return Change(kind=ChangeKind.RECEIPT_SAVED, subject=answer)

    def open_answer(self, path: Path) -> Change:
        """Carer: record what the young person did with the suggestions sent to them.
        The subject is an AnswerOpened; the sent list shows the outcomes."""
        self._vault.require(CARER, doing="take answers to suggestions")
        return Change(kind=ChangeKind.SUGGESTIONS_SENT, subject=answers.open_answer(self._vault, path))

    def related_entries(self, suggestion: Suggestion) -> list[Entry]:
        self._vault.require(YOUNG_PERSON, doing="take suggestions")
        return suggestions.related_entries(self._vault, suggestion)

    def revision_origin(self, entry_id: str, number: int) -> RevisionOrigin | None:
        """Who suggested this revision, when it came from a suggestion."""
        return suggestions.revision_origin(self._vault, entry_id, number)

    def written_with_names(self) -> list[str]:
        """Names to offer for "written with": contacts first, then names used before."""
        return suggestions.names_for_written_with(self._vault)
