"""Asking where a file is or should go: one small object views are given, so tests can
answer in place of the system's file dialog (as with a modal dialog's ``ask()``).

Paths are used once and never remembered by the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


class FileChooser:
    def open_path(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, caption, "", filters)
        return Path(name) if name else None

    def save_path(self, parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return Path(name) if name else None

    def folder_path(self, parent: QWidget, caption: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, caption)
        return Path(name) if name else None
