"""One table from each typed error to one plain sentence, for the app and the command line.

The core raises typed errors and never formats a dialog; this table is the one place that
says, in warm and plain words, what each means for the person. The app shows each sentence
in the person's language (``translate``: Qt's lookup under the context "Sentences", which
finds these through the ``QT_TRANSLATE_NOOP`` marks); the command line shows them as they
are and may add a hint of its own (an option to use).

Some screens say a sentence that fits them better (opening a suggestion, a receipt, a
backup): ``situation`` picks those first.
"""

from __future__ import annotations

from collections.abc import Callable

from passport import errors
from passport.content.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Sentences"


Table = tuple[tuple[type[BaseException], str], ...]

# The most specific type first: the first that matches is said.
TABLE: Table = (
    (errors.DiskFull,
     QT_TRANSLATE_NOOP("Sentences",
         "There isn't enough space on this computer to do that. Nothing was lost. Make some "
         "space and try again.")),
    (errors.AlreadyOpening,
     QT_TRANSLATE_NOOP("Sentences",
         "This file is being opened already. Wait for it to finish, then look again.")),
    (errors.ProfileBusy,
     QT_TRANSLATE_NOOP("Sentences",
         "A backup is being saved. Try again when it has finished.")),
    (errors.SecretNeeded,
     QT_TRANSLATE_NOOP("Sentences",
         "Please unlock with your passphrase once, then try this again.")),
    (errors.RecoveryCodeNeeded,
     QT_TRANSLATE_NOOP("Sentences",
         "To choose a new passphrase without the old one, open it with your recovery code "
         "first.")),
    (errors.PassphraseTooWeak,
     QT_TRANSLATE_NOOP("Sentences",
         "That passphrase would be quick to guess. Try a few words together.")),
    # Trusted people's pieces: each reason they do not open it has its own sentence.
    (errors.NotEnoughPieces,
     QT_TRANSLATE_NOOP("Sentences",
         "Two pieces are needed, from two different people. One piece alone opens nothing.")),
    (errors.PieceRepeated,
     QT_TRANSLATE_NOOP("Sentences",
         "That is the same piece twice. Ask a second person for their piece.")),
    (errors.PiecesReplaced,
     QT_TRANSLATE_NOOP("Sentences",
         "One of these pieces is from before you made new ones, so it no longer opens anything. "
         "Ask that person for the newer piece.")),
    (errors.PieceForeign,
     QT_TRANSLATE_NOOP("Sentences",
         "These pieces don't belong to this passport. Check whose piece each person has.")),
    (errors.NoTrustedPeople,
     QT_TRANSLATE_NOOP("Sentences",
         "This passport has no trusted people yet, so pieces can't open it.")),
    (errors.DeleteNeedsSecret,
     QT_TRANSLATE_NOOP("Sentences",
         "That isn't its passphrase or recovery code, so nothing was deleted. Without one of them "
         "it can't be deleted from the app.")),
    (errors.WrongSecret,
     QT_TRANSLATE_NOOP("Sentences",
         "That doesn't open it. Check the spelling and try again.")),
    (errors.KdfParametersRefused,
     QT_TRANSLATE_NOOP("Sentences",
         "The lock file of this passport looks tampered with, so it was not used.")),
    (errors.KeyFileDamaged,
     QT_TRANSLATE_NOOP("Sentences",
         "The lock file of this passport is damaged or missing. A backup can bring it back.")),
    (errors.UnsupportedVersion,
     QT_TRANSLATE_NOOP("Sentences",
         "This was made by a newer version of the app. Please update the app.")),
    (errors.StoreDamaged,
     QT_TRANSLATE_NOOP("Sentences",
         "This passport's data could not be read. It may be damaged.")),
    (errors.ProfileExists,
     QT_TRANSLATE_NOOP("Sentences",
         "There is already one with that name on this computer. Try another name.")),
    (errors.ProfileNotFound,
     QT_TRANSLATE_NOOP("Sentences",
         "There is no passport with that name on this computer.")),
    (errors.ProfileLocked,
     QT_TRANSLATE_NOOP("Sentences",
         "It was locked. Unlock it to carry on.")),
    (errors.Cancelled,
     QT_TRANSLATE_NOOP("Sentences",
         "That was stopped part way, and nothing of it was kept.")),
    (errors.NotThisKindOfProfile,
     QT_TRANSLATE_NOOP("Sentences",
         "This kind of profile can't do that.")),
    (errors.NotARegularFile,
     QT_TRANSLATE_NOOP("Sentences",
         "That is not a file that can be opened (it may be a folder or a device).")),
    (errors.RecordsNotAllowed,
     QT_TRANSLATE_NOOP("Sentences",
         "The person who shared this kept it read only, so it can't be copied into records. "
         "If it should be, ask them to share it again and allow that.")),
    # Sharing: every reason a shared file is refused has its own sentence; nothing was kept.
    (errors.SenderHeld,
     QT_TRANSLATE_NOOP("Sentences",
         "This file is held: it says it is from someone you know, but it was signed by a "
         "different card. Compare the numbers first.")),
    (errors.ReplyNotPossible,
     QT_TRANSLATE_NOOP("Sentences",
         "This was shared with a passphrase, not with your card, so their app couldn't tell a "
         "reply came from you. Tell them in person instead.")),
    (errors.ReplyDoesNotMatch,
     QT_TRANSLATE_NOOP("Sentences",
         "This reply isn't from the person you shared with, or isn't about what you shared "
         "with them, so nothing was changed.")),
    (errors.ReceiptDoesNotMatch,
     QT_TRANSLATE_NOOP("Sentences",
         "This note isn't from the person you shared with, so nothing was changed.")),
    (errors.BundleNotForYou,
     QT_TRANSLATE_NOOP("Sentences",
         "This file was made for someone else, so it can't be opened here.")),
    (errors.BundleUnsigned,
     QT_TRANSLATE_NOOP("Sentences",
         "This file isn't signed by the person who made it, so it was not opened.")),
    (errors.BundleSignatureInvalid,
     QT_TRANSLATE_NOOP("Sentences",
         "This file's signature doesn't match. It may have been changed on the way, so it was "
         "not opened.")),
    (errors.BundleUntrustedSender,
     QT_TRANSLATE_NOOP("Sentences",
         "This file comes from someone whose card you haven't added, so it was not opened.")),
    (errors.BundleExpired,
     QT_TRANSLATE_NOOP("Sentences",
         "The time for this file is up, so it can no longer be opened.")),
    (errors.BundleReplaced,
     QT_TRANSLATE_NOOP("Sentences",
         "The person who shared this file has since shared a newer one in its place. Open the "
         "newer file instead.")),
    (errors.BundleWithdrawn,
     QT_TRANSLATE_NOOP("Sentences",
         "The person who shared this file has withdrawn it, so it can't be opened.")),
    (errors.BundleTooLarge,
     QT_TRANSLATE_NOOP("Sentences",
         "This file is bigger than a shared file can be, so it was not opened.")),
    (errors.BundleVersionUnsupported,
     QT_TRANSLATE_NOOP("Sentences",
         "This file was made by a newer version of the app. Please update the app to open it.")),
    (errors.BundleFromOlderApp,
     QT_TRANSLATE_NOOP("Sentences",
         "This file was made by an older version of the app. Ask the person who sent it to update "
         "the app and send it again.")),
    (errors.BundleWrongPassphrase,
     QT_TRANSLATE_NOOP("Sentences",
         "That passphrase doesn't open this file. Check the numbers and try again.")),
    (errors.BundleNeedsPassphrase,
     QT_TRANSLATE_NOOP("Sentences",
         "This file is locked with a passphrase. Ask the person who shared it.")),
    (errors.BundleTooCostly,
     QT_TRANSLATE_NOOP("Sentences",
         "This file asks for far more work to open than the app ever uses, so it was not "
         "opened.")),
    (errors.BundleDamaged,
     QT_TRANSLATE_NOOP("Sentences",
         "This file is damaged or was changed on the way, so it was not opened.")),
    (errors.BundleError,
     QT_TRANSLATE_NOOP("Sentences",
         "This file couldn't be opened, and nothing from it was kept.")),
    (errors.BackupDamaged,
     QT_TRANSLATE_NOOP("Sentences",
         "This file isn't a backup, or it is damaged or cut short. Nothing was restored.")),
    (errors.CardOlderThanKept,
     QT_TRANSLATE_NOOP("Sentences",
         "This card was made by an older version of the app, and you already have a newer card from "
         "this person, so nothing was changed.")),
    (errors.CardInvalid,
     QT_TRANSLATE_NOOP("Sentences",
         "That isn't a card file from this app, or it is damaged.")),
    (errors.AttachmentTooLarge,
     QT_TRANSLATE_NOOP("Sentences",
         "That file is too big to add (the limit is 50 MB).")),
    (errors.TooLarge,
     QT_TRANSLATE_NOOP("Sentences",
         "That file is too big to open.")),
    (errors.NotFound,
     QT_TRANSLATE_NOOP("Sentences",
         "That is no longer there. It may have been erased.")),
)

