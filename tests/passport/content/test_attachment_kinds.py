"""Which kinds of attachment each entry has, for the whole profile in one read."""

from __future__ import annotations

from passport.models import AttachmentKind
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes


def test_each_entry_with_attachments_lists_their_kinds(profile: Profile, entries: list[str]) -> None:
    first, second = entries
    kinds = profile.attachment_kinds_by_entry()
    assert kinds == {first: {AttachmentKind.IMAGE, AttachmentKind.AUDIO}}, "an entry with none is left out"

    letter = add_entry(profile, "A letter")
    profile.add_attachment(letter, "notes.txt", b"plain words")
    profile.add_attachment(second, "room.png", png_bytes())
    profile.add_attachment(second, "window.png", png_bytes(4, 4))
    kinds = profile.attachment_kinds_by_entry()
    assert kinds[second] == {AttachmentKind.IMAGE}, "two pictures are one kind"
    assert kinds[letter] == {AttachmentKind.FILE}

    for attachment in profile.attachments(second):
        profile.remove_attachment(attachment.id)
    assert second not in profile.attachment_kinds_by_entry()
