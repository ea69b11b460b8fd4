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
