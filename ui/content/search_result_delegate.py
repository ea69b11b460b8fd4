"""Draws a search result: the title, then the matching words in their sentence, with
every match highlighted (bold on a soft background, so it isn't shown by colour alone).

The person's text is escaped before it becomes rich text, so nothing they wrote can be
read as markup; only the core's match marks turn into highlighting.

Laying out rich text is the slow part, so each row's laid-out document is kept (for its
text, width and font) and reused by measuring and painting alike.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from passport.models import MARK_END, MARK_START
from ui.content.search_result_model import SearchResultModel

Index = QModelIndex | QPersistentModelIndex
PAD = 10
HIGHLIGHT = '<span style="background-color:#ffe58a; color:#1a1a1a; font-weight:700;">'
# Enough for several screenfuls at a few widths; beyond it the oldest half is dropped.
MAX_KEPT = 400


def marked_to_html(marked: str) -> str:
    """Escape the text, then turn the core's match marks into highlight spans."""
    parts: list[str] = []
    for piece in marked.split(MARK_START):
        inside, found, after = piece.partition(MARK_END)
        if found:
            parts.append(f"{HIGHLIGHT}{html.escape(inside)}</span>{html.escape(after)}")
        else:
            parts.append(html.escape(piece))
    return "".join(parts)


class SearchResultDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._kept: dict[tuple[str, str, int, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index, width: float) -> QTextDocument:
        title_marked = index.data(SearchResultModel.TitleMarkedRole) or ""
        body_marked = index.data(SearchResultModel.BodyMarkedRole) or ""
        width = int(max(width, 50.0))
        key = (title_marked, body_marked, width, option.font.key())
        doc = self._kept.get(key)
        if doc is not None:
            return doc
        if len(self._kept) >= MAX_KEPT:
            for old in list(self._kept)[: MAX_KEPT // 2]:
                del self._kept[old]
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        title_size = option.font.pointSizeF() * 1.15
        doc.setHtml(f'<p style="font-size:{title_size:.1f}pt; font-weight:600; margin:0;">'
                    f'{marked_to_html(title_marked)}</p>'
                    f'<p style="margin-top:4px;">{marked_to_html(body_marked)}</p>')
        doc.setTextWidth(width)
        self._kept[key] = doc
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width() - 2 * PAD
        doc = self._document(option, index, width)
        return QSize(int(width), int(doc.size().height()) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        doc = self._document(option, index, option.rect.width() - 2 * PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.translate(option.rect.left() + PAD, option.rect.top() + PAD)
        context.clip = QRectF(0, 0, option.rect.width() - 2 * PAD, option.rect.height() - 2 * PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
