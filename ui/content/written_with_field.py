""""Written with": who sat with the young person while they wrote an entry.

An editable list: the young person's people (their contacts) and names used before are
offered, and any name can be typed. Empty means written alone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from passport.errors import ProfileLocked
from passport.models import MAX_TITLE
from ui.runtime.session import Session

NAME_CHARACTERS = 16


class WrittenWithField(QComboBox):
    edited = Signal()  # the person chose or typed a name

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenWithField")
        self._session = session
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed names are kept with the entry only
        # Room for a whole name ("Jo Carter", not "J…"), and as wide as the form gives it.
        self.setMinimumContentsLength(NAME_CHARACTERS)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Written with"))
        self.setToolTip(self.tr("Someone who helped you write this. Choose or type a name, or leave it empty."))
        line = self.lineEdit()
        line.setMaxLength(MAX_TITLE)
        line.setAccessibleName(self.tr("Written with"))
        line.setPlaceholderText(self.tr("Just me"))
        line.textEdited.connect(self.edited)
        self.activated.connect(lambda _index: self.edited.emit())
        self.refresh()

    def refresh(self) -> None:
        """Offer the current names, keeping what is shown."""
        shown = self.currentText()
        try:
            names = self._session.profile.suggestions.written_with_names()
        except ProfileLocked:  # locked under us; damage goes to the one error path
            names = []
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setEditText(shown)
        self.blockSignals(False)

    def value(self) -> str | None:
        name = " ".join(self.currentText().split())
        return name or None

    def set_value(self, name: str | None) -> None:
        self.blockSignals(True)
        self.setEditText(name or "")
        self.blockSignals(False)
