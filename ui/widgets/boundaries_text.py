"""The young person's boundaries as every view shows them: their headings, in order, and
their words made safe to lay out. Words from a file are the sender's, like an entry's; here
they stand above everything else, so control characters are dropped and right-to-left text
is isolated line by line (it cannot reorder the heading beside it)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject

from passport.formats.boundaries import Boundaries

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


class BoundariesText(QObject):
    """Never made: the name translators find these words under (see BundleDocument)."""


def safe_text(text: str) -> str:
    """``text`` without control or bidi-control characters (line breaks kept), each line
    that holds right-to-left letters isolated from what is around it."""
    lines = []
    for line in text.translate(_BIDI_CONTROLS).split("\n"):
        kept = "".join(ch for ch in line if ch.isprintable() or ch == "\t").strip()
        if any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in kept):
            kept = FIRST_STRONG_ISOLATE + kept + POP_DIRECTIONAL_ISOLATE
        lines.append(kept)
    return "\n".join(lines).strip("\n")


def boundary_rows(boundaries: Boundaries) -> list[tuple[str, str]]:
    """(heading, words) for each one written, in the PRSB order."""
    rows = [(BoundariesText.tr("Call me"), boundaries.call_me),
            (BoundariesText.tr("Please don't ask me about"), boundaries.please_dont_ask),
            (BoundariesText.tr("How to talk with me"), boundaries.how_to_talk)]
    return [(heading, safe_text(text)) for heading, text in rows if safe_text(text)]


def read_first_heading() -> str:
    return BoundariesText.tr("Please read this first")
