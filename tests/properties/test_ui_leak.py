"""Nothing of a passport leaks to disk in plaintext during a real session of the app.

A scripted session writes an entry with canary text in its title and body, adds a picture
and a sound that both carry the canary, searches for it, plays the sound (where Qt
Multimedia loads), shows the picture and locks. Then the raw bytes of every file in the
places an app could leave things are searched for the canary (UTF-8, UTF-16-LE, and both
in lower case):

* the data folder (and its files must be 0600, its folders 0700);
* the temporary folder: TMPDIR is pointed at a fresh folder for this test, so everything
  Python and Qt put in "the temp folder" lands there; and, in the system's own temporary
  folder, every file made or changed since the test began (other pytest runs' folders,
  which hold canaries on purpose, are left out);
* the Qt settings and cache locations (QStandardPaths), with HOME and XDG_* pointed at a
  folder of this test before the app starts, so the scan is of a folder we control.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QThreadPool

from passport.exchange import identity, receipts, received, suggestions
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile
from passport.store.profiles import list_profiles
from tests.helpers import CANARY, FAST_KDF, PASSPHRASE, png_bytes, wav_bytes
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import press, type_here, wait_active
from tests.suggestion_helpers import introduce, make_person
from ui.app import PassportApp
from ui.widgets.audio_player import multimedia

CTRL = Qt.KeyboardModifier.ControlModifier
NEEDLES = {
    "utf-8": CANARY.encode("utf-8"),
    "utf-16-le": CANARY.encode("utf-16-le"),
    "lower utf-8": CANARY.lower().encode("utf-8"),
    "lower utf-16-le": CANARY.lower().encode("utf-16-le"),
}
LOCATIONS = (
    QStandardPaths.StandardLocation.ConfigLocation,
    QStandardPaths.StandardLocation.GenericConfigLocation,
    QStandardPaths.StandardLocation.CacheLocation,
    QStandardPaths.StandardLocation.GenericCacheLocation,
    QStandardPaths.StandardLocation.AppDataLocation,
)


def files_in(root: Path) -> Iterator[Path]:
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                yield path


def hits(paths: Iterable[Path], also: dict[str, bytes] | None = None) -> list[str]:
    """Where the canary (and ``also``: the first bytes of a picture or a sound) is found."""
    needles = NEEDLES | (also or {})
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:  # vanished or unreadable (someone else's): not ours
            continue
        found += [f"{path} ({how})" for how, needle in needles.items() if needle in data]
    return found


def made_since(root: Path, start: float, leave_out: Iterable[Path]) -> Iterator[Path]:
    skipped = [p.resolve() for p in leave_out]
    for folder, dirs, names in os.walk(root):
        here = Path(folder).resolve()
        dirs[:] = [d for d in dirs if (here / d) not in skipped and not d.startswith("pytest-of-")]
        for name in names:
            path = here / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= start:
                    yield path
            except OSError:
                continue


@pytest.fixture
def private_places(tmp_path, monkeypatch):
    """HOME, XDG_* and TMPDIR in folders of this test, set before the app starts."""
    system_temp = Path(tempfile.gettempdir())
    home = tmp_path / "home"
    places = {"home": home, "runtime": tmp_path / "runtime", "temp": tmp_path / "temp"}
    for folder in places.values():
        folder.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(places["runtime"]))
    monkeypatch.setenv("TMPDIR", str(places["temp"]))
    monkeypatch.setattr(tempfile, "tempdir", None)  # Python works it out again from TMPDIR
    places["system temp"] = system_temp
    return places


def ui_session(qtbot, data_dir: Path, picture: Path, sound: Path, home: Path) -> None:
    """Unlock Sky's profile in the real app, write an entry with the canary, attach the picture
    and the sound, find it, show the picture, play the sound, lock."""
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        for location in LOCATIONS:
            where = Path(QStandardPaths.writableLocation(location))
            assert where.is_relative_to(home), f"{location.name} is {where}"
        controller = app.controller
        start = controller.start_window
        start.launcher.open_button.click()
        qtbot.keyClicks(start.unlock.field, PASSPHRASE)
        start.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = controller.main_window
        wait_active(qtbot, window)

        # Write, with the canary in the title, the body, the picture and the sound.
        press(qtbot, Qt.Key.Key_N, CTRL)
        type_here(qtbot, f"Title {CANARY}")
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, f"My words {CANARY} and more words.")
        panel = window.editor.attachments
        panel.choose_files = lambda _parent: [picture, sound]
        panel.add_button.click()
        qtbot.waitUntil(lambda: len(panel.tiles) == 2, timeout=10_000)
        press(qtbot, Qt.Key.Key_Escape)

        # Find it, open it: the picture shows and the sound plays.
        press(qtbot, Qt.Key.Key_F, CTRL)
        type_here(qtbot, CANARY.split("-")[-1])
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
        assert window.pages.currentWidget() is window.editor
        tiles = window.editor.attachments.tiles
        [image_tile] = [t for t in tiles if t.image_label is not None]
        qtbot.waitUntil(lambda: image_tile.image_label.pixmap() is not None
                        and not image_tile.image_label.pixmap().isNull(), timeout=10_000)
        [player] = [t.player for t in tiles if t.player is not None]
        if multimedia() is not None:
            player.play_button.click()
            # Played, or told plainly that this computer has no way to play it.
            qtbot.waitUntil(lambda: player.is_playing or "can't" in player.status.text(), timeout=10_000)

        press(qtbot, Qt.Key.Key_L, CTRL)
        assert controller.main_window is None
    finally:
        app.close()
    QThreadPool.globalInstance().waitForDone()


def test_a_whole_session_leaves_no_plaintext_anywhere(qtbot, tmp_path, data_dir, private_places) -> None:
    start_time = time.time() - 1  # file times may be rounded down
    assert tempfile.gettempdir() == str(private_places["temp"])
    sources = tmp_path / "sources"  # the person's own files: plaintext by nature, not scanned
    sources.mkdir()
    picture, sound = sources / "picture.png", sources / "sound.wav"
    picture.write_bytes(png_bytes() + CANARY.encode())
    sound.write_bytes(wav_bytes() + CANARY.encode())
    Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)[0].lock()
    ui_session(qtbot, data_dir, picture, sound, private_places["home"])

    scan_everything(tmp_path, data_dir, private_places, start_time, picture, sound)


def scan_everything(tmp_path: Path, data_dir: Path, places: dict[str, Path], start_time: float,
                    picture: Path, sound: Path, also: tuple[Path, ...] = ()) -> None:
    """The raw bytes of every file in the data folder (modes too), ``also``, the temp, home and
    runtime folders, and what changed in the system's temp folder: no canary, no picture, no sound."""
    assert len(hits([picture, sound])) == 2, "the scan finds the canary in plaintext files"
    media = {"picture": picture.read_bytes()[:48], "sound": sound.read_bytes()[:48]}
    data_files = list(files_in(data_dir))
    assert data_files, "the session saved something"
    assert hits(data_files, media) == []
    for path in (data_dir, *data_dir.rglob("*")):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path} is {oct(mode)}"
    for folder in also:
        assert hits(files_in(folder), media) == [], f"canary, picture or sound in {folder}"
    for name in ("temp", "home", "runtime"):
        assert hits(files_in(places[name]), media) == [], f"canary, picture or sound found in {name}"
    new_in_system_temp = made_since(places["system temp"], start_time, leave_out=[tmp_path])
    assert hits(new_in_system_temp, media) == []


