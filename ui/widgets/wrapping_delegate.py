"""Rows of a tree as tall as their words wrapped at the width they have.

A tree view asks its delegate for a row's size without saying how wide the column is, so
with word wrap on, a long row is wrapped when drawn but given one line's height: its end is
cut off. This delegate measures at the column's width, less the row's indentation, and lays
the rows out again when the column's width changes (a window resized, larger text)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex
ROW_PADDING = 6


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: self._relayout.start())
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._view.indentation() * (depth + (1 if self._view.rootIsDecorated() else 0))
        width = max(1, self._view.columnWidth(index.column()) - (indent if index.column() == 0 else 0))
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        style = self._view.style()
        wrap_at = width
        if measured.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            # The style wraps the words at the whole row's width, as if there were no tick box.
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, measured, self._view) + 1
            wrap_at -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, measured, self._view) + 2 * margin
        measured.rect = QRect(0, 0, max(1, wrap_at), 1_000_000)
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, measured, QSize(), self._view)
        # Room for a tick box too (the themes draw it larger than a line of small words).
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, measured, self._view) + ROW_PADDING
        return QSize(min(size.width(), width), max(size.height(), box))
