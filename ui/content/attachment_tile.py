"""One attachment in the editor: a picture shown from memory, a sound to play, or a file
to save a copy of; each with Remove."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.models import Attachment, AttachmentKind
from ui.content.attachment_words import size_in_words
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.audio_player import AudioPlayer

MAX_PICTURE_WIDTH = 480


class AttachmentTile(QFrame):
    remove_requested = Signal(str)  # attachment id
    save_requested = Signal(str)

    def __init__(self, session: Session, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentTile")
        self.setProperty("role", "card")
        self.attachment = attachment
        self.image_label: QLabel | None = None
        self.player: AudioPlayer | None = None

        name = QLabel(attachment.name)
        name.setObjectName("attachmentName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        size = QLabel(size_in_words(attachment.size))
        size.setProperty("role", "hint")
        save = QPushButton(self.tr("Save a copy…"))
        save.setObjectName("saveCopyButton")
        save.setAccessibleName(self.tr("Save a copy of {name}").format(name=attachment.name))
        save.clicked.connect(lambda: self.save_requested.emit(attachment.id))
        remove = QPushButton(self.tr("Remove…"))
        remove.setObjectName("removeAttachmentButton")
        remove.setAccessibleName(self.tr("Remove {name}").format(name=attachment.name))
        remove.clicked.connect(lambda: self.remove_requested.emit(attachment.id))
        top = QHBoxLayout()
        top.addWidget(name, 1)
        top.addWidget(size)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(remove)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        if attachment.kind is AttachmentKind.IMAGE:
            self.image_label = QLabel(self.tr("Opening the picture…"))
            self.image_label.setObjectName("attachmentImage")
            self.image_label.setAccessibleName(self.tr("Picture: {name}").format(name=attachment.name))
            layout.addWidget(self.image_label)
            session.run(session.profile.attachment_data, attachment.id,
                        on_finished=self._show_picture, on_failed=self._failed)
        elif attachment.kind is AttachmentKind.AUDIO:
            load = functools.partial(session.profile.attachment_data, attachment.id)
            self.player = AudioPlayer(session, attachment.name, attachment.media_type, load)
            layout.addWidget(self.player)
        layout.addLayout(buttons)

    def _show_picture(self, data: bytes) -> None:
        if self.image_label is None:
            return
        image = QImage()
        # Decoded from memory: no thumbnail or temporary file is ever made.
        if not image.loadFromData(data):
            self.image_label.setText(self.tr("This picture can't be shown, but it is kept safe."))
            return
        if image.width() > MAX_PICTURE_WIDTH:
            image = image.scaledToWidth(MAX_PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(QPixmap.fromImage(image))

    def _failed(self, error: BaseException) -> None:
        if self.image_label is not None:
            self.image_label.setText(message_for(error))
