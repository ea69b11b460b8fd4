"""How hard a passphrase would be to guess, as a level from 0 to 4 (no widgets here).

A rough estimate, deliberately simple: the size of the alphabet used, the length, and
penalties for repeats and for the passwords everyone tries first. It guides; the core
only enforces the minimum length.
"""

from __future__ import annotations

import math
import string

from passport.crypto.passphrases import MIN_PASSPHRASE

TOO_SHORT, WEAK, OKAY, STRONG, VERY_STRONG = range(5)

_COMMON = frozenset({
    "password", "password1", "passw0rd", "12345678", "123456789", "1234567890", "qwertyuiop",
    "qwerty123", "iloveyou", "letmein1", "abcdefgh", "abc12345", "football", "sunshine", "princess",
    "trustno1", "11111111", "00000000", "monkey123", "welcome1",
})


def _alphabet_size(text: str) -> int:
    size = 0
    if any(ch in string.ascii_lowercase for ch in text):
        size += 26
    if any(ch in string.ascii_uppercase for ch in text):
        size += 26
    if any(ch in string.digits for ch in text):
        size += 10
    if any(ch in string.punctuation or ch == " " for ch in text):
        size += 33
    if any(ord(ch) > 127 for ch in text):
        size += 100
    return size


def strength(passphrase: str) -> int:
    if len(passphrase) < MIN_PASSPHRASE:
        return TOO_SHORT
    if passphrase.casefold() in _COMMON:
        return WEAK
    # Repeats add little: "aaaaaaaaaa" or "abababab" count as short.
    effective_length = min(len(passphrase), 2 * len(set(passphrase)))
    bits = effective_length * math.log2(max(_alphabet_size(passphrase), 2))
    if bits < 45:
        return WEAK
    if bits < 60:
        return OKAY
    if bits < 80:
        return STRONG
    return VERY_STRONG