def test_a_full_session_of_every_exchange_leaves_no_plaintext_anywhere(
    qtbot, tmp_path, data_dir, private_places
) -> None:
    """The audit's leak scan after a full session: the UI session above (write, attach, find,
    show, play, lock), then in the same process share, open the share, a receipt, a carer's
    suggestion opened and accepted, a backup and a restore, and every profile locked. The
    files that leave (bundles, backup) are scanned too: only ciphertext."""
    start_time = time.time() - 1
    sources, cards, stick = tmp_path / "sources", tmp_path / "cards", tmp_path / "stick"
    others = tmp_path / "others"  # the practitioner's and the carer's laptops (the launcher shows Sky alone)
    for folder in (sources, cards, stick, others):
        folder.mkdir()
    picture, sound = sources / "picture.png", sources / "sound.wav"
    picture.write_bytes(png_bytes() + CANARY.encode())
    sound.write_bytes(wav_bytes() + CANARY.encode())
    young, code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    identity.set_details(young.vault, "Sky")
    practitioner = make_person(others, ProfileKind.PRACTITIONER, "Work", "Sam Lee")
    carer = make_person(others, ProfileKind.CARER, "Home", "Jo")
    sam = introduce(young, practitioner, cards)
    introduce(young, carer, cards)
    sky = introduce(carer, young, cards)
    folder = young.folder
    young.lock()

    ui_session(qtbot, data_dir, picture, sound, private_places["home"])

    young = Profile.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert any(CANARY in entry.title for entry in young.entries()), "the UI session saved the canary"
        ids = [entry.id for entry in young.entries()]
        young.sharing.make_share(ids, sam, in_a_week(), f"For {CANARY}", stick / "for-sam.wpb")
        kept = received.open_bundle(practitioner.vault, stick / "for-sam.wpb")
        assert {a.name for a in kept.attachments} == {"picture.png", "sound.wav"}
        receipts.make_receipt(practitioner.vault, kept.id, stick / "receipt.wpb")
        receipts.open_receipt(young.vault, stick / "receipt.wpb")
        draft = carer.add_entry(EntryContent(section_id=carer.sections()[0].id, title=f"Idea {CANARY}",
                                             body=f"Suggested {CANARY}")).entry_id
        assert draft is not None
        carer.add_attachment(draft, "drawing.png", picture.read_bytes())
        suggestions.make_suggestion(carer.vault, [draft], sky, stick / "idea.wpb", f"Note {CANARY}")
        opened = suggestions.open_suggestion(young.vault, stick / "idea.wpb")
        suggestions.accept(young.vault, opened.suggestions[0].id)
        young.save_backup(stick / "sky.wpbackup")
        restored, _code = Profile.restore_backup(data_dir, stick / "sky.wpbackup", code,
                                                 "seven quiet herons cross the cold river", kdf=FAST_KDF)
        assert sum(CANARY in entry.title for entry in restored.entries()) == 2
        restored.lock()
    finally:
        for profile in (young, practitioner, carer):
            profile.lock()
    QThreadPool.globalInstance().waitForDone()
    assert len(list_profiles(data_dir)) == 2 and len(list_profiles(others)) == 2
    scan_everything(tmp_path, data_dir, private_places, start_time, picture, sound, also=(stick, others))
