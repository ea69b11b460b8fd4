"""The practitioner's window keeps answering: deleting shares that are out of date runs in the
job runner, never on the GUI thread, and a share just opened is laid out once, not twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from passport.clock import now
from passport.exchange.contacts import Contact
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context
from tests.suggestion_helpers import introduce, make_person
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.jobs import Job
from ui.runtime.session import Session
from ui.windows.practitioner_window import PractitionerWindow


@pytest.fixture
def chooser() -> AnsweringChooser:
    return AnsweringChooser()


def make_window(qtbot, practitioner: Profile, data_dir: Path, chooser: AnsweringChooser) -> PractitionerWindow:
    window = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    return window


def jobs_started(window: PractitionerWindow, monkeypatch) -> list[Job]:
    """The jobs the window starts from now on (the real runner, watched)."""
    started: list[Job] = []
    real = window.session.jobs.start
    monkeypatch.setattr(window.session.jobs, "start", lambda *args, **kwargs: started.append(
        job := real(*args, **kwargs)) or job)
    return started


def stored_bundles(practitioner: Profile) -> int:
    with practitioner.vault.reading() as conn:
        return conn.execute("SELECT count(*) FROM received_bundles").fetchone()[0]


def test_shares_out_of_date_are_deleted_by_a_job_and_never_listed(
    qtbot, practitioner, profile, sam: Contact, entries, data_dir, chooser, tmp_path, monkeypatch
) -> None:
    soon, later = tmp_path / "soon.wpb", tmp_path / "later.wpb"
    profile.sharing.make_share(entries[:1], sam, now() + dt.timedelta(days=1), "", soon)
    ali = make_person(data_dir, ProfileKind.YOUNG_PERSON, "Ali", "Ali")  # another young person: a share apart
    try:
        ali.sharing.make_share([add_entry(ali, "Football", "Saturdays.")], introduce(ali, practitioner, tmp_path),
                               in_a_week(), "", later)
    finally:
        ali.lock()
    practitioner.received.open_bundle(soon)
    practitioner.received.open_bundle(later)
    assert stored_bundles(practitioner) == 2
    in_two_days = now() + dt.timedelta(days=2)
    monkeypatch.setattr("passport.clock.now", lambda: in_two_days)

    window = make_window(qtbot, practitioner, data_dir, chooser)
    started = jobs_started(window, monkeypatch)
    # The list is read on a turn of its own, and shows only what is still in time; the purge is
    # started then, as a job, not waited for.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    (purge,) = started
    # The window is painted first, the first file shown on the next turn.
    qtbot.waitUntil(lambda: "Football" in window.view.browser.toPlainText())
    assert "Music helps" not in window.view.browser.toPlainText()

    qtbot.waitUntil(lambda: not window.session.jobs.running(window.session))
    assert purge.done.is_set() and not purge.cancelled
    assert stored_bundles(practitioner) == 1
    assert window.model.rowCount() == 1 and "Football" in window.view.browser.toPlainText()


def test_the_timer_purge_runs_as_a_job_and_the_list_follows(
    qtbot, practitioner, profile, sam: Contact, entries, data_dir, chooser, tmp_path, monkeypatch
) -> None:
    soon = tmp_path / "soon.wpb"
    profile.sharing.make_share(entries, sam, now() + dt.timedelta(days=1), "", soon)
    practitioner.received.open_bundle(soon)
    window = make_window(qtbot, practitioner, data_dir, chooser)
    qtbot.waitUntil(lambda: window.built and not window.session.jobs.running(window.session))
    assert window.model.rowCount() == 1

    in_two_days = now() + dt.timedelta(days=2)
    monkeypatch.setattr("passport.clock.now", lambda: in_two_days)
    window.purge_timer.timeout.emit()
    assert len(window.session.jobs.running(window.session)) == 1
    window.purge_timer.timeout.emit()  # a second tick while one runs starts nothing more
    assert len(window.session.jobs.running(window.session)) == 1
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert stored_bundles(practitioner) == 0
    assert window.view.content is None and window.empty.isVisible()


def test_locking_while_the_purge_runs_leaves_the_window_alone(
    qtbot, practitioner, profile, sam: Contact, entries, data_dir, chooser, tmp_path, monkeypatch
) -> None:
    window = make_window(qtbot, practitioner, data_dir, chooser)
    started = jobs_started(window, monkeypatch)
    qtbot.waitUntil(lambda: bool(started))
    (purge,) = started
    window.session.lock()
    qtbot.waitUntil(purge.done.is_set)
    assert window.status.text() == ""  # a cancelled purge says nothing


def test_a_share_just_opened_is_laid_out_once(qtbot, practitioner, profile, sam: Contact, entries, data_dir,
                                               chooser, tmp_path, monkeypatch) -> None:
    bundle = tmp_path / "for-sam.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "", bundle)
    window = make_window(qtbot, practitioner, data_dir, chooser)
    shown: list[str] = []
    real = window.view.show_bundle
    monkeypatch.setattr(window.view, "show_bundle", lambda received: (shown.append(received.id), real(received)))
    chooser.answer(bundle)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.open_button.isEnabled, timeout=10_000)
    (kept,) = practitioner.received.received_bundles()
    assert shown == [kept.id]
    assert "Music helps" in window.view.browser.toPlainText()
    # Chosen again once the view was cleared, it is shown again.
    window.view.clear()
    window.select_bundle(kept.id)
    assert shown == [kept.id, kept.id]
    assert "Music helps" in window.view.browser.toPlainText()


def test_a_share_just_opened_is_shown_as_its_job_read_it_not_read_again(
        qtbot, practitioner, profile, sam: Contact, entries, data_dir, chooser, tmp_path, monkeypatch) -> None:
    bundle = tmp_path / "for-sam.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "", bundle)
    window = make_window(qtbot, practitioner, data_dir, chooser)
    qtbot.waitUntil(lambda: window.built)
    room = window.session.profile.received
    read: list[str] = []
    real = room.received_bundle
    monkeypatch.setattr(room, "received_bundle", lambda bundle_id: (read.append(bundle_id), real(bundle_id))[1])
    chooser.answer(bundle)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.open_button.isEnabled, timeout=10_000)
    assert "Music helps" in window.view.browser.toPlainText()
    # Its manifest was parsed in the job that opened it (tens of milliseconds for a large share),
    # not again on the window's turn that shows it.
    assert read == []
    # Chosen again from the list later, it is read as ever.
    (kept,) = practitioner.received.received_bundles()
    window.view.clear()
    window.select_bundle(kept.id)
    assert read == [kept.id] and "Music helps" in window.view.browser.toPlainText()
