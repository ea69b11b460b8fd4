"""Plain words for what can go wrong with suggestions, receipts, backups and restores.

The errors that only these screens meet are said here, in words that fit them; anything
else goes to the app's one error path, :func:`ui.runtime.messages.message_for`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from passport import errors
from ui.runtime.messages import message_for


class SuggestionMessages(QObject):
    """Never made: only the name translators find these words under. lupdate files
    ``SuggestionMessages.tr(...)`` here, where Qt looks for it; a bare ``tr()`` would be filed under ""."""


def suggestion_message(exc: BaseException) -> str:
    if isinstance(exc, errors.BundleUntrustedSender):
        return SuggestionMessages.tr("This comes from someone you haven't added. If you trust them, add their "
                                     "card first, then open it again. Nothing from it was kept.")
    if isinstance(exc, errors.BundleNotForYou):
        return SuggestionMessages.tr("This isn't a suggestion for you, so it wasn't opened.")
    if isinstance(exc, errors.NotThisKindOfProfile):
        return SuggestionMessages.tr("This kind of profile can't do that.")
    return message_for(exc)


def receipt_message(exc: BaseException) -> str:
    if isinstance(exc, errors.ReceiptDoesNotMatch):
        return SuggestionMessages.tr("This note isn't from the person you shared with, so nothing was changed.")
    if isinstance(exc, errors.BundleNotForYou):
        return SuggestionMessages.tr("This isn't a note about something you shared, so nothing was changed.")
    return message_for(exc)


def restore_message(exc: BaseException) -> str:
    if isinstance(exc, errors.WrongSecret):
        return SuggestionMessages.tr("That recovery code doesn't open this backup. Check each group and try again.")
    if isinstance(exc, errors.TooLarge):
        return SuggestionMessages.tr("This file is larger than a backup can be, so nothing was restored.")
    if isinstance(exc, errors.BackupDamaged):
        return SuggestionMessages.tr("This file isn't a backup, or it is damaged or cut short. Nothing was restored.")
    return message_for(exc)
