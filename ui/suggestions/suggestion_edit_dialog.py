"""Edit a suggestion before it joins the passport: the young person's words win.

Prefilled with what was suggested; "Add to my passport" accepts the edited version, and
"Not now" leaves the suggestion waiting, unchanged. Opened with ``open()`` (no nested
event loop); the inbox acts on ``content()`` when it is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passport.exchange.suggestions import Suggestion
from passport.models import MAX_BODY, MAX_TITLE, EntryContent
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session


class SuggestionEditDialog(QDialog):
    def __init__(self, session: Session, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionEditDialog")
        self.suggestion = suggestion
        self.setWindowTitle(self.tr("Change it, then add it"))
        self.setAccessibleName(self.tr("Change the suggestion, then add it"))
        start = session.profile.suggestions.suggested_content(suggestion)
        heading = QLabel(self.tr("Make it yours"))
        heading.setProperty("role", "heading")
        lead = QLabel(self.tr("Suggested by {name}. Change anything you like; only what you add is kept.")
                      .format(name=suggestion.sender_name), wordWrap=True)
        lead.setTextFormat(Qt.TextFormat.PlainText)
        lead.setProperty("role", "hint")
        fields = self._fields(session, start)

        self.add_button = QPushButton(self.tr("&Add to my passport"))
        self.add_button.setObjectName("addEditedButton")
        self.add_button.setProperty("role", "primary")
        self.add_button.setAccessibleName(self.tr("Add to my passport"))
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Not now"))
        self.cancel_button.setAccessibleName(self.tr("Not now: keep it waiting"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        for widget in (heading, lead):
            layout.addWidget(widget)
        layout.addLayout(fields, 1)
        layout.addWidget(buttons)
        self.body_edit.setFocus()
        self.resize(560, 520)

    def _fields(self, session: Session, start: EntryContent) -> QVBoxLayout:
        self.title_edit = QLineEdit(start.title, maxLength=MAX_TITLE)
        self.title_edit.setObjectName("suggestionTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)
        self.body_edit = QPlainTextEdit(start.body)
        self.body_edit.setObjectName("suggestionBodyEdit")
        self.body_edit.setAccessibleName(self.tr("Words"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(160)
        body_label = QLabel(self.tr("&Words"))
        body_label.setBuddy(self.body_edit)
        self.section_combo = QComboBox()
        self.section_combo.setAccessibleName(self.tr("Section"))
        for section in session.profile.sections():
            self.section_combo.addItem(shown_title(section.key, section.title), section.id)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(start.section_id)))
        section_label = QLabel(self.tr("&Section"))
        section_label.setBuddy(self.section_combo)
        self.important_check = QCheckBox(self.tr("&Important now"))
        self.important_check.setAccessibleName(self.tr("Important now"))
        self.important_check.setChecked(start.important_now)
        self._start = start
        layout = QVBoxLayout()
        for widget in (title_label, self.title_edit, body_label):
            layout.addWidget(widget)
        layout.addWidget(self.body_edit, 1)
        for widget in (section_label, self.section_combo, self.important_check):
            layout.addWidget(widget)
        return layout

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.title_edit.text().strip()))

    def _add(self) -> None:
        if self.add_button.isEnabled() and len(self.body_edit.toPlainText()) <= MAX_BODY:
            self.accept()

    def content(self) -> EntryContent:
        return self._start.model_copy(update={
            "title": self.title_edit.text().strip(),
            "body": self.body_edit.toPlainText(),
            "section_id": self.section_combo.currentData(),
            "important_now": self.important_check.isChecked(),
        })
