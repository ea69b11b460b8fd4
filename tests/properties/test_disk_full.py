"""A full disk while saving, exporting, backing up and importing.

Each case runs the real core in a subprocess whose files may not grow past a limit
(RLIMIT_FSIZE, with SIGXFSZ ignored so a write fails with EFBIG as on a full disk). The
core must raise an OSError (which the app words as "check there is space"), leave no
half-written file under the final name, keep every committed change, and work again as
soon as there is space. Run as a module, this file is that subprocess.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from passport.exchange import contacts, identity, receipts, received, sharing, suggestions
from passport.fileio import written_out_early
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile
from passport.store.backup import save_backup
from passport.store.profiles import ProfileFolder, clean_leftovers, list_profiles
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry, png_bytes
from tests.sharing_helpers import in_a_week, received_rows
from tests.suggestion_helpers import introduce, make_person

REPO = Path(__file__).resolve().parents[2]
SLACK = 64 * 1024
NEW_PASSPHRASE = "a new passphrase after a full disk"


# --- the subprocess ---------------------------------------------------------------------


def _largest_file(folder: Path) -> int:
    return max(path.stat().st_size for path in folder.iterdir() if path.is_file())


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


def _space_back() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _save_entry(profile: Profile, _out: Path, committed: list[str]) -> None:
    section = profile.sections()[0].id
    for n in range(50):
        entry_id = profile.add_entry(EntryContent(section_id=section, title=f"long {n}", body="w " * 40_000)).entry_id
        assert entry_id is not None
        committed.append(entry_id)
        profile.add_attachment(entry_id, "big.bin", os.urandom(1_000_000))
        committed.append(f"attachment:{entry_id}")


def _export(profile: Profile, out: Path, _committed: list[str]) -> None:
    (contact,) = profile.people.contacts()
    ids = [entry.id for entry in profile.entries()]
    sharing.make_share(profile.vault, ids, contact, in_a_week(), "", out)


def _backup(profile: Profile, out: Path, _committed: list[str]) -> None:
    save_backup(profile.vault, out)


def _import(profile: Profile, bundle: Path, _committed: list[str]) -> None:
    received.open_bundle(profile.vault, bundle)


def _new_passphrase(profile: Profile, _out: Path, _committed: list[str]) -> None:
    profile.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, FAST_KDF)


def _attach(profile: Profile, _out: Path, _committed: list[str]) -> None:
    # Bigger than the room the limit leaves past the largest file (the store, which grows by a
    # page for every table a new feature adds): a fixed 3 MB came to fit once the store passed 3 MB.
    size = _largest_file(profile.folder.path) + 2 * SLACK
    profile.add_attachment(profile.entries()[0].id, "big.bin", os.urandom(size))


def _withdrawal(profile: Profile, out: Path, _committed: list[str]) -> None:
    (share,) = [s for s in profile.sharing.share_history() if s.withdrawn_at is None]
    sharing.make_withdrawal(profile.vault, share.id, out)


def _receipt(profile: Profile, out: Path, _committed: list[str]) -> None:
    (bundle,) = received.received_bundles(profile.vault)
    receipts.make_receipt(profile.vault, bundle.id, out)


def _open_suggestion(profile: Profile, bundle: Path, _committed: list[str]) -> None:
    suggestions.open_suggestion(profile.vault, bundle)


def _restore(_profile: Profile, backup: Path, _committed: list[str]) -> None:
    code = backup.with_suffix(".code").read_text()
    Profile.restore_backup(backup.parent / "restored", backup, code, NEW_PASSPHRASE, kdf=FAST_KDF)[0].lock()


def _card(profile: Profile, out: Path, _committed: list[str]) -> None:
    sharing.export_card(profile.vault, out)


def _rename(profile: Profile, _out: Path, _committed: list[str]) -> None:
    profile.rename("A new name")


SCENARIOS: dict[str, Callable[[Profile, Path, list[str]], None]] = {
    "save-entry": _save_entry, "export": _export, "backup": _backup, "import": _import,
    "new-passphrase": _new_passphrase, "attach": _attach, "withdrawal": _withdrawal, "receipt": _receipt,
    "open-suggestion": _open_suggestion, "restore": _restore, "card": _card, "rename": _rename,
}


def worker(scenario: str, folder: Path, out: Path, limit: int) -> dict[str, Any]:
    profile = Profile.open_with_passphrase(ProfileFolder(folder, "full"), PASSPHRASE)
    profile.vault.store().forget_deleted()  # start from a checkpointed database, as after a quiet spell
    committed: list[str] = []
    _limit_file_size(limit or _largest_file(folder) + SLACK)
    report: dict[str, Any] = {"committed": committed}
    try:
        SCENARIOS[scenario](profile, out, committed)
        report["error"] = None
    except Exception as exc:
        report |= {"error": type(exc).__name__, "errno": getattr(exc, "errno", None), "text": str(exc)}
    report["left_in_out_folder"] = sorted(p.name for p in out.parent.iterdir())
    _space_back()
    try:  # with space again, the same work goes through: nothing was left half-open
        SCENARIOS[scenario](profile, out, [])
        report["with_space"] = "ok"
    except Exception as exc:
        report["with_space"] = f"{type(exc).__name__}: {exc}"
    profile.lock()
    return report


# --- the tests ----------------------------------------------------------------------------


def _run(scenario: str, profile: Profile, out: Path, limit: int = 0) -> dict[str, Any]:
    profile.lock()
    result = subprocess.run(
        [sys.executable, "-m", "tests.properties.test_disk_full", scenario, str(profile.folder.path), str(out),
         str(limit)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def _reopen(profile: Profile) -> Profile:
    reopened = Profile.open_with_passphrase(profile.folder, PASSPHRASE)
    assert reopened.check() == []
    return reopened


@pytest.fixture
def filled(profile: Profile) -> tuple[Profile, list[str]]:
    ids = [add_entry(profile, f"kept {n}", "these words were saved") for n in range(5)]
    profile.add_attachment(ids[0], "me.png", png_bytes(64, 64))
    profile.add_attachment(ids[1], "noise.bin", os.urandom(2_000_000))
    return profile, ids


@pytest.mark.parametrize("scenario", ["save-entry"])
def test_saving_on_a_full_disk(filled: tuple[Profile, list[str]], tmp_path: Path, scenario: str) -> None:
    profile, ids = filled
    report = _run(scenario, profile, tmp_path / "unused")
    assert report["error"] in ("OSError", "DiskFull") and report["errno"] in (errno.EIO, errno.ENOSPC), report
    assert report["with_space"] == "ok"
    reopened = _reopen(profile)
    try:
        stored = {entry.id: entry for entry in reopened.entries()}
        assert set(ids) <= set(stored)
        assert [a.name for a in reopened.attachments(ids[0])] == ["me.png"]
        for item in report["committed"]:
            if item.startswith("attachment:"):
                assert len(reopened.attachments(item.split(":")[1])) >= 1
            else:
                assert stored[item].body.startswith("w w")
    finally:
        reopened.lock()


def _with_practitioner(profile: Profile, data_dir: Path, tmp_path: Path) -> Profile:
    practitioner, _ = Profile.create(data_dir, ProfileKind.PRACTITIONER, "Work", PASSPHRASE, kdf=FAST_KDF)
    identity.set_details(practitioner.vault, "Sam Lee")
    identity.set_details(profile.vault, "Sky")
    sharing.export_card(practitioner.vault, tmp_path / "sam.wpcard")
    contacts.import_card(profile.vault, tmp_path / "sam.wpcard")
    return practitioner


def test_exporting_a_share_on_a_full_disk(filled: tuple[Profile, list[str]], data_dir: Path, tmp_path: Path) -> None:
    profile, ids = filled
    _with_practitioner(profile, data_dir, tmp_path).lock()
    out_folder = tmp_path / "stick"
    out_folder.mkdir()
    out = out_folder / "for-sam.wpb"
    report = _run("export", profile, out, limit=1_000_000)  # the 2 MB bundle does not fit
    assert report["error"] == "OSError" and report["errno"] == errno.EFBIG, report
    assert report["left_in_out_folder"] == []  # no .part, nothing under the final name
    assert report["with_space"] == "ok"
    reopened = _reopen(profile)
    try:
        assert {entry.id for entry in reopened.entries()} >= set(ids)
        assert len(reopened.sharing.share_history()) == 1  # only the share made once there was space
    finally:
        reopened.lock()


def test_saving_a_backup_on_a_full_disk(filled: tuple[Profile, list[str]], tmp_path: Path) -> None:
    profile, ids = filled
    out_folder = tmp_path / "stick"
    out_folder.mkdir()
    limit = profile.folder.db_path.stat().st_size // 2
    report = _run("backup", profile, out_folder / "sky.wpbackup", limit=max(limit, 500_000))
    assert report["error"] == "DiskFull" and report["errno"] == errno.EFBIG, report
    assert report["left_in_out_folder"] == []
    assert report["with_space"] == "ok"
    reopened = _reopen(profile)
    try:
        assert {entry.id for entry in reopened.entries()} >= set(ids)
    finally:
        reopened.lock()


def test_importing_a_bundle_on_a_full_disk(
    filled: tuple[Profile, list[str]], data_dir: Path, tmp_path: Path
) -> None:
    profile, _ids = filled
    practitioner = _with_practitioner(profile, data_dir, tmp_path)
    (sam,) = profile.people.contacts()
    bundle = tmp_path / "for-sam.wpb"
    sharing.make_share(profile.vault, [e.id for e in profile.entries()], sam, in_a_week(), "", bundle)
    before = received_rows(practitioner)
    kept_before = identity.own_card(practitioner.vault)
    report = _run("import", practitioner, bundle)  # the store may grow by 64 KiB; the bundle is 2 MB
    assert report["error"] in ("OSError", "DiskFull") and report["errno"] in (errno.EIO, errno.ENOSPC), report
    assert report["with_space"] == "ok"
    reopened = _reopen(practitioner)
    try:
        assert identity.own_card(reopened.vault) == kept_before
        (kept,) = received.received_bundles(reopened.vault)  # the one opened once there was space
        assert received_rows(reopened)["unverified_spool"] == before["unverified_spool"] == []
        assert len(kept.attachments) == 2
    finally:
        reopened.lock()


def test_a_new_passphrase_on_a_full_disk(filled: tuple[Profile, list[str]]) -> None:
    """The store is copied into a new file and re-encrypted there, which does not fit: DiskFull,
    the old passphrase still opens everything, nothing is left of the new file; with space, it works."""
    profile, ids = filled
    limit = profile.folder.db_path.stat().st_size // 2
    report = _run("new-passphrase", profile, profile.folder.path / "unused", limit=max(limit, 500_000))
    # SQLite words a refused write as "disk I/O error" (EIO), a full one as ENOSPC; the kernel's
    # copy meets the test's file-size limit as EFBIG: all are OSErrors.
    assert report["error"] in ("OSError", "DiskFull") and report["errno"] in FULL, report
    assert report["with_space"] == "ok"
    assert not [name for name in os.listdir(profile.folder.path) if "rekey" in name or name.endswith(".tmp")]
    reopened = Profile.open_with_passphrase(profile.folder, NEW_PASSPHRASE)
    try:
        assert reopened.check() == []
        assert {entry.id for entry in reopened.entries()} >= set(ids)
    finally:
        reopened.lock()


FULL = (errno.EIO, errno.ENOSPC, errno.EFBIG)


def _stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _share_to_sam(profile: Profile, data_dir: Path, tmp_path: Path) -> tuple[Profile, Path]:
    practitioner = _with_practitioner(profile, data_dir, tmp_path)
    (sam,) = profile.people.contacts()
    bundle = tmp_path / "for-sam.wpb"
    sharing.make_share(profile.vault, [e.id for e in profile.entries()][:2], sam, in_a_week(), "", bundle)
    return practitioner, bundle


def _set_up(scenario: str, profile: Profile, data_dir: Path, tmp_path: Path) -> tuple[Profile, Path]:
    """The profile the scenario runs on, and the path it writes (or reads)."""
    if scenario == "withdrawal":
        _share_to_sam(profile, data_dir, tmp_path)[0].lock()
        return profile, _stick(tmp_path) / "withdrawn.wpb"
    if scenario == "receipt":
        practitioner, bundle = _share_to_sam(profile, data_dir, tmp_path)
        received.open_bundle(practitioner.vault, bundle)
        return practitioner, _stick(tmp_path) / "receipt.wpb"
    if scenario == "open-suggestion":
        carer = make_person(data_dir, ProfileKind.CARER, "Home", "Jo")
        identity.set_details(profile.vault, "Sky")
        sky = introduce(carer, profile, tmp_path)
        introduce(profile, carer, tmp_path)
        draft = carer.add_entry(EntryContent(section_id=carer.sections()[0].id, title="Likes drawing", body="Pens"))
        assert draft.entry_id is not None
        carer.add_attachment(draft.entry_id, "drawing.png", png_bytes(64, 64))
        suggestions.make_suggestion(carer.vault, [draft.entry_id], sky, tmp_path / "idea.wpb", "For you")
        carer.lock()
        return profile, tmp_path / "idea.wpb"
    if scenario == "restore":
        code = profile.new_recovery_code(passphrase=PASSPHRASE)
        backup = _stick(tmp_path) / "sky.wpbackup"
        save_backup(profile.vault, backup)
        backup.with_suffix(".code").write_text(code)
        return profile, backup
    if scenario == "card":
        identity.set_details(profile.vault, "Sky")
        return profile, _stick(tmp_path) / "me.wpcard"
    return profile, tmp_path / "unused"


# The limit per path: just past the largest file for an attachment (one bigger does not fit); no
# room for one more page of the log (4 KiB) where the store records first; a few bytes where
# the only write is the new file (a card, the profile's label).
LIMITS = {"attach": 0, "withdrawal": 4096, "receipt": 100, "open-suggestion": 4096, "restore": 4096, "card": 100,
          "rename": 40}


@pytest.mark.parametrize("scenario", sorted(LIMITS))
def test_every_other_write_path_on_a_full_disk(
    filled: tuple[Profile, list[str]], data_dir: Path, tmp_path: Path, scenario: str
) -> None:
    """An attachment, a withdrawal, a receipt, opening a suggestion, a restore, a card, a new
    name: each meets a full disk with a plain OSError, keeps what was committed, passes the
    integrity check and works as soon as there is space."""
    young, ids = filled
    runner, path = _set_up(scenario, young, data_dir, tmp_path)
    kept = {entry.id for entry in runner.entries()}
    young.lock()
    report = _run(scenario, runner, path, limit=LIMITS[scenario])
    assert report["error"] in ("OSError", "DiskFull") and report["errno"] in FULL, report
    assert report["with_space"] == "ok", report
    left = report["left_in_out_folder"]
    if path.parent.name == "stick" and scenario == "withdrawal":
        # The withdrawal is written whole, then recorded: a full store leaves the whole file
        # (a valid withdrawal, made again once there is space), never a part of one.
        assert left in ([], [path.name]), report
    elif path.parent.name == "stick" and scenario != "restore":
        assert left == [], report  # nothing half-written under any name
    reopened = _reopen(runner)
    try:
        assert {entry.id for entry in reopened.entries()} >= kept
        if scenario == "rename":
            assert [f.label for f in list_profiles(data_dir) if f.path == runner.folder.path] == ["A new name"]
        if scenario == "open-suggestion":
            assert len(suggestions.pending(reopened.vault)) == 1
    finally:
        reopened.lock()
    if scenario == "restore":
        restored_base = path.parent / "restored"
        clean_leftovers(restored_base, quiet_for_s=0)
        (restored,) = list_profiles(restored_base)
        assert sorted(os.listdir(restored_base)) == [restored.path.name]
        again = Profile.open_with_passphrase(restored, NEW_PASSPHRASE)
        try:
            assert again.check() == [] and {entry.id for entry in again.entries()} == set(ids)
        finally:
            again.lock()


def _limited_to(limit: int) -> Callable[[], None]:
    def apply() -> None:
        _limit_file_size(limit)

    return apply


def _passport(*args: str | Path, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "passport.cli.main", *map(str, args)], cwd=REPO, capture_output=True, text=True,
        timeout=120, preexec_fn=None if limit is None else _limited_to(limit),
    )


@pytest.mark.parametrize("limit", [0, 4096])
def test_checking_on_a_full_disk_is_not_damage(
    filled: tuple[Profile, list[str]], data_dir: Path, tmp_path: Path, limit: int
) -> None:
    """With no room for the log's shared-memory file, SQLCipher says "file is not a database":
    ``passport check`` said the profile failed its integrity check, and the app that it may
    be damaged. It is the disk: say so, and the check passes once there is space."""
    profile, _ids = filled
    profile.lock()  # closed: the log and its shared memory are gone, as after a restart
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    args = ("--data-dir", data_dir, "check", "--profile", profile.label, "--passphrase-file", secret)
    full = _passport(*args, limit=limit)
    assert full.returncode != 0
    assert "space" in full.stderr, full.stderr
    assert "integrity" not in full.stderr and "damaged" not in full.stderr.replace("nothing was lost or damaged", "")
    with_space = _passport(*args)
    assert with_space.returncode == 0, with_space.stderr
    assert "passed its integrity check" in with_space.stdout


def test_the_app_says_to_check_for_space() -> None:
    from ui.runtime.messages import message_for

    for code in (errno.ENOSPC, errno.EFBIG, errno.EIO):
        text = message_for(OSError(code, os.strerror(code)))
        assert "space" in text and "went wrong" not in text


if __name__ == "__main__":
    print(json.dumps(worker(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))))


def test_a_failed_early_write_out_is_not_lost() -> None:
    """Sharing and backing up have a thread write the new file out as it is made. Linux tells
    only one fsync about a failed write-out, so if that thread meets it, the error must come
    out when writing ends (here fdatasync fails on a pipe, as it would on a failing disk)."""
    read_end, write_end = os.pipe()
    try:
        with pytest.raises(OSError) as failed, written_out_early(write_end, every_s=0):
            deadline = time.monotonic() + 10
            while any(t.name == "write-out" for t in threading.enumerate()) and time.monotonic() < deadline:
                pass  # until the thread has met the error and stopped
        assert failed.value.errno == errno.EINVAL
    finally:
        os.close(read_end)
        os.close(write_end)
