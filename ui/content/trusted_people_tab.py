"""Settings, for the young person: trusted people. Three people of theirs each get a piece
(a file only their app can open); any two of them can help the young person back in, one
alone opens nothing. Making new pieces means the earlier ones open nothing any more.

A piece says whose it is by the young person's card, so a card with no name yet gets its name
here first, in a box of its own, rather than an error after choosing. The tab's words scroll
rather than being cut, and the list keeps room for a few people at any text size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QProgressBar, QPushButton, QVBoxLayout, QWidget

from passport.errors import InvalidValue, PassportError
from passport.exchange.trusted import PiecesGiven
from passport.formats.cards import MAX_NAME
from passport.models import Change
from ui.content.trusted_choice_model import TrustedChoiceModel
from ui.runtime.easy_read import is_easy_read
from ui.runtime.file_chooser import FileChooser
from ui.runtime.jobs import Job
from ui.runtime.messages import message_for
from ui.runtime.saved_place import folder_words
from ui.runtime.session import Session
from ui.widgets.dialog_parts import words
from ui.widgets.spoken_ticks import speak_ticks
from ui.widgets.toggle_ticks import tick_on_toggle
from ui.widgets.whole_words import scrolling

LIST_ROWS = (4, 8)  # room for at least a few people at any text size, and the list never takes the page


class TrustedPeopleTab(QWidget):
    people_wanted = Signal()  # "Go to People": to add cards or check their numbers

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self._worker: Job | None = None
        self.model = TrustedChoiceModel(session, self)
        self.easy_read = is_easy_read(session.profile)
        lead = words(self.tr(
            "Maybe one day you lose your passphrase and your recovery code. Then people you trust can help you "
            "back in. Choose three of your people. Each one gets a piece. A piece is a small file. Only their app "
            "can open it. Two pieces together let you back in. One piece alone opens nothing.") if self.easy_read
            else self.tr(
            "If you ever lose both your passphrase and your recovery code, people you trust can help you back "
            "in. Choose three of your people. Each gets a piece: a small file that only their app can open. "
            "Any two pieces together let you back in; one piece alone opens nothing."), "lead")
        self.status = words(name="trustedStatus")
        caption = self.choose_caption = QLabel(self.tr("&Choose three people"))
        self.people = QListView()
        self.people.setObjectName("trustedPeopleList")
        self.people.setAccessibleName(self.tr("Choose three people"))
        self.people.setModel(self.model)
        self.people.setWordWrap(True)
        tick_on_toggle(self.people)  # the accessibility API's Toggle ticks a person, as Space does
        speak_ticks(self.people, lambda: self.tr("Chosen: {0} of 3.").replace("{0}", str(len(self.model.chosen()))))
        caption.setBuddy(self.people)
        self.name_caption = QLabel(self.tr("Your &name, as your trusted people know you"))
        self.name_field = QLineEdit(maxLength=MAX_NAME)
        self.name_field.setObjectName("trustedOwnName")
        self.name_field.setAccessibleName(self.tr("Your name, as your trusted people know you"))
        self.name_caption.setBuddy(self.name_field)
        self.name_hint = words(self.tr(
            "Each piece says whose it is. So your card needs a name first. The name goes on your card too "
            "(My card).") if self.easy_read else self.tr(
            "Each piece says whose it is, so your card needs a name first. It goes on your card too (My card)."),
            "hint")
        self.name_field.textChanged.connect(self._update)
        # Easy read asks one thing at a time: a card with no name gets it first, on its own.
        self.name_button = QPushButton(self.tr("&Use this name"))
        self.name_button.setObjectName("trustedUseName")
        self.name_button.setAccessibleName(self.tr("Use this name"))
        self.name_button.clicked.connect(self.use_name)
        self.empty = words(self.tr("First add the cards of the people you trust. Do that under People. Then come "
                                   "back here.") if self.easy_read else
                           self.tr("Add the cards of the people you trust first (People), then come back here."),
                           "hint")
        self._build_what_is_missing()
        self.make_button = QPushButton(self.tr("&Make their pieces…"))
        self.make_button.setObjectName("makePiecesButton")
        self.make_button.setAccessibleName(self.tr("Make their pieces"))
        self.make_button.clicked.connect(self.make_pieces)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setAccessibleName(self.tr("Making the pieces"))
        self.busy.setFixedHeight(10)
        self.result = words(name="trustedResult")
        self.error = words(role="error")
        self.body = scrolling(self._page(lead, caption), self.tr("Trusted people"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        self.model.chosen_changed.connect(self._update)
        self.model.modelReset.connect(self._update)
        session.changed.connect(self._on_change)
        self.busy.hide()
        self._show_status()
        self._update()

    def _page(self, lead: QLabel, caption: QLabel) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 12)  # the words keep off the tab's frame
        # The name (asked only while the card has none) comes before the people: the hints under the
        # list change with every tick, and nothing the person may click next moves with them (walk g).
        for widget in (lead, self.status, self.name_caption, self.name_field, self.name_hint):
            column.addWidget(widget)
        column.addWidget(self.name_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (caption, self.people, self.empty, self.need_more, self.unchecked):
            column.addWidget(widget)
        column.addWidget(self.people_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        for first, then in ((self.name_field, self.name_button), (self.name_button, self.people),
                            (self.people, self.people_button), (self.people_button, self.make_button)):
            QWidget.setTabOrder(first, then)
        for widget in (self.busy, self.result, self.error):
            column.addWidget(widget)
        column.addStretch()
        return page

    def _needs_a_name(self) -> bool:
        """True while the young person's card has no name: a piece could not say whose it is."""
        profile = self._session.profile
        if profile.is_locked:
            return False
        try:
            profile.people.own_card()
        except InvalidValue:
            return True
        return False

    def _fit_list(self) -> None:
        """As tall as its people, within LIST_ROWS, at the row height the text size gives."""
        rows = self.model.rowCount()
        row = self.people.sizeHintForRow(0) if rows else -1
        row = max(row, self.people.fontMetrics().lineSpacing() + 8)
        shown = min(max(rows, LIST_ROWS[0]), LIST_ROWS[1])
        self.people.setFixedHeight(shown * (row + self.people.spacing()) + 2 * self.people.frameWidth() + 4)

    def _update(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self._fit_list()
        needs_name = self._needs_a_name()
        for widget in (self.name_caption, self.name_field, self.name_hint):
            widget.setVisible(needs_name)
        named = not needs_name or bool(self.name_field.text().strip())
        chosen = len(self.model.chosen())
        self.make_button.setEnabled(chosen == 3 and named and self._worker is None)
        self._say_what_is_missing(3 - chosen)
        name_first = self.easy_read and needs_name
        self.name_button.setVisible(name_first)
        self.name_button.setEnabled(bool(self.name_field.text().strip()))
        if name_first:
            for widget in (self.choose_caption, self.people, self.empty, self.need_more, self.unchecked,
                           self.people_button, self.make_button):
                widget.hide()
        else:
            for widget in (self.choose_caption, self.people, self.make_button):
                widget.show()

    def use_name(self) -> None:
        """Easy read: the name on the card now, then the choice of people (the next thing)."""
        if self._keep_name():
            self.people.setFocus()

    def _build_what_is_missing(self) -> None:
        # Why the button is greyed, in words, and what to do about it.
        self.need_more = words(name="trustedNeedMore", role="hint")
        # A piece is only as safe as the card it goes to: say so before making one for an unchecked card.
        self.unchecked = words(name="trustedUnchecked", role="banner")
        self.people_button = QPushButton(self.tr("Go to &People…"))
        self.people_button.setObjectName("trustedGoToPeople")
        self.people_button.setAccessibleName(self.tr("Go to People, to add cards or check their numbers"))
        self.people_button.clicked.connect(self.people_wanted)

    def _say_what_is_missing(self, more: int) -> None:
        # What is really missing: cards (fewer than three listed), or ticks. Said even when
        # nothing is, so the line keeps its room and nothing below it moves (walk g, item 5).
        cards = self.model.rowCount()
        if cards < 3:
            need = self.tr("You need cards from three people. Add %n more under People.", "", 3 - cards) \
                if self.easy_read else \
                self.tr("You need the cards of three people: add %n more under People.", "", 3 - cards)
        elif more > 0:
            need = self.tr("Tick three people in the list. %n more to tick.", "", more) if self.easy_read else \
                self.tr("Tick three people in the list: %n more to tick.", "", more)
        else:
            need = self.tr("Three people ticked.")
        self.need_more.setText(need)
        self.need_more.setVisible(cards > 0)
        unchecked = self.model.unchecked_chosen()
        if unchecked and self.easy_read:
            warning = self.tr("First check the card numbers with {0}. Do it under People, on their card. Then "
                              "you know the piece goes to the right person.").replace("{0}", ", ".join(unchecked))
        elif len(unchecked) == 1:
            warning = self.tr("Check {0}'s numbers with them first (People, then their card): a piece is only "
                              "as safe as the card it goes to.").replace("{0}", unchecked[0])
        elif unchecked:
            warning = self.tr("Check these people's numbers with them first (People, then their card): {0}. "
                              "A piece is only as safe as the card it goes to.").replace("{0}", ", ".join(unchecked))
        else:
            warning = ""
        self.unchecked.setText(warning)
        self.unchecked.setVisible(bool(warning))
        self.people_button.setVisible(bool(warning) or self.model.rowCount() < 3)

    def _show_status(self) -> None:
        profile = self._session.profile
        if profile.is_locked:
            return
        given = profile.trusted.given()
        if not given.pieces:
            # A restore of an older app's backup brings back who was given pieces, not what they open.
            behind = profile.trusted.pieces_left_behind()
            if behind:
                self.status.setText((self.tr(
                    "The pieces {0} have do not work now. They are from before you restored your passport. "
                    "Tick three people below to make new pieces.") if self.easy_read else self.tr(
                    "The pieces {0} hold are from before a restore, and no longer open this passport. "
                    "Tick three people below to make new ones.")).replace("{0}", ", ".join(behind)))
            else:
                self.status.setText(self.tr("You have no trusted people yet."))
            return
        names = ", ".join(piece.display_name for piece in given.pieces)
        when = given.pieces[0].given_at.astimezone().strftime("%d %b %Y")
        self.status.setText((self.tr(
            "Your trusted people are {0}. You made their pieces on {1}. If you make new pieces, the old pieces "
            "stop working.") if self.easy_read else self.tr(
            "Your trusted people are {0} (pieces made on {1}). Making new pieces means the ones they have now "
            "open nothing.")).replace("{0}", names).replace("{1}", when))

    def make_pieces(self) -> None:
        ids = self.model.chosen()
        if len(ids) != 3 or self._worker is not None or not self._keep_name():
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

    def _keep_name(self) -> bool:
        """The name typed for a card that had none, kept on the card; False (said why) if it can't be."""
        if not self._needs_a_name():
            return True
        if not self.name_field.text().strip():
            self.name_field.setFocus()
            return False
        try:
            change = self._session.profile.people.set_card_details(self.name_field.text())
        except PassportError as exc:
            self.error.setText(message_for(exc))
            return False
        self._session.apply(change)
        self._update()
        return True

    def _made(self, change: Change) -> None:
        self._worker = None
        self.busy.hide()
        self._session.apply(change)
        given = change.subject
        assert isinstance(given, PiecesGiven)
        # Where they went, too: it said only "Saved three files".
        folder = folder_words(given.files[0].parent) if given.files else ""
        lines = [(self.tr("Saved three files in {folder}. Give each person their own file. Give it by hand, or on "
                          "a USB stick:")
                  if self.easy_read else
                  self.tr("Saved three files in {folder}. Give each person their own file (by hand, or a memory "
                          "stick):")).replace("{folder}", folder)]
        lines += [self.tr("{0}: {1}").replace("{0}", piece.display_name).replace("{1}", path.name)
                  for piece, path in zip(given.pieces, given.files, strict=True)]
        lines.append(self.tr("They open it in their own app. They go to Settings, then Pieces I keep.")
                     if self.easy_read else self.tr("In their app they open it in Settings, then Pieces I keep."))
        self.result.setText("\n".join(lines))
        self._show_status()
        self._update()
        # Show the lines, now and once the page has made room for them.
        self.body.verticalScrollBar().rangeChanged.connect(self._show_result, Qt.ConnectionType.SingleShotConnection)
        self._show_result()

    def _show_result(self) -> None:
        self.body.ensureWidgetVisible(self.result)

    def _not_made(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.hide()
        self.error.setText(message_for(exc))
        self._update()

    def _on_change(self, change: Change) -> None:
        self._show_status()
        self._update()  # a name given on My card meanwhile
