"""The one-page profile as a document, and its printing on one A4 page.

Laid out at the page's width; when the picked entries need more than one page, the whole
page is drawn smaller (down to ``SMALLEST``) so it stays one page, as a paper one-page
profile would. Written only to the printer or the PDF file the person chose."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from passport.content.one_page import OnePageHeading
from passport.formats.boundaries import Boundaries
from passport.models import Entry
from ui.widgets.boundaries_text import boundary_rows

PDF_RESOLUTION = 96  # as on screen: the document's sizes are the screen's
MARGIN_MM = 15
SMALLEST = 0.55  # below this the words are too small to read on paper
ACCENT = "#2c6e6a"
BODY_POINTS = 12.5


class OnePageDocument(QObject):
    """Never made: the name translators find these words under (see BundleDocument)."""


def heading_text(heading: OnePageHeading) -> str:
    return {
        OnePageHeading.LIKE_ABOUT_ME: OnePageDocument.tr("What people like about me"),
        OnePageHeading.IMPORTANT_TO_ME: OnePageDocument.tr("What's important to me"),
        OnePageHeading.SUPPORT_ME: OnePageDocument.tr("How best to support me"),
    }[heading]


def _words(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().split("\n"))


def build_one_page(name: str, arranged: dict[OnePageHeading, list[Entry]],
                   boundaries: Boundaries | None = None) -> QTextDocument:
    """The page: a title with the person's name, their boundaries if they chose them, then
    a ruled box for each heading that has something in it."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSizeF(BODY_POINTS)  # read on paper, at arm's length: larger than on screen
    document.setDefaultFont(font)
    title = OnePageDocument.tr("All about me") if not name.strip() else OnePageDocument.tr(
        "All about {name}").replace("{name}", name.strip())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    parts = [f"<h1 style='color:{ACCENT}'>{html.escape(title)}</h1>"]
    if boundaries is not None and boundary_rows(boundaries):
        rows = "".join(f"<p><b>{html.escape(heading)}:</b> {_words(text)}</p>" for heading, text in
                       boundary_rows(boundaries))
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='8' style='background-color:#eef5f4'>"
                     f"<tr><td>{rows}</td></tr></table><p></p>")
    for heading, entries in arranged.items():
        if not entries:
            continue
        items = "".join(f"<li><b>{html.escape(entry.title)}</b>"
                        + (f"<br>{_words(entry.body)}" if entry.body.strip() else "") + "</li>"
                        for entry in entries)
        parts.append(f"<table width='100%' border='1' cellspacing='0' cellpadding='8' style='border-style:solid;"
                     f"border-color:{ACCENT}'><tr><td><h2 style='color:{ACCENT}'>{html.escape(heading_text(heading))}"
                     f"</h2><ul>{items}</ul></td></tr></table><p></p>")
    document.setHtml("".join(parts))
    return document


def fit_scale(document: QTextDocument, page: QSizeF) -> float:
    """How much smaller the page must be drawn for ``document`` to fit on it (1: as it is);
    leaves ``document`` laid out at the width that scale needs."""
    scale = 1.0
    for _ in range(8):
        document.setTextWidth(page.width() / scale)
        height = document.size().height() * scale
        if height <= page.height():
            break
        scale *= page.height() / height * 0.99
    return scale


def page_size(device: QPagedPaintDevice) -> QSizeF:
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    return QSizeF(rect.width(), rect.height())


def paint_one_page(document: QTextDocument, device: QPagedPaintDevice) -> float:
    """Draw ``document`` on one page of ``device``; returns the scale it took."""
    copy = document.clone()
    page = page_size(device)
    scale = max(SMALLEST, fit_scale(copy, page))
    copy.setTextWidth(page.width() / scale)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened")
    try:
        painter.scale(scale, scale)
        copy.drawContents(painter, QRectF(0, 0, page.width() / scale, page.height() / scale))
    finally:
        painter.end()
    return scale


def pdf_writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return writer
