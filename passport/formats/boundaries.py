"""The young person's boundaries, under PRSB "About Me" headings: what to call them, what
please not to ask them about, and how to talk with them.

One model for what the young person keeps and what a share carries (``boundaries`` in a
share's manifest, optional, with its own ``version``, so a reader refuses a newer form with
"made by a newer version of the app" rather than reading it wrongly). The reader takes them
as it takes an entry's words: up to a length, anything else shown with care (see the
practitioner's band, which drops control characters and isolates right-to-left text).
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field

from passport.formats.cards import StrictModel

BOUNDARIES_VERSION: Final = 1
MAX_CALL_ME = 100
MAX_BOUNDARY = 2000
_CONTROLS_KEPT = "\n\t"


class Boundaries(StrictModel):
    version: Literal[1] = BOUNDARIES_VERSION
    call_me: str = Field(default="", max_length=MAX_CALL_ME, description="'Call me…': the name to use")
    please_dont_ask: str = Field(default="", max_length=MAX_BOUNDARY,
                                 description="'Please don't ask me about…'")
    how_to_talk: str = Field(default="", max_length=MAX_BOUNDARY, description="'How to talk with me'")

    def is_empty(self) -> bool:
        return not (self.call_me.strip() or self.please_dont_ask.strip() or self.how_to_talk.strip())


def _without_controls(text: str) -> str:
    return "".join(ch for ch in text if ch.isprintable() or ch in _CONTROLS_KEPT)


def cleaned(call_me: str, please_dont_ask: str, how_to_talk: str) -> Boundaries:
    """Boundaries as the owner typed them, tidied: a name on one line, the rest with their
    line breaks, no other control characters, no blank lines at either end. Too long
    raises ``ValueError`` (pydantic's), as any other model does."""
    return Boundaries(
        call_me=" ".join(_without_controls(call_me).split()),
        please_dont_ask=_without_controls(please_dont_ask.replace("\r\n", "\n")).strip(),
        how_to_talk=_without_controls(how_to_talk.replace("\r\n", "\n")).strip(),
    )
