"""The starter sections every young person's passport begins with.

Titles and prompts are the owner's to rename; ``key`` stays, so the app can still find
"when things get hard" after a rename. The app's words here are few, plain and warm.
A carer drafts suggestions for the young person in the same sections, so a carer's
profile gets the same titles (a suggestion lands in the section of that name) with
prompts that speak about the young person instead of to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from passport.models import Section

if TYPE_CHECKING:
    from passport.store.database import Connection


class StarterSection(NamedTuple):
    key: str
    title: str
    prompt: str
    carer_prompt: str


WHEN_THINGS_GET_HARD = "when_things_get_hard"

STARTER_SECTIONS: tuple[StarterSection, ...] = (
    StarterSection("about_me", "About me", "What would you like people to know about you?",
                   "What would they like people to know about them?"),
    StarterSection("strengths", "My strengths", "What are you good at? What do people like about you?",
                   "What are they good at? What do people like about them?"),
    StarterSection("what_helps", "What helps", "What helps when you feel stressed or low?",
                   "What helps them when they feel stressed or low?"),
    StarterSection("what_doesnt_help", "What doesn't help", "What makes things harder for you?",
                   "What makes things harder for them?"),
    StarterSection("people", "People who matter", "Who is important to you?",
                   "Who is important to them?"),
    StarterSection("worked_before", "What worked before", "What has helped in the past?",
                   "What has helped them in the past?"),
    StarterSection(
        WHEN_THINGS_GET_HARD,
        "When things get hard",
        "What should people do when things get hard for you?",
        "What should people do when things get hard for them?",
    ),
    StarterSection("hopes", "Hopes and plans", "What are you looking forward to?",
                   "What are they looking forward to?"),
    StarterSection("changes", "Changes coming up", "Is anything about to change, like a move or a new school?",
                   "Is anything about to change for them, like a move or a new school?"),
)


def select(conn: Connection, include_hidden: bool = False) -> list[Section]:
    """The sections in the owner's order; hidden ones only when asked for."""
    where = "" if include_hidden else "WHERE hidden = 0"
    rows = conn.execute(f"SELECT id, key, title, prompt, position, hidden FROM sections {where} ORDER BY position, id")
    return [Section(id=r[0], key=r[1], title=r[2], prompt=r[3], position=r[4], hidden=bool(r[5])) for r in rows]
