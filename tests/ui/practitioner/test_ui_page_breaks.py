"""A printed or saved shared file never leaves a heading alone at the foot of a page with what
it heads on the next: wherever the page ends, the section's heading, the entry's title and the
first of its words are on one page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPdf import QPdfDocument

from ui.practitioner.bundle_printer import pdf_printer, print_document

ENTRY = "<h3>Section heading</h3><h4>Entry title</h4><p><small>Last changed 3 May 2026</small></p>" \
        "<p>First words of the entry. " + "More words. " * 30 + "</p>"


def pages_of(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(n).text().split()) for n in range(document.pageCount())]
    document.close()
    return pages


def page_with(pages: list[str], words: str) -> int:
    return next(number for number, text in enumerate(pages) if words in text)


def test_a_heading_goes_over_with_the_start_of_its_entry(qtbot, tmp_path) -> None:
    pushed = 0
    for fillers in range(28, 52, 2):
        document = QTextDocument()
        document.setHtml("".join(f"<p>Filler line {n}.</p>" for n in range(fillers)) + ENTRY
                         + "<h3>Another section</h3><h4>Last entry</h4><p>The end.</p>")
        path = tmp_path / f"shared-{fillers}.pdf"
        print_document(document, "Shared by Sky with Sam Lee.", pdf_printer(path))
        pages = pages_of(path)
        heading = page_with(pages, "Section heading")
        assert page_with(pages, "Entry title") == heading == page_with(pages, "First words of the entry"), fillers
        assert page_with(pages, f"Filler line {fillers - 1}.") <= heading
        pushed += heading > page_with(pages, f"Filler line {fillers - 1}.")
        assert all("Shared by Sky with Sam Lee." in text for text in pages), "the footer on every page"
    assert pushed, "somewhere in the range a heading would have ended page 1 and was taken over"