# Words that fit one screen better than the general ones.
SITUATIONS: dict[str, Table] = {
    "suggestion": (
        (errors.BundleUntrustedSender,
         QT_TRANSLATE_NOOP("Sentences",
             "This comes from someone you haven't added. If you trust them, add their card first, "
             "then open it again. Nothing from it was kept.")),
        (errors.BundleNotForYou,
         QT_TRANSLATE_NOOP("Sentences", "This isn't a suggestion for you, so it wasn't opened.")),
    ),
    "receipt": (
        (errors.BundleNotForYou,
         QT_TRANSLATE_NOOP("Sentences", "This isn't a note about something you shared, so nothing was changed.")),
    ),
    "answer": (
        (errors.ReceiptDoesNotMatch,
         QT_TRANSLATE_NOOP("Sentences",
             "This answer isn't from the person you sent those suggestions to, or isn't about them, "
             "so nothing was changed.")),
        (errors.BundleNotForYou,
         QT_TRANSLATE_NOOP("Sentences", "This isn't an answer to your suggestions, so nothing was changed.")),
    ),
    "piece": (
        (errors.BundleNotForYou,
         QT_TRANSLATE_NOOP("Sentences", "This piece was made for someone else, so it wasn't kept.")),
        (errors.BundleReplaced,
         QT_TRANSLATE_NOOP("Sentences",
             "You already keep a newer piece from this person, so this older one wasn't kept.")),
    ),
    "restore": (
        (errors.WrongSecret,
         QT_TRANSLATE_NOOP("Sentences",
             "That recovery code doesn't open this backup. Use the code you had when you saved this backup, "
             "and check each group.")),
        (errors.TooLarge,
         QT_TRANSLATE_NOOP("Sentences", "This file is larger than a backup can be, so nothing was restored.")),
    ),
}

