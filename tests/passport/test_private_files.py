"""Every file the app writes where the person chose is private to its owner (0600), like the
app's own files: a share, a card, a withdrawal, a receipt, a reply, suggestions, an export
for records, a backup, trusted people's pieces. Written with a umask that would let everyone
read, and over an old file that everyone could read."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from passport.exchange.contacts import Contact
from passport.fileio import FILE_MODE, open_private, write_private
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week
from tests.suggestion_helpers import introduce, make_person
from tests.trusted_helpers import lock_all, make_circle


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """A umask that leaves files readable by everyone, so only our own care keeps them private."""
    old = os.umask(0)
    yield
    os.umask(old)


def readable_by_all(path: Path) -> Path:
    path.write_bytes(b"an old file anyone could read")
    path.chmod(0o644)
    return path


def test_open_private_makes_a_new_file_private(tmp_path) -> None:
    path = tmp_path / "new.pdf"
    with open_private(path) as out:
        assert mode(path) == FILE_MODE, "private before a byte goes in"
        out.write(b"words")
    assert mode(path) == FILE_MODE and path.read_bytes() == b"words"


def test_open_private_makes_an_old_file_private_and_empty_before_writing(tmp_path) -> None:
    path = readable_by_all(tmp_path / "old.pdf")
    with open_private(path) as out:
        assert mode(path) == FILE_MODE and path.read_bytes() == b""
        out.write(b"new")
    assert mode(path) == FILE_MODE and path.read_bytes() == b"new"
    write_private(path, b"again")
    assert mode(path) == FILE_MODE and path.read_bytes() == b"again"


def test_open_private_refuses_nothing_silently(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        open_private(tmp_path / "no such folder" / "x.pdf")


Writer = Callable[[Path], object]


def _writers(profile: Profile, practitioner: Profile, sam: Contact, tmp_path: Path) -> dict[str, Writer]:
    entry = add_entry(profile, "Music helps", "Guitar.")
    share = tmp_path / "first.wpb"
    profile.sharing.make_share([entry], sam, in_a_week(), "School", share, records=True)
    opened = practitioner.received.open_bundle(share).subject
    share_id = profile.sharing.share_history(sam.id)[0].id
    return {
        "card.wpcard": profile.people.export_card,
        "share.wpb": lambda out: profile.sharing.make_share([entry], sam, in_a_week(), "Again", out),
        "receipt.wpb": lambda out: practitioner.received.make_receipt(opened.id, out),
        "reply.wpb": lambda out: practitioner.received.make_reply(opened.id, "Thank you", {}, out),
        "record.json": lambda out: practitioner.received.export_for_records(opened.id, out),
        "backup.wpbackup": profile.save_backup,
        "withdrawal.wpb": lambda out: profile.sharing.make_withdrawal(share_id, out),
    }


def test_every_file_a_person_chose_to_write_is_private(profile, practitioner, sam, tmp_path) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    for name, write in _writers(profile, practitioner, sam, tmp_path).items():
        out = readable_by_all(folder / name)
        write(out)
        assert mode(out) == FILE_MODE, name
        assert out.read_bytes() != b"an old file anyone could read", name


def test_suggestions_and_pieces_are_private(data_dir, profile, tmp_path) -> None:
    jo = make_person(data_dir, ProfileKind.CARER, "Helping", "Jo Carter", "Foster carer")
    try:
        profile.people.set_card_details("Sky")
        sky = introduce(jo, profile, tmp_path)
        draft = add_entry(jo, "Loves football", "Saturdays.")
        out = readable_by_all(tmp_path / "ideas.wpb")
        jo.suggestions.make_suggestion([draft], sky, out)
        assert mode(out) == FILE_MODE
    finally:
        jo.lock()
    circle = make_circle(tmp_path / "circle", tmp_path)
    try:
        pieces = tmp_path / "pieces"
        pieces.mkdir()
        files = circle.owner.trusted.give_pieces(circle.contact_ids, pieces).subject.files
        assert files and all(mode(path) == FILE_MODE for path in files)
    finally:
        lock_all(circle)
