"""Plain, warm words for every typed error the core raises (the UI's one error path)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from passport import errors


class Messages(QObject):
    """Never made: only the name translators find these words under. lupdate files
    ``Messages.tr(...)`` here, where Qt looks for it; a bare ``tr()`` would be filed under ""."""


def message_for(exc: BaseException) -> str:
    """One clear sentence for the person; never a traceback."""
    table: tuple[tuple[type[BaseException], str], ...] = (
        (
            errors.DiskFull,
            Messages.tr("There isn't enough space on this computer to do that. Nothing was lost. "
                        "Make some space and try again."),
        ),
        (errors.ProfileBusy, Messages.tr("A backup is being saved. Try again when it has finished.")),
        (
            errors.SecretNeeded,
            Messages.tr("Please unlock with your passphrase once, then try this again."),
        ),
        (errors.WrongSecret, Messages.tr("That doesn't open it. Check the spelling and try again.")),
        (
            errors.RecoveryCodeNeeded,
            Messages.tr("To choose a new passphrase without the old one, open it with your recovery code first."),
        ),
        (
            errors.KdfParametersRefused,
            Messages.tr("The lock file of this passport looks tampered with, so it was not used."),
        ),
        (
            errors.KeyFileDamaged,
            Messages.tr("The lock file of this passport is damaged or missing. A backup can bring it back."),
        ),
        (errors.UnsupportedVersion, Messages.tr("This was made by a newer version of the app. Please update the app.")),
        (errors.StoreDamaged, Messages.tr("This passport's data could not be read. It may be damaged.")),
        (errors.ProfileExists, Messages.tr("There is already one with that name on this computer. Try another name.")),
        (errors.ProfileNotFound, Messages.tr("That passport is no longer on this computer.")),
        (errors.ProfileLocked, Messages.tr("It was locked. Unlock it to carry on.")),
        # Sharing: every reason a shared file is refused gets its own sentence; nothing was kept.
        (errors.BundleNotForYou, Messages.tr("This file was made for someone else, so it can't be opened here.")),
        (errors.BundleUnsigned, Messages.tr("This file isn't signed by the person who made it, so it was not opened.")),
        (
            errors.BundleSignatureInvalid,
            Messages.tr("This file's signature doesn't match. It may have been changed on the way, "
                        "so it was not opened."),
        ),
        (
            errors.BundleUntrustedSender,
            Messages.tr("This file comes from someone whose card you haven't added, so it was not opened."),
        ),
        (errors.BundleExpired, Messages.tr("The time for this file is up, so it can no longer be opened.")),
        (
            errors.BundleReplaced,
            Messages.tr("The person who shared this file has since shared a newer one in its place. "
                        "Open the newer file instead."),
        ),
        (
            errors.BundleWithdrawn,
            Messages.tr("The person who shared this file has withdrawn it, so it can't be opened."),
        ),
        (errors.BundleTooLarge, Messages.tr("This file is bigger than a shared file can be, so it was not opened.")),
        (
            errors.BundleVersionUnsupported,
            Messages.tr("This file was made by a newer version of the app. Please update the app to open it."),
        ),
        (
            errors.BundleWrongPassphrase,
            Messages.tr("That passphrase doesn't open this file. Check the numbers and try again."),
        ),
        (
            errors.BundleNeedsPassphrase,
            Messages.tr("This file is locked with a passphrase. Ask the person who shared it."),
        ),
        (errors.BundleDamaged, Messages.tr("This file is damaged or was changed on the way, so it was not opened.")),
        (errors.BundleError, Messages.tr("This file couldn't be opened, and nothing from it was kept.")),
        (errors.CardInvalid, Messages.tr("That isn't a card file from this app, or it is damaged.")),
        (errors.AttachmentTooLarge, Messages.tr("That file is too big to add (the limit is 50 MB).")),
        (errors.TooLarge, Messages.tr("That file is too big to open.")),
        (errors.NotFound, Messages.tr("That is no longer there. It may have been erased.")),
        (
            errors.SenderHeld,
            Messages.tr("This file is held: it says it is from someone you know, but it was signed by a different "
                        "card. Compare the numbers first."),
        ),
    )
    extra: tuple[tuple[type[BaseException], str], ...] = (  # issue 13
        (
            errors.PassphraseTooWeak,
            Messages.tr("That passphrase would be quick to guess. Try a few words together, or press Suggest one."),
        ),
        (
            errors.BundleTooCostly,
            Messages.tr("This file asks for far more work to open than the app ever uses, so it was not opened."),
        ),
    )
    for error_type, text in extra:
        if isinstance(exc, error_type):
            return text
    if isinstance(exc, errors.RecoveryCodeMalformed):
        return _code_shape(exc)
    if isinstance(exc, errors.NotARegularFile):
        return Messages.tr("That is not a file that can be opened (it may be a folder or a device).")
    if isinstance(exc, errors.InvalidValue):
        return Messages.tr("Something in that isn't quite right: ") + str(exc)
    for error_type, text in table:
        if isinstance(exc, error_type):
            return text
    if isinstance(exc, OSError):
        return Messages.tr("The file could not be read or saved. Check there is space and you can write there.")
    return Messages.tr("Something went wrong. Nothing was changed.")


def _code_shape(exc: errors.RecoveryCodeMalformed) -> str:
    """What is wrong with the shape of a typed recovery code (issue 13)."""
    if exc.reason == "empty":
        return Messages.tr("Type the recovery code first.")
    if exc.reason == "too_short":
        return Messages.tr("That code is too short: it has {0} of its 28 letters and digits.").replace(
            "{0}", exc.detail
        )
    if exc.reason == "too_long":
        return Messages.tr("That code is too long: it has {0} letters and digits, and a code has 28.").replace(
            "{0}", exc.detail
        )
    return Messages.tr("A recovery code never has these: {0}. Check each letter against the paper.").replace(
        "{0}", " ".join(exc.detail)
    )
