"""The one rule a new passphrase must meet (kept apart so the app's first screens can
check it without loading the rest of the core)."""

from __future__ import annotations

from passport.errors import InvalidValue

MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValue(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
