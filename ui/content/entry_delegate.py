"""Draws an entry in a list: colour stripe, title, first words, and (on the timeline) the
date, with a month heading above the first entry of each month.

Drawing rows instead of making a widget per entry keeps a list of 10,000 entries fast;
for the same reason measuring a row reads the entry once and reuses the fonts.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from passport.content.safety_plan import items_of
from passport.models import Entry
from ui.content.entry_colours import colour_name
from ui.content.entry_list_model import EntryListModel, excerpt, when_it_happened
from ui.content.entry_origin_words import card_words

Index = QModelIndex | QPersistentModelIndex
MAX_ITEM_LINES = 6
PAD = 10
STRIPE = 6
GAP = 4


class _Fonts(NamedTuple):
    title: QFont
    body: QFont
    heading: QFont
    title_height: int
    body_height: int
    heading_height: int


def _entry(index: Index) -> Entry | None:
    entry = index.data(EntryListModel.EntryRole)
    return entry if isinstance(entry, Entry) else None


def _month(entry: Entry | None) -> dt.date | None:
    return when_it_happened(entry).replace(day=1) if entry else None


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, *, month_headings: bool = False, show_dates: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each line of an entry on a line of its own (the plan's steps: a list of things, a
        # number beside a name), rows as tall as that needs. Otherwise rows are two lines high.
        self.items_on_lines = False
        self._month_headings = month_headings
        self._show_dates = show_dates
        self._fonts_for: tuple[str, _Fonts] | None = None

    # --- measuring -----------------------------------------------------------------

    def _fonts(self, option: QStyleOptionViewItem) -> _Fonts:
        key = option.font.toString()
        if self._fonts_for is None or self._fonts_for[0] != key:
            title = QFont(option.font)
            title.setPointSizeF(option.font.pointSizeF() * 1.15)
            title.setBold(True)
            heading = QFont(option.font)
            heading.setPointSizeF(option.font.pointSizeF() * 1.3)
            heading.setBold(True)
            body = QFont(option.font)
            self._fonts_for = (key, _Fonts(title, body, heading, QFontMetrics(title).height(),
                                           QFontMetrics(body).height(), QFontMetrics(heading).height()))
        return self._fonts_for[1]

    def _starts_month(self, index: Index, entry: Entry | None) -> bool:
        if not self._month_headings:
            return False
        return index.row() == 0 or _month(entry) != _month(_entry(index.sibling(index.row() - 1, 0)))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fonts = self._fonts(option)
        entry = _entry(index)
        # The same count as lines() gives, without building the text: with dates shown
        # there are always details, so only whether there are words matters.
        body_lines = 2 if self._show_dates and entry is not None and entry.body.strip() else 1
        if self.items_on_lines and entry is not None:
            body_lines = max(1, min(MAX_ITEM_LINES, len(items_of(entry.body))))
        height = fonts.title_height + body_lines * (GAP + fonts.body_height) + 2 * PAD
        if self._starts_month(index, entry):
            height += fonts.heading_height + 2 * PAD
        return QSize(200, height)

    # --- drawing -------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = _entry(index)
        if entry is None:
            return
        fonts = self._fonts(option)
        palette: QPalette = option.palette
        painter.save()
        rect = QRect(option.rect)
        if self._starts_month(index, entry):
            painter.setFont(fonts.heading)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(rect.left() + PAD, rect.top() + PAD + QFontMetrics(fonts.heading).ascent(),
                             QLocale().toString(QDate(when_it_happened(entry)), "MMMM yyyy"))
            rect.setTop(rect.top() + fonts.heading_height + 2 * PAD)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        if entry.colour:
            painter.fillRect(QRect(rect.left() + 2, rect.top() + PAD, STRIPE, rect.height() - 2 * PAD),
                             QColor(entry.colour))
        inner = rect.adjusted(PAD + STRIPE + PAD, PAD, -PAD, -PAD)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        y = inner.top()
        for number, text in enumerate(self.lines(entry)):
            font = fonts.title if number == 0 else fonts.body
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.drawText(inner.left(), y + metrics.ascent(),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
            y += metrics.height() + GAP
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def lines(self, entry: Entry) -> list[str]:
        """Title; then the first words (the body's lines apart, " · " between), or the details
        if there are no words; then the details on a line of their own when there are both
        (timeline only). Every row of a section list is two lines high, so it can use uniform
        row sizes; with ``items_on_lines`` (the plan's steps), each line of the body instead."""
        details = []
        if self._show_dates:
            details.append(QLocale().toString(QDate(when_it_happened(entry)), QLocale.FormatType.LongFormat))
        if entry.colour:
            details.append(colour_name(entry.colour))
        if entry.important_now:
            details.append(self.tr("Important now"))
        if origin := card_words(entry):
            details.append(origin)
        items = items_of(entry.body)
        if self.items_on_lines and items:
            shown = list(items[:MAX_ITEM_LINES])
            if len(items) > MAX_ITEM_LINES:
                shown[-1] = self.tr("and {0} more").replace("{0}", str(len(items) - MAX_ITEM_LINES + 1))
            return [entry.title, *shown]
        body = excerpt(" · ".join(items))  # on one line, but its lines never run together
        lines = [entry.title, body or " · ".join(details)]
        if body and details and self._show_dates:
            lines.append(" · ".join(details))
        return lines
