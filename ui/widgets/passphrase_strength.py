"""How hard a passphrase would be to guess, as a level from 0 to 4 (no widgets here).

The level comes from the core's own rule (passport.crypto.passphrases, which asks the
zxcvbn estimator), so the bar and the words never disagree with what the core accepts:
TOO_SHORT, WEAK and OKAY are refused, STRONG and VERY_STRONG accepted.
"""

from __future__ import annotations

from passport.crypto.passphrases import TOO_SHORT as _TOO_SHORT_REASON
from passport.crypto.passphrases import Assessment, assess

TOO_SHORT, WEAK, OKAY, STRONG, VERY_STRONG = range(5)
_LEVEL_OF_SCORE = {0: WEAK, 1: WEAK, 2: OKAY, 3: STRONG, 4: VERY_STRONG}


def level_of(verdict: Assessment) -> int:
    if verdict.reason == _TOO_SHORT_REASON:
        return TOO_SHORT
    return _LEVEL_OF_SCORE[verdict.score]


def strength(passphrase: str) -> int:
    return level_of(assess(passphrase))
