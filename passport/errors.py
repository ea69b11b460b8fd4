"""Typed errors of the core.

The core never formats text for a dialog: the UI and the command line turn each error
type into their own plain-language message. Every error a reader of outside input can
raise is a subclass of PassportError, so callers can catch that one type.
"""

from __future__ import annotations


class PassportError(Exception):
    """Base of every error the core raises on purpose."""


# --- profiles and key slots -------------------------------------------------------


class ProfileNotFound(PassportError):
    """No profile with that label or folder."""


class ProfileExists(PassportError):
    """A profile with that label is already here."""


class ProfileLocked(PassportError):
    """The profile was locked; its key is gone until it is unlocked again."""


class WrongSecret(PassportError):
    """The passphrase or recovery code does not open this profile."""


class DeleteNeedsSecret(WrongSecret):
    """Deleting a profile takes its passphrase or recovery code; what was given is neither."""


class RecoveryCodeNeeded(PassportError):
    """Only a profile opened with its recovery code may choose a new passphrase without
    the current one."""


class KeyFileDamaged(PassportError):
    """The key file cannot be read: it is missing, truncated or altered."""


class KdfParametersRefused(KeyFileDamaged):
    """The key file asks for key-derivation work beyond what we allow."""


class UnsupportedVersion(PassportError):
    """A file or database was written by a newer (or unknown) version of the app."""


class StoreDamaged(PassportError):
    """The encrypted database cannot be opened or failed an integrity check."""


class InvalidValue(PassportError):
    """A value given to the core breaks a rule (empty title, unknown section, ...)."""


class NotFound(PassportError):
    """The entry, section, revision or attachment asked for does not exist."""


class AttachmentTooLarge(PassportError):
    """An attachment is over the size limit."""


# --- age encryption layer -----------------------------------------------------------


class AgeError(PassportError):
    """Base of failures to decrypt an age file."""


class AgeNotForYou(AgeError):
    """The file was encrypted for someone else (no recipient stanza matches)."""


class AgeHeaderInvalid(AgeError):
    """The file is not an age file, or its header is malformed."""


class AgeDamaged(AgeError):
    """The header or payload failed authentication, or the file is truncated."""


class AgeWrongPassphrase(AgeError):
    """The passphrase does not open this file."""


class TooLarge(PassportError):
    """An input is larger than the limit set for it."""


class AgeKeyInvalid(AgeError):
    """An age identity or recipient string is malformed."""


# --- cards and bundles (sharing) ------------------------------------------------------


class CardInvalid(PassportError):
    """A card file is not a valid card (wrong format, bad key, fingerprint mismatch, bad signature)."""


class CardOlderThanKept(CardInvalid):
    """An unsigned (version 1) card for keys whose signed card is already kept: it would undo
    the signature's binding of the name to the keys, so it changes nothing."""


class BundleError(PassportError):
    """Base of every reason a bundle is refused; when raised, nothing was kept."""


class BundleDamaged(BundleError):
    """The bundle is not a well-formed bundle, or its content was altered or cut short."""


class BundleUnsigned(BundleError):
    """The bundle's manifest carries no signature."""


class BundleSignatureInvalid(BundleError):
    """The manifest's signature does not match its sender's key."""


class BundleUntrustedSender(BundleError):
    """The bundle is signed by someone who is not one of this profile's contacts."""


class BundleNotForYou(BundleError):
    """The bundle was made for someone else."""


class BundleWrongPassphrase(BundleError):
    """The passphrase does not open this bundle."""


class BundleExpired(BundleError):
    """The bundle's time is up; its content can no longer be opened."""


class BundleWithdrawn(BundleError):
    """The sender withdrew (or replaced) this bundle."""


class BundleReplaced(BundleWithdrawn):
    """The sender has since shared a newer bundle in this one's place."""


class BundleTooLarge(BundleError):
    """The bundle, its manifest, an attachment or its list of entries is over its limit."""


class BundleVersionUnsupported(BundleError):
    """The bundle was made by a newer (or unknown) version of the app."""


class BundleFromOlderApp(BundleError):
    """The bundle (or piece) carries its sender's card unsigned (version 1): an older copy of
    the app made it. Refused: everything this app makes carries a signed card."""


class BundleNeedsPassphrase(BundleError):
    """The bundle is protected by a passphrase, and none was given."""


