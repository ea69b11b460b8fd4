"""Harness: the card reader (``.wpcard``) on any bytes."""

from __future__ import annotations

from fuzz.harness import run, typed_errors_only
from passport.formats.cards import fingerprint, parse_card


def check(data: bytes) -> None:
    with typed_errors_only():
        card = parse_card(data)
        assert card.fingerprint == fingerprint(card.signing_key_bytes, card.age_recipient)


if __name__ == "__main__":
    run(check)
