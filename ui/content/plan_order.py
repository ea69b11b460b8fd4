"""The plan's steps in the plan's order wherever they are listed together.

A step of the plan for when things get hard is an entry in the section "when things get hard",
and entries are listed newest first: the steps came out as 7, 4, 3. Where that section is
listed (Home, its whole list, the one-page profile's choices), the steps come first, in the
plan's order, then anything else the young person wrote there, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from passport.content.sections import WHEN_THINGS_GET_HARD
from passport.models import Entry, PlanStep, Section


def is_plan_section(section: Section) -> bool:
    return section.key == WHEN_THINGS_GET_HARD


def plan_positions(steps: Iterable[PlanStep]) -> dict[str, int]:
    """Entry id -> the step's place in the plan, for the steps written in."""
    return {step.entry_id: number for number, step in enumerate(steps) if step.entry_id}


def plan_key(entry: Entry, positions: dict[str, int]) -> Any:
    """A sort key, largest first (as the entry lists sort): the steps in order, then the rest newest first."""
    place = positions.get(entry.id)
    return (1, -place) if place is not None else (0, entry.updated_at)


def in_plan_order(entries: Iterable[Entry], positions: dict[str, int]) -> list[Entry]:
    return sorted(entries, key=lambda entry: plan_key(entry, positions), reverse=True)
