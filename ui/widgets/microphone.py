"""The computer's microphone, read straight into memory.

A QAudioSource in pull mode hands over raw 16-bit samples as they arrive; they go to the
caller (a :class:`~passport.content.recording.Recording`) and nowhere else. No QMediaRecorder
and no file path: a recording is never written to a temporary file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIODevice, QObject, Signal

from passport.content.recording import PcmFormat
from ui.widgets.audio_player import multimedia

PREFERRED = PcmFormat(sample_rate=44_100, channels=1)


class Microphone(QObject):
    heard = Signal(bytes)  # raw samples in :attr:`format`
    failed = Signal()  # the device went away or stopped with an error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.format = PREFERRED
        self._source: Any = None  # a QAudioSource while recording
        self._device: QIODevice | None = None

    @staticmethod
    def found() -> bool:
        """Whether there is a microphone this app can use."""
        mm = multimedia()
        return mm is not None and not mm.QMediaDevices.defaultAudioInput().isNull()

    @property
    def is_on(self) -> bool:
        return self._source is not None

    @property
    def is_paused(self) -> bool:
        mm = multimedia()
        return (mm is not None and self._source is not None
                and self._source.state() == mm.QtAudio.State.SuspendedState)

    def start(self) -> bool:
        """Start listening; False if there is no microphone or it can't give 16-bit sound."""
        mm = multimedia()
        if mm is None:
            return False
        device = mm.QMediaDevices.defaultAudioInput()
        if device.isNull():
            return False
        wanted = mm.QAudioFormat()
        wanted.setSampleRate(PREFERRED.sample_rate)
        wanted.setChannelCount(PREFERRED.channels)
        wanted.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(wanted):
            wanted = device.preferredFormat()
            wanted.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
            if not device.isFormatSupported(wanted) or wanted.channelCount() not in (1, 2):
                return False
        self.format = PcmFormat(sample_rate=wanted.sampleRate(), channels=wanted.channelCount())
        self._source = mm.QAudioSource(device, wanted, self)
        self._source.stateChanged.connect(self._state_changed)
        self._device = self._source.start()
        if self._device is None:
            self.stop()
            return False
        self._device.readyRead.connect(self._read)
        return True

    def pause(self) -> None:
        if self._source is not None:
            self._read()
            self._source.suspend()

    def resume(self) -> None:
        if self._source is not None:
            self._source.resume()

    def stop(self) -> None:
        if self._source is None:
            return
        self._read()
        source, self._source, self._device = self._source, None, None
        source.stateChanged.disconnect(self._state_changed)
        source.stop()
        source.deleteLater()

    def _read(self) -> None:
        if self._device is None:
            return
        data = self._device.readAll()
        if not data.isEmpty():
            self.heard.emit(data.data())

    def _state_changed(self) -> None:
        mm = multimedia()
        if mm is None or self._source is None:
            return
        # (QtAudio, not the older QAudio, whose values never compare equal to these.)
        # An underrun only means no sound came for a moment (a source starts that way).
        if self._source.error() not in (mm.QtAudio.Error.NoError, mm.QtAudio.Error.UnderrunError):
            self.stop()
            self.failed.emit()
