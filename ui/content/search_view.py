"""Search: find anything written, as you type.

Results follow the typing after a short pause (the core's full-text index answers in
milliseconds). Down or Enter in the field moves into the results; Enter opens one. The
best matches come first, a screenful at a time; scrolling down brings more.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from passport.errors import PassportError, ProfileLocked
from passport.models import Change, ChangeKind, SearchHit
from ui.content.search_result_delegate import SearchResultDelegate
from ui.content.search_result_model import PAGE, SearchResultModel
from ui.runtime.messages import message_for
from ui.runtime.session import Session

SEARCH_DELAY_MS = 150
RESULTS_BATCH = 12


class SearchView(QWidget):
    open_entry = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.session = session
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        heading = QLabel(self.tr("Search"))
        heading.setProperty("role", "title")
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setPlaceholderText(self.tr("Type a word"))
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self.enter_results)
        self.field.installEventFilter(self)
        field_label = QLabel(self.tr("&Look for"))
        field_label.setBuddy(self.field)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setProperty("role", "lead")
        self.status.setWordWrap(True)
        self.model = SearchResultModel(self)
        # More rows on scrolling, or one erased: the count in words follows.
        self.model.rowsInserted.connect(lambda *_rows: self._show_count())
        self.model.rowsRemoved.connect(lambda *_rows: self._show_count())
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("What was found"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure wrapped rows on resize
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Rows are measured a screenful at a time, so showing results never waits for all.
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(RESULTS_BATCH)
        self.results.activated.connect(self._open)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        # With no results to fill the page, the words stay at the top instead of spreading out.
        layout.addStretch()
        session.changed.connect(self._on_change)
        self._show_count()

    def search_now(self) -> None:
        self._timer.stop()
        self._stale = False
        text = self.field.text()
        try:
            hits = self.session.profile.search(text, PAGE) if text.strip() else []
        except PassportError as exc:
            self.status.setText(message_for(exc))
            self.field.setAccessibleDescription(self.status.text())
            return
        # Shown while still empty, so its rows are measured once, as it paints, and not
        # first here as well.
        self.results.setVisible(bool(hits))
        self.model.set_hits(hits, lambda count: self._more(text, count), PAGE)
        self._show_count()

    def _more(self, text: str, count: int) -> Sequence[SearchHit]:
        """The best ``count`` hits for ``text``: what the results ask for on scrolling."""
        try:
            return self.session.profile.search(text, count)
        except ProfileLocked:
            return []  # locked under us: the window is closing

    def _show_count(self) -> None:
        text = self.field.text().strip()
        count = self.model.rowCount()
        if not text:
            message = self.tr("Type a word to look through everything you've written.")
        elif count == 0:
            message = self.tr("Nothing found for “{text}”. Try another word, or just its start.").format(text=text)
        elif count == 1:
            message = self.tr("Found 1 entry.")
        elif self.model.has_more():
            message = self.tr("Found {count} or more entries, the best first. Scroll down for more.").format(
                count=count)
        else:
            message = self.tr("Found {count} entries.").format(count=count)
        self.status.setText(message)
        self.status.setAccessibleName(message)
        # Said as one types: Orca reads a focused field's new description, and nothing of a
        # label that changes elsewhere (the Orca run heard no count at all).
        self.field.setAccessibleDescription(message)
        self.results.setVisible(count > 0)

    def enter_results(self) -> None:
        """Move from the field into the results (search first if a pause is pending)."""
        if self._timer.isActive():
            self.search_now()
        if self.model.rowCount() == 0:
            return
        self.results.setFocus()
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self.enter_results()
            return True
        return super().eventFilter(watched, event)

    def _open(self, index: QModelIndex) -> None:
        self.open_entry.emit(index.data(SearchResultModel.EntryIdRole))

    def _on_change(self, change: Change) -> None:
        if change.kind not in (ChangeKind.ENTRY_ADDED, ChangeKind.ENTRY_UPDATED, ChangeKind.ENTRY_ERASED):
            return
        self.model.apply_change(change)
        self._stale = bool(self.field.text().strip())
        if self._stale and self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.search_now()
        # Coming back from an entry, carry on through the results; otherwise, type.
        carry_on = self.results.isVisible() and self.results.currentIndex().isValid()
        target = self.results if carry_on else self.field
        # A proxy, so focusing the page itself (as the main window does) lands here too.
        self.setFocusProxy(target)
        target.setFocus()
        super().showEvent(event)
