"""Receipts: "opened on <date> by <card>", from a practitioner back to the young person.

A receipt is a tiny bundle of kind ``receipt``: signed with the practitioner's Ed25519
key, age-encrypted to the young person's key from the sender card of the share it is
about, carrying nothing but that share's id and when it was opened. The young person's
app accepts it only from the person that share was made for, and then records
``opened_at`` on the share, so the share history can say "opened on <date>".
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from passport.clock import now
from passport.errors import BundleDamaged, NotThisKindOfProfile, ReceiptDoesNotMatch
from passport.exchange import identity, received
from passport.exchange.received import StoreSpool, my_fingerprint
from passport.exchange.sharing import Share, share_by_id
from passport.formats import bundle_format, bundle_reader
from passport.formats.bundle_format import BundleAttachment, BundleKind, Manifest, ReceiptDetails
from passport.formats.bundle_reader import Limits, ReadPolicy
from passport.formats.bundle_writer import write_bundle
from passport.models import ProfileKind

if TYPE_CHECKING:
    from passport.vault import Vault

# A receipt holds one small manifest and no attachments.
RECEIPT_LIMITS = Limits(bundle=256 * 1024, passphrase_bundle=0, manifest=64 * 1024, attachment=0,
                        entries=0, attachments=0)


def make_receipt(vault: Vault, bundle_id: str, out_path: Path) -> Manifest:
    """Write a signed receipt for a bundle this practitioner opened, for its sender."""
    if vault.kind is not ProfileKind.PRACTITIONER:
        raise NotThisKindOfProfile("only a practitioner's profile makes receipts")
    bundle = received.received_bundle(vault, bundle_id)
    own = identity.of(vault)
    manifest = Manifest(
        kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=own.card(vault.kind),
        recipient=bundle.sender.fingerprint, created=now(),
        receipt=ReceiptDetails(bundle=bundle.id, opened_at=bundle.received_at),
    )
    write_bundle(out_path, bundle_format.sign(manifest, own.sign), [], recipient=bundle.sender.age_recipient)
    return manifest


class _NothingKept:
    """A receipt carries no content to keep."""

    def manifest(self, manifest: Manifest) -> None:
        return None

    def chunk(self, attachment: BundleAttachment, number: int, data: bytes) -> None:
        raise BundleDamaged("a receipt carries no attachments")


def read_receipt(vault: Vault, path: Path, limits: Limits = RECEIPT_LIMITS, at: dt.datetime | None = None,
                 kinds: frozenset[BundleKind] = frozenset({BundleKind.RECEIPT})) -> Manifest:
    """A receipt's manifest, once it is decrypted, verified and made for this profile
    (a receipt for a share, or an answer to suggestions; or, among ``kinds``, another small
    file that carries nothing but its manifest). Raises a BundleError."""
    own = identity.of(vault)
    plaintext = bundle_reader.decrypt(path, StoreSpool(vault), identity=own.age_identity, limits=limits)
    try:
        policy = ReadPolicy(me=my_fingerprint(vault), now=at or now(), kinds=kinds)
        return bundle_reader.parse(plaintext, policy, _NothingKept(), limits)
    finally:
        plaintext.discard()


def open_receipt(vault: Vault, path: Path, at: dt.datetime | None = None) -> Share:
    """Check a receipt and record on the share it names when that share was opened.
    Raises a BundleError (ReceiptDoesNotMatch when it is about someone else's share or
    comes from someone else); then nothing changes."""
    return record_receipt(vault, read_receipt(vault, path, at=at))


def record_receipt(vault: Vault, manifest: Manifest) -> Share:
    """Record what a verified receipt says (see :func:`open_receipt`)."""
    details = manifest.receipt
    if details is None:
        raise ReceiptDoesNotMatch("the file answers suggestions; it is not about a share")
    with vault.writing() as conn:
        row = conn.execute("SELECT recipient FROM shares WHERE id = ?", (details.bundle,)).fetchone()
        # Only the person the share was made for can say they opened it (a passphrase
        # share names no card, so no receipt can be checked for it).
        if row is None or row[0] != manifest.sender.fingerprint:
            raise ReceiptDoesNotMatch("the receipt is not about a share made for its sender")
        opened = details.opened_at.astimezone(dt.UTC).isoformat()
        # The first opening counts: a later receipt for the same share changes nothing.
        conn.execute(
            "UPDATE shares SET opened_at = ? WHERE id = ? AND (opened_at IS NULL OR opened_at > ?)",
            (opened, details.bundle, opened),
        )
    return share_by_id(vault, details.bundle)