_CODE_SHAPE = {
    "empty": QT_TRANSLATE_NOOP("Sentences", "Type the recovery code first."),
    "too_short": QT_TRANSLATE_NOOP("Sentences",
                                   "That code is too short: it has {0} of its 28 letters and digits."),
    "too_long": QT_TRANSLATE_NOOP("Sentences",
                                  "That code is too long: it has {0} letters and digits, and a code has 28."),
    "letters": QT_TRANSLATE_NOOP("Sentences",
                                 "A recovery code never has these: {0}. Check each letter against the paper."),
}
_PIECE_SHAPE = {
    "empty": QT_TRANSLATE_NOOP("Sentences", "Type the words of a piece first."),
    "length": QT_TRANSLATE_NOOP("Sentences",
                                "A piece has 20 words, and this one has {0}. Check that every word is there."),
    "word": QT_TRANSLATE_NOOP("Sentences",
                              "“{0}” isn't one of the words pieces use. Check its spelling against the piece."),
    "checksum": QT_TRANSLATE_NOOP("Sentences",
                                  "A word of this piece is mistyped, or two are swapped. Read it through again."),
}
_NOT_QUITE_RIGHT = QT_TRANSLATE_NOOP("Sentences", "Something in that isn't quite right: {0}")
_FILE_PROBLEM = QT_TRANSLATE_NOOP("Sentences",
                                  "The file could not be read or saved. Check there is space and you can write there.")
_SOMETHING_WENT_WRONG = QT_TRANSLATE_NOOP("Sentences", "Something went wrong. Nothing was changed.")


def sentence_for(exc: BaseException, situation: str | None = None,
                 translate: Callable[[str], str] = lambda text: text) -> str:
    """One plain sentence for ``exc``; never a traceback, never the error's own text, but
    for a rule broken by what was typed (``InvalidValue``), which says which rule."""
    if isinstance(exc, errors.RecoveryCodeMalformed):
        template = _CODE_SHAPE.get(exc.reason, _CODE_SHAPE["letters"])
        detail = " ".join(exc.detail) if exc.reason == "letters" else exc.detail
        return translate(template).replace("{0}", detail)
    if isinstance(exc, errors.PieceMalformed):
        return translate(_PIECE_SHAPE.get(exc.reason, _PIECE_SHAPE["checksum"])).replace("{0}", exc.detail)
    for error_type, text in (*SITUATIONS.get(situation or "", ()), *TABLE):
        if isinstance(exc, error_type):
            return translate(text)
    if isinstance(exc, errors.InvalidValue):
        return translate(_NOT_QUITE_RIGHT).replace("{0}", str(exc))
    if isinstance(exc, OSError):
        return translate(_FILE_PROBLEM)
    return translate(_SOMETHING_WENT_WRONG)
