"""A one-page profile for a new school or placement: the entries the young person picks,
under three headings ("What people like about me", "What's important to me", "How best to
support me"), each entry placed by the starter section it is in. Sections of the owner's
own, or renamed starters, keep their place by key; one with no key goes under "What's
important to me"."""

from __future__ import annotations

from enum import StrEnum

from passport.models import Entry, Section


class OnePageHeading(StrEnum):
    LIKE_ABOUT_ME = "like_about_me"
    IMPORTANT_TO_ME = "important_to_me"
    SUPPORT_ME = "support_me"


HEADING_OF_SECTION: dict[str, OnePageHeading] = {
    "strengths": OnePageHeading.LIKE_ABOUT_ME,
    "about_me": OnePageHeading.IMPORTANT_TO_ME,
    "people": OnePageHeading.IMPORTANT_TO_ME,
    "hopes": OnePageHeading.IMPORTANT_TO_ME,
    "changes": OnePageHeading.IMPORTANT_TO_ME,
    "what_helps": OnePageHeading.SUPPORT_ME,
    "what_doesnt_help": OnePageHeading.SUPPORT_ME,
    "worked_before": OnePageHeading.SUPPORT_ME,
    "when_things_get_hard": OnePageHeading.SUPPORT_ME,
}


def heading_for(section: Section) -> OnePageHeading:
    return HEADING_OF_SECTION.get(section.key or "", OnePageHeading.IMPORTANT_TO_ME)


def arrange(entries: list[Entry], sections: list[Section]) -> dict[OnePageHeading, list[Entry]]:
    """The picked entries under the three headings, in the order given."""
    by_id = {section.id: section for section in sections}
    arranged: dict[OnePageHeading, list[Entry]] = {heading: [] for heading in OnePageHeading}
    for entry in entries:
        section = by_id.get(entry.section_id)
        arranged[heading_for(section) if section else OnePageHeading.IMPORTANT_TO_ME].append(entry)
    return arranged
