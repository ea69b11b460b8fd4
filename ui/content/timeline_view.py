"""Everything written, newest first, by when it happened (or, if no date was given, when
it was written), with a heading for each month.

The entries are read when the timeline is first shown, not when it is made: a passport
of thousands need not be read for a page nobody has opened yet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from passport.errors import ProfileLocked
from passport.models import Change
from ui.content.entry_delegate import EntryDelegate
from ui.content.entry_list_model import EntryListModel, by_when_it_happened
from ui.runtime.session import Session


class TimelineView(QWidget):
    open_entry = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.session = session
        heading = QLabel(self.tr("Timeline"))
        heading.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setObjectName("timelineHint")
        self.hint.setProperty("role", "lead")
        self.hint.setWordWrap(True)
        self.model = EntryListModel(sort_key=by_when_it_happened, parent=self)
        self._loaded = False
        self.list = QListView()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(self.tr("Entries, newest first"))
        self.list.setItemDelegate(EntryDelegate(month_headings=True, show_dates=True, parent=self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Rows are measured a batch at a time, so a long timeline opens without a pause.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setModel(self.model)
        self.list.activated.connect(self._open)
        self.setFocusProxy(self.list)  # focusing the page lands in the list
        self.model.rowsInserted.connect(self._show_hint)
        self.model.rowsRemoved.connect(self._show_hint)
        self.model.modelReset.connect(self._show_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        session.changed.connect(self._on_change)
        self._show_hint()

    def _show_hint(self) -> None:
        empty = self.model.rowCount() == 0
        self.hint.setText(
            self.tr("Nothing here yet. What you write shows up here, newest first.") if empty
            else self.tr("Newest first, by when it happened, or when you wrote it."))
        self.list.setVisible(not empty)

    def _open(self, index: QModelIndex) -> None:
        self.open_entry.emit(index.data(EntryListModel.EntryIdRole))

    def load(self) -> None:
        """Read every entry (once: after that the model follows each change)."""
        if self._loaded:
            return
        try:
            entries = self.session.profile.timeline()
        except ProfileLocked:
            return  # locked under us: the window is closing
        self._loaded = True
        self.model.set_entries(entries)

    def _on_change(self, change: Change) -> None:
        if self._loaded:
            self.model.apply_change(change)

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()
        super().showEvent(event)
