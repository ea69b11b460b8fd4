"""A share killed between writing its file and recording it (issue 13, "a share nobody can
see"): the owner must always be able to see and withdraw a share whose file exists, and
must never be shown one whose file was never made.

Run as a module, this file is the subprocess that makes the share and is killed:
``python -m tests.properties.test_share_crash FOLDER PASSPHRASE OUT MOMENT``, where MOMENT
is ``mid-write`` (stopped while the file is being written) or ``after-write`` (stopped
once the file is whole, before anything else). It prints one line when it has stopped.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from passport.crypto import age_layer
from passport.errors import PassportError
from passport.exchange import identity, sharing
from passport.exchange.contacts import Contact
from passport.profile import Profile
from passport.store.profiles import ProfileFolder
from tests.helpers import PASSPHRASE
from tests.sharing_helpers import in_a_week

REPO = Path(__file__).resolve().parents[2]


def _stop_here(word: str) -> None:
    print(word, flush=True)
    time.sleep(600)  # the test kills us here


def main() -> None:
    folder, passphrase, out, moment = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    profile = Profile.open_with_passphrase(ProfileFolder(folder, "crash"), passphrase)
    (contact,) = profile.people.contacts()
    ids = [entry.id for entry in profile.entries()]
    if moment == "after-write":
        # Not a stand-in: the real writer runs, then this process stops where a kill,
        # a power cut or a crash could land.
        real_write = sharing.write_bundle

        def write_then_stop(*args: object, **kwargs: object) -> None:
            real_write(*args, **kwargs)
            _stop_here("written")

        sharing.write_bundle = write_then_stop
    if moment == "half-written":
        # The real age writer, stopped once 128 KiB of ciphertext (two chunks) has gone out.
        real_chunk_write = age_layer._Writer.write

        def write_then_stop_halfway(writer: age_layer._Writer, data: bytes) -> int:
            count = real_chunk_write(writer, data)
            if writer.limit is None and writer.written > 128 * 1024:
                writer.sink.flush()
                _stop_here("writing")
            return count

        age_layer._Writer.write = write_then_stop_halfway  # type: ignore[method-assign]

    def progress(done: int, total: int) -> None:
        if moment == "mid-write" and 0 < done < total:
            _stop_here("writing")


    sharing.make_share(profile.vault, ids, contact, in_a_week(), "Moving school", out, progress)
    print("finished", flush=True)


def kill_at(folder: Path, out: Path, moment: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.properties.test_share_crash", str(folder), PASSPHRASE, str(out), moment],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    said = child.stdout.readline().strip()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert said in ("writing", "written"), said


@pytest.fixture
def ready(profile: Profile, sam: Contact, entries: list[str]) -> Path:
    folder = profile.folder.path
    profile.lock()
    return folder


def test_killed_after_the_file_is_written_the_share_is_listed_and_can_be_withdrawn(
    ready: Path, tmp_path: Path
) -> None:
    out = tmp_path / "for-sam.wpb"
    kill_at(ready, out, "after-write")
    assert out.is_file()
    reopened = Profile.open_with_passphrase(ProfileFolder(ready, "Sky"), PASSPHRASE)
    try:
        (share,) = reopened.sharing.share_history()  # before: no share listed, the file out there
        assert share.state is sharing.ShareState.ACTIVE and share.purpose == "Moving school"
        withdrawn = reopened.sharing.make_withdrawal(share.id, tmp_path / "withdraw.wpb").subject
        assert withdrawn.state is sharing.ShareState.WITHDRAWN
        assert reopened.check() == []
    finally:
        reopened.lock()


def test_killed_while_the_file_is_written_nothing_is_listed(ready: Path, tmp_path: Path) -> None:
    out = tmp_path / "for-sam.wpb"
    kill_at(ready, out, "mid-write")
    assert not out.exists()  # only a temporary part, never the final name
    reopened = Profile.open_with_passphrase(ProfileFolder(ready, "Sky"), PASSPHRASE)
    try:
        assert reopened.sharing.share_history() == []
        with reopened.vault.reading() as conn:  # dropped for good, not merely hidden
            assert conn.execute("SELECT count(*) FROM shares").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM share_entries").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM profile_meta WHERE key LIKE 'pending_share.%'").fetchone()[0] == 0
        # And sharing works as before.
        (contact,) = reopened.people.contacts()
        ids = [entry.id for entry in reopened.entries()]
        made = reopened.sharing.make_share(ids, contact, in_a_week(), "Again", out).subject
        assert [share.id for share in reopened.sharing.share_history()] == [made.id]
    finally:
        reopened.lock()


def test_a_share_whose_file_could_not_be_written_is_not_recorded(
    profile: Profile, sam: Contact, entries: list[str], tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        profile.sharing.make_share(entries, sam, in_a_week(), "", tmp_path / "no-such-folder" / "x.wpb")
    assert profile.sharing.share_history() == []


def test_a_share_being_made_is_not_listed_nor_dropped_by_a_listing_meanwhile(
    profile: Profile, sam: Contact, entries: list[str], tmp_path: Path
) -> None:
    seen: list[list[sharing.Share]] = []

    def progress(done: int, total: int) -> None:
        if not seen:
            seen.append(profile.sharing.share_history())  # the app's list refreshing meanwhile

    out = tmp_path / "for-sam.wpb"
    made = profile.sharing.make_share(entries, sam, in_a_week(), "", out, progress).subject
    assert seen == [[]]
    assert [share.id for share in profile.sharing.share_history()] == [made.id]
    assert made.state is sharing.ShareState.ACTIVE


def test_a_share_killed_mid_write_leaves_no_readable_part(
    profile: Profile, practitioner: Profile, sam: Contact, entries: list[str], tmp_path: Path
) -> None:
    """The audit's rule for leftovers (issue 13, item 7), for shares as for backups: nothing
    readable under any name. A share big enough for several age chunks (64 KiB each, each
    authenticated on its own) is killed while written; after the next start has settled it,
    no file its recipient's identity opens may hold the entries' words."""
    profile.add_attachment(entries[1], "scan.bin", os.urandom(400_000))
    folder = profile.folder.path
    profile.lock()
    out = tmp_path / "for-sam.wpb"
    kill_at(folder, out, "half-written")
    reopened = Profile.open_with_passphrase(ProfileFolder(folder, "Sky"), PASSPHRASE)
    try:
        assert reopened.sharing.share_history() == []  # the next start settles the pending share
    finally:
        reopened.lock()
    their_key = identity.of(practitioner.vault).age_identity
    readable = []
    for left in tmp_path.iterdir():
        if left.is_file() and left.name.startswith(out.name):
            sink = io.BytesIO()
            with left.open("rb") as source, contextlib.suppress(PassportError):
                age_layer.decrypt_stream(source, sink, [their_key], 2**34)
            if b"Music helps" in sink.getvalue() or b"I play guitar" in sink.getvalue():
                readable.append(left.name)
    assert readable == []


if __name__ == "__main__":
    main()
