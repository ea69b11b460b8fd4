"""Responsiveness in the real app, offscreen: how fast Hide now hides under load, and how long
the GUI thread ever goes without turning its event loop.

``python -m bench.responsiveness_child MODE DATASET_JSON WORK_DIR REPEATS`` prints one JSON line.

- ``hide``: for each of share, open, backup and restore of the big passport, REPEATS times: the
  operation is started as the app starts it and, once it has reported 20 %, 50 % or 80 % of its
  progress, a thread of its own posts Ctrl+Shift+H to the widget with the keyboard (as the
  window system would, whatever the GUI thread is doing). Measured: from posting the key to
  the end of the neutral page's first paint.
- ``stall``: a heartbeat timer every 5 ms on the GUI thread notes when it runs; the longest
  gap between two beats is the longest the window could not answer. Measured over: unlock,
  Home with all its entries, a share, a backup, a restore, opening the share (practitioner),
  and a practitioner's profile opening with all its shares out of date: its window made and
  painted, then the purge.

Every wait turns Qt's event loop (it never spins: the operations need the second core).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.dataset import PASSPHRASE, Dataset, folder_of
from passport.clock import now
from passport.crypto.keyfile import DEFAULT_KDF
from passport.profile import Profile
from passport.store import backup, profiles
from ui.app import PassportApp
from ui.runtime.file_chooser import FileChooser
from ui.runtime.jobs import Job
from ui.shell.restore_dialog import RestoreDialog

HEARTBEAT_MSEC = 5
AT_PROGRESS = (0.2, 0.5, 0.8)  # where in the operation the key is pressed, in turn
SETTLE_S = 0.5  # after each operation: what its end sets off (lists refreshed, pages built) counts too
TIMEOUT_S = 600.0


class Answers(FileChooser):
    """Answers the app's file questions with the paths given, in turn."""

    def __init__(self, *paths: Path) -> None:
        self.paths = list(paths)

    def open_path(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        return self.paths.pop(0)

    def save_path(self, parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
        return self.paths.pop(0)


def run_until(done: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    """Turn the event loop (sleeping while there is nothing to do) until ``done()``."""
    if done():
        return
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    poll = QTimer(interval=10)
    poll.timeout.connect(lambda: loop.quit() if done() or time.perf_counter() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("waited too long")


def settle(seconds: float) -> None:
    until = time.perf_counter() + seconds
    run_until(lambda: time.perf_counter() >= until)


def the_new_job(app: PassportApp, before: list[Job]) -> Job:
    (job,) = [job for job in app.context.jobs.running() if job not in before]
    return job


# --- opening profiles in the app ------------------------------------------------------------


def open_in_app(app: PassportApp, folder: Path, label: str) -> QWidget:
    """Hand a profile opened with its passphrase to the app (what unlocking does); its window, painted."""
    profile = Profile.open_with_passphrase(folder_of(folder, label), PASSPHRASE)
    app.controller.open_profile(profile)
    window = app.controller.main_window
    assert window is not None
    settle(1.0)  # painted, and Home's later sections built
    return window


def practitioner_copy(dataset: Dataset, work: Path) -> Path:
    """A fresh copy of the practitioner the share is for, not holding it yet."""
    copy = work / "practitioner-data" / dataset.practitioner.name
    shutil.rmtree(copy.parent, ignore_errors=True)
    copy.parent.mkdir(mode=0o700)
    shutil.copytree(dataset.practitioner, copy)
    return copy


def make_share(profile: Profile, dataset: Dataset, out: Path) -> None:
    contact = profile.people.contacts()[0]
    profile.sharing.make_share(list(dataset.shared_entry_ids), contact, now() + dt.timedelta(days=30),
                               "For our meeting", out)


# --- Hide now under load --------------------------------------------------------------------------


class NeutralPainted(QObject):
    """Notes when the neutral page's first paint has run: the time of the last paint event of
    the page or anything inside it in that first flush. (Not a zero timer after it: locking may
    paint the page at once and only then wait for the store to close, which is not the screen.)"""

    def __init__(self, neutral: QWidget) -> None:
        super().__init__()
        self.neutral = neutral
        self.last_paint: float | None = None
        self.done_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.done_at is None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self.neutral or self.neutral.isAncestorOf(watched))):
            if self.last_paint is None:
                QTimer.singleShot(0, self._flushed)
            self.last_paint = time.perf_counter()
        return False

    def _flushed(self) -> None:
        self.done_at = self.last_paint


def press_hide_at(job: Job, fraction: float, window: QWidget) -> dict[str, object]:
    """Once ``job`` reports ``fraction`` done (or has ended, if it ends before: then it is not
    under load, and said so), a thread posts Ctrl+Shift+H to where the keyboard is."""
    pressed: dict[str, object] = {}

    def post(receiver: QWidget) -> None:
        pressed["job_running"] = not job.done.is_set()
        pressed["at"] = time.perf_counter()
        QCoreApplication.postEvent(receiver, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))

    def press() -> None:
        if "receiver" not in pressed:
            receiver = QApplication.activeModalWidget() or QApplication.focusWidget() or window
            pressed["receiver"] = receiver
            threading.Thread(target=post, args=(receiver,), daemon=True).start()

    def progressed(done: int, total: int) -> None:
        if total and done >= fraction * total:
            press()

    job.signals.progress.connect(progressed)
    job.signals.finished.connect(lambda _result: press())
    job.signals.failed.connect(lambda _error: press())
    return pressed


def hide_once(app: PassportApp, job: Job, fraction: float) -> dict[str, object]:
    start = app.controller.start_window
    watch = NeutralPainted(start.neutral)
    app.qt_app.installEventFilter(watch)
    pressed = press_hide_at(job, fraction, start)
    try:
        run_until(lambda: watch.done_at is not None, 60)
    finally:
        app.qt_app.removeEventFilter(watch)
    run_until(job.done.is_set)  # a cancelled job stops at its next piece
    assert start.pages.currentWidget() is start.neutral and app.controller.main_window is None
    return {"fraction": fraction, "job_running": pressed["job_running"],
            "ms": (watch.done_at - float(pressed["at"])) * 1000}  # type: ignore[arg-type,operator]


def start_under_hide(app: PassportApp, op: str, dataset: Dataset, work: Path) -> Job:
    """Open the profile the operation belongs to and start the operation as the app does."""
    if op == "open":
        window = open_in_app(app, practitioner_copy(dataset, work), "Work")
    else:
        window = open_in_app(app, dataset.young_person, "Blue notebook")
    before = app.context.jobs.running()
    if op == "open":
        window.open_file(work / "share.wpb")
    elif op == "share":
        session = window.session
        contact = session.profile.people.contacts()[0]
        session.run(session.profile.sharing.make_share, list(dataset.shared_entry_ids), contact,
                    now() + dt.timedelta(days=30), "For our meeting", work / "hidden.wpb",
                    on_finished=session.apply, on_progress=lambda _done, _total: None)
    elif op == "backup":
        window.files = Answers(work / "hidden.wpbackup")
        window.open_backup_dialog()
        QTest.mouseClick(window.backup_dialog.save_button, Qt.MouseButton.LeftButton)
    else:  # restore: what the restore dialog starts, while a profile is on screen
        into = work / "restored-data"
        into.mkdir(mode=0o700)
        app.context.jobs.start(Profile.restore_backup, into, work / "passport.wpbackup", dataset.young_person_code,
                               PASSPHRASE, kdf=DEFAULT_KDF, on_progress=lambda _done, _total: None)
    return the_new_job(app, before)


def hide(dataset: Dataset, work: Path, repeats: int) -> dict[str, object]:
    app = PassportApp(["--data-dir", str(dataset.data_dir)])
    settle(1.0)
    # What opening and restoring work on, made first (untimed) through the core.
    profile = Profile.open_with_recovery_code(folder_of(dataset.young_person, "Blue notebook"),
                                              dataset.young_person_code)
    make_share(profile, dataset, work / "share.wpb")
    backup.save_backup(profile.vault, work / "passport.wpbackup")
    profile.lock()
    runs: dict[str, list[dict[str, object]]] = {op: [] for op in ("share", "open", "backup", "restore")}
    for number in range(repeats):
        fraction = AT_PROGRESS[number % len(AT_PROGRESS)]
        for op, presses in runs.items():
            presses.append(hide_once(app, start_under_hide(app, op, dataset, work), fraction))
            for leftover in ("hidden.wpb", "hidden.wpbackup", "restored-data", "practitioner-data"):
                path = work / leftover
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    return {"hide": runs}


# --- the longest stall ------------------------------------------------------------------------------


class Heartbeat(QObject):
    """A precise timer every few milliseconds; the gaps between its beats are the stalls."""

    def __init__(self) -> None:
        super().__init__()
        self.beats: list[float] = []
        self.timer = QTimer(self, interval=HEARTBEAT_MSEC, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self, since: float, until: float) -> dict[str, float]:
        """The longest stretch of [since, until] without a beat, in milliseconds, and where it
        began, in seconds from ``since`` (of how many the operation took). Only the part of a gap
        inside the operation's stretch counts: what the bench itself did just before it (copied
        its data, derived a key to hand over) is not the operation's, nor what follows its end."""
        gaps = [(min(after, until) - max(before, since), max(before, since))
                for before, after in zip(self.beats, self.beats[1:], strict=False) if after > since and before < until]
        gap, began = max(gaps, default=(0.0, since))
        return {"ms": gap * 1000, "began_s": began - since, "of_s": until - since}


class Phases:
    """Each operation's stretch of time, so each gap is told against the operation it fell in."""

    def __init__(self, beat: Heartbeat) -> None:
        self.beat = beat
        self.spans: dict[str, tuple[float, float]] = {}

    def timed(self, name: str, begin: Callable[[], object], finished: Callable[[], bool]) -> None:
        """``begin()``, then until ``finished()``, and what its end sets off (SETTLE_S)."""
        began = time.perf_counter()
        begin()
        run_until(finished)
        settle(SETTLE_S)
        self.spans[name] = (began, time.perf_counter())

    def worst(self) -> dict[str, dict[str, float]]:
        return {name: self.beat.longest_gap(since, until) for name, (since, until) in self.spans.items()}


def unlock_and_home(app: PassportApp, dataset: Dataset, phases: Phases) -> QWidget:
    """Unlock: the passphrase typed, Enter, the Argon2id job, until the profile is handed to the
    app. Home: the window made and painted (the gap ending after that hand-over) and the rest
    of its sections built one per turn."""
    start = app.controller.start_window
    handed: list[float] = []
    start.unlock.unlocked.connect(lambda _profile: handed.append(time.perf_counter()))
    QTest.keyClicks(start.unlock.field, PASSPHRASE)
    began = time.perf_counter()
    QTest.keyClick(start.unlock.field, Qt.Key.Key_Return)
    run_until(lambda: bool(handed))
    phases.spans["unlock"] = (began, handed[0])
    settle(1.5)
    phases.spans["home"] = (handed[0], time.perf_counter())
    window = app.controller.main_window
    assert window is not None
    return window


def share_and_backup(window: QWidget, dataset: Dataset, work: Path, phases: Phases) -> None:
    session = window.session
    contact = session.profile.people.contacts()[0]
    done: list[object] = []
    phases.timed("share", lambda: session.run(
        session.profile.sharing.make_share, list(dataset.shared_entry_ids), contact, now() + dt.timedelta(days=30),
        "For our meeting", work / "stall.wpb", on_finished=lambda change: done.append(session.apply(change)),
        on_progress=lambda _done, _total: None), lambda: bool(done))
    window.files = Answers(work / "stall.wpbackup")
    window.open_backup_dialog()
    dialog = window.backup_dialog
    settle(0.3)
    phases.timed("backup", lambda: QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton),
                 dialog.save_button.isEnabled)
    dialog.reject()


