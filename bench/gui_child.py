"""The figures measured in the real app, offscreen, each in a fresh process.

``python -m bench.gui_child MODE DATASET_JSON [REPEATS]`` prints one JSON line. Modes:

- ``home``: the app at its unlock screen; the profile opened; time from handing it to
  the app (what a successful unlock does) to the first paint of Home.
- ``practitioner``: the same for a practitioner's profile, to its list painted.
- ``interactive``: unlock (minus the Argon2id call), search as you type, and saving an
  edited entry with its revision, in one app process.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.dataset import PASSPHRASE, Dataset, folder_of
from passport.crypto import keyfile
from passport.profile import Profile
from ui.app import PassportApp
from ui.windows.main_window import SEARCH

SEARCH_WORDS = ("football", "sleep", "headphones", "grandad", "music school", "hot chocolate")
PAINT_TIMEOUT_S = 30.0
TYPING_S = 1.0


class PaintWatch(QObject):
    """Notes the first paint event of a widget or anything inside it."""

    def __init__(self) -> None:
        super().__init__()
        self.target: QWidget | None = None
        self.seen = False

    def watch(self, target: QWidget) -> None:
        self.target, self.seen = target, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        target = self.target
        if (target is not None and not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and (watched is target or target.isAncestorOf(watched))):
            self.seen = True
        return False

    def wait(self) -> float:
        """Process events until the watched widget has painted; return the time then. The
        whole flush that painted it has finished by the time processEvents returns."""
        app = QApplication.instance()
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        while not self.seen:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if time.perf_counter() > deadline:
                raise TimeoutError("the widget was never painted")
        return time.perf_counter()


def start_app(data_dir: Path, folder_path: Path) -> tuple[PassportApp, PaintWatch]:
    """The app as a person sees it before unlocking: the unlock screen, painted."""
    app = PassportApp(["--data-dir", str(data_dir)])
    watch = PaintWatch()
    app.qt_app.installEventFilter(watch)
    start = app.controller.start_window
    folder = next(f for f in _folders(data_dir) if f.path == folder_path)
    start.show_unlock(folder)
    watch.watch(start.unlock)
    watch.wait()
    # A person takes a few seconds to type a passphrase; the app uses them to import its
    # windows (ui.runtime.idle_imports.ImportsWhenIdle). Give it one second before unlocking, so what is
    # measured next is the unlocking, not that.
    settled = time.perf_counter() + TYPING_S
    while time.perf_counter() < settled:
        app.qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return app, watch


def _folders(data_dir: Path) -> list:
    from passport.store import profiles

    return profiles.list_profiles(data_dir)


def opened_to_painted(app: PassportApp, watch: PaintWatch, profile: Profile,
                      target: Callable[[QWidget], QWidget]) -> float:
    """Seconds from handing an open profile to the app to ``target`` of its window painted."""
    started = time.perf_counter()
    app.controller.open_profile(profile)
    window = app.controller.main_window
    assert window is not None
    watch.watch(target(window))
    return watch.wait() - started


def home(dataset: Dataset) -> dict[str, float]:
    app, watch = start_app(dataset.data_dir, dataset.young_person)
    profile = Profile.open_with_recovery_code(folder_of(dataset.young_person, "Blue notebook"),
                                              dataset.young_person_code)
    seconds = opened_to_painted(app, watch, profile, lambda window: window.home)
    return {"home_painted_s": seconds}


def practitioner(dataset: Dataset) -> dict[str, float]:
    app, watch = start_app(dataset.inbox_dir, dataset.inbox)
    profile = Profile.open_with_recovery_code(folder_of(dataset.inbox, "Caseload"), dataset.inbox_code)
    seconds = opened_to_painted(app, watch, profile, lambda window: window.list)
    rows = app.controller.main_window.model.rowCount()
    return {"practitioner_list_painted_s": seconds, "rows": rows}


# --- unlock, search, save ---------------------------------------------------------------


def unlock(dataset: Dataset, repeats: int) -> dict[str, object]:
    """Open with the passphrase, timing the Argon2id call inside that very unlock, so the
    difference is exactly what the app adds around the deliberate key derivation."""
    real_derive = keyfile._derive
    kdf_times: list[float] = []

    def timed_derive(kdf: keyfile.Argon2Params | keyfile.HkdfParams, secret: bytes) -> bytes:
        started = time.perf_counter()
        try:
            return real_derive(kdf, secret)
        finally:
            kdf_times.append(time.perf_counter() - started)

    keyfile._derive = timed_derive
    totals, extras = [], []
    try:
        for _ in range(repeats):
            kdf_times.clear()
            started = time.perf_counter()
            profile = Profile.open_with_passphrase(folder_of(dataset.young_person, "Blue notebook"), PASSPHRASE)
            total = time.perf_counter() - started
            profile.lock()
            totals.append(total)
            extras.append(total - sum(kdf_times))
    finally:
        keyfile._derive = real_derive
    return {"unlock_minus_kdf_s": statistics.median(extras), "unlock_total_s": statistics.median(totals),
            "argon2id_s": statistics.median(t - e for t, e in zip(totals, extras, strict=True)),
            "unlock_minus_kdf_all_s": extras}


def search(app: PassportApp, words: tuple[str, ...]) -> dict[str, object]:
    """Per keystroke: a real key event into the search field, then the view's own search
    (what its 150 ms debounce timer calls), until the results model is updated. The
    debounce wait itself is left out: it is a deliberate pause, not work."""
    window = app.controller.main_window
    window.show_page(SEARCH)
    view = window.search
    QApplication.processEvents()
    times, hits = [], []
    for word in words:
        view.field.clear()
        view.search_now()
        QApplication.processEvents()
        for char in word:
            started = time.perf_counter()
            QTest.keyClick(view.field, char)
            view.search_now()
            times.append(time.perf_counter() - started)
            hits.append(view.model.rowCount())
            QApplication.processEvents()  # let the results paint before the next key, as a person would
    return {"search_s": times, "search_hits": hits}


def save(app: PassportApp, count: int) -> dict[str, object]:
    """Open an entry in the real editor, type, and time save_now (the same call autosave
    and leaving the page make): a new revision in the store, and every view told."""
    window = app.controller.main_window
    profile = window.session.profile
    ids = [entry.id for entry in profile.entries(limit=count * 20)][::20][:count]
    editor = window.editor
    times = []
    for entry_id in ids:
        window.open_entry(entry_id)
        QApplication.processEvents()
        QTest.keyClicks(editor.body_edit, " And that is still true.")
        started = time.perf_counter()
        assert editor.save_now()
        times.append(time.perf_counter() - started)
        QApplication.processEvents()
    revisions = len(profile.revisions(ids[0]))
    return {"save_s": times, "revisions_of_first": revisions}


def interactive(dataset: Dataset, repeats: int) -> dict[str, object]:
    result: dict[str, object] = unlock(dataset, repeats)
    app, watch = start_app(dataset.data_dir, dataset.young_person)
    profile = Profile.open_with_recovery_code(folder_of(dataset.young_person, "Blue notebook"),
                                              dataset.young_person_code)
    opened_to_painted(app, watch, profile, lambda window: window.home)
    result |= search(app, SEARCH_WORDS)
    result |= save(app, max(10, repeats * 10))
    app.controller.main_window.show_page(0)
    return result


def main(argv: list[str]) -> int:
    mode, dataset = argv[0], Dataset.load(Path(argv[1]))
    repeats = int(argv[2]) if len(argv) > 2 else 3
    if mode == "home":
        result = home(dataset)
    elif mode == "practitioner":
        result = practitioner(dataset)
    elif mode == "interactive":
        result = interactive(dataset, repeats)
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    # Skip tearing the windows down: nothing more is measured, and the profile's data
    # folder belongs to the bench, which removes it.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
