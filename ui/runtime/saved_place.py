"""Where a saved file went, in words: a new user read "Saved in walk-g-files as alex." (no
extension, only the folder's own name) and "Saved three files" (not where).

A folder in the home folder is said from there ("walk-g-files in your home folder"); any other
folder (a memory stick) by its whole path. The words are shown once and kept nowhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def folder_words(folder: Path) -> str:
    home = Path.home()
    if folder == home:
        return QCoreApplication.translate("SavedPlace", "your home folder")
    try:
        inside = folder.relative_to(home)
    except ValueError:
        return str(folder)
    return QCoreApplication.translate("SavedPlace", "{folder} in your home folder").replace("{folder}", str(inside))