def restore_from_the_list(app: PassportApp, dataset: Dataset, work: Path, phases: Phases) -> bool:
    """The restore dialog, from the list, restoring the backup just saved."""
    restore = RestoreDialog(app.context, Answers(work / "stall.wpbackup"), parent=app.controller.start_window)
    restore.open()
    QTest.mouseClick(restore.choose_button, Qt.MouseButton.LeftButton)
    restore.code_field.setText(dataset.young_person_code)
    restore.passphrase.first.setText(PASSPHRASE)
    restore.passphrase.second.setText(PASSPHRASE)
    settle(0.3)
    phases.timed("restore", lambda: QTest.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton),
                 lambda: restore.pages.currentIndex() == 1 or bool(restore.error.text()))
    restored = restore.profile.folder.path if restore.profile is not None else None
    restore.reject()  # it stays on the list, locked; removed here, as it was only for measuring
    if restored is not None:
        shutil.rmtree(restored, ignore_errors=True)
    return restored is not None


def purge_on_opening(app: PassportApp, dataset: Dataset, work: Path, beat: Heartbeat, phases: Phases) -> int:
    """A caseload all out of date when the practitioner's profile opens. The window's own making
    and first paint (the gap ending with the first beat after it) is told apart from the purge."""
    inbox = work / "inbox-data" / dataset.inbox.name
    shutil.copytree(dataset.inbox, inbox)
    caseload = Profile.open_with_passphrase(folder_of(inbox, "Caseload"), PASSPHRASE)
    with caseload.vault.writing() as conn:
        conn.execute("UPDATE received_bundles SET expires_at = ?", ((now() - dt.timedelta(days=1)).isoformat(),))
    began = time.perf_counter()
    app.controller.open_profile(caseload)
    made = time.perf_counter()
    run_until(lambda: beat.beats[-1] > made)
    first_beat = next(b for b in beat.beats if b > made)
    phases.spans["practitioner window"] = (began, first_beat)
    run_until(lambda: not app.context.jobs.running())
    settle(SETTLE_S)
    phases.spans["purge"] = (first_beat, time.perf_counter())
    with caseload.vault.reading() as conn:
        return conn.execute("SELECT count(*) FROM received_bundles").fetchone()[0]


