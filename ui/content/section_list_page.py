"""Every entry of one section, as a fast list (Home shows only the first few as cards)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from passport.models import Change, ChangeKind
from ui.content.entry_delegate import EntryDelegate
from ui.content.entry_list_model import EntryListModel, by_last_change
from ui.content.plan_order import is_plan_section, plan_key, plan_positions
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session


class SectionListPage(QWidget):
    open_entry = Signal(str)
    add_requested = Signal(int)
    back = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionListPage")
        self._session = session
        self.section_id: int | None = None
        self._plan = False
        self._positions: dict[str, int] = {}
        self.model = EntryListModel(parent=self)
        back = QPushButton(self.tr("← Home"))
        back.setObjectName("backButton")
        back.setAccessibleName(self.tr("Back to Home"))
        back.clicked.connect(self.back)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setProperty("role", "title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add something"))
        self.add_button.setObjectName("addSomethingButton")
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.section_id))
        self.list = QListView()
        self.list.setObjectName("sectionEntryList")
        self.list.setAccessibleName(self.tr("Entries"))  # named after its section once one is shown
        self.list.setModel(self.model)
        self.delegate = EntryDelegate(parent=self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)  # lets the view skip measuring every row
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.activated.connect(self._open)
        self.list_label = QLabel(self.tr("&Entries, newest first"))
        self.list_label.setBuddy(self.list)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.changed.connect(self._on_change)

    def show_section(self, section_id: int) -> None:
        section = self._session.profile.section(section_id)
        self.section_id = section_id
        title = shown_title(section.key, section.title)
        self.heading.setText(title)
        self.list.setAccessibleName(self.tr("Entries in {section}").format(section=title))
        self.add_button.setAccessibleName(self.tr("Add something to {section}").format(section=title))
        # The plan's steps in its order, each thing on its own line; any other section newest first.
        self._plan = is_plan_section(section)
        self._positions = plan_positions(self._session.profile.safety_plan()) if self._plan else {}
        self.delegate.items_on_lines = self._plan
        self.list_label.setText(self.tr("&Entries, the plan's steps first") if self._plan
                                else self.tr("&Entries, newest first"))
        self.list.setUniformItemSizes(not self._plan)
        self.model = EntryListModel(self._session.profile.entries(section_id),
                                    accepts=lambda entry: entry.section_id == section_id,
                                    sort_key=(lambda entry: plan_key(entry, self._positions)) if self._plan
                                    else by_last_change, parent=self)
        old = self.list.model()
        self.list.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def _open(self, index: QModelIndex) -> None:
        self.open_entry.emit(index.data(EntryListModel.EntryIdRole))

    def _on_change(self, change: Change) -> None:
        if self.section_id is None:
            return
        if change.kind is ChangeKind.SECTIONS_CHANGED and change.section and change.section.id == self.section_id:
            self.heading.setText(shown_title(change.section.key, change.section.title))
        if self._plan and change.kind in (ChangeKind.ENTRY_ADDED, ChangeKind.ENTRY_ERASED):
            self._positions = plan_positions(self._session.profile.safety_plan())  # a step written in, or erased
        self.model.apply_change(change)
