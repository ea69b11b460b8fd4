"""Recovery codes: high-entropy, easy to write down, forgiving to type back.

A code is 28 characters from Crockford's base-32 alphabet (no I, L, O or U, so nothing
looks like 1 or 0), 140 bits, shown in one form everywhere (the app, the CLI, paper): seven
groups of four joined by dashes, ``ABCD-EFGH-...``. When typed back, case, spaces and dashes
are ignored and look-alike letters are read as the digit they resemble.
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from passport.crypto import age_layer
from passport.crypto.bech32 import age_identity
from passport.errors import RecoveryCodeMalformed

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 28
GROUP = 4
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh code, grouped for display (``ABCD-EFGH-...``)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(code: str) -> str:
    """The shown form of a code: groups of four joined by dashes."""
    raw = normalise_code(code)
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def display_lines(code: str, groups_per_line: int) -> list[str]:
    """The shown form broken into lines of ``groups_per_line`` groups, for a narrow page;
    each line is a piece of :func:`format_code`, so the code reads the same everywhere."""
    groups = format_code(code).split("-")
    return ["-".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)]


def normalise_code(typed: str) -> str:
    """The canonical form of a typed code; characters outside the alphabet are kept so
    that a mistyped code simply fails to open rather than silently changing meaning."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n\r")
    return cleaned.translate(_LOOK_ALIKES)


def check_shape(typed: str) -> None:
    """Raise RecoveryCodeMalformed when the typed text cannot be a code at all, saying what
    is wrong with its shape; a code of the right shape may still be the wrong one."""
    raw = normalise_code(typed)
    if not raw:
        raise RecoveryCodeMalformed("no recovery code was given", "empty")
    strangers = "".join(sorted({ch for ch in raw if ch not in ALPHABET}))
    if strangers:
        raise RecoveryCodeMalformed(
            f"a recovery code never uses {strangers!r}: it has only letters and digits, and never the letter U",
            "letters", strangers
        )
    if len(raw) < LENGTH:
        raise RecoveryCodeMalformed(
            f"that recovery code is too short: it has {len(raw)} of its {LENGTH} letters and digits",
            "too_short", str(len(raw)),
        )
    if len(raw) > LENGTH:
        raise RecoveryCodeMalformed(
            f"that recovery code is too long: it has {len(raw)} letters and digits, a code has {LENGTH}",
            "too_long", str(len(raw)),
        )


def backup_identity(code: str) -> str:
    """The age identity that opens backups made while ``code`` was the recovery code.

    The code carries 140 bits, so HKDF is enough; a fixed salt lets the code alone
    (nothing stored anywhere) find the key again on a new laptop.
    """
    secret = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"wellbeing-passport-backup/v1", info=b"age-x25519-identity"
    ).derive(_checked(code))
    return age_identity(secret)


def _checked(code: str) -> bytes:
    check_shape(code)
    return normalise_code(code).encode("ascii")


def backup_recipient(code: str) -> str:
    """The public half of :func:`backup_identity`: kept in the profile so backups can be
    made without asking for the code."""
    return age_layer.recipient_of(backup_identity(code))
