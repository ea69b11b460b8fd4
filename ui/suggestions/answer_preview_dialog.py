"""The young person lets a carer know what they decided: the dialog shows, in words,
exactly what the answer file will say (for each suggestion, added, added with changes,
declined or not decided yet; no titles and none of their words) before it is saved.

Opened with ``open()``; saving runs in a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from passport.exchange.answers import Answer, AnswerLine
from passport.formats.bundle_format import RECEIPT_SUFFIX, SuggestionOutcome
from passport.models import Change
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.dialog_parts import button_row, words


class AnswerPreviewDialog(QDialog):
    def __init__(self, session: Session, files: FileChooser, carer_contact_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPreviewDialog")
        self._session = session
        self._files = files
        self._contact_id = carer_contact_id
        self.answer: Answer = session.profile.suggestions.answer_preview(carer_contact_id)
        name = self.answer.carer_name
        title = self.tr("Let {name} know what you decided").format(name=name)
        self.setWindowTitle(self.tr("Let them know what you decided"))  # no name in a title bar
        self.setAccessibleName(title)
        heading = words(title, "heading")
        lead = words(self.tr("This is everything the answer says. It has no titles and none of your words: "
                             "{name} sees it beside what they sent.").format(name=name), "hint")
        self.lines = QListWidget()
        self.lines.setObjectName("answerLines")
        self.lines.setAccessibleName(self.tr("What the answer says"))
        self.lines.setWordWrap(True)
        for line in self.answer.lines:
            self.lines.addItem(self._in_words(line))
        lines_label = QLabel(self.tr("What the answer &says"))
        lines_label.setBuddy(self.lines)
        self.status = words(name="answerStatus")
        self.save_button = QPushButton(self.tr("&Save the answer…"))
        self.save_button.setObjectName("saveAnswerButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save the answer as a file"))
        self.save_button.setEnabled(bool(self.answer.lines))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, lead, lines_label, self.lines, self.status):
            layout.addWidget(widget)
        layout.addLayout(button_row([self.close_button], [self.save_button]))
        self.resize(520, 440)

    def _in_words(self, line: AnswerLine) -> str:
        day = QLocale().toString(QDate(line.sent.astimezone().date()), QLocale.FormatType.LongFormat)
        outcome = {
            SuggestionOutcome.ADDED: self.tr("you added it"),
            SuggestionOutcome.ADDED_WITH_CHANGES: self.tr("you added it with changes"),
            SuggestionOutcome.DECLINED: self.tr("you said no, thanks"),
            SuggestionOutcome.WAITING: self.tr("not decided yet"),
        }[line.outcome]
        return self.tr("Suggestion {number} sent on {date}: {outcome}").format(
            number=line.position + 1, date=day, outcome=outcome)

    def save(self) -> None:
        suggested = self.tr("Answer for {name}").format(name=self.answer.carer_name) + RECEIPT_SUFFIX
        path = self._files.save_path(self, self.tr("Save the answer"), suggested,
                                     self.tr("Answers (*{0})").format(RECEIPT_SUFFIX))
        if path is None:
            return
        if path.suffix != RECEIPT_SUFFIX:
            path = path.with_name(path.name + RECEIPT_SUFFIX)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._session.run(self._session.profile.suggestions.make_answer, self._contact_id, path,
                          on_finished=self._saved, on_failed=self._not_saved)

    def _saved(self, change: Change) -> None:
        self._session.apply(change)
        self.status.setText(self.tr("Saved. Give {name} the file; in their app they choose “Send suggestions…”, "
                                    "then “Open an answer…”.")
                            .format(name=change.subject.carer_name))
        self.save_button.setEnabled(True)

    def _not_saved(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
        self.save_button.setEnabled(True)
