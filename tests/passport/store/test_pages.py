"""Re-encrypting the store's pages outside SQLCipher (passport/store/pages.py), on real files.

Every check asks SQLCipher itself: the file written opens under the new key only, SQLCipher's
own page check passes, every row is the same. Files large enough to be split between this
process and a worker process are used, so both halves of the work are proved.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from passport.crypto.keyfile import KeyFile
from passport.errors import StoreDamaged
from passport.profile import Profile
from passport.store import database, pages, rekey
from passport.store.database import DatabaseError, Store
from tests.helpers import PASSPHRASE, add_entry

BLOB = 64 * 1024


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 64 KiB, so that files of a few MiB are shared with a worker process."""
    monkeypatch.setattr(pages, "BATCH_BYTES", 64 * 1024)


def _connect(path: Path, key: bytes, page_size: int, hmac: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {page_size}")
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
    return conn


def _made(path: Path, key: bytes, settings: tuple[int, str], blobs: int) -> None:
    conn = _connect(path, key, *settings)
    conn.execute("PRAGMA journal_mode = wal").fetchall()
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, b BLOB)")
    conn.execute("BEGIN")
    for n in range(blobs):
        conn.execute("INSERT INTO t VALUES (?, ?)", (n, os.urandom(BLOB)))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.close()


def _rows(path: Path, key: bytes, settings: tuple[int, str]) -> list[tuple[int, bytes]]:
    conn = _connect(path, key, *settings)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT n, b FROM t ORDER BY n").fetchall()
    finally:
        conn.close()


def _opens(path: Path, key: bytes) -> bool:
    try:
        Store.probe(path, key, immutable=True)
    except DatabaseError:
        return False
    return True


@pytest.mark.parametrize("settings", database.CIPHER_SETTINGS, ids=["16k-sha256", "4k-sha512"])
@pytest.mark.parametrize("in_place", [False, True], ids=["new-file", "in-place"])
def test_the_file_opens_under_the_new_key_only_with_every_row(
    tmp_path: Path, settings: tuple[int, str], in_place: bool
) -> None:
    old_key, new_key = os.urandom(32), os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, old_key, settings, blobs=40)  # 2.5 MiB in 40 batches: this process and a worker share them
    assert pages._worker_count(40) == min(pages.MAX_WORKERS, os.cpu_count() or 1) - 1
    before = _rows(source, old_key, settings)
    target = source if in_place else tmp_path / "store.db.rekey"

    pages.reencrypt_file(source, target, old_key, new_key, verify=True)

    assert _rows(target, new_key, settings) == before
    assert not _opens(target, old_key)
    assert target.read_bytes()[:16] == source.read_bytes()[:16]  # the salt stays, as SQLCipher's rekey keeps it
    if not in_place:
        assert oct(target.stat().st_mode & 0o777) == "0o600"
        assert _rows(source, old_key, settings) == before  # the source is untouched


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    key = os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, key, database.CIPHER_SETTINGS[0], blobs=20)
    seen: list[tuple[int, int]] = []
    pages.reencrypt_file(
        source,
        tmp_path / "new.db",
        key,
        os.urandom(32),
        verify=True,
        progress=lambda done, total: seen.append((done, total)),
    )
    total = seen[-1][1]
    assert total > 1 and seen[-1][0] == total and {t for _, t in seen} == {total}
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def _page_count(path: Path) -> int:
    return path.stat().st_size // 16384


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_a_tampered_page_is_refused_and_nothing_changes(tmp_path: Path, where: str) -> None:
    key = os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, key, database.CIPHER_SETTINGS[0], blobs=40)
    count = _page_count(source)
    pgno = {"first": 1, "second": 2, "middle": count // 2, "last": count}[where]
    with source.open("r+b") as f:
        f.seek((pgno - 1) * 16384 + 1000)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 1]))
    tampered = source.read_bytes()

    with pytest.raises(StoreDamaged):
        pages.reencrypt_file(source, tmp_path / "new.db", key, os.urandom(32), verify=True)
    assert source.read_bytes() == tampered


@pytest.mark.parametrize("cut", [1, 16384 - 1, 16384 + 100])
def test_a_truncated_store_is_refused(tmp_path: Path, cut: int) -> None:
    key = os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, key, database.CIPHER_SETTINGS[0], blobs=4)
    with source.open("r+b") as f:
        f.truncate(source.stat().st_size - cut)
    with pytest.raises(StoreDamaged):
        pages.reencrypt_file(source, source, key, os.urandom(32), verify=False)


def test_a_wrong_key_or_junk_is_refused(tmp_path: Path) -> None:
    key = os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, key, database.CIPHER_SETTINGS[0], blobs=4)
    kept = source.read_bytes()
    with pytest.raises(StoreDamaged):
        pages.reencrypt_file(source, source, os.urandom(32), os.urandom(32), verify=False)
    assert source.read_bytes() == kept
    junk = tmp_path / "junk.db"
    for data in (b"", b"x", os.urandom(16384 * 3)):
        junk.write_bytes(data)
        with pytest.raises(StoreDamaged):
            pages.reencrypt_file(junk, junk, key, os.urandom(32), verify=False)


# --- a rotation of a real profile, interrupted at each step ---------------------------------


def _big_profile(profile: Profile) -> set[str]:
    ids = {add_entry(profile, f"kept {n}") for n in range(3)}
    entry = next(iter(ids))
    profile.add_attachment(entry, "a.bin", os.urandom(3 * 1024 * 1024))  # 48 batches: shared with a worker
    return ids


class Crash(Exception):
    pass


