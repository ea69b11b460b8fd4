"""The plan for when things get hard: the steps of a safety plan as Stay Alive and BeyondNow
use them, each in the young person's own words.

Each step the owner writes in is one entry in the starter section "when things get hard",
its items the entry's lines; ``safety_plan_steps`` says which entry holds which step. So a
step is shared through the share wizard, searched, remembered (revisions) and erased like
any other entry, with no second path for any of that. Used only through the profile facade.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from passport.content.sections import WHEN_THINGS_GET_HARD
from passport.content.translatable import QT_TRANSLATE_NOOP
from passport.errors import InvalidValue, NotFound
from passport.models import PlanStep

if TYPE_CHECKING:
    from passport.store.database import Connection

# The app shows the steps' words in the person's language (Qt's lookup under "SafetyPlan";
# tools/update_translations.py reads the marks here); the core keeps and the CLI shows them as they are.
MAX_ITEMS = 40  # items in one step: several short ones, not a diary
MAX_ITEM = 500  # characters in one item


class StepSpec(NamedTuple):
    key: str
    title: str
    prompt: str


STEPS: tuple[StepSpec, ...] = (
    StepSpec("warning_signs", QT_TRANSLATE_NOOP("SafetyPlan", "My warning signs"), QT_TRANSLATE_NOOP(
        "SafetyPlan", "What tells you things are getting hard? Thoughts, feelings, things you notice yourself doing.")),
    StepSpec("things_i_can_do", QT_TRANSLATE_NOOP("SafetyPlan", "Things I can do myself"), QT_TRANSLATE_NOOP(
        "SafetyPlan", "What helps you feel a bit better on your own, even for a few minutes?")),
    StepSpec("take_my_mind_off", QT_TRANSLATE_NOOP("SafetyPlan", "People and places that take my mind off it"),
             QT_TRANSLATE_NOOP("SafetyPlan", "Who or where helps you think about something else for a while?")),
    StepSpec("people_i_can_ask", QT_TRANSLATE_NOOP("SafetyPlan", "People I can ask for help"), QT_TRANSLATE_NOOP(
        "SafetyPlan", "Who can you talk to when things get hard? Add how to reach them if you like.")),
    StepSpec("professionals", QT_TRANSLATE_NOOP("SafetyPlan", "Professionals and crisis lines"), QT_TRANSLATE_NOOP(
        "SafetyPlan", "Which workers or services can you contact? The free lines above are always there too.")),
    StepSpec("safer_place", QT_TRANSLATE_NOOP("SafetyPlan", "Making where I am safer"), QT_TRANSLATE_NOOP(
        "SafetyPlan", "What can you do to make where you are safer right now?")),
    StepSpec("reasons", QT_TRANSLATE_NOOP("SafetyPlan", "My reasons to keep going"), QT_TRANSLATE_NOOP(
        "SafetyPlan", "What matters to you? Who or what are you looking forward to?")),
)
STEP_KEYS = tuple(step.key for step in STEPS)


def items_of(body: str) -> tuple[str, ...]:
    """The items of a step: the non-empty lines of its entry, trimmed."""
    return tuple(line.strip() for line in body.splitlines() if line.strip())


def clean_items(items: Iterable[str]) -> tuple[str, ...]:
    """Items as they are kept: trimmed, one line each, the empty ones left out."""
    cleaned = tuple(" ".join(item.split()) for item in items if item.strip())
    if len(cleaned) > MAX_ITEMS:
        raise InvalidValue(f"a step of the plan can have at most {MAX_ITEMS} things in it")
    if any(len(item) > MAX_ITEM for item in cleaned):
        raise InvalidValue(f"each thing in the plan can have at most {MAX_ITEM} characters")
    return cleaned


def spec(step: str) -> StepSpec:
    for found in STEPS:
        if found.key == step:
            return found
    raise NotFound(f"step {step}")


def entry_of(conn: Connection, step: str) -> str | None:
    row = conn.execute("SELECT entry_id FROM safety_plan_steps WHERE step = ?", (step,)).fetchone()
    return None if row is None else str(row[0])


def link(conn: Connection, step: str, entry_id: str) -> None:
    conn.execute("INSERT INTO safety_plan_steps (step, entry_id) VALUES (?, ?)", (step, entry_id))


def section_id(conn: Connection) -> int:
    """The section the plan's entries live in: the starter "when things get hard"."""
    row = conn.execute("SELECT id FROM sections WHERE key = ?", (WHEN_THINGS_GET_HARD,)).fetchone()
    if row is None:
        raise NotFound(f"section {WHEN_THINGS_GET_HARD}")
    return int(row[0])


def steps(conn: Connection) -> list[PlanStep]:
    """Every step, in the plan's order, with the items written so far."""
    rows = conn.execute(
        "SELECT step, entry_id, body FROM safety_plan_steps JOIN entries ON entries.id = safety_plan_steps.entry_id"
    ).fetchall()
    written = {row[0]: (str(row[1]), str(row[2])) for row in rows}
    plan = []
    for step in STEPS:
        entry_id, body = written.get(step.key, (None, ""))
        plan.append(PlanStep(key=step.key, title=step.title, prompt=step.prompt, entry_id=entry_id,
                             items=items_of(body)))
    return plan
