"""The kinds of profile and of change, apart from the pydantic models so that the app's
start screen can name them without loading pydantic before it first paints."""

from __future__ import annotations

from enum import StrEnum


class ProfileKind(StrEnum):
    YOUNG_PERSON = "young_person"
    CARER = "carer"
    PRACTITIONER = "practitioner"


class ChangeKind(StrEnum):
    ENTRY_ADDED = "entry_added"
    ENTRY_UPDATED = "entry_updated"
    ENTRY_ERASED = "entry_erased"
    ATTACHMENTS_CHANGED = "attachments_changed"
    SECTIONS_CHANGED = "sections_changed"
    SETTINGS_CHANGED = "settings_changed"
    CARD_CHANGED = "card_changed"
    CONTACTS_CHANGED = "contacts_changed"
    SHARES_CHANGED = "shares_changed"
    RECEIVED_CHANGED = "received_changed"
    RECEIPT_SAVED = "receipt_saved"  # a practitioner wrote a receipt: nothing they keep changed
    REPLY_SAVED = "reply_saved"  # a practitioner wrote a reply: nothing they keep changed
    SUGGESTIONS_SENT = "suggestions_sent"  # a carer sent drafts
    SUGGESTIONS_CHANGED = "suggestions_changed"  # a young person's pending suggestions
    TRUSTED_PEOPLE_CHANGED = "trusted_people_changed"  # pieces given, or pieces kept for others
    REPLIES_READ = "replies_read"  # the young person saw the replies to a share (Home's line goes)
    BOUNDARIES_CHANGED = "boundaries_changed"  # "Call me…", "Please don't ask me about…", "How to talk with me"
