"""Recovery codes: high-entropy, easy to write down, forgiving to type back.

A code is 28 characters from Crockford's base-32 alphabet (no I, L, O or U, so nothing
looks like 1 or 0), 140 bits, shown in seven groups of four. When typed back, case,
spaces and dashes are ignored and look-alike letters are read as the digit they resemble.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 28
GROUP = 4
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh code, grouped for display (``ABCD-EFGH-...``)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(code: str) -> str:
    raw = normalise_code(code)
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise_code(typed: str) -> str:
    """The canonical form of a typed code; characters outside the alphabet are kept so
    that a mistyped code simply fails to open rather than silently changing meaning."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n\r")
    return cleaned.translate(_LOOK_ALIKES)


def looks_complete(typed: str) -> bool:
    """True when the typed text has the length and alphabet of a code (no typo check)."""
    raw = normalise_code(typed)
    return len(raw) == LENGTH and all(ch in ALPHABET for ch in raw)
