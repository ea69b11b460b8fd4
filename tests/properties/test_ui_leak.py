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

from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import CANARY, FAST_KDF, PASSPHRASE, png_bytes, wav_bytes
from tests.shell_helpers import press, type_here, wait_active
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


def hits(paths: Iterable[Path]) -> list[str]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:  # vanished or unreadable (someone else's): not ours
            continue
        found += [f"{path} ({how})" for how, needle in NEEDLES.items() if needle in data]
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


def test_a_whole_session_leaves_no_plaintext_anywhere(qtbot, tmp_path, data_dir, private_places) -> None:
    start_time = time.time() - 1  # file times may be rounded down
    assert tempfile.gettempdir() == str(private_places["temp"])
    sources = tmp_path / "sources"  # the person's own files: plaintext by nature, not scanned
    sources.mkdir()
    picture, sound = sources / "picture.png", sources / "sound.wav"
    picture.write_bytes(png_bytes() + CANARY.encode())
    sound.write_bytes(wav_bytes() + CANARY.encode())
    Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)[0].lock()

    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        for location in LOCATIONS:
            where = Path(QStandardPaths.writableLocation(location))
            assert where.is_relative_to(private_places["home"]), f"{location.name} is {where}"
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

    assert len(hits([picture, sound])) == 2, "the scan finds the canary in plaintext files"
    data_files = list(files_in(data_dir))
    assert data_files, "the session saved something"
    assert hits(data_files) == []
    for path in (data_dir, *data_dir.rglob("*")):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path} is {oct(mode)}"
    for name in ("temp", "home", "runtime"):
        assert hits(files_in(private_places[name])) == [], f"canary found in {name}"
    new_in_system_temp = made_since(private_places["system temp"], start_time, leave_out=[tmp_path])
    assert hits(new_in_system_temp) == []
