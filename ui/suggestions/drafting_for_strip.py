"""Under the carer's banner (issue 48): whose passport these drafts are for ("Drafts for Sky. Sky
decides what goes in."), a visible "Open an answer…", and a line saying what just happened (a
card added, an answer opened)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from passport.formats.cards import Card
from passport.models import Change, ChangeKind, ProfileKind
from ui.runtime.file_chooser import FileChooser
from ui.runtime.session import Session
from ui.suggestions.open_answer_button import OpenAnswerButton
from ui.widgets.whole_label import WholeLabel


class DraftingForStrip(QWidget):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftingForStrip")
        self._session = session
        self.drafting_for = WholeLabel()
        self.drafting_for.setObjectName("draftingFor")
        self.drafting_for.setProperty("role", "lead")
        self.answer_button = OpenAnswerButton(session, files, self)
        self.notice = WholeLabel()
        self.notice.setObjectName("carerNotice")
        self.notice.hide()
        self.answer_button.said.connect(self.say)
        row = QHBoxLayout()
        row.addWidget(self.drafting_for, 1)
        row.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 4)
        column.addLayout(row)
        column.addWidget(self.notice)
        session.changed.connect(self._on_change)
        self._say_whose()

    def _say_whose(self) -> None:
        profile = self._session.profile
        names = [] if profile.is_locked else [
            contact.display_name for contact in profile.people.contacts()
            if contact.card.kind is ProfileKind.YOUNG_PERSON]
        if not names:
            text = self.tr("Add the young person's card (Add the young person's card…) to say whose passport "
                           "these drafts are for.")
        else:
            name = names[0] if len(names) == 1 else ", ".join(names)
            text = self.tr("Drafts for {name}. {name} decides what goes in.").replace("{name}", name)
        self.drafting_for.setText(text)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def card_added(self, card: Card | None) -> None:
        """Confirm a young person's card once it is added, and whether its numbers were checked."""
        if card is None:
            return
        contact = next((c for c in self._session.profile.people.contacts()
                        if c.card.fingerprint == card.fingerprint), None)
        if contact is None:
            return
        if contact.checked:
            text = self.tr("{name}'s card is added and its numbers are checked. You can send {name} suggestions "
                           "now.")
        else:
            text = self.tr("{name}'s card is added. Check its numbers with {name} when you can; you can send "
                           "suggestions now.")
        self.say(text.replace("{name}", contact.display_name))

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.CONTACTS_CHANGED:
            self._say_whose()
