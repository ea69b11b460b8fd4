"""What was really checked about a shared file, in words: that it is whole and signed by a
card with these numbers, known since a date, and whether the numbers were compared in
person. Never that the file *is* from the person named: anyone can type a name on a card."""

from __future__ import annotations

from PySide6.QtCore import QObject

from passport.exchange.received import HeldShare, ReceivedBundle
from passport.exchange.senders import KnownSender
from passport.formats.cards import format_fingerprint
from ui.widgets.bundle_document import short_date


class SenderStatus(QObject):
    """Never made: the name translators find these words under."""


def status_text(known: KnownSender) -> str:
    numbers, first = format_fingerprint(known.fingerprint), short_date(known.first_seen)
    if known.checked_at is not None:
        text = SenderStatus.tr("This file is whole and signed by the card with numbers {numbers} - first seen on "
                               "{first}, checked in person on {checked}.")
        return text.format(numbers=numbers, first=first, checked=short_date(known.checked_at))
    text = SenderStatus.tr("This file is whole and signed by the card with numbers {numbers} - first seen on "
                           "{first}, not yet checked in person.")
    return text.format(numbers=numbers, first=first)


def held_text(held: HeldShare) -> str:
    text = SenderStatus.tr("Held, not opened: this file says it is from {name}, but it was signed by a different "
                           "card from the {name} you already know. Compare the numbers before you trust it.")
    return text.format(name=held.sender.display_name)


def opened_text(found: ReceivedBundle | HeldShare, known: KnownSender | None) -> str:
    """The window's status line after opening a share."""
    if isinstance(found, HeldShare):
        return held_text(found)
    opened = SenderStatus.tr("Opened.")
    return opened + (" " + status_text(known) if known is not None else "")
