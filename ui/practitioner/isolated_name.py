"""A sender's name as the practitioner's window shows it: bidi-isolated (issue 13).

A card's name cannot hold control or bidi-control characters (the card format refuses
anything not printable), but right-to-left letters in it still reorder the text beside
them: "From: <Hebrew name> (Social worker)" can read with its parts swapped. Wrapped in
FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, a name is laid out on its own and
cannot move its neighbours. Any bidi control that reached here anyway is dropped first.
A name written only in left-to-right letters cannot reorder anything and is left as it is.
"""

from __future__ import annotations

import unicodedata

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = dict.fromkeys(map(ord, BIDI_CONTROLS))
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})  # Hebrew, Arabic letters and Arabic digits


def isolated(name: str) -> str:
    """``name`` without bidi controls and, if it holds right-to-left text, isolated from
    the text around it."""
    name = name.translate(_DROP)
    if not any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in name):
        return name
    return FIRST_STRONG_ISOLATE + name + POP_DIRECTIONAL_ISOLATE


def without_bidi_controls(text: str) -> str:
    """``text`` with every bidi control removed (for file names and the like)."""
    return text.translate(_DROP)
