"""The one-page profile: nothing on it until ticked; entries go under the three headings by
their section; the PDF is one A4 page holding the person's own words, written only where
they chose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtPdf import QPdfDocument

from passport.profile import Profile
from tests.helpers import add_entry, files_under
from tests.shell_helpers import make_context, wait_active
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.one_page_dialog import OnePageDialog
from ui.runtime.session import Session
from ui.windows.main_window import MainWindow

A4_POINTS = (595, 842)


@pytest.fixture
def window(qtbot, profile: Profile, data_dir: Path, chooser: AnsweringChooser) -> MainWindow:
    profile.people.set_card_details("Sky")
    section = {s.key: s.id for s in profile.sections()}
    add_entry(profile, "Funny and kind", "People say I make them laugh.", section_id=section["strengths"])
    add_entry(profile, "My nan", "Sundays at hers.", section_id=section["people"])
    add_entry(profile, "Quiet space", "A room with the door open a little.", section_id=section["what_helps"])
    add_entry(profile, "Secret diary", "Not for anyone.", section_id=section["about_me"])
    profile.set_boundaries("Jay", "My mum, and why I moved", "Slowly, please.")
    view = MainWindow(Session(profile), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    wait_active(qtbot, view)
    return view


def open_dialog(qtbot, window: MainWindow) -> OnePageDialog:
    qtbot.mouseClick(window.one_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.one_page_dialog is not None and window.one_page_dialog.isVisible())
    return window.one_page_dialog


def tick(qtbot, dialog: OnePageDialog, title: str) -> None:
    root = dialog.tree.invisibleRootItem()
    [item] = [root.child(s).child(e) for s in range(root.childCount()) for e in range(root.child(s).childCount())
              if root.child(s).child(e).text(0) == title]
    dialog.tree.setCurrentItem(item)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)


def pdf_pages(path: Path) -> list[tuple[str, tuple[int, int]]]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [(" ".join(document.getAllText(n).text().split()),
              (round(document.pagePointSize(n).width()), round(document.pagePointSize(n).height())))
             for n in range(document.pageCount())]
    document.close()
    return pages


def test_nothing_is_on_it_until_ticked(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.chosen() == [] and not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    assert [check.isChecked() for check in dialog.boundary_checks.checks.values()] == [False, False, False]
    assert "Funny and kind" not in dialog.preview.toPlainText()
    assert "Jay" not in dialog.preview.toPlainText() and "My mum" not in dialog.preview.toPlainText()
    assert problems_in(dialog) == []


def test_the_pdf_is_one_a4_page_of_their_words(qtbot, window, chooser, tmp_path, data_dir) -> None:
    dialog = open_dialog(qtbot, window)
    for title in ("Funny and kind", "My nan", "Quiet space"):
        tick(qtbot, dialog, title)
    for field in ("call_me", "how_to_talk"):  # not "Please don't ask me about", on a page for a new school
        qtbot.mouseClick(dialog.boundary_checks.checks[field], Qt.MouseButton.LeftButton)
    preview = dialog.preview.toPlainText()
    assert preview.startswith("All about Jay") and "Slowly, please." in preview and "My mum" not in preview
    assert preview.index("What people like about me") < preview.index("Funny and kind")
    assert preview.index("What's important to me") < preview.index("My nan")
    assert preview.index("How best to support me") < preview.index("Quiet space")
    assert dialog.fit_label.text() == "It fits on one page."
    before = set(files_under(data_dir))
    pdf = tmp_path / "out" / "About Jay"
    pdf.parent.mkdir()
    chooser.answer(pdf)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Saved as a PDF: About Jay.pdf"
    assert list(pdf.parent.iterdir()) == [pdf.with_suffix(".pdf")], "nothing else written beside it"
    assert set(files_under(data_dir)) - before <= {p for p in files_under(data_dir) if p.name.endswith("-wal")}
    [(text, size)] = pdf_pages(pdf.with_suffix(".pdf"))
    assert size == A4_POINTS
    assert text.startswith("All about Jay Call me: Jay How to talk with me: Slowly, please.")
    for words in ("What people like about me Funny and kind People say I make them laugh.",
                  "What's important to me My nan Sundays at hers.",
                  "How best to support me Quiet space A room with the door open a little."):
        assert words in text
    assert "Secret diary" not in text
    assert "My mum" not in text and "Please don't ask" not in text


def test_a_lot_still_prints_on_one_page(qtbot, profile, window, chooser, tmp_path) -> None:
    section = profile.sections()[0].id
    for n in range(12):
        add_entry(profile, f"More {n}", "Words about this. " * 40, section_id=section)
    dialog = OnePageDialog(window.session, chooser)
    qtbot.addWidget(dialog)
    root = dialog.tree.invisibleRootItem()
    for s in range(root.childCount()):
        root.child(s).setCheckState(0, Qt.CheckState.Checked)
    assert "untick some" in dialog.fit_label.text() or "smaller" in dialog.fit_label.text()
    pdf = tmp_path / "long.pdf"
    chooser.answer(pdf)
    dialog.save_pdf()
    pages = pdf_pages(pdf)
    assert len(pages) == 1 and "More 0" in pages[0][0]


def test_each_answer_goes_on_by_its_own_tick_and_the_preview_shows_just_that(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    checks = dialog.boundary_checks.checks
    assert [check.text() for check in checks.values()] == ["Call me", "Please don't ask me about",
                                                           "How to talk with me"]
    assert checks["please_dont_ask"].accessibleDescription() == "My mum, and why I moved", "the words it would put"
    checks["please_dont_ask"].setFocus()
    qtbot.keyClick(checks["please_dont_ask"], Qt.Key.Key_Space)
    preview = dialog.preview.toPlainText()
    assert "Please don't ask me about: My mum, and why I moved" in preview
    assert "Call me" not in preview and "Slowly" not in preview and preview.startswith("All about Sky")
    qtbot.keyClick(checks["please_dont_ask"], Qt.Key.Key_Space)
    assert "My mum" not in dialog.preview.toPlainText()
    assert problems_in(dialog) == []


def test_only_what_was_written_can_be_ticked(qtbot, profile, window, chooser) -> None:
    profile.set_boundaries("", "", "Slowly, please.")
    dialog = OnePageDialog(window.session, chooser)
    qtbot.addWidget(dialog)
    assert list(dialog.boundary_checks.checks) == ["how_to_talk"]


def test_long_section_names_wrap_and_are_not_cut(qtbot, window) -> None:
    dialog = open_dialog(qtbot, window)
    tree = dialog.tree
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())  # as narrow as it goes: long names must wrap
    qtbot.waitUntil(lambda: tree.width() < tree.fontMetrics().horizontalAdvance(
        "(goes under “What people like about me”)") + 60)
    root = tree.invisibleRootItem()
    items = [root.child(s) for s in range(root.childCount())]
    items += [item.child(e) for item in items for e in range(item.childCount())]
    assert items[0].text(0).split("\n")[1].startswith("(goes under “")

    def cut_off() -> list[str]:
        cut = []
        for item in items:
            rect = tree.visualItemRect(item)
            # The words' room: the row less its tick box and margins.
            room = rect.width() - tree.style().pixelMetric(tree.style().PixelMetric.PM_IndicatorWidth) - 12
            needed = tree.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap),
                                                     item.text(0))
            if rect.height() < needed.height() or rect.right() > tree.viewport().width():
                cut.append(item.text(0))
        return cut

    qtbot.waitUntil(lambda: cut_off() == [])  # the rows are laid out again once the list is narrower
