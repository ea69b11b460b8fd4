"""Asking where a file is or should go: one small object views are given, so tests can
answer in place of the system's file dialog (as with a modal dialog's ``ask()``).

Every question starts in the person's Documents folder (or their home folder), never in the
folder the program runs from, and paths are used once and never remembered by the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder() -> Path:
    """The person's Documents folder if they have one, else their home folder."""
    for place in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(place)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def suggested_path(suggested: str) -> str:
    """A suggested file name placed in the start folder (a full path is kept as it is)."""
    return str(start_folder() / suggested) if suggested else str(start_folder())


class FileChooser:
    def open_path(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), filters)
        return Path(name) if name else None

    def save_path(self, parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, caption, suggested_path(suggested), filters)
        return Path(name) if name else None

    def folder_path(self, parent: QWidget, caption: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, caption, str(start_folder()))
        return Path(name) if name else None
