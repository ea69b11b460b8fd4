"""The one-page profile's PDF is private to its owner (0600), even saved over an old file
anyone could read, and the status says what happened to the page as it is now."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt

from tests.ui.content.test_ui_one_page_profile import open_dialog, pdf_pages, tick, window  # noqa: F401 - fixture


def test_the_pdf_is_private_and_the_status_goes_when_the_page_changes(qtbot, window, chooser,  # noqa: F811
                                                                      tmp_path) -> None:
    dialog = open_dialog(qtbot, window)
    tick(qtbot, dialog, "Funny and kind")
    pdf = tmp_path / "About me.pdf"
    pdf.write_bytes(b"an old file anyone could read")
    pdf.chmod(0o644)
    chooser.answer(pdf)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Saved as a PDF: About me.pdf"
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert "Funny and kind" in pdf_pages(pdf)[0][0]
    tick(qtbot, dialog, "My nan")
    assert dialog.status.text() == "", "said of the page as it was, not as it is now"