# --- backups ---------------------------------------------------------------------------


class BackupDamaged(PassportError):
    """The backup file is not a backup, or it was altered or cut short."""


# --- suggestions and receipts ------------------------------------------------------------


class ReceiptDoesNotMatch(BundleError):
    """The receipt names a share this profile did not make, or comes from someone other
    than the person that share was made for."""


class ReplyDoesNotMatch(ReceiptDoesNotMatch):
    """The reply answers a share this profile did not make for its signer, or writes about
    an entry that share did not hold."""


class ReplyNotPossible(PassportError):
    """The share was opened with a passphrase, not made for this card: its sender's app could
    not tell a reply came from this person, so none is made."""


class NotThisKindOfProfile(PassportError):
    """The action belongs to another kind of profile (say, a suggestion from a practitioner's)."""


class Cancelled(PassportError):
    """Long work was stopped part way (the profile was locked); nothing of it was kept."""


# --- the disk ------------------------------------------------------------------------------


class DiskFull(PassportError, OSError):
    """There was no space to write (the disk or the allowed file size is full); nothing
    half-written was kept. Not damage: it works again once there is space."""


def disk_full(exc: BaseException) -> DiskFull | None:
    """A write refused for want of space (a full disk, a quota, a file-size limit), as DiskFull."""
    import errno

    if isinstance(exc, DiskFull) or not isinstance(exc, OSError):
        return exc if isinstance(exc, DiskFull) else None
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(exc.errno, "not enough space to save")
    return None


class SecretNeeded(PassportError):
    """A key slot from an older version can be moved to a new key only with its secret."""


class AlreadyOpening(PassportError):
    """The same share is being opened already (in another window or job)."""


class ProfileBusy(PassportError):
    """Another part of the app is reading the whole store (a backup being saved); a key
    rotation waits for it to finish rather than move the store from under it."""


# --- who really sent it ------------------------------------------------------------------


class SenderHeld(PassportError):
    """The share is signed by a card this profile has not seen before, under the name of
    someone it already knows: it is kept, encrypted, but held until its owner compares the
    numbers and accepts that card as a different person (or deletes what it sent)."""


# --- issue 13: weak passphrases, costly files ---------------------------------------------


class PassphraseTooWeak(InvalidValue):
    """A new passphrase would be quick to guess; ``reason`` says why (one of the reason
    constants of passport.crypto.passphrases)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class AgeWorkFactorRefused(AgeHeaderInvalid):
    """A passphrase-protected file asks for more scrypt work than the app ever writes;
    refused before any key is derived."""


class BundleTooCostly(BundleDamaged):
    """A passphrase-protected bundle asks for more scrypt work than the app ever writes;
    refused before any key is derived."""


class RecoveryCodeMalformed(WrongSecret):
    """What was typed cannot be a recovery code at all; ``reason`` says what is wrong with
    its shape ("empty", "too_short", "too_long" or "letters") and ``detail`` the count or
    the letters concerned."""

    def __init__(self, message: str, reason: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.detail = detail


class NotARegularFile(PassportError):
    """A path given to read from is a folder, a pipe, a device or a socket, not a file;
    refused before it is opened for reading (a pipe would wait for ever)."""


# --- issue 17: record-ready only with permission ------------------------------------------


class RecordsNotAllowed(PassportError):
    """The young person shared this read only: it may not be copied into records, so no
    record export is made of it."""


# --- trusted people (issue 18): pieces of a recovery secret --------------------------------


class PieceError(WrongSecret):
    """Base of every reason pieces from trusted people do not open the profile."""


class PieceMalformed(PieceError):
    """What was typed cannot be a piece; ``reason`` says why ("empty", "length", "word",
    "checksum") and ``detail`` the word count or the word concerned."""

    def __init__(self, message: str, reason: str, detail: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.detail = detail


class NotEnoughPieces(PieceError):
    """Fewer than two pieces were given: one piece alone opens nothing."""


class PieceRepeated(PieceError):
    """The same piece was given twice: two different people's pieces are needed."""


class PieceForeign(PieceError):
    """A piece is not one of this profile's: someone else's, or not made by this app."""


class PiecesReplaced(PieceError):
    """A piece is from before the owner made new pieces; those open nothing any more."""


class NoTrustedPeople(PieceError):
    """This profile has no trusted people's pieces to open it with."""
