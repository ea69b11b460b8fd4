"""The pictures, sounds and files of the entry being edited.

Files are read into the encrypted store by a worker (big files never freeze the window).
Their paths are used once and never remembered. A tile per row of the
:class:`~ui.content.attachment_model.AttachmentModel` shows each one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from passport.clock import now
from passport.errors import PassportError
from passport.fileio import open_private
from passport.models import Change, ChangeKind
from passport.profile import Profile
from ui.content.attachment_model import AttachmentModel
from ui.content.attachment_tile import AttachmentTile
from ui.content.attachment_words import drawing_name, export_name, recording_name
from ui.content.drawing_dialog import DrawingDialog
from ui.content.sound_recorder_dialog import SoundRecorderDialog
from ui.runtime.file_chooser import start_folder, suggested_path
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.flow_layout import FlowLayout

FileChooser = Callable[[QWidget], list[Path]]
SavePathChooser = Callable[[QWidget, str], Path | None]
Index = QModelIndex | QPersistentModelIndex


def choose_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent, AttachmentPanel.tr("Add a picture, sound or file"), str(start_folder()),
        AttachmentPanel.tr("Pictures and sounds (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.wav *.mp3 *.ogg *.flac "
                           "*.m4a);;Any file (*)"),
    )
    return [Path(name) for name in names]


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, AttachmentPanel.tr("Save a copy"), suggested_path(suggested))
    return Path(name) if name else None


def _add_from_file(profile: Profile, entry_id: str, path: Path) -> Change:
    with path.open("rb") as source:
        return profile.add_attachment(entry_id, path.name, source)


def _save_copy(profile: Profile, attachment_id: str, target: Path) -> Path:
    with open_private(target) as out:
        for chunk in profile.attachment_chunks(attachment_id):
            out.write(chunk)
    return target


class AttachmentPanel(QWidget):
    def __init__(self, session: Session, ensure_entry: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        """``ensure_entry`` saves the entry if it is new and returns its id (None if it
        can't be saved yet), since attachments belong to a saved entry."""
        super().__init__(parent)
        self.setObjectName("attachmentPanel")
        self._session = session
        self._ensure_entry = ensure_entry
        self._entry_id: str | None = None
        self._tiles: list[AttachmentTile] = []
        # Replaceable so tests (and other front ends) can choose files without a dialog.
        self.choose_files: FileChooser = choose_files
        self.choose_save_path: SavePathChooser = choose_save_path
        self.model = AttachmentModel(self)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.rowsAboutToBeRemoved.connect(self._rows_about_to_be_removed)

        heading = QLabel(self.tr("Pictures, sounds and files"), wordWrap=True)  # large text: wraps, never widens
        heading.setProperty("role", "heading")
        self.add_button = QPushButton(self.tr("Add a picture, sound or file…"))
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.setAccessibleName(self.tr("Add a picture, sound or file"))
        self.add_button.clicked.connect(self.choose_and_attach)
        # Made here, straight from memory into the store: a drawing or a recording.
        self.draw_button = QPushButton(self.tr("Draw a picture…"))
        self.draw_button.setObjectName("drawButton")
        self.draw_button.setAccessibleName(self.tr("Draw a picture"))
        self.draw_button.clicked.connect(self.draw)
        self.record_button = QPushButton(self.tr("Record a sound…"))
        self.record_button.setObjectName("recordSoundButton")
        self.record_button.setAccessibleName(self.tr("Record a sound"))
        self.record_button.clicked.connect(self.record)
        self.drawing_dialog: DrawingDialog | None = None
        self.recorder_dialog: SoundRecorderDialog | None = None
        self.status = QLabel()
        self.status.setObjectName("attachmentStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        top = FlowLayout()  # wraps at large text sizes rather than widening the editor
        top.addWidget(self.add_button)
        top.addWidget(self.draw_button)
        top.addWidget(self.record_button)
        self._tile_layout = QVBoxLayout()
        self._tile_layout.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.status)  # under the button, not beside it: large text never widens the editor
        layout.addLayout(self._tile_layout)
        session.changed.connect(self._on_change)

    @property
    def tiles(self) -> list[AttachmentTile]:
        return list(self._tiles)

    def set_entry(self, entry_id: str | None) -> None:
        self._entry_id = entry_id
        self.status.clear()
        self.model.set_attachments(self._session.profile.attachments(entry_id) if entry_id else [])

    def choose_and_attach(self) -> None:
        paths = self.choose_files(self)
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: Iterable[Path]) -> None:
        entry_id = self._ensure_entry()
        if entry_id is None:
            self.status.setText(self.tr("Add a title first, then you can add pictures, sounds and files."))
            return
        for path in paths:
            self.status.setText(self.tr("Adding {name}…").format(name=path.name))
            self._session.run(_add_from_file, self._session.profile, entry_id, path,
                              on_finished=self._added, on_failed=self._failed)

    def draw(self) -> None:
        if self._entry_or_say() is None:
            return
        if self.drawing_dialog is None:
            self.drawing_dialog = DrawingDialog(self)
            self.drawing_dialog.kept.connect(self._keep_drawing)
            self.drawing_dialog.finished.connect(self._drawing_closed)  # it deletes itself on close
        self.drawing_dialog.open()

    def record(self) -> None:
        if self._entry_or_say() is None:
            return
        if self.recorder_dialog is None:
            self.recorder_dialog = SoundRecorderDialog(self._session, parent=self)
            self.recorder_dialog.kept.connect(self._keep_recording)
            self.recorder_dialog.finished.connect(self._recorder_closed)
        self.recorder_dialog.open()

    def _drawing_closed(self) -> None:
        self.drawing_dialog = None

    def _recorder_closed(self) -> None:
        self.recorder_dialog = None

    def _entry_or_say(self) -> str | None:
        entry_id = self._ensure_entry()
        if entry_id is None:
            self.status.setText(self.tr("Add a title first, then you can add pictures, sounds and files."))
        return entry_id

    def _keep_drawing(self, png: bytes) -> None:
        self._keep_made(drawing_name(now().astimezone()), png)

    def _keep_recording(self, wav: bytes) -> None:
        self._keep_made(recording_name(now().astimezone()), wav)

    def _keep_made(self, name: str, data: bytes) -> None:
        entry_id = self._entry_or_say()
        if entry_id is None:
            return
        self.status.setText(self.tr("Adding {name}…").format(name=name))
        self._session.run(self._session.profile.add_attachment, entry_id, name, data,
                          on_finished=self._added, on_failed=self._failed)

    def _added(self, change: Change) -> None:
        self._session.apply(change)
        if change.attachment is not None:
            self.status.setText(self.tr("Added {name}.").format(name=change.attachment.name))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(message_for(error))

    def _on_change(self, change: Change) -> None:
        if change.entry_id != self._entry_id or self._entry_id is None:
            return
        if change.kind is ChangeKind.ATTACHMENTS_CHANGED:
            self.model.set_attachments(self._session.profile.attachments(self._entry_id))
        elif change.kind is ChangeKind.ENTRY_ERASED:
            self.set_entry(None)

    def _rows_inserted(self, _parent: Index, first: int, last: int) -> None:
        for row in range(first, last + 1):
            tile = AttachmentTile(self._session, self.model.attachment_at(row))
            tile.remove_requested.connect(self.remove)
            tile.save_requested.connect(self.save_copy)
            self._tiles.insert(row, tile)
            self._tile_layout.insertWidget(row, tile)

    def _rows_about_to_be_removed(self, _parent: Index, first: int, last: int) -> None:
        for _ in range(first, last + 1):
            tile = self._tiles.pop(first)
            tile.hide()
            tile.deleteLater()

    def remove(self, attachment_id: str) -> None:
        attachment = self._session.profile.attachment(attachment_id)
        if not ConfirmDialog.ask(
            self, self.tr("Remove {name}?").format(name=attachment.name),
            self.tr("It will be taken out of this entry and erased. This can't be undone."),
            self.tr("Remove it"), self.tr("Keep it"),
        ):
            return
        try:
            self._session.apply(self._session.profile.remove_attachment(attachment_id))
        except PassportError as exc:
            self.status.setText(message_for(exc))
            return
        self.status.setText(self.tr("Removed {name}.").format(name=attachment.name))

    def save_copy(self, attachment_id: str) -> None:
        attachment = self._session.profile.attachment(attachment_id)
        target = self.choose_save_path(self, export_name(attachment))
        if target is None:
            return
        self.status.setText(self.tr("Saving a copy…"))
        self._session.run(_save_copy, self._session.profile, attachment_id, target,
                          on_finished=self._saved, on_failed=self._failed)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved a copy as {name}.").format(name=path.name))