STEPS = [
    (pages, "run_batches"),  # in this process, the worker still running
    (pages, "_raise_from"),  # only reached when a worker says what failed: see below
    (database, "_sync_file"),  # the new file written, not synced
    (KeyFile, "save"),
    (rekey, "switch"),
]


@pytest.mark.parametrize("step", range(len(STEPS)), ids=[name for _, name in STEPS])
def test_a_rotation_interrupted_at_any_step_opens_with_exactly_one_key(
    made_profile, step: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile, code = made_profile
    ids = _big_profile(profile)
    folder = profile.folder
    old_key = profile.vault.database_key()
    owner, name = STEPS[step]
    if name == "_raise_from":  # a worker that says a page fails its check
        monkeypatch.setattr(pages.sys, "executable", _fake_worker(folder.path.parent, "echo damaged page 5 is bad"))
    else:

        def crash(*_args: object, **_kwargs: object) -> None:
            raise Crash(name)

        monkeypatch.setattr(owner, name, crash)
    new_keys: list[bytes] = []

    def key_file(new_key: bytes) -> KeyFile:
        new_keys.append(new_key)
        return KeyFile.load(folder.key_path).sealed_for(new_key)

    with pytest.raises((Crash, StoreDamaged)):
        rekey.rotate(profile.vault, key_file)
    monkeypatch.undo()
    profile.lock()

    opening = [key for key in (old_key, *new_keys) if _opens(folder.db_path, key)]
    reopened = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert reopened.vault.database_key() in (old_key, *new_keys)
        assert {e.id for e in reopened.entries()} >= ids
        assert reopened.check() == []
        assert not rekey.rekey_path(folder.db_path).exists()
        now_opening = [key for key in (old_key, *new_keys) if _opens(folder.db_path, key)]
        assert now_opening == [reopened.vault.database_key()]
    finally:
        reopened.lock()
    assert len(opening) == 1  # never a store both keys (or neither) open
    Profile.open_with_recovery_code(folder, code).lock()


def test_a_rotation_with_a_tampered_page_is_refused_and_changes_nothing(made_profile) -> None:
    profile, _code = made_profile
    ids = _big_profile(profile)
    folder = profile.folder
    old_key = profile.vault.database_key()
    key_file_before = folder.key_path.read_bytes()
    store = profile.vault.store()
    with store.reading() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    pgno = _page_count(folder.db_path) - 2  # an attachment's page
    with folder.db_path.open("r+b") as f:
        f.seek((pgno - 1) * 16384 + 500)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 0x40]))
    with pytest.raises(StoreDamaged):
        rekey.rotate(profile.vault, lambda new_key: KeyFile.load(folder.key_path).sealed_for(new_key))
    assert folder.key_path.read_bytes() == key_file_before
    assert profile.vault.database_key() == old_key
    assert not rekey.rekey_path(folder.db_path).exists()
    assert {e.id for e in profile.entries()} == ids  # the entries' pages still read


def test_a_copy_of_a_store_rotates_like_the_store(made_profile, tmp_path: Path) -> None:
    """The store as the app keeps it (its real schema, log and settings) rotates to a file
    SQLCipher opens with every row; the old key opens nothing of it."""
    profile, _code = made_profile
    ids = _big_profile(profile)
    key = profile.vault.database_key()
    profile.lock()
    copy = tmp_path / "copy.db"
    shutil.copyfile(profile.folder.db_path, copy)
    new_key = os.urandom(32)
    pages.reencrypt_file(copy, copy, key, new_key, verify=True)
    assert not _opens(copy, key)
    reopened = Store(copy, new_key)
    try:
        assert reopened.integrity_problems() == []
        with reopened.reading() as conn:
            assert {row[0] for row in conn.execute("SELECT id FROM entries")} == ids
    finally:
        reopened.close()


def _fake_worker(folder: Path, script: str) -> str:
    """A program in place of Python for the workers, running ``script`` (a shell script; its
    third argument is the queue's file descriptor)."""
    path = folder / "fake-python"
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(0o700)
    return str(path)


TAKES_ONE_AND_DIES = (
    'n=$(dd if=/proc/self/fd/$3 bs=4 count=1 2>/dev/null | od -An -tu4 | tr -d " "); echo "take $n"; exit 1'
)


@pytest.mark.parametrize(
    "python", ["/nonexistent/python3", "/bin/false", TAKES_ONE_AND_DIES], ids=["cannot-start", "dies", "dies-part-way"]
)
def test_without_a_worker_this_process_does_all_the_pages(
    tmp_path: Path, python: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that cannot start, or dies (no Python beside the app; killed), costs time,
    never the rotation: the batches it took and did not finish are done here."""
    key, new_key = os.urandom(32), os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, key, database.CIPHER_SETTINGS[0], blobs=40)
    before = _rows(source, key, database.CIPHER_SETTINGS[0])
    if python == TAKES_ONE_AND_DIES:
        python = _fake_worker(tmp_path, python)
    monkeypatch.setattr(pages.sys, "executable", python)
    target = tmp_path / "new.db"
    pages.reencrypt_file(source, target, key, new_key, verify=True)
    monkeypatch.undo()
    assert _rows(target, new_key, database.CIPHER_SETTINGS[0]) == before


def test_a_worker_dying_part_way_in_place_fails_the_restore_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In place (a restore), a batch a worker died in cannot be redone: a plain error, which
    makes the restore remove the unfinished profile."""
    key = os.urandom(32)
    source = tmp_path / "store.db"
    _made(source, key, database.CIPHER_SETTINGS[0], blobs=40)
    monkeypatch.setattr(pages.sys, "executable", _fake_worker(tmp_path, TAKES_ONE_AND_DIES))
    with pytest.raises(OSError, match="part way"):
        pages.reencrypt_file(source, source, key, os.urandom(32), verify=False)
