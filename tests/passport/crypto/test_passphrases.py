"""The passphrase rule (issue 13): guessable passphrases are refused with a reason and a
suggestion; length is counted after normalisation; the suggestions pass the rule."""

from __future__ import annotations

import pytest

from passport.crypto import passphrases
from passport.crypto.passphrases import (
    SHOWN_EXAMPLE,
    assess,
    check_new_passphrase,
    normalised_length,
    suggest_passphrase,
)
from passport.errors import InvalidValue, PassphraseTooWeak
from passport.kinds import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("password", passphrases.COMMON_PASSWORD),
        ("12345678", passphrases.COMMON_PASSWORD),
        ("iloveyou1", passphrases.COMMON_PASSWORD),
        ("        ", passphrases.REPEATS),  # eight spaces
        ("abcdefghijkl", passphrases.SEQUENCE),
        ("ｐａｓｓｗｏｒｄ１", passphrases.COMMON_PASSWORD),  # full-width letters are "password1" once normalised
        ("short", passphrases.TOO_SHORT),
    ],
)
def test_guessable_passphrases_are_refused_with_their_reason(passphrase: str, reason: str) -> None:
    with pytest.raises(PassphraseTooWeak) as raised:
        check_new_passphrase(passphrase)
    assert raised.value.reason == reason
    assert isinstance(raised.value, InvalidValue)  # callers that catch InvalidValue still do
    # A kind sentence with a suggestion of a few words the rule accepts.
    message = str(raised.value)
    suggestion = message.rsplit("for example: ", 1)[1]
    assert len(suggestion.split()) == passphrases.SUGGESTED_WORDS
    assert assess(suggestion).acceptable


@pytest.mark.parametrize(
    "passphrase", [PASSPHRASE, "seven green tents in the rain", "Tr0ub4dor&3 plus", "ein langer Spaziergang am Fluss"]
)
def test_passphrases_that_take_many_guesses_are_accepted(passphrase: str) -> None:
    check_new_passphrase(passphrase)
    assert assess(passphrase).score >= passphrases.MIN_SCORE


def test_length_is_counted_after_normalisation() -> None:
    # "ﬃ" is one character that NFKC makes three; a precomposed "é" stays one.
    assert normalised_length("ﬃ") == 3
    assert normalised_length("e\u0301") == 1
    # Seven characters typed as decomposed letters are still seven: too short.
    with pytest.raises(PassphraseTooWeak) as raised:
        check_new_passphrase("e\u0301" * 7)
    assert raised.value.reason == passphrases.TOO_SHORT


def test_a_long_weak_start_is_not_hidden_by_what_the_estimator_cannot_see() -> None:
    with pytest.raises(PassphraseTooWeak):
        check_new_passphrase("a" * 500)
    check_new_passphrase("x" * 10 + " " + suggest_passphrase() + " " * 100)


def test_suggestions_are_random_kind_words_and_accepted() -> None:
    seen = {suggest_passphrase() for _ in range(20)}
    assert len(seen) == 20
    for suggestion in seen:
        words = suggestion.split(" ")
        assert len(words) == passphrases.SUGGESTED_WORDS
        assert all(word in passphrases.WORDS for word in words)
        check_new_passphrase(suggestion)
    assert len(set(passphrases.WORDS)) == len(passphrases.WORDS) >= 256


def test_a_profile_cannot_be_made_or_changed_to_a_guessable_passphrase(data_dir, profile: Profile) -> None:
    with pytest.raises(PassphraseTooWeak):
        Profile.create(data_dir, ProfileKind.CARER, "Home", "iloveyou1", kdf=FAST_KDF)
    with pytest.raises(PassphraseTooWeak):
        profile.change_passphrase(PASSPHRASE, "password")
    profile.lock()
    Profile.open_with_passphrase(profile.folder, PASSPHRASE).lock()  # nothing changed


def test_the_example_the_app_shows_is_refused() -> None:
    """Set-up shows "purple kettle on a Tuesday" as an example: printed for everyone to read,
    so it is refused however it is typed (a new user walking set-up typed it in)."""
    for typed in ("purple kettle on a Tuesday", "Purple  kettle on a TUESDAY", "purple kettle on a tuesday"):
        with pytest.raises(PassphraseTooWeak) as refused:
            check_new_passphrase(typed)
        assert refused.value.reason == SHOWN_EXAMPLE
