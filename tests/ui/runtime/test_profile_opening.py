"""One opening of a profile at a time: an opening the person left is locked again when it ends,
and a failure nobody waits for any more says nothing (the unlock screen and the pieces dialog
rely on both)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from passport.errors import WrongSecret
from passport.profile import Profile
from tests.helpers import PASSPHRASE
from ui.runtime.jobs import JobRunner
from ui.runtime.profile_opening import ProfileOpening


def _held_runner() -> tuple[JobRunner, threading.Event, QThreadPool]:
    """A one-thread pool kept busy until the test lets it go, so an opening waits in line."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    gate = threading.Event()
    pool.start(lambda: gate.wait(10))
    return JobRunner(pool=pool), gate, pool


def test_an_opening_that_ends_is_handed_over(qtbot, made_profile):
    profile, _code = made_profile
    profile.lock()
    opened: list[Profile] = []
    failed: list[BaseException] = []
    opening = ProfileOpening(JobRunner(), opened.append, failed.append)
    opening.start(Profile.open_with_passphrase, profile.folder, PASSPHRASE)
    assert opening.running
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert not opening.running and not failed
    assert not opened[0].is_locked
    opened[0].lock()


def test_an_opening_left_behind_is_locked_when_it_ends(qtbot, made_profile):
    profile, _code = made_profile
    profile.lock()
    runner, gate, pool = _held_runner()
    opened: list[Profile] = []
    opening = ProfileOpening(runner, opened.append, lambda exc: None)
    opening.start(Profile.open_with_passphrase, profile.folder, PASSPHRASE)
    job = opening.job
    assert job is not None
    opening.leave()
    assert not opening.running
    with qtbot.waitSignal(job.signals.finished, timeout=10_000) as late:
        gate.set()
    pool.waitForDone()
    assert late.args[0].is_locked  # it opened, and was locked again at once
    assert opened == []  # and nobody was handed it


def test_a_failure_left_behind_says_nothing(qtbot, made_profile):
    profile, _code = made_profile
    profile.lock()
    runner, gate, pool = _held_runner()
    failed: list[BaseException] = []
    opening = ProfileOpening(runner, lambda p: None, failed.append)
    opening.start(Profile.open_with_passphrase, profile.folder, "not the passphrase")
    job = opening.job
    assert job is not None
    opening.leave()
    with qtbot.waitSignal(job.signals.failed, timeout=10_000) as late:
        gate.set()
    pool.waitForDone()
    assert isinstance(late.args[0], WrongSecret)
    assert failed == []
