"""The encrypted store: one SQLCipher 4 database per profile, opened with a raw key."""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from passport.errors import DiskFull, ProfileBusy, ProfileLocked, StoreDamaged, UnsupportedVersion, disk_full
from passport.fileio import FILE_MODE, fsync_folder
from passport.store import pages
from passport.store.migrations import LATEST, MIGRATIONS

# sqlcipher3 ships no type information, so to mypy these are its untyped classes (Any).
Connection: TypeAlias = sqlcipher3.Connection
# SQLCipher settings new databases are made with, then SQLCipher 4's defaults (which the
# first builds used): (page size, page HMAC).
CIPHER_SETTINGS = ((16384, "HMAC_SHA256"), (4096, "HMAC_SHA512"))
DatabaseError: TypeAlias = sqlcipher3.DatabaseError
Progress: TypeAlias = Callable[[int, int], None]
# A row as a query returns it: one value per column, of whichever type SQLite stored.
Row: TypeAlias = tuple[Any, ...]


class _TurnLock:
    """The store's one re-entrant lock, which a long import can hand to whoever is waiting
    for it (:meth:`hand_over`), so that the GUI thread's reads never wait behind it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._queue = threading.Condition(threading.Lock())
        self._waiting = 0  # threads blocked in acquire
        self._served = 0  # waiters that have had their turn
        self._depth = 0  # how many times the owner holds it

    def acquire(self, blocking: bool = True) -> bool:
        if not self._lock.acquire(blocking=False):
            if not blocking:
                return False
            with self._queue:
                self._waiting += 1
            try:
                self._lock.acquire()
            finally:
                with self._queue:
                    self._waiting -= 1
                    self._served += 1
                    self._queue.notify_all()
        self._depth += 1
        return True

    def release(self) -> None:
        self._depth -= 1
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()

    @property
    def someone_waiting(self) -> bool:
        return self._waiting > 0

    def hand_over(self) -> bool:
        """Let a thread waiting now go first, then take the lock back (which waits for it to
        finish). Only where the caller holds the lock once; False when it could not."""
        if self._depth != 1:
            return False
        with self._queue:
            served = self._served
        self.release()
        try:
            with self._queue:
                # The timeout is a guard only: a waiter always gets the free lock at once.
                self._queue.wait_for(lambda: self._served > served or self._waiting == 0, timeout=1.0)
        finally:
            self.acquire()
        return True


class Appending:
    """An import in progress (see :meth:`Store.appending_transaction`)."""

    def __init__(self, connection: Callable[[], Connection], breathe: Callable[[], None]) -> None:
        self._connection = connection
        self.breathe = breathe
        """If another thread waits for the store, commit what is written so far, let it go
        first, and carry on in a new transaction. Raises ProfileLocked when the profile was
        locked meanwhile (what was committed stays unverified, for the caller to remove)."""

    @property
    def conn(self) -> Connection:
        return self._connection()


class Store:
    """An open database. Every statement runs under one lock, so worker threads and the
    GUI thread can share the connection safely; writes go through :meth:`transaction`."""

    def __init__(self, path: Path, key: bytes, *, upgrade_to: int = LATEST) -> None:
        self.path = path
        self._lock = _TurnLock()
        self._conn: Connection | None = None
        self._still_readers = 0  # backups reading the file beside the store's own connection
        self._settings = CIPHER_SETTINGS[0]  # the page size and HMAC the file was made with
        try:
            self._conn, self._settings = _connect_with_settings(path, key)
            self._migrate(upgrade_to)
        except DatabaseError as exc:
            self.close()
            raise _disk_error(exc) or _no_room_beside(path, key) or StoreDamaged(str(exc)) from exc
        except BaseException:
            self.close()
            raise
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.chmod(f"{path}{suffix}", FILE_MODE)

    @staticmethod
    def _connect(path: Path, key: bytes) -> Connection:
        return _connect_with_settings(path, key)[0]

    @staticmethod
    def probe(path: Path, key: bytes, *, immutable: bool = False) -> None:
        """Raise DatabaseError unless ``key`` opens the database at ``path``, which is left as it
        is (``immutable``: read without even the log's shared memory, so nothing is written)."""
        if not path.is_file():
            raise DatabaseError("no database there")
        uri = f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")
        for page_size, hmac in CIPHER_SETTINGS:
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
            try:
                conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                conn.execute(f"PRAGMA cipher_page_size = {page_size}")
                conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return
            except DatabaseError:
                if (page_size, hmac) == CIPHER_SETTINGS[-1]:
                    raise
            finally:
                conn.close()

    def _migrate(self, target: int) -> None:
        current = self.schema_version()
        if current > LATEST:
            raise UnsupportedVersion(f"database schema {current} is newer than this app")
        for version in range(current + 1, target + 1):
            with self.transaction() as conn:
                for statement in _statements(MIGRATIONS[version]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")

    def schema_version(self) -> int:
        with self._lock:
            return int(self._open_conn().execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction: all of it is committed, or none of it."""
        with self._lock, self._begun() as conn:
            yield conn

    @contextlib.contextmanager
    def _begun(self) -> Iterator[Connection]:
        """A write transaction on the connection (the caller holds the lock)."""
        conn = self._open_conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            # A COMMIT that fails (a full disk) leaves the transaction open: roll it back too.
            self._open_conn().execute("COMMIT")
        except BaseException as exc:
            # Closed meanwhile (locked during an import): closing rolled it back already.
            still_open = self._conn
            if still_open is not None and still_open is conn and still_open.in_transaction:
                still_open.execute("ROLLBACK")
            typed = (_disk_error(exc) or _damage(exc)) if isinstance(exc, sqlcipher3.DatabaseError) else None
            if typed is not None:
                raise typed from exc
            raise

    @contextlib.contextmanager
    def appending_transaction(self) -> Iterator[Appending]:
        """Writes that add a lot of new data (a share of hundreds of MB), in one or more
        transactions: the caller calls :meth:`Appending.breathe` between pieces, which commits
        what is written so far and lets any other thread waiting for the store go first, so
        reads never wait behind a whole import. What is committed part way must therefore be
        invisible until the caller marks it complete in the last transaction (a share's
        ``verified`` flag), and the caller removes it if the import fails.

        It runs with the rollback journal instead of the write-ahead log: pages added past
        the end of the file need no copy in a journal, where the log writes every byte
        twice (into the log, then into the file at the checkpoint). That makes opening a
        large share about a third quicker. It is as safe: a crash part way leaves a journal
        that rolls the last transaction back when the profile is next opened; and with
        ``synchronous=EXTRA`` the journal's deletion is synced too, so a power cut just
        after the commit cannot bring the journal back and undo it.
        """
        with self._lock:
            conn = self._open_conn()
            try:
                switched = _journal_mode(conn, "delete") == "delete"
            except DatabaseError:
                switched = False  # the log stays: slower, never less safe
            try:
                if switched:
                    conn.execute("PRAGMA synchronous = EXTRA")
                with self._begun():
                    yield Appending(self._open_conn, self._let_waiting_in)
            finally:
                conn = self._conn
                if switched and conn is not None:
                    # If the log cannot come back (a full disk), the journal carries on, just
                    # as safe; the next open asks for the log again.
                    with contextlib.suppress(DatabaseError):
                        conn.execute("PRAGMA synchronous = FULL")
                        _journal_mode(conn, "wal")
                        # The switch changes the file's header, so SQLite reloads the schema
                        # on the next statement; done here, in a plain read, and not inside
                        # a checkpoint, which would then refuse as "locked".
                        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()

    def _let_waiting_in(self) -> None:
        if not self._lock.someone_waiting:
            return
        # Errors here reach the enclosing transaction, which rolls back and types them.
        self._open_conn().execute("COMMIT")
        self._lock.hand_over()
        self._open_conn().execute("BEGIN IMMEDIATE")

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._lock:
            try:
                yield self._open_conn()
            except DatabaseError as exc:
                typed = _disk_error(exc) or _damage(exc)
                if typed is not None:
                    raise typed from exc
                raise

    def _open_conn(self) -> Connection:
        if self._conn is None:
            raise ProfileLocked("the profile is locked")
        return self._conn

    def forget_deleted(self) -> None:
        """Push erased content out of the write-ahead log, so it is gone from disk too."""
        with self._lock:
            try:
                self._open_conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except DatabaseError as exc:
                disk = _disk_error(exc)
                if disk is None:
                    raise
                raise disk from exc

    @contextlib.contextmanager
    def still_file(self, key: bytes) -> Iterator[None]:
        """Keep the database file still while it is copied (a backup), without holding the
        store's lock for the whole copy, so locking and new edits never wait behind it.

        The log is checkpointed into the file, then a second connection holds a read
        transaction that started with the log empty: while it does, SQLite copies nothing
        from the log into the file (a checkpoint first needs the lock such a reader holds),
        so the file's bytes stay exactly as they were. Edits made meanwhile go to the log.
        """
        reader = self._connect(self.path, key)
        with self._lock:
            self._still_readers += 1
        try:
            with self._lock:
                ((busy, log_frames, _done),) = self._open_conn().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                reader.execute("BEGIN")
                reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
            if busy or log_frames > 0:
                # Never expected with one connection; if it happens, the old way: hold the lock.
                with self._lock:
                    yield
            else:
                yield
        except DatabaseError as exc:
            raise _disk_error(exc) or _damage(exc) or exc from exc
        finally:
            with contextlib.suppress(DatabaseError):
                reader.execute("ROLLBACK")
            reader.close()
            with self._lock:
                self._still_readers -= 1

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page HMAC check and SQLite's own check; empty when all is well."""
        with self._lock:
            conn = self._open_conn()
            try:
                problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
                problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
            except DatabaseError as exc:
                # No space, or a disk that refuses, is not damage: say so, and report nothing
                # as a problem of the profile (it passes again once there is space).
                disk = _disk_error(exc)
                if disk is not None:
                    raise disk from exc
                problems = [str(exc)]
        return problems

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """No statement of any other thread runs while the block does (a key rotation)."""
        with self._lock:
            self._open_conn()
            yield

    def export_to(
        self, target: Path, key: bytes, progress: Progress | None = None, *, current_key: bytes | None = None
    ) -> None:
        """Copy the whole database into a new file ``target`` encrypted with ``key``, with the
        settings of new databases; the new file is synced to disk.

        Given the store's ``current_key``, and the store already has those settings, the file is
        re-encrypted page by page into the new file, on every core (:mod:`passport.store.pages`):
        several times quicker than rebuilding it table by table, in a tenth of the memory. Otherwise
        (or a store made with SQLCipher's old defaults) SQLCipher's ``sqlcipher_export``."""
        if current_key is not None and self._settings == CIPHER_SETTINGS[0]:
            self._copy_rekeyed(target, current_key, key, progress)
            return
        page_size, hmac = CIPHER_SETTINGS[0]
        with self._lock:
            conn = self._open_conn()
            total = 1

            def report() -> int:
                if progress is not None:
                    with contextlib.suppress(OSError):
                        progress(min(target.stat().st_size, total), total)
                return 0

            try:
                ((busy, log_frames, _done),) = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                if busy or log_frames > 0 or self._still_readers:
                    # Another connection (a backup's, see still_file) still reads: the store
                    # must not be moved from under it.
                    raise ProfileBusy("a backup is being saved")
                total = max(self.path.stat().st_size, 1)
                conn.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table
                old_umask = os.umask(0o077)
                try:
                    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{key.hex()}'\"", (str(target),))
                finally:
                    os.umask(old_umask)
                try:
                    conn.execute(f"PRAGMA rekeyed.cipher_page_size = {page_size}")
                    conn.execute(f"PRAGMA rekeyed.cipher_hmac_algorithm = {hmac}")
                    _journal_mode(conn, "delete", "rekeyed")
                    conn.execute("PRAGMA rekeyed.synchronous = FULL")
                    conn.set_progress_handler(report, 20_000)
                    try:
                        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
                        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
                        conn.execute(f"PRAGMA rekeyed.user_version = {version}")
                    finally:
                        conn.set_progress_handler(None, 0)
                finally:
                    conn.execute("DETACH DATABASE rekeyed")
                    conn.execute("PRAGMA foreign_keys = ON")
            except DatabaseError as exc:
                raise _disk_error(exc) or _damage(exc) or exc from exc
            _sync_file(target)
            if progress is not None:
                progress(total, total)

    def _copy_rekeyed(self, target: Path, current_key: bytes, key: bytes, progress: Progress | None) -> None:
        with self._lock:
            conn = self._open_conn()
            try:
                ((busy, log_frames, _done),) = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except DatabaseError as exc:
                raise _disk_error(exc) or _damage(exc) or exc from exc
            if busy or log_frames > 0 or self._still_readers:
                raise ProfileBusy("a backup is being saved")  # see export_to
            # The log is empty and no statement runs while the lock is held: the file is the
            # whole database, and stays still while it is read. It is read once and written
            # once, into the new file, every page's HMAC checked on the way (pages.py).
            pages.reencrypt_file(self.path, target, current_key, key, verify=True, progress=progress)
        _sync_file(target)

    def close(self) -> None:
        """Close the connection. While another thread is using it (a long export or check),
        its statement is interrupted first, so closing waits at most for that statement.
        (Only then: an interrupt would also stop the checkpoint that closing runs.)"""
        if not self._lock.acquire(blocking=False):
            conn = self._conn
            if conn is not None:
                with contextlib.suppress(DatabaseError):
                    conn.interrupt()
            self._lock.acquire()
        try:
            if self._conn is not None:
                with contextlib.suppress(DatabaseError):
                    self._conn.close()
                self._conn = None
        finally:
            self._lock.release()


def _keyed(path: Path, key: bytes) -> tuple[Connection, tuple[int, str]]:
    """A connection to ``path`` that ``key`` opens, and the cipher settings it opened with."""
    # New databases use 16 KiB pages (a quarter as many pages to decrypt and check for
    # the same bytes) and HMAC-SHA256 per page (hardware-accelerated on most CPUs,
    # unlike SHA-512): together they read attachments back about three times faster.
    # A database made with SQLCipher's defaults still opens (the second try).
    for page_size, hmac in CIPHER_SETTINGS:
        old_umask = os.umask(0o077)  # the database, its WAL and shared-memory files: 0600
        try:
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        finally:
            os.umask(old_umask)
        try:
            # SQLCipher logs "ERROR CORE ... hmac check failed" to stderr for a wrong key or
            # a damaged page; we raise a typed error instead, and the CLI says one sentence.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute(f"PRAGMA cipher_page_size = {page_size}")
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
            # Fails here, not later, if the key, the page size or the file is wrong.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except DatabaseError:
            conn.close()
            if (page_size, hmac) == CIPHER_SETTINGS[-1]:
                raise
    return conn, (page_size, hmac)


def rekey_file(path: Path, key: bytes, new_key: bytes) -> None:
    """Re-encrypt the database file at ``path`` from ``key`` to ``new_key`` in place, page by
    page on every core (:mod:`passport.store.pages`), and sync it. Only for a file that is no
    one's profile yet and came through an authenticated age stream (a backup being restored):
    page 1's HMAC proves the key fits, the rest are not checked again (whoever could make the
    backup holds its key, and age refused any byte changed since); it runs without a journal,
    so a crash part way leaves the file unreadable, and then it is dropped as unfinished."""
    pages.reencrypt_file(path, path, key, new_key, verify=False)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
    _sync_file(path)


def _connect_with_settings(path: Path, key: bytes) -> tuple[Connection, tuple[int, str]]:
    """A connection as the store uses it (write-ahead log, synced commits), and the cipher
    settings the file turned out to have."""
    conn, settings = _keyed(path, key)
    _journal_mode(conn, "wal")
    for pragma in (
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "foreign_keys = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn, settings


def _disk_error(exc: DatabaseError) -> OSError | None:
    """SQLite's word for a full disk or a failed write, as the OSError it is, so the app
    can tell the person to make space (the transaction was rolled back)."""
    message = str(exc)
    if "database or disk is full" in message:
        return DiskFull(errno.ENOSPC, "not enough space to save")
    if "disk I/O error" in message:
        return OSError(errno.EIO, "the disk refused a write")
    return None


def _sync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_folder(path.parent)
    except OSError as exc:
        full = disk_full(exc)
        if full is None:
            raise
        raise full from exc


def _no_room_beside(path: Path, key: bytes) -> DiskFull | None:
    """SQLCipher says "file is not a database" when it cannot make the log's shared-memory
    file beside the store (a full disk): if the store reads well without writing anything,
    it is the disk, not damage."""
    try:
        Store.probe(path, key, immutable=True)
    except DatabaseError:
        return None
    return DiskFull(errno.ENOSPC, "no room beside the store to open it")


def _damage(exc: DatabaseError) -> StoreDamaged | ProfileLocked | None:
    """A page that fails SQLCipher's HMAC check, or a broken file, as the typed error the
    app explains in words ("may be damaged"); a statement stopped by locking, as locked."""
    message = str(exc)
    if message == "interrupted":  # the profile was locked while a statement ran (see close)
        return ProfileLocked("the profile was locked")
    if "malformed" in message or "file is not a database" in message or "corrupt" in message:
        return StoreDamaged(message)
    return None


def _journal_mode(conn: Connection, mode: str, schema: str = "main") -> str:
    """Ask for a journal mode; SQLite answers with the mode now in force. (Every row is
    read, so the statement is finished and holds no lock.)"""
    ((now_in_force,),) = conn.execute(f"PRAGMA {schema}.journal_mode = {mode}").fetchall()
    return str(now_in_force).lower()


def _statements(script: str) -> list[str]:
    """Split a migration into statements (trigger bodies keep their inner semicolons)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlcipher3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    return statements
