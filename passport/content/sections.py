"""The starter sections every young person's passport begins with.

Titles and prompts are the owner's to rename; ``key`` stays, so the app can still find
"when things get hard" after a rename. The app's words here are few, plain and warm.

The store keeps them in English, as the code has them. While the owner has not renamed one,
the app shows it by its key in the reader's own language (lupdate finds the words through the
``QT_TRANSLATE_NOOP`` marks, under "StarterSections"); once renamed, the owner's own words are
shown as they wrote them, never translated. A share carries the key, so a practitioner reads
an unrenamed title in their language too.
A carer drafts suggestions for the young person in the same sections, so a carer's
profile gets the same titles (a suggestion lands in the section of that name) with
prompts that speak about the young person instead of to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from passport.content.translatable import QT_TRANSLATE_NOOP
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
    StarterSection(
        "about_me",
        QT_TRANSLATE_NOOP("StarterSections", "About me"),
        QT_TRANSLATE_NOOP("StarterSections", "What would you like people to know about you?"),
        QT_TRANSLATE_NOOP("StarterSections", "What would they like people to know about them?"),
    ),
    StarterSection(
        "strengths",
        QT_TRANSLATE_NOOP("StarterSections", "My strengths"),
        QT_TRANSLATE_NOOP("StarterSections", "What are you good at? What do people like about you?"),
        QT_TRANSLATE_NOOP("StarterSections", "What are they good at? What do people like about them?"),
    ),
    StarterSection(
        "what_helps",
        QT_TRANSLATE_NOOP("StarterSections", "What helps"),
        QT_TRANSLATE_NOOP("StarterSections", "What helps when you feel stressed or low?"),
        QT_TRANSLATE_NOOP("StarterSections", "What helps them when they feel stressed or low?"),
    ),
    StarterSection(
        "what_doesnt_help",
        QT_TRANSLATE_NOOP("StarterSections", "What doesn't help"),
        QT_TRANSLATE_NOOP("StarterSections", "What makes things harder for you?"),
        QT_TRANSLATE_NOOP("StarterSections", "What makes things harder for them?"),
    ),
    StarterSection(
        "people",
        QT_TRANSLATE_NOOP("StarterSections", "People who matter"),
        QT_TRANSLATE_NOOP("StarterSections", "Who is important to you?"),
        QT_TRANSLATE_NOOP("StarterSections", "Who is important to them?"),
    ),
    StarterSection(
        "worked_before",
        QT_TRANSLATE_NOOP("StarterSections", "What worked before"),
        QT_TRANSLATE_NOOP("StarterSections", "What has helped in the past?"),
        QT_TRANSLATE_NOOP("StarterSections", "What has helped them in the past?"),
    ),
    StarterSection(
        WHEN_THINGS_GET_HARD,
        QT_TRANSLATE_NOOP("StarterSections", "When things get hard"),
        QT_TRANSLATE_NOOP("StarterSections", "What should people do when things get hard for you?"),
        QT_TRANSLATE_NOOP("StarterSections", "What should people do when things get hard for them?"),
    ),
    StarterSection(
        "hopes",
        QT_TRANSLATE_NOOP("StarterSections", "Hopes and plans"),
        QT_TRANSLATE_NOOP("StarterSections", "What are you looking forward to?"),
        QT_TRANSLATE_NOOP("StarterSections", "What are they looking forward to?"),
    ),
    StarterSection(
        "changes",
        QT_TRANSLATE_NOOP("StarterSections", "Changes coming up"),
        QT_TRANSLATE_NOOP("StarterSections", "Is anything about to change, like a move or a new school?"),
        QT_TRANSLATE_NOOP("StarterSections", "Is anything about to change for them, like a move or a new school?"),
    ),
)


def as_started(key: str | None, title: str) -> StarterSection | None:
    """The starter section ``key`` names, while ``title`` is still its own (not renamed)."""
    starter = next((section for section in STARTER_SECTIONS if section.key == key), None) if key else None
    return starter if starter is not None and title == starter.title else None


def starter_prompt(key: str | None, prompt: str) -> bool:
    """Whether ``prompt`` is still the app's own for the starter section ``key``."""
    starter = next((section for section in STARTER_SECTIONS if section.key == key), None) if key else None
    return starter is not None and prompt in (starter.prompt, starter.carer_prompt)


def select(conn: Connection, include_hidden: bool = False) -> list[Section]:
    """The sections in the owner's order; hidden ones only when asked for."""
    where = "" if include_hidden else "WHERE hidden = 0"
    rows = conn.execute(f"SELECT id, key, title, prompt, position, hidden FROM sections {where} ORDER BY position, id")
    return [Section(id=r[0], key=r[1], title=r[2], prompt=r[3], position=r[4], hidden=bool(r[5])) for r in rows]
