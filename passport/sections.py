"""The starter sections every young person's passport begins with.

Titles and prompts are the owner's to rename; ``key`` stays, so the app can still find
"when things get hard" after a rename. The app's words here are few, plain and warm.
"""

from __future__ import annotations

from typing import NamedTuple


class StarterSection(NamedTuple):
    key: str
    title: str
    prompt: str


WHEN_THINGS_GET_HARD = "when_things_get_hard"

STARTER_SECTIONS: tuple[StarterSection, ...] = (
    StarterSection("about_me", "About me", "What would you like people to know about you?"),
    StarterSection("strengths", "My strengths", "What are you good at? What do people like about you?"),
    StarterSection("what_helps", "What helps", "What helps when you feel stressed or low?"),
    StarterSection("what_doesnt_help", "What doesn't help", "What makes things harder for you?"),
    StarterSection("people", "People who matter", "Who is important to you?"),
    StarterSection("worked_before", "What worked before", "What has helped in the past?"),
    StarterSection(
        WHEN_THINGS_GET_HARD,
        "When things get hard",
        "What should people do when things get hard for you?",
    ),
    StarterSection("hopes", "Hopes and plans", "What are you looking forward to?"),
    StarterSection("changes", "Changes coming up", "Is anything about to change, like a move or a new school?"),
)
