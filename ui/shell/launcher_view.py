"""The first screen: the passports on this computer, by the names their owners chose.

Nothing else about a profile is readable without its passphrase, so a name is all we show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from passport.store import profiles
from passport.store.profiles import ProfileFolder
from ui.runtime.themed_icon import themed_icon
from ui.widgets.dialog_parts import button_row


class LauncherView(QWidget):
    open_profile = Signal(object)  # passport.store.profiles.ProfileFolder
    make_new = Signal()
    restore_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        title = QLabel(self.tr("Which one is yours?"), wordWrap=True)
        title.setProperty("role", "title")
        caption = QLabel(self.tr("&Passports on this computer"))
        caption.setProperty("role", "hint")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Passports on this computer"))
        caption.setBuddy(self.list)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(self.tr("Open the chosen one"))
        self.new_button = QPushButton(themed_icon("add"), self.tr("&Make a new one"))
        self.new_button.setProperty("scaledIcon", True)
        self.new_button.setAccessibleName(self.tr("Make a new one"))

        self.list.itemActivated.connect(self._open_item)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.new_button.clicked.connect(self.make_new)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setObjectName("restoreFromBackupButton")
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.restore_requested)

        column = QWidget()
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addSpacing(8)
        inner.addWidget(caption)
        inner.addWidget(self.list)
        row = button_row([self.new_button, self.restore_button], [self.open_button])
        inner.addLayout(row)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        # The list grows with the names in it, not with the window.
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.setFocusProxy(self.list)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for folder in profiles.list_profiles(self._data_dir):
            item = QListWidgetItem(folder.label)
            item.setData(Qt.ItemDataRole.UserRole, folder)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_button()

    def labels(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            folder: ProfileFolder = item.data(Qt.ItemDataRole.UserRole)
            self.open_profile.emit(folder)
