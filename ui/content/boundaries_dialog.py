"""What people should know first: write or change "Call me…", "Please don't ask me about…" and
"How to talk with me".

Saved inside the profile like everything else; shared only when the young person ticks
them in the share wizard (the dialog says so)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from passport.errors import PassportError, ProfileLocked
from passport.formats.boundaries import MAX_BOUNDARY, MAX_CALL_ME
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.screen_fit import keep_buttons_in_sight

BOX_LINES = 4



class BoundariesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("What people should know first"))
        self.setAccessibleName(self.tr("What people should know first"))
        now = session.profile.boundaries()
        self.call_me = QLineEdit(now.call_me, maxLength=MAX_CALL_ME)
        self.call_me.setAccessibleName(self.tr("Call me"))
        self.call_me.setPlaceholderText(self.tr("The name you like to be called"))
        self.dont_ask = QPlainTextEdit(now.please_dont_ask)
        self.dont_ask.setAccessibleName(self.tr("Please don't ask me about"))
        self.dont_ask.setTabChangesFocus(True)
        self.how_to_talk = QPlainTextEdit(now.how_to_talk)
        self.how_to_talk.setAccessibleName(self.tr("How to talk with me"))
        self.how_to_talk.setPlaceholderText(
            self.tr("For example: tell me what will happen next; give me time to answer"))
        self.how_to_talk.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(words(self.tr("What people should know first"), "title"))
        layout.addWidget(words(self.tr("These stay in your passport. They are shared only when you tick them "
                                       "while sharing, and then they come before everything else."), "hint"))
        for caption, field in ((self.tr("&Call me…"), self.call_me),
                               (self.tr("&Please don't ask me about…"), self.dont_ask),
                               (self.tr("&How to talk with me"), self.how_to_talk)):
            label = QLabel(caption)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field, 0 if field is self.call_me else 1)
        self.error = words("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addLayout(button_row([self.cancel_button], [self.save_button]))
        self.resize(560, 520)
        keep_buttons_in_sight(self, self.tr("What people should know first"))
        # Each box shows a few lines, so the example and what is written are seen whole.
        self.ensurePolished()
        for field in (self.dont_ask, self.how_to_talk):
            field.setMinimumHeight(BOX_LINES * field.fontMetrics().lineSpacing() + 2 * field.frameWidth()
                                   + round(2 * field.document().documentMargin()))
        self.call_me.setFocus()

    def save(self) -> None:
        for field in (self.dont_ask, self.how_to_talk):
            if len(field.toPlainText()) > MAX_BOUNDARY:
                self._say(self.tr("That's a lot of words: each box holds at most %n characters.", "", MAX_BOUNDARY))
                field.setFocus()
                return
        profile = self._session.profile
        try:
            change = profile.set_boundaries(self.call_me.text(), self.dont_ask.toPlainText(),
                                            self.how_to_talk.toPlainText())
        except ProfileLocked:
            self.reject()  # locked under us: the window is going
            return
        except PassportError as exc:
            self._say(message_for(exc))
            return
        self._session.apply(change)
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
