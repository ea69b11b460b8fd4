"""Whether a profile can be opened with trusted people's pieces, told from its key file's public
part without unlocking (issue 48): only after pieces were given; a damaged key file says no."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.trusted_helpers import lock_all, make_circle


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def test_only_a_key_file_with_a_trusted_people_slot_says_yes(circle, tmp_path: Path) -> None:
    owner, carer = circle.owner, circle.holders[0]
    assert not owner.folder.has_trusted_people()
    assert not carer.folder.has_trusted_people()
    stick = tmp_path / "stick"
    stick.mkdir()
    owner.trusted.give_pieces(circle.contact_ids, stick)
    owner.lock()
    assert owner.folder.has_trusted_people()
    assert not carer.folder.has_trusted_people()


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"body": {"format": "other"}}', b"\xff" * 10_000])
def test_a_damaged_or_missing_key_file_says_no(profile, damage: bytes) -> None:
    profile.lock()
    profile.folder.key_path.write_bytes(damage)
    assert not profile.folder.has_trusted_people()
    profile.folder.key_path.unlink()
    assert not profile.folder.has_trusted_people()
