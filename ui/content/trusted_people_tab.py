"""Settings, for the young person: trusted people. Three people of theirs each get a piece
(a file for their card); any two of them can help the young person back in, one alone
opens nothing. Making new pieces means the earlier ones open nothing any more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QProgressBar, QPushButton, QVBoxLayout, QWidget

from passport.exchange.trusted import PiecesGiven
from passport.models import Change
from ui.content.trusted_choice_model import TrustedChoiceModel
from ui.runtime.file_chooser import FileChooser
from ui.runtime.jobs import Job
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.dialog_parts import words


class TrustedPeopleTab(QWidget):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self._worker: Job | None = None
        self.model = TrustedChoiceModel(session, self)
        lead = words(self.tr(
            "If you ever lose both your passphrase and your recovery code, people you trust can help you back "
            "in. Choose three of your people: each gets a piece, a file for their card. Any two pieces together "
            "let you back in; one piece alone opens nothing."), "lead")
        self.status = words(name="trustedStatus")
        caption = QLabel(self.tr("&Choose three people"))
        self.people = QListView()
        self.people.setObjectName("trustedPeopleList")
        self.people.setAccessibleName(self.tr("Choose three people"))
        self.people.setModel(self.model)
        self.people.setWordWrap(True)
        caption.setBuddy(self.people)
        self.empty = words(self.tr("Add the cards of the people you trust first (People), then come back here."),
                           "hint")
        self.make_button = QPushButton(self.tr("&Make their pieces…"))
        self.make_button.setObjectName("makePiecesButton")
        self.make_button.setAccessibleName(self.tr("Make their pieces"))
        self.make_button.clicked.connect(self.make_pieces)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Making the pieces"))
        self.busy.setFixedHeight(10)
        self.result = words(name="trustedResult")
        self.error = words(role="error")
        layout = QVBoxLayout(self)
        for widget in (lead, self.status, caption, self.people, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.busy, self.result, self.error):
            layout.addWidget(widget)
        self.model.chosen_changed.connect(self._update)
        self.model.modelReset.connect(self._update)
        session.changed.connect(self._on_change)
        self.busy.hide()
        self._show_status()
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        chosen = len(self.model.chosen())
        self.make_button.setEnabled(chosen == 3 and self._worker is None)

    def _show_status(self) -> None:
        profile = self._session.profile
        if profile.is_locked:
            return
        given = profile.trusted.given()
        if not given.pieces:
            self.status.setText(self.tr("You have no trusted people yet."))
            return
        names = ", ".join(piece.display_name for piece in given.pieces)
        when = given.pieces[0].given_at.astimezone().strftime("%d %b %Y")
        self.status.setText(self.tr(
            "Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now "
            "open nothing.").replace("{0}", names).replace("{1}", when))

    def make_pieces(self) -> None:
        ids = self.model.chosen()
        if len(ids) != 3 or self._worker is not None:
            return
        folder = self._files.folder_path(self, self.tr("Choose a folder for the three pieces"))
        if folder is None:
            return
        self.error.clear()
        self.result.clear()
        profile = self._session.profile
        self._worker = self._session.run(profile.trusted.give_pieces, ids, Path(folder), context=self,
                                         on_finished=self._made, on_failed=self._not_made)
        self.busy.show()
        self._update()

    def _made(self, change: Change) -> None:
        self._worker = None
        self.busy.hide()
        self._session.apply(change)
        given = change.subject
        assert isinstance(given, PiecesGiven)
        lines = [self.tr("Saved three files. Give each person their own file (by hand, or a memory stick):")]
        lines += [self.tr("{0}: {1}").replace("{0}", piece.display_name).replace("{1}", path.name)
                  for piece, path in zip(given.pieces, given.files, strict=True)]
        self.result.setText("\n".join(lines))
        self._show_status()
        self._update()

    def _not_made(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.hide()
        self.error.setText(message_for(exc))
        self._update()

    def _on_change(self, change: Change) -> None:
        self._show_status()
