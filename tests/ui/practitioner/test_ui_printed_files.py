"""What the practitioner saves or prints to a file: private to them (0600), even over an old
file anyone could read; the status says where it went ("Saved as a PDF", not "Sent to the
printer" when the print dialog wrote a file); a share that may go into records says so at the
foot of each page; and what was said of a file goes when the file does."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from passport.fileio import FILE_MODE
from tests.sharing_helpers import in_a_week
from tests.ui.practitioner.test_ui_boundaries_band import pdf_text
from tests.ui.practitioner.test_ui_practitioner import open_by_click, window  # noqa: F401 - the window fixture


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def readable_by_all(path: Path) -> Path:
    path.write_bytes(b"old")
    path.chmod(0o644)
    return path


def test_a_pdf_is_private_and_says_a_copy_in_records_was_allowed(qtbot, window, chooser, profile, sam,  # noqa: F811
                                                                 entries, tmp_path) -> None:
    shared = tmp_path / "s.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "New school", shared, records=True)
    open_by_click(qtbot, window, chooser, shared)
    view = window.view
    pdf = readable_by_all(tmp_path / "Shared by Sky.pdf")
    chooser.answer(pdf)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert mode(pdf) == FILE_MODE
    assert view.status.text() == "Saved as a PDF: Shared by Sky.pdf"
    pages = pdf_text(pdf)
    assert pages and all("Sky allowed Sam Lee to keep a copy in their records" in page for page in pages)
    assert not any("Please don't copy" in page or "Not for the record" in page for page in pages)


def test_printing_to_a_file_says_saved_as_a_pdf(qtbot, window, chooser, profile, sam, entries, tmp_path,  # noqa: F811
                                                 monkeypatch) -> None:
    shared = tmp_path / "s.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "New school", shared)
    open_by_click(qtbot, window, chooser, shared)
    printed = readable_by_all(tmp_path / "printed.pdf")

    class PrintToFile:
        """The print dialog, answered as a person choosing "Print to file" would."""

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("ui.practitioner.bundle_view.QPrintDialog", PrintToFile)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.view.status.text() == "Saved as a PDF: printed.pdf"
    assert mode(printed) == FILE_MODE and "Not for the record." in pdf_text(printed)[0]


def test_what_was_said_of_a_file_goes_with_it(qtbot, window, chooser, profile, sam, entries,  # noqa: F811
                                               tmp_path) -> None:
    shared = tmp_path / "s.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "New school", shared)
    open_by_click(qtbot, window, chooser, shared)
    chooser.answer(tmp_path / "saved.pdf")
    qtbot.mouseClick(window.view.pdf_button, Qt.MouseButton.LeftButton)
    assert window.view.status.text().startswith("Saved as a PDF")
    share_id = profile.sharing.share_history(sam.id)[0].id
    profile.sharing.make_withdrawal(share_id, tmp_path / "withdraw.wpb")
    open_by_click(qtbot, window, chooser, tmp_path / "withdraw.wpb")
    assert window.model.rowCount() == 0
    assert window.view.status.text() == ""
    assert "withdrew a file" in window.status.text()