def stall(dataset: Dataset, work: Path) -> dict[str, object]:
    app = PassportApp(["--data-dir", str(dataset.data_dir)])
    folder = next(f for f in profiles.list_profiles(dataset.data_dir) if f.path == dataset.young_person)
    app.controller.start_window.show_unlock(folder)
    settle(1.5)  # the unlock screen painted, and the app's windows imported while one types
    beat = Heartbeat()
    phases = Phases(beat)
    window = unlock_and_home(app, dataset, phases)
    share_and_backup(window, dataset, work, phases)
    app.controller.lock()
    settle(0.3)
    restored = restore_from_the_list(app, dataset, work, phases)
    practitioner = open_in_app(app, practitioner_copy(dataset, work), "Work")
    phases.timed("open", lambda: practitioner.open_file(work / "stall.wpb"), practitioner.open_button.isEnabled)
    opened = practitioner.model.rowCount() == 1
    app.controller.lock()
    settle(0.3)
    left = purge_on_opening(app, dataset, work, beat, phases)
    beat.timer.stop()
    worst = phases.worst()
    return {"stall_ms": {name: gap["ms"] for name, gap in worst.items()}, "where": worst,
            "heartbeat_ms": HEARTBEAT_MSEC, "restored": restored, "opened": opened, "left_after_purge": left,
            "beats": len(beat.beats)}


def main(argv: list[str]) -> int:
    mode, dataset, work = argv[0], Dataset.load(Path(argv[1])), Path(argv[2])
    repeats = int(argv[3]) if len(argv) > 3 else 1
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    if mode == "hide":
        result = hide(dataset, work, repeats)
    elif mode == "stall":
        result = stall(dataset, work)
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    os._exit(0)  # as bench.gui_child: nothing more is measured, and the bench removes the data


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main(sys.argv[1:]))
