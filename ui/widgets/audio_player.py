"""Plays an audio attachment inside the app, from memory only.

The sound's bytes come out of the encrypted store into a QBuffer that QMediaPlayer reads;
nothing is written to a temporary file. Qt Multimedia is loaded only when someone presses
Play, and if it can't load on this computer (missing system sound libraries) the person
gets one plain sentence instead of a crash.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.runtime.messages import message_for
from ui.runtime.session import Session

_SUFFIXES = {"audio/wav": "wav", "audio/mpeg": "mp3", "audio/ogg": "ogg", "audio/flac": "flac", "audio/mp4": "m4a"}


@functools.cache
def multimedia() -> ModuleType | None:
    """Qt Multimedia, or None where the platform can't load it."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


class AudioPlayer(QWidget):
    """Plays a sound from memory. ``load`` fetches its bytes (from the profile's own
    attachments or from a received file) in a worker, the first time Play is pressed."""

    def __init__(self, session: Session, name: str, media_type: str, load: Callable[[], bytes],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audioPlayer")
        self._session = session
        self._name, self._media_type, self._load = name, media_type, load
        self._buffer: QBuffer | None = None
        self._player = None  # a QMediaPlayer once the sound is loaded
        self._output = None
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("playButton")
        self.play_button.setAccessibleName(self.tr("Play {name}").format(name=name))
        self.play_button.clicked.connect(self.toggle)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.status, 1)
        if multimedia() is None:
            self.play_button.setEnabled(False)
            self.status.setText(self.tr("Sounds can't be played on this computer. "
                                        "You can save a copy and play it elsewhere."))

    @property
    def is_playing(self) -> bool:
        mm = multimedia()
        return (mm is not None and self._player is not None
                and self._player.playbackState() == mm.QMediaPlayer.PlaybackState.PlayingState)

    def toggle(self) -> None:
        if self.is_playing:
            self.stop()
        elif self._player is not None:
            self._player.play()
        else:
            self.status.setText(self.tr("Opening…"))
            self._session.run(self._load, on_finished=self._start, on_failed=self._failed)

    def stop(self) -> None:
        if self._player is not None:
            self._player.pause()

    def _start(self, data: bytes) -> None:
        mm = multimedia()
        if mm is None:
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._output = mm.QAudioOutput(self)
        self._player = mm.QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.playbackStateChanged.connect(self._show_state)
        self._player.errorOccurred.connect(self._player_error)
        # The URL only hints the format to the decoder; nothing is read from it. It is
        # generic, because decoders may log it and the file's name is the person's own.
        suffix = _SUFFIXES.get(self._media_type, "bin")
        self._player.setSourceDevice(self._buffer, QUrl(f"sound.{suffix}"))
        self._player.play()

    def _show_state(self) -> None:
        playing = self.is_playing
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        name = self._name
        self.play_button.setAccessibleName(
            (self.tr("Pause {name}") if playing else self.tr("Play {name}")).format(name=name))
        self.status.setText(self.tr("Playing") if playing else "")

    def _player_error(self) -> None:
        self.status.setText(self.tr("This sound can't be played here. You can save a copy and play it elsewhere."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(message_for(error))

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)
