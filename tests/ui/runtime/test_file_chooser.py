"""The file chooser starts in the person's Documents folder (or home), never in the folder the
program runs from, and writes nothing of what was chosen into the app's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ui.runtime.file_chooser import FileChooser, start_folder, suggested_path


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder of its own, and the program run from another folder (its install folder)."""
    home = tmp_path / "home"
    home.mkdir()
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(program)
    return home


def test_documents_first_then_home(home) -> None:
    assert start_folder() == home
    (home / "Documents").mkdir()
    assert start_folder() == home / "Documents"
    assert suggested_path("About me.pdf") == str(home / "Documents" / "About me.pdf")


def _folder_shown(qtbot, ask) -> str:
    """The folder the system's file dialog opens in, read from the dialog on screen; then cancelled."""
    seen: list[str] = []

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(0, look)
    assert ask() is None
    return seen[0]


@pytest.mark.parametrize("question", ["open", "save", "folder"])
def test_every_question_opens_in_documents_not_the_program_folder(qtbot, home, question) -> None:
    (home / "Documents").mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    files = FileChooser()
    ask = {
        "open": lambda: files.open_path(parent, "Open a shared file", "Shared files (*.wpb)"),
        "save": lambda: files.save_path(parent, "Save as PDF", "Shared by Sky.pdf", "PDF files (*.pdf)"),
        "folder": lambda: files.folder_path(parent, "Choose a folder"),
    }[question]
    assert Path(_folder_shown(qtbot, ask)) == home / "Documents"
    # Qt may keep the folders it showed (QtProject.conf), never a file's name.
    kept = [path.read_text(errors="replace") for path in home.rglob("*") if path.is_file()]
    assert not any("Sky" in text or ".pdf" in text for text in kept)


@pytest.mark.parametrize("scale", [100, 200])
def test_qts_own_dialog_shows_our_icons_whole_and_every_name_whole(qtbot, home, data_dir, scale) -> None:
    """Qt's own dialog (no portal here) showed blank toolbar buttons and "Comp…" for Computer."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QListView, QToolButton, QTreeView

    from tests.shell_helpers import make_context
    from ui.runtime.file_chooser import TOOL_ICONS, file_dialog

    context = make_context(data_dir)
    context.theme.set_text_scale(scale)
    try:
        dialog = file_dialog(None, "Add a picture, sound or file", str(home), "Pictures (*.png)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        accent = QApplication.palette().color(QPalette.ColorRole.Accent)
        line = dialog.fontMetrics().lineSpacing()
        for name in TOOL_ICONS:
            button = dialog.findChild(QToolButton, name)
            assert button.iconSize().width() >= line, f"{name}'s picture is as big as the words"
            assert button.width() >= button.sizeHint().width(), f"{name} is squeezed, its picture flattened"
            picture = button.icon().pixmap(button.iconSize()).toImage()
            colours = {QColor(picture.pixel(x, y)).rgb() for x in range(picture.width())
                       for y in range(picture.height()) if QColor.fromRgba(picture.pixel(x, y)).alpha() > 200}
            assert accent.rgb() in colours, f"{name} shows our icon in the theme's colour"
            assert button.accessibleName(), f"{name} is named"
        side = dialog.findChild(QListView, "sidebar")
        for row in range(side.model().rowCount()):
            index = side.model().index(row, 0)
            assert side.visualRect(index).width() >= side.sizeHintForIndex(index).width(), index.data()
            assert side.viewport().rect().contains(side.visualRect(index)), f"{index.data()} is cut"
        header = dialog.findChild(QTreeView, "treeView").header()
        for column in range(1, header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), f"column {column}'s heading is cut"
    finally:
        context.theme.use_defaults()
