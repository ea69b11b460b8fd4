"""Asking where a file is or should go: one small object views are given, so tests can
answer in place of the system's file dialog (as with a modal dialog's ``ask()``).

Every question starts in the person's Documents folder (or their home folder), never in the
folder the program runs from. Once a folder was chosen, the next question of the same kind (the
same files: backups, shares, a folder for pieces) starts there, or else in the last folder chosen
for any kind: kept in this object's memory only, which lives as long as the profile's window
(each unlock makes a new one), and never written down by the app (no recent-files lists).

Where the computer has no file dialog of its own (no desktop portal, as on a plain X session),
Qt shows its own, drawn with the style's tiny built-in pictures: its toolbar buttons looked blank
under our style sheet, and its side list cut "Computer" to "Comp…". :func:`file_dialog` gives
those buttons our icons at the text's size and the side list the width of its longest name, and
opens it wide enough for its columns. The computer's own dialog, where there is one, is untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListView, QSplitter, QStyle, QToolButton, QTreeView, QWidget

from ui.runtime.themed_icon import themed_icon

# Qt's own dialog's toolbar buttons (their object names in Qt's qfiledialog.ui), with our icons.
TOOL_ICONS = {"backButton": "back", "forwardButton": "forward", "toParentButton": "parent-folder",
              "newFolderButton": "new-folder", "listModeButton": "list-view", "detailModeButton": "detail-view"}


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


def file_dialog(parent: QWidget | None, caption: str, start: str, filters: str = "") -> QFileDialog:
    """A file dialog starting at ``start`` (a folder, or a suggested file in one), fitted as above."""
    dialog = QFileDialog(parent, caption, start, filters)
    size = dialog.fontMetrics().lineSpacing()
    icons = dict(TOOL_ICONS)
    if dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # back points the way the words go
        icons["backButton"], icons["forwardButton"] = icons["forwardButton"], icons["backButton"]
    for name, icon in icons.items():
        button = dialog.findChild(QToolButton, name)
        if button is not None:
            button.setIcon(themed_icon(icon))
            button.setIconSize(QSize(size, size))
            # Qt's form holds them to 39 px, too narrow for a picture inside our padding: squeezed flat.
            button.setMaximumSize(QSize(16777215, 16777215))
            button.setMinimumSize(button.sizeHint())
            button.setAccessibleName(button.toolTip() or button.accessibleName())
    _fit_side_list(dialog)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # Size, Type, Date Modified: their headings whole (the last was cut)
        for column in range(1, details.header().count()):
            details.resizeColumnToContents(column)
    screen = dialog.screen().availableGeometry()
    wide = max(dialog.sizeHint().width(), dialog.fontMetrics().averageCharWidth() * 110)  # room for its columns
    dialog.resize(min(screen.width() - 80, wide), min(screen.height() - 80, max(dialog.sizeHint().height(), size * 26)))
    return dialog


def _fit_side_list(dialog: QFileDialog) -> None:
    """The side list (places) as wide as its longest name: it was cut to "Comp…"."""
    side = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if side is None or splitter is None or side.model() is None:
        return
    widest = max((side.sizeHintForIndex(side.model().index(row, 0)).width()
                  for row in range(side.model().rowCount())), default=0)
    bar = side.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, side)
    want = widest + bar + side.frameWidth() * 2 + side.fontMetrics().averageCharWidth() * 2
    side.setMinimumWidth(want)
    splitter.setSizes([want, max(splitter.width() - want, want * 2)])


def _chosen(dialog: QFileDialog) -> Path | None:
    try:
        files = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()
    return Path(files[0]) if files and files[0] else None


class FileChooser:
    def __init__(self) -> None:
        # The folders chosen, by kind of question, while this object lives: in memory only.
        self._folders: dict[tuple[str, str], Path] = {}
        self._last: Path | None = None

    def _folder_for(self, kind: tuple[str, str]) -> Path:
        for folder in (self._folders.get(kind), self._last):
            if folder is not None and folder.is_dir():  # a memory stick taken out: not there
                return folder
        return start_folder()

    def _remember(self, kind: tuple[str, str], folder: Path | None) -> None:
        if folder is not None:
            self._folders[kind] = self._last = folder

    def open_path(self, parent: QWidget, caption: str, filters: str) -> Path | None:
        kind = ("open", filters)
        dialog = file_dialog(parent, caption, str(self._folder_for(kind)), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        path = _chosen(dialog)
        self._remember(kind, path.parent if path else None)
        return path

    def save_path(self, parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
        kind = ("save", filters)
        folder = self._folder_for(kind)
        start = str(folder / suggested) if suggested and not Path(suggested).is_absolute() else suggested
        dialog = file_dialog(parent, caption, start or str(folder), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        path = _chosen(dialog)
        self._remember(kind, path.parent if path else None)
        return path

    def folder_path(self, parent: QWidget, caption: str) -> Path | None:
        kind = ("folder", "")
        dialog = file_dialog(parent, caption, str(self._folder_for(kind)))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        path = _chosen(dialog)
        self._remember(kind, path)
        return path
