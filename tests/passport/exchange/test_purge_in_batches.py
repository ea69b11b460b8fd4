"""The purge of shares out of date deletes a few at a time: between them the store is free for
the window's reads, it reports its progress, and a lock (cancelling it) keeps what it did."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from passport.errors import Cancelled
from passport.exchange import received
from passport.exchange.contacts import Contact
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week

SHARES = 5


@pytest.fixture
def caseload(profile: Profile, practitioner: Profile, sam: Contact, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Profile:
    """Five shares kept by the practitioner, deleted two per transaction."""
    monkeypatch.setattr(received, "PURGE_BATCH", 2)
    for number in range(SHARES):
        out = tmp_path / f"share-{number}.wpb"
        profile.sharing.make_share([add_entry(profile, f"Entry {number}")], sam, in_a_week(), "", out)
        practitioner.received.open_bundle(out)
    assert received_rows(practitioner) == SHARES
    return practitioner


def received_rows(practitioner: Profile) -> int:
    with practitioner.vault.reading() as conn:
        return conn.execute("SELECT count(*) FROM received_bundles").fetchone()[0]


def later() -> dt.datetime:
    return in_a_week() + dt.timedelta(days=1)


def test_the_purge_deletes_in_pieces_and_reports_each(caseload: Profile) -> None:
    reports: list[tuple[int, int]] = []
    change = caseload.received.purge_expired(at=later(), progress=lambda done, total: reports.append((done, total)))
    assert reports == [(2, 5), (4, 5), (5, 5)]
    assert len(change.subject) == SHARES
    assert received_rows(caseload) == 0


def test_between_pieces_another_thread_reads_the_store(caseload: Profile) -> None:
    read_between: list[bool] = []

    def another_reader(_done: int, _total: int) -> None:
        reader = threading.Thread(target=lambda: read_between.append(received_rows(caseload) >= 0))
        reader.start()
        reader.join(timeout=10)
        assert not reader.is_alive(), "the store's lock was held between pieces"

    caseload.received.purge_expired(at=later(), progress=another_reader)
    assert read_between == [True, True, True]


def test_a_cancelled_purge_keeps_what_it_did_and_the_next_finishes(caseload: Profile) -> None:
    def cancel(_done: int, _total: int) -> None:
        raise Cancelled("locked")

    with pytest.raises(Cancelled):
        caseload.received.purge_expired(at=later(), progress=cancel)
    assert received_rows(caseload) == SHARES - 2
    assert len(caseload.received.purge_expired(at=later()).subject) == SHARES - 2
    assert received_rows(caseload) == 0


def test_nothing_out_of_date_reports_nothing(caseload: Profile) -> None:
    reports: list[tuple[int, int]] = []
    assert caseload.received.purge_expired(progress=lambda *report: reports.append(report)).subject == []
    assert reports == [] and received_rows(caseload) == SHARES
