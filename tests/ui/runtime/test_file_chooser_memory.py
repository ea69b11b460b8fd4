"""After a folder was chosen, the next question of the same kind opens there (a new user
found every chooser back at the home folder); only in memory, for as long as the window's
chooser lives, never written down by the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from ui.runtime.file_chooser import FileChooser

BACKUPS = "Backups (*.wpbackup)"
SHARES = "Shared files (*.wpb)"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def answer(qtbot, act) -> list[str]:
    """When the file dialog shows: note the folder it opened in, then ``act`` on it as a person."""
    seen: list[str] = []

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.directory().absolutePath())
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, look)
    return seen


def type_name(qtbot, path: Path):
    def act(dialog: QFileDialog) -> None:
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(str(path))  # typed at once: key by key, Qt's completer pops up over the buttons
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return act


def cancel(dialog: QFileDialog) -> None:
    dialog.reject()


def test_a_save_opens_where_the_last_save_of_its_kind_went(qtbot, home, parent) -> None:
    stick = home / "stick"
    stick.mkdir()
    files = FileChooser()
    seen = answer(qtbot, type_name(qtbot, stick / "alex.wpbackup"))
    assert files.save_path(parent, "Save a backup", "Backup.wpbackup", BACKUPS) == stick / "alex.wpbackup"
    assert Path(seen[0]) == home  # no Documents folder: home, the first time

    seen = answer(qtbot, cancel)
    assert files.save_path(parent, "Save a backup", "Backup.wpbackup", BACKUPS) is None
    assert Path(seen[0]) == stick, "the second backup opens where the first went"

    seen = answer(qtbot, cancel)  # another kind, never asked yet: the last folder chosen
    files.open_path(parent, "Open a shared file", SHARES)
    assert Path(seen[0]) == stick


def test_a_cancelled_question_is_not_remembered_and_a_new_chooser_remembers_nothing(qtbot, home, parent) -> None:
    (home / "Documents").mkdir()
    files = FileChooser()
    for _ in range(2):
        seen = answer(qtbot, cancel)
        files.open_path(parent, "Open a shared file", SHARES)
        assert Path(seen[0]) == home / "Documents"

    pieces = home / "pieces"
    pieces.mkdir()

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(pieces))
        dialog.accept()

    answer(qtbot, choose)
    assert files.folder_path(parent, "Choose a folder") == pieces
    seen = answer(qtbot, cancel)
    files.folder_path(parent, "Choose a folder")
    assert Path(seen[0]) == pieces

    # The next unlock makes a new window and chooser: nothing of this one is kept.
    seen = answer(qtbot, cancel)
    FileChooser().folder_path(parent, "Choose a folder")
    assert Path(seen[0]) == home / "Documents"
    kept = [path.read_text(errors="replace") for path in home.rglob("*") if path.is_file()]
    assert not any("alex" in text or "pieces" in text for text in kept)


def test_a_folder_gone_since_is_not_opened(qtbot, home, parent) -> None:
    stick = home / "stick"
    stick.mkdir()
    files = FileChooser()
    answer(qtbot, type_name(qtbot, stick / "alex.wpbackup"))
    files.save_path(parent, "Save a backup", "Backup.wpbackup", BACKUPS)
    stick.rmdir()  # the memory stick was taken out
    seen = answer(qtbot, cancel)
    files.save_path(parent, "Save a backup", "Backup.wpbackup", BACKUPS)
    assert Path(seen[0]) == home
