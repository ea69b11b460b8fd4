"""Record a voice or music into an entry: record, pause, carry on, listen, then keep or discard.

The sound lives in memory (a :class:`~passport.content.recording.Recording`) until it is kept,
when it goes as a WAV file straight into the encrypted store; discarding or locking forgets it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton, QVBoxLayout, QWidget

from passport.content.recording import MAX_SECONDS, Level, Recording, level_of, peak
from ui.runtime.session import Session
from ui.widgets.audio_player import AudioPlayer
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.microphone import Microphone


def minutes(seconds: float) -> str:
    """``seconds`` as m:ss, the way a player shows time."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class SoundRecorderDialog(QDialog):
    kept = Signal(bytes)  # the WAV file, when the person keeps it

    def __init__(self, session: Session, max_seconds: int = MAX_SECONDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soundRecorderDialog")
        self.setWindowTitle(self.tr("Record a sound"))
        self.setAccessibleName(self.tr("Record a sound"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session = session
        self._max_seconds = max_seconds
        self.microphone = Microphone(self)
        self.microphone.heard.connect(self._heard)
        self.microphone.failed.connect(self._microphone_failed)
        self.recording = Recording(self.microphone.format, max_seconds)
        self.player: AudioPlayer | None = None

        intro = words(self.tr("Record your voice, music or anything you like. It stays on this computer, "
                              "locked in your passport, and only if you keep it."))
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setObjectName("recordButton")
        self.record_button.setAccessibleName(self.tr("Record"))
        self.record_button.clicked.connect(self.toggle)
        self.level_bar = QProgressBar()
        self.level_bar.setObjectName("levelBar")
        self.level_bar.setRange(0, 100)
        self.level_bar.setTextVisible(False)
        self.level_bar.setAccessibleName(self.tr("Sound level"))
        self.level_words = words(name="levelWords")
        self.time_words = words(name="timeWords")
        self.status = words(role="hint", name="recorderStatus")
        self._listen_row = QVBoxLayout()
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.level_bar)
        layout.addWidget(self.level_words)
        layout.addWidget(self.time_words)
        layout.addWidget(self.status)
        layout.addLayout(self._listen_row)
        layout.addStretch(1)
        layout.addLayout(button_row([self.discard_button], [self.keep_button]))
        metrics = self.fontMetrics()
        self.resize(max(520, metrics.averageCharWidth() * 60), self.sizeHint().height())
        self._fit()

        self._usable = Microphone.found()
        if not self._usable:
            self.record_button.setEnabled(False)
            self.status.setText(self.tr("No microphone was found on this computer. You can still add "
                                        "a sound from a file."))
        self._show_level(0.0)
        self._show_time()

    def _build_buttons(self) -> None:
        self.keep_button = QPushButton(self.tr("&Keep this sound"))
        self.keep_button.setObjectName("keepSoundButton")
        self.keep_button.setAccessibleName(self.tr("Keep this sound"))
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self.keep)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardSoundButton")
        self.discard_button.clicked.connect(self.reject)
        self._show_discard()

    def _show_discard(self) -> None:
        """"Close" while there is nothing to lose; "Discard" once there is a sound."""
        if self.recording.is_empty:
            self.discard_button.setText(self.tr("&Close"))
            self.discard_button.setAccessibleName(self.tr("Close"))
        else:
            self.discard_button.setText(self.tr("&Discard"))
            self.discard_button.setAccessibleName(self.tr("Discard this sound"))

    # --- recording ---------------------------------------------------------------------

    def toggle(self) -> None:
        """Record, pause, or carry on recording, by one button."""
        if not self.microphone.is_on:
            self._drop_player()
            if not self.microphone.start():
                self._usable = False
                self.record_button.setEnabled(False)
                self.status.setText(self.tr("The microphone can't be used just now. Check it is plugged in, "
                                            "then try again."))
                return
            if self.recording.is_empty:  # the microphone's own rate, if it could not give the one asked for
                self.recording = Recording(self.microphone.format, self._max_seconds)
        elif self.microphone.is_paused:
            self._drop_player()
            self.microphone.resume()
        else:
            self.microphone.pause()
            self._offer_listening()
        self._show_state()

    def _heard(self, pcm: bytes) -> None:
        if self.microphone.is_paused:
            return
        self.recording.add(pcm)
        self._show_discard()
        self._show_level(peak(pcm))
        self._show_time()
        if self.recording.is_full:
            self.microphone.stop()
            self.status.setText(self.tr("That's the longest a sound can be. Listen to it, then keep it "
                                        "or discard it."))
            self._offer_listening()
            self._show_state()

    def _microphone_failed(self) -> None:
        self.status.setText(self.tr("The microphone stopped. What was recorded so far is still here."))
        self._offer_listening()
        self._show_state()

    def _show_state(self) -> None:
        recording = self.microphone.is_on and not self.microphone.is_paused
        if recording:
            text, name = self.tr("&Pause"), self.tr("Pause recording")
            self.status.setText(self.tr("Recording…"))
        elif self.microphone.is_paused:
            text, name = self.tr("&Carry on recording"), self.tr("Carry on recording")
            self.status.setText(self.tr("Paused. You can listen, carry on, keep it or discard it."))
            self._show_level(0.0)
            self.level_words.setText(self.tr("Sound level: paused"))
            self.level_bar.setAccessibleDescription(self.level_words.text())
        else:
            text, name = self.tr("&Record"), self.tr("Record")
        self.record_button.setText(text)
        self.record_button.setAccessibleName(name)
        self.record_button.setEnabled(self._usable and (self.microphone.is_on or not self.recording.is_full))
        self.keep_button.setEnabled(not recording and not self.recording.is_empty)
        self._show_discard()

    def _show_level(self, loudest: float) -> None:
        self.level_bar.setValue(round(loudest * 100))
        said = {
            Level.SILENT: self.tr("Sound level: nothing heard"),
            Level.QUIET: self.tr("Sound level: quiet"),
            Level.GOOD: self.tr("Sound level: good"),
            Level.LOUD: self.tr("Sound level: very loud"),
        }[level_of(loudest)]
        self.level_words.setText(said)
        self.level_bar.setAccessibleDescription(said)

    def _show_time(self) -> None:
        self.time_words.setText(self.tr("{recorded} recorded, {left} left")
                                .replace("{recorded}", minutes(self.recording.seconds))
                                .replace("{left}", minutes(self.recording.seconds_left)))

    # --- listening, keeping, discarding ---------------------------------------------------

    def _offer_listening(self) -> None:
        self._drop_player()
        if self.recording.is_empty:
            return
        sound = self.recording.wav()
        self.player = AudioPlayer(self._session, self.tr("your recording"), "audio/wav", lambda: sound)
        self.player.setObjectName("recordingPlayer")
        self._listen_row.addWidget(self.player)
        self.player.show()  # now, not on the next turn of the event loop, so the height below counts it
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every row at this width (a window does not grow for wrapped words by itself)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _drop_player(self) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.hide()
            self.player.deleteLater()
            self.player = None

    def keep(self) -> None:
        self.microphone.stop()
        if self.recording.is_empty:
            return
        sound = self.recording.wav()
        self._forget()
        self.kept.emit(sound)
        self.accept()

    def _forget(self) -> None:
        self.microphone.stop()
        self._drop_player()
        self.recording.discard()

    def reject(self) -> None:
        """Discard (also when the app locks): the microphone goes off and the sound is forgotten."""
        self._forget()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)
