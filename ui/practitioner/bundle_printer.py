"""Printing a shared file, or saving it as a PDF with Qt's own PDF writer.

``QTextDocument.print_`` has no footer, so pages are laid out here: the document is cut
into page-high slices and each page gets the footer naming who shared it and until when.
A heading is never left alone at the foot of a page: it goes over with the start of what
it heads (Qt's documents know no "keep with next").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

FOOTER_LINES = 2


def pdf_printer(path: Path) -> QPrinter:
    # Screen resolution keeps pictures at the size they are on screen; text stays vector.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    return printer


def print_document(document: QTextDocument, footer: str, printer: QPrinter) -> int:
    """Print ``document`` on ``printer`` with ``footer`` on every page; returns the page count.
    A copy is laid out for the page, so a view showing ``document`` is left as it is."""
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(max(7.0, footer_font.pointSizeF() * 0.8))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer or PDF file could not be opened")
    try:
        painter.setFont(footer_font)
        line = painter.fontMetrics().lineSpacing()
        footer_height = line * (FOOTER_LINES + 1)
        body_height = page.height() - footer_height
        copy = document.clone()  # keeps the pictures, which are resources of the document
        copy.setPageSize(QSizeF(page.width(), body_height))
        keep_headings_with_next(copy)
        pages = copy.pageCount()
        for number in range(pages):
            if number:
                printer.newPage()
            top = number * body_height
            painter.save()
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, page.width(), body_height)
            painter.setClipRect(context.clip)
            copy.documentLayout().draw(painter, context)
            painter.restore()
            text = QCoreApplication.translate("BundlePrinter", "{0} Page {1} of {2}.").format(
                footer, number + 1, pages)
            painter.drawText(QRectF(0, body_height + line, page.width(), footer_height - line),
                             int(Qt.TextFlag.TextWordWrap), text)
    finally:
        painter.end()
    return pages


def _is_heading(block: QTextBlock) -> bool:
    # Headings in a table (the boundaries' box) go with their table, which Qt keeps whole.
    return block.blockFormat().headingLevel() > 0 and QTextCursor(block).currentTable() is None


def _first_line_top(document: QTextDocument, block: QTextBlock) -> float:
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return top + (layout.lineAt(0).y() if layout is not None and layout.lineCount() else 0.0)


def _first_line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if layout is None or not layout.lineCount():
        return top
    line = layout.lineAt(0)
    return top + line.y() + line.height()


def keep_headings_with_next(document: QTextDocument) -> None:
    """On a paged ``document``: where a heading (or a run of them, a section's over its first
    entry's) ends a page and what it heads starts the next, the run starts the next page too.
    What it heads starts with the first line of words after it: past a one-line note (an
    entry's dates) to the first line of the entry itself."""
    height = document.pageSize().height()
    if height <= 0:
        return
    block = document.begin()
    while block.isValid():
        if not _is_heading(block):
            block = block.next()
            continue
        run_start = block
        while block.isValid() and _is_heading(block):
            block = block.next()
        if not block.isValid():
            break
        words = block
        layout = words.layout()
        if layout is not None and layout.lineCount() <= 1 and words.next().isValid() \
                and not _is_heading(words.next()):
            words = words.next()
        top = _first_line_top(document, run_start)
        page = int(top // height)
        if top - page * height >= 1 and int(_first_line_bottom(document, words) // height) != page:
            mark = QTextBlockFormat()
            mark.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(run_start).mergeBlockFormat(mark)
