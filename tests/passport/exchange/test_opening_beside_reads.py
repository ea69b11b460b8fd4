"""Opening a large share never shuts the rest of the profile out: other reads (the window's
list, a purge on its timer) get in between its pieces, and see nothing half-made."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from passport.errors import BundleDamaged
from passport.exchange import received, sharing
from passport.exchange.contacts import Contact
from passport.profile import Profile
from tests.helpers import add_entry, wav_bytes
from tests.sharing_helpers import in_a_week, received_rows

# Several of the reader's 2 MB pieces, so there are several points to let others in.
SONG_SECONDS = 900  # 14 MB at 8 kHz


@pytest.fixture
def big_share(profile: Profile, sam: Contact, tmp_path: Path) -> Path:
    song = add_entry(profile, "My long song")
    profile.add_attachment(song, "song.wav", wav_bytes(SONG_SECONDS))
    out = tmp_path / "song.wpb"
    sharing.make_share(profile.vault, [song], sam, in_a_week(), "For the move", out)
    return out


class BesideTheImport:
    """Runs ``work`` on its own thread once the import is under way, and records whether it
    finished while the import was still running."""

    def __init__(self, work: Callable[[], object]) -> None:
        self._work = work
        self.import_done = threading.Event()
        self.started = threading.Event()
        self.results: list[object] = []
        self.finished_during_import: list[bool] = []
        self.thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        self.started.set()
        self.results.append(self._work())
        self.finished_during_import.append(not self.import_done.is_set())

    def progress(self, done: int, _total: int) -> None:
        if done > 0 and not self.thread.is_alive() and not self.results:
            self.thread.start()
            assert self.started.wait(10)


def open_beside(practitioner: Profile, bundle: Path, beside: BesideTheImport) -> object:
    try:
        return received.open_bundle(practitioner.vault, bundle, progress=beside.progress)
    finally:
        beside.import_done.set()
        beside.thread.join(30)


def test_the_list_of_shares_is_read_while_a_large_share_opens(practitioner: Profile, big_share: Path) -> None:
    beside = BesideTheImport(lambda: received.received_bundles(practitioner.vault))
    got = open_beside(practitioner, big_share, beside)

    assert beside.finished_during_import == [True]  # it did not wait for the whole import
    assert beside.results == [[]]  # and the half-opened share was not in the list
    assert isinstance(got, received.ReceivedBundle)
    (attachment,) = got.attachments
    assert len(received.attachment_data(practitioner.vault, got.id, attachment.id)) == attachment.size
    assert [b.id for b in received.received_bundles(practitioner.vault)] == [got.id]


def test_a_purge_in_the_middle_leaves_the_import_whole(practitioner: Profile, big_share: Path) -> None:
    """The window's purge timer removes what a stopped import left, but never the rows of an
    import still running (they are unverified on purpose until its last step)."""
    beside = BesideTheImport(lambda: received.purge_expired(practitioner.vault))
    got = open_beside(practitioner, big_share, beside)

    assert beside.finished_during_import == [True]
    assert beside.results == [[]]
    assert isinstance(got, received.ReceivedBundle)
    (attachment,) = got.attachments
    assert len(received.attachment_data(practitioner.vault, got.id, attachment.id)) == attachment.size


def test_a_share_that_fails_at_the_end_leaves_nothing_although_parts_were_committed(
    practitioner: Profile, big_share: Path, tmp_path: Path
) -> None:
    flipped = bytearray(big_share.read_bytes())
    flipped[-10] ^= 1  # the last authentication tag fails, after every piece was written
    bad = tmp_path / "bad.wpb"
    bad.write_bytes(bytes(flipped))
    before = received_rows(practitioner)
    beside = BesideTheImport(lambda: received.received_bundles(practitioner.vault))

    with pytest.raises(BundleDamaged):
        open_beside(practitioner, bad, beside)

    assert beside.finished_during_import == [True]  # so parts of it had been committed
    assert received_rows(practitioner) == before
    assert received.purge_expired(practitioner.vault) == []  # and nothing was left for a purge


def test_what_a_stopped_import_left_is_cleared_and_the_same_share_opens_again(
    practitioner: Profile, big_share: Path
) -> None:
    """A crash part way leaves committed, unverified rows: the next open replaces them."""
    beside = BesideTheImport(lambda: received.received_bundles(practitioner.vault))
    got = open_beside(practitioner, big_share, beside)
    assert isinstance(got, received.ReceivedBundle)
    with practitioner.vault.writing() as conn:  # as a crash before the last step leaves it
        conn.execute("UPDATE received_bundles SET verified = 0")
    assert received.received_bundles(practitioner.vault) == []

    again = received.open_bundle(practitioner.vault, big_share)
    assert isinstance(again, received.ReceivedBundle)
    assert again.id == got.id
    (attachment,) = again.attachments
    assert len(received.attachment_data(practitioner.vault, again.id, attachment.id)) == attachment.size
