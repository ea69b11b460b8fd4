"""The first screen: the passports on this computer, by the names their owners chose.

Nothing else about a profile is readable without its passphrase, so a name is all we show.
With none yet (a first run, or a new laptop) it offers to make one or to restore a backup.
A profile can be deleted from here, after a deliberate second step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from passport.store import profiles
from passport.store.profiles import ProfileFolder
from ui.runtime.jobs import JobRunner
from ui.runtime.languages import Language
from ui.runtime.themed_icon import themed_icon
from ui.shell.crisis_lines_dialog import CrisisLinesDialog, help_link, name_help_link
from ui.widgets.centred_column import ColumnLayout
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.language_chooser import LanguageChooser
from ui.widgets.tall_enough import keep_tall_enough


class LauncherView(QWidget):
    open_profile = Signal(object)  # passport.store.profiles.ProfileFolder
    make_new = Signal()
    restore_requested = Signal()
    language_chosen = Signal(str)  # a language code: the start screen's language from now on

    def __init__(self, data_dir: Path, parent: QWidget | None = None, languages: list[Language] | None = None,
                 current_language: str | None = None, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._jobs = jobs or JobRunner(parent=self)
        self.title = QLabel(wordWrap=True)
        self.title.setProperty("role", "title")
        self.welcome = words("", "lead")
        self.caption = QLabel()
        self.caption.setProperty("role", "hint")
        self.list = QListWidget()
        self.caption.setBuddy(self.list)
        self.open_button = QPushButton()
        self.open_button.setProperty("role", "primary")
        self.new_button = QPushButton(themed_icon("add"), "")
        self.new_button.setProperty("scaledIcon", True)
        self.language = LanguageChooser(languages or [], current_language)
        self.language.chosen.connect(lambda code: code and self.language_chosen.emit(code))

        self.list.itemActivated.connect(self._open_item)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.new_button.clicked.connect(self.make_new)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreFromBackupButton")
        self.restore_button.clicked.connect(self.restore_requested)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteProfileButton")  # a plain button: quiet, yet plainly one
        self.deleted_words = words(name="deletedWords")  # "“Throwaway” is deleted.", once it is
        self.delete_button.clicked.connect(self.delete_chosen)
        self.error = words(role="error")
        self.help_link = help_link(self, lambda: CrisisLinesDialog.open_over(self))
        self._set_words()
        self._lay_out()
        # Only when there is more than English to choose from. Once it is in the page: shown while
        # it had no parent, it was a window of its own for a moment (about 5 ms before the first paint).
        self.language.setVisible(len(languages or []) > 1)
        # The list grows with the names in it, not with the window.
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.refresh()

    def _lay_out(self) -> None:
        column = QWidget()
        inner = ColumnLayout(column)  # as tall as its words need, and wide enough for its buttons
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language)
        inner.addLayout(top)
        inner.addWidget(self.title)
        inner.addWidget(self.welcome)
        inner.addSpacing(8)
        inner.addWidget(self.caption)
        inner.addWidget(self.list)
        # Away from Open, so deleting is never where opening is expected.
        inner.addLayout(button_row([], [self.delete_button]))
        inner.addWidget(self.deleted_words)
        inner.addWidget(self.error)
        row = button_row([self.new_button, self.restore_button], [self.open_button])
        inner.addLayout(row)
        inner.addStretch(1)
        inner.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        keep_tall_enough(self)  # at the window's smallest size too, every wrapped line shows

    def refresh(self) -> None:
        self.list.clear()
        self.error.clear()
        self.deleted_words.hide()
        for folder in profiles.list_profiles(self._data_dir):
            item = QListWidgetItem(folder.label)
            item.setData(Qt.ItemDataRole.UserRole, folder)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        has_any = self.list.count() > 0
        self._say_title()
        self.welcome.setVisible(not has_any)
        for widget in (self.caption, self.list, self.open_button, self.delete_button):
            widget.setVisible(has_any)
        self.setFocusProxy(self.list if has_any else self.new_button)
        self._update_button()

    def _set_words(self) -> None:
        """Every word of this page, again whenever the language changes."""
        name_help_link(self.help_link)
        self.welcome.setText(self.tr(
            "Make a new passport, or bring one back from a backup you saved before, for example "
            "when you move to a new laptop."))
        self.caption.setText(self.tr("&Passports on this computer"))
        self.list.setAccessibleName(self.tr("Passports on this computer"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen one"))
        self.new_button.setText(self.tr("&Make a new passport"))
        self.new_button.setAccessibleName(self.tr("Make a new passport"))
        self.restore_button.setText(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen one"))
        self._say_title()

    def _say_title(self) -> None:
        self.title.setText(self.tr("Which one is yours?") if self.list.count() else self.tr("Welcome"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_words()
            self.error.clear()  # said in the language before
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, as Space does (the list opens on Enter itself)."""
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QPushButton):
            focused.click()
            return
        super().keyPressEvent(event)

    def labels(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _update_button(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def delete_chosen(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        folder: ProfileFolder = item.data(Qt.ItemDataRole.UserRole)
        from ui.shell.delete_profile_dialog import DeleteProfileDialog  # when asked for, not at start-up

        if not DeleteProfileDialog.ask(self, folder, self._jobs):  # deleted there, if its secret was given
            self.refresh()  # gone meanwhile, perhaps
            return
        self.refresh()
        self.deleted_words.setText(self.tr("“{0}” is deleted.").replace("{0}", folder.label))
        self.deleted_words.show()
        self.setFocus()

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            folder: ProfileFolder = item.data(Qt.ItemDataRole.UserRole)
            self.open_profile.emit(folder)
