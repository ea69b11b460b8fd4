"""``--self-test``: prove a built app works on this machine, then leave no trace.

Makes a throwaway young person and practitioner in a private temp folder, writes an
entry with a picture, shares it, opens the share as the practitioner, checks every byte,
shows the picture and the main window offscreen, and deletes everything. Exit 0 when
all of that worked; otherwise one plain line on stderr and exit 1.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from passport.crypto.keyfile import KdfSettings
    from passport.profile import Profile

SELF_TEST_PASSPHRASE = "self test passphrase"


def _picture_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f7f7a"))
    painter = QPainter(image)
    painter.fillRect(8, 8, 24, 24, QColor("#f2a65a"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _wav() -> bytes:
    import io
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(bytes(1600))
    return buffer.getvalue()


def _sound_decodes() -> bool:
    """Load a short WAV from memory into Qt's media player, as the app does."""
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QTimer, QUrl

    from ui.widgets.audio_player import multimedia

    qt_multimedia = multimedia()
    if qt_multimedia is None:
        return False
    player = qt_multimedia.QMediaPlayer()
    data = QByteArray(_wav())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loop = QEventLoop()
    status = qt_multimedia.QMediaPlayer.MediaStatus
    player.mediaStatusChanged.connect(
        lambda s: loop.quit() if s in (status.LoadedMedia, status.InvalidMedia) else None
    )
    player.errorOccurred.connect(lambda *_: loop.quit())
    QTimer.singleShot(10_000, loop.quit)
    player.setSourceDevice(buffer, QUrl("sound.wav"))
    if player.mediaStatus() != status.LoadedMedia:
        loop.exec()
    return player.mediaStatus() == status.LoadedMedia


def run_checks(base: Path) -> list[str]:
    """Every step of the round trip; returns what passed (raises on the first failure)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from passport.crypto.keyfile import KdfSettings
    from passport.models import EntryContent, ProfileKind
    from passport.profile import Profile

    app = QApplication.instance() or QApplication(sys.argv[:1])
    kdf = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)
    done = []
    young, _ = Profile.create(base / "data", ProfileKind.YOUNG_PERSON, "Self test", SELF_TEST_PASSPHRASE, kdf=kdf)
    worker, _ = Profile.create(base / "data", ProfileKind.PRACTITIONER, "Worker", SELF_TEST_PASSPHRASE, kdf=kdf)
    done.append("made two encrypted profiles")

    picture = _picture_png()
    section = young.sections()[0].id
    entry = young.add_entry(EntryContent(section_id=section, title="Self test", body="Hello", important_now=True))
    assert entry.entry_id is not None
    young.add_attachment(entry.entry_id, "picture.png", picture)
    done.append("wrote an entry with a picture")

    worker.people.export_card(base / "worker.wpcard", display_name="Self Test Worker", role="Tester",
                              organisation="Here")
    young.people.set_card_details(display_name="Self Test Young Person")
    contact = young.people.import_card(base / "worker.wpcard").subject
    young.people.mark_checked(contact.id)
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    young.sharing.make_share([entry.entry_id], contact, expires, "self test", base / "share.wpb")
    done.append("shared it as an encrypted, signed file")

    bundle = worker.received.open_bundle(base / "share.wpb").subject
    received_picture = next(a for a in bundle.attachments if a.name == "picture.png")
    data = worker.received.received_attachment_data(bundle.id, received_picture.id)
    if data != picture:
        raise AssertionError("the picture changed on the way")
    image = QImage()
    if not image.loadFromData(data) or image.width() != 64:
        raise AssertionError("the picture could not be shown")
    done.append("opened it as the practitioner, every byte the same")

    done += _draw_and_play(app, base, young, kdf)
    young.lock()
    worker.lock()
    return done


def _draw_and_play(app: QApplication, base: Path, young: Profile, kdf: KdfSettings) -> list[str]:
    from ui.runtime.app_context import AppContext
    from ui.runtime.session import Session
    from ui.runtime.theme import ThemeManager
    from ui.windows.main_window import MainWindow

    done = []
    context = AppContext(data_dir=base / "data", theme=ThemeManager(app), kdf=kdf)
    window = MainWindow(Session(young), context)
    window.resize(900, 650)
    if window.grab().isNull():
        raise AssertionError("the main window did not draw")
    window.close()
    done.append("drew the main window")

    if _sound_decodes():
        done.append("decoded a sound from memory")
    else:
        done.append("sound playback is not available on this machine (everything else works)")
    return done


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = Path(tempfile.mkdtemp(prefix="wp-self-test-"))
    try:
        for step in run_checks(base):
            print(f"ok: {step}")
    except Exception as exc:  # the one place that turns any failure into a plain line
        print(f"Self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print("Self-test passed.")
    return 0
