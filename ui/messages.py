"""Plain, warm words for every typed error the core raises (the UI's one error path)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from passport import errors


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def message_for(exc: BaseException) -> str:
    """One clear sentence for the person; never a traceback."""
    table: tuple[tuple[type[BaseException], str], ...] = (
        (errors.WrongSecret, tr("That doesn't open it. Check the spelling and try again.")),
        (
            errors.KdfParametersRefused,
            tr("The lock file of this passport looks tampered with, so it was not used."),
        ),
        (
            errors.KeyFileDamaged,
            tr("The lock file of this passport is damaged or missing. A backup can bring it back."),
        ),
        (errors.UnsupportedVersion, tr("This was made by a newer version of the app. Please update the app.")),
        (errors.StoreDamaged, tr("This passport's data could not be read. It may be damaged.")),
        (errors.ProfileExists, tr("There is already one with that name on this computer. Try another name.")),
        (errors.ProfileNotFound, tr("That passport is no longer on this computer.")),
        (errors.ProfileLocked, tr("It was locked. Unlock it to carry on.")),
        # Sharing: every reason a shared file is refused gets its own sentence; nothing was kept.
        (errors.BundleNotForYou, tr("This file was made for someone else, so it can't be opened here.")),
        (errors.BundleUnsigned, tr("This file isn't signed by the person who made it, so it was not opened.")),
        (
            errors.BundleSignatureInvalid,
            tr("This file's signature doesn't match. It may have been changed on the way, so it was not opened."),
        ),
        (
            errors.BundleUntrustedSender,
            tr("This file comes from someone whose card you haven't added, so it was not opened."),
        ),
        (errors.BundleExpired, tr("The time for this file is up, so it can no longer be opened.")),
        (errors.BundleWithdrawn, tr("The person who shared this file has withdrawn it, so it can't be opened.")),
        (errors.BundleTooLarge, tr("This file is bigger than a shared file can be, so it was not opened.")),
        (
            errors.BundleVersionUnsupported,
            tr("This file was made by a newer version of the app. Please update the app to open it."),
        ),
        (errors.BundleWrongPassphrase, tr("That passphrase doesn't open this file. Check the numbers and try again.")),
        (errors.BundleNeedsPassphrase, tr("This file is locked with a passphrase. Ask the person who shared it.")),
        (errors.BundleDamaged, tr("This file is damaged or was changed on the way, so it was not opened.")),
        (errors.BundleError, tr("This file couldn't be opened, and nothing from it was kept.")),
        (errors.CardInvalid, tr("That isn't a card file from this app, or it is damaged.")),
        (errors.AttachmentTooLarge, tr("That file is too big to add (the limit is 50 MB).")),
        (errors.TooLarge, tr("That file is too big to open.")),
        (errors.NotFound, tr("That is no longer there. It may have been erased.")),
    )
    if isinstance(exc, errors.InvalidValue):
        return tr("Something in that isn't quite right: ") + str(exc)
    for error_type, text in table:
        if isinstance(exc, error_type):
            return text
    if isinstance(exc, OSError):
        return tr("The file could not be read or saved. Check there is space and you can write there.")
    return tr("Something went wrong. Nothing was changed.")
