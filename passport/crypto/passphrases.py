"""The one rule a new passphrase must meet, and a helper that suggests one (kept apart so
the app's first screens can check it without loading the rest of the core).

The key file can be read without any secret, so a passphrase is only as good as the
number of guesses it takes: one guess costs about 0.15 s of Argon2id here, and a list of
the passwords everyone tries first holds a few million. A length rule alone lets
"password" or "12345678" through, so the rule asks a well-kept estimator (zxcvbn, the
one Dropbox made and password managers use) how many guesses the passphrase would take
and refuses those it scores below :data:`MIN_SCORE`. Length is counted after the same
Unicode normalisation the key file applies (NFKC), so what is counted is what is hashed.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

import zxcvbn

from passport.errors import PassphraseTooWeak

MIN_PASSPHRASE = 8
# zxcvbn scores 0-4; 3 is "safely unguessable: moderate protection from an offline slow-hash
# scenario" (about 10**8 guesses or more), which is the attack a copied key file allows.
MIN_SCORE = 3
# zxcvbn refuses to look at more than this many characters (its matching grows quickly);
# a passphrase is judged on its first 72, so a long tail cannot hide a weak start.
_ESTIMATED_LENGTH = 72
SUGGESTED_WORDS = 4

# Reasons a passphrase is refused; the UI and the command line turn each into words.
TOO_SHORT = "too_short"
COMMON_PASSWORD = "common_password"
COMMON_WORDS = "common_words"
KEYBOARD_PATTERN = "keyboard_pattern"
REPEATS = "repeats"
SEQUENCE = "sequence"
DATES = "dates"
GUESSABLE = "guessable"
SHOWN_EXAMPLE = "shown_example"
# Passphrases the app itself shows as examples: printed for everyone, so never safe to use.
SHOWN_EXAMPLES = ("purple kettle on a tuesday",)

_REASON_OF_PATTERN = {
    "spatial": KEYBOARD_PATTERN,
    "repeat": REPEATS,
    "sequence": SEQUENCE,
    "date": DATES,
    "regex": DATES,  # zxcvbn's only regex is "a recent year"
}

_SENTENCES = {
    TOO_SHORT: f"a passphrase needs at least {MIN_PASSPHRASE} characters",
    COMMON_PASSWORD: "that passphrase is one of the passwords people try first",
    COMMON_WORDS: "that passphrase is made of a few common words or names, which are quick to guess",
    KEYBOARD_PATTERN: "that passphrase follows the keys on a keyboard, which is quick to guess",
    REPEATS: "that passphrase repeats the same letters or words, which is quick to guess",
    SEQUENCE: "that passphrase is a sequence like abcd or 1234, which is quick to guess",
    DATES: "that passphrase is mostly a date or a year, which is quick to guess",
    GUESSABLE: "that passphrase would be quick to guess",
    SHOWN_EXAMPLE: "that passphrase is the example the app shows, so anyone could try it",
}


@dataclass(frozen=True)
class Assessment:
    """What the estimator makes of a passphrase: a score from 0 (guessed at once) to 4,
    and, when it is refused, why (one of the reason constants above)."""

    score: int
    reason: str = ""

    @property
    def acceptable(self) -> bool:
        return not self.reason


def normalised_length(passphrase: str) -> int:
    """The number of characters once normalised as the key file normalises them."""
    return len(unicodedata.normalize("NFKC", passphrase))


def assess(passphrase: str) -> Assessment:
    """Judge a passphrase by the rule of :func:`check_new_passphrase` without raising."""
    if normalised_length(passphrase) < MIN_PASSPHRASE:
        return Assessment(0, TOO_SHORT)
    text = unicodedata.normalize("NFKC", passphrase)
    if " ".join(text.casefold().split()) in SHOWN_EXAMPLES:
        return Assessment(0, SHOWN_EXAMPLE)
    result = zxcvbn.zxcvbn(text[:_ESTIMATED_LENGTH])
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Assessment(score)
    return Assessment(score, _reason(result["sequence"]))


def check_new_passphrase(passphrase: str) -> None:
    """Raise PassphraseTooWeak (an InvalidValue) unless the passphrase may protect a profile."""
    verdict = assess(passphrase)
    if not verdict.acceptable:
        raise PassphraseTooWeak(
            f"{_SENTENCES[verdict.reason]}. A few words that mean something only to you work well,"
            f" for example: {suggest_passphrase()}",
            reason=verdict.reason,
        )


def suggest_passphrase(words: int = SUGGESTED_WORDS) -> str:
    """A few random, kind words (about 9 bits each) that the rule accepts."""
    while True:
        suggestion = " ".join(secrets.choice(WORDS) for _ in range(words))
        if assess(suggestion).acceptable:
            return suggestion


def _reason(sequence: list[dict[str, Any]]) -> str:
    """The reason told for a weak passphrase: the kind of its longest guessable part."""
    parts = [match for match in sequence if match.get("pattern") != "bruteforce"]
    if not parts:
        return GUESSABLE
    longest = max(parts, key=lambda match: len(match.get("token", "")))
    if longest["pattern"] == "dictionary":
        return COMMON_PASSWORD if longest.get("dictionary_name") == "passwords" else COMMON_WORDS
    return _REASON_OF_PATTERN.get(longest["pattern"], GUESSABLE)


# Common, kind, concrete English words, easy to spell and to picture; none about health,
# care or feelings that could give away what the app is for if a suggestion is seen.
_WORD_TEXT = """
    acorn actor air album almond amber anchor angle ankle answer apple apron arch arrow
    attic autumn avocado badge bagel bakery balcony ball balloon bamboo banana band banjo
    barn basket beach beacon bean bear beaver bedroom bee beetle bell bench berry bicycle
    birch bird biscuit blanket blossom boat bonfire book boot bottle bowl bracelet branch
    bread breeze brick bridge brook broom bubble bucket buckle bumblebee bunny button cabin
    cactus cake camel camera candle canoe canvas canyon captain caramel carpet carrot
    castle cat cedar cello chair chalk cherry chess chestnut chimney chorus cinema circle
    circus city clay cliff clock cloud clover coast cobweb coconut comet compass cookie
    coral corner cotton country cousin cradle crayon cricket crown crystal cupboard
    curtain cushion daisy dancer dawn deer desert diamond dinner dolphin domino donkey
    door dragon drum duck dune eagle easel echo elbow elephant elm ember engine envelope
    fable falcon feather fence fern ferry fiddle field fig finch fire flag flamingo flute
    forest fountain fox frog garden garlic gate giraffe glacier globe glove goat gold
    goose grape grass guitar hammock harbour harp hat hazel hedge hill honey hoop horizon
    horse house island ivy jacket jam jelly jigsaw journey kayak kettle key kite kitten
    koala ladder lagoon lake lamp lantern lava lawn leaf lemon letter lighthouse lily
    lime lion llama lobster locket lunch mango map maple marble market meadow melon
    mermaid meteor mint mirror mitten monkey moon moss mountain muffin museum mushroom
    narwhal nest noodle nutmeg oak oar ocean octopus olive onion orange orbit orchard
    otter owl paddle paint palace panda paper parade parrot pasta peach peanut pear pebble
    pelican pencil penguin pepper piano picnic pillow pine pineapple planet plum pocket
    pond popcorn poppy porch potato puddle puffin pumpkin puppet puzzle quilt rabbit
    radio rainbow raisin raven reef ribbon river robin rocket roof rope rose saddle sail
    salmon sandal sandcastle satchel scarf seagull seal seashell shadow sheep shelf ship
    shore silver skate sky sled snail snow sock sofa spoon spring squirrel stable star
    station stone storm strawberry stream sugar summer sun sunflower swan sweater swing
    table tambourine teapot telescope tent thimble thunder tiger toast tomato torch tortoise
    tower tractor train treasure tree trumpet tulip tunnel turtle umbrella valley van
    velvet violin volcano wagon walnut walrus wave whale wheel whistle willow window
    winter wizard wolf wool yacht yarn yogurt zebra
"""
WORDS: tuple[str, ...] = tuple(_WORD_TEXT.split())
