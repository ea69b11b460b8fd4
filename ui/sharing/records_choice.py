"""In the share wizard: may the person copy this share into their records? Read only unless
the young person says yes, and told plainly what yes means before they choose it (in easy read,
with what records are, in short sentences)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from ui.widgets.dialog_parts import words


class RecordsChoice(QWidget):
    def __init__(self, parent: QWidget | None = None, easy_read: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("recordsChoice")
        self.setAccessibleName(self.tr("Can they copy it into their records?"))
        self.heading = words(self.tr("Can they copy it into their records?"), "heading")
        self.read_only = QRadioButton(self.tr("No, they can only &read it. It says “not for the record”.")
                                      if easy_read else self.tr("No, &read only: marked “not for the record”"))
        self.read_only.setAccessibleName(self.tr("No, read only"))
        self.allowed = QRadioButton(self.tr("Yes, they may &copy it into their records"))
        self.allowed.setAccessibleName(self.tr("Yes, they may copy it into their records"))
        self.meaning = words(self.tr(
            "Records are the notes their service keeps, for example their school or team. If you say yes, a copy "
            "goes into those notes. The copy stays there after the time is up. It stays there even if you "
            "withdraw this share. You can't take the copy back.") if easy_read else self.tr(
            "If you say yes, a copy goes into their service's records. That copy stays there after the "
            "time is up, and even if you withdraw this share. You can't take it back."),
            "lead" if easy_read else "hint")  # easy read: the step's main words, not a footnote
        self.meaning.setObjectName("recordsMeaning")
        self.allowed.setAccessibleDescription(self.meaning.text())
        group = QButtonGroup(self)
        group.addButton(self.read_only)
        group.addButton(self.allowed)
        self.read_only.setChecked(True)  # nothing is shared further by default
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for widget in (self.heading, self.read_only, self.allowed, self.meaning):
            layout.addWidget(widget)

    def records_allowed(self) -> bool:
        return self.allowed.isChecked()
