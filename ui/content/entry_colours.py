"""The few colours an entry can carry, each with a name, so colour is never the only cue."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class NamedColour(NamedTuple):
    hex: str
    name: str  # untranslated; show it through :func:`colour_name`


# Mid-tone colours that read against light, dark and high-contrast themes alike.
NAMED_COLOURS: tuple[NamedColour, ...] = (
    NamedColour("#d9534f", QT_TRANSLATE_NOOP("EntryColours", "Red")),
    NamedColour("#f0883e", QT_TRANSLATE_NOOP("EntryColours", "Orange")),
    NamedColour("#e3b341", QT_TRANSLATE_NOOP("EntryColours", "Yellow")),
    NamedColour("#3fa34d", QT_TRANSLATE_NOOP("EntryColours", "Green")),
    NamedColour("#3b82c4", QT_TRANSLATE_NOOP("EntryColours", "Blue")),
    NamedColour("#8957e5", QT_TRANSLATE_NOOP("EntryColours", "Purple")),
    NamedColour("#db61a2", QT_TRANSLATE_NOOP("EntryColours", "Pink")),
)


def colour_name(hex_colour: str | None) -> str:
    """The colour's name in words ("Blue"), or a plain phrase for one we don't name."""
    if hex_colour is None:
        return QCoreApplication.translate("EntryColours", "No colour")
    for colour in NAMED_COLOURS:
        if colour.hex.lower() == hex_colour.lower():
            return QCoreApplication.translate("EntryColours", colour.name)
    return QCoreApplication.translate("EntryColours", "A colour of your own")
