"""The carer sends suggestions: tick the drafts, choose the young person, say their own
name (asked before anything is saved: the file is signed with it), add a note, and save one
file to give them. The list shows exactly what will go before anything is saved; below it,
what was sent before, when and to whom, and what became of each suggestion once the young
person's answer file is opened here ("Open an answer…"): outcomes only, never their words.

Opened with ``open()``; saving runs in a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from passport.errors import InvalidValue, PassportError
from passport.formats.bundle_format import BUNDLE_SUFFIX, MAX_PURPOSE, RECEIPT_SUFFIX, SuggestionOutcome
from passport.formats.cards import MAX_NAME
from passport.models import Change, ProfileKind
from passport.profile import Profile
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session
from ui.widgets.dialog_parts import button_row
from ui.widgets.screen_fit import keep_buttons_in_sight
from ui.widgets.spoken_ticks import speak_ticks
from ui.widgets.toggle_ticks import tick_on_toggle
from ui.widgets.whole_label import WholeLabel
from ui.widgets.whole_words import open_tall_enough


class SendSuggestionsDialog(QDialog):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendSuggestionsDialog")
        self._session = session
        self._files = files
        self.setWindowTitle(self.tr("Send suggestions"))
        self.setAccessibleName(self.tr("Send suggestions"))
        profile = session.profile
        heading = QLabel(self.tr("Send suggestions"))
        heading.setProperty("role", "heading")
        lead = QLabel(self.tr("Tick what to send. They decide what to keep: nothing changes in their "
                              "passport unless they add it."), wordWrap=True)
        drafts_label = self._drafts_list(profile)
        to_label = self._recipient(profile)
        name_label = self._name()
        self.note_field = QLineEdit(maxLength=MAX_PURPOSE)
        self.note_field.setObjectName("suggestionNoteField")
        self.note_field.setAccessibleName(self.tr("A note for them (you can leave it empty)"))
        self.note_field.setPlaceholderText(self.tr("For example: Things I noticed this month"))
        note_label = QLabel(self.tr("A &note for them"))
        note_label.setBuddy(self.note_field)
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress.setAccessibleName(self.tr("Saving the file"))
        self.progress.hide()
        self.status = WholeLabel()  # the message after saving says what to do next: never cut
        self.status.setObjectName("sendStatus")
        self.save_button = QPushButton(self.tr("&Save the file…"))
        self.save_button.setObjectName("saveSuggestionsButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save the suggestions as a file"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.drafts.itemChanged.connect(lambda _item: self._update())
        buttons = button_row([self.close_button], [self.save_button])
        layout = QVBoxLayout(self)
        for widget in (heading, lead, drafts_label):
            layout.addWidget(widget)
        layout.addWidget(self.drafts, 1)
        for widget in (to_label, self.to_combo, self.no_one, name_label, self.name_field, note_label,
                       self.note_field, self.progress, self.status):
            layout.addWidget(widget)
        sent_label = self._sent_list()
        sent_head = QHBoxLayout()
        sent_head.addWidget(sent_label, 1)
        sent_head.addWidget(self.open_answer_button)
        layout.addLayout(sent_head)
        layout.addWidget(self.sent)
        layout.addWidget(self.sent_hint)
        layout.addLayout(buttons)
        self.resize(600, 720)
        self._body = keep_buttons_in_sight(self, self.tr("Send suggestions"))  # the buttons in sight at 200 % text
        self._update()

    def _name(self) -> QLabel:
        self.name_field = QLineEdit(maxLength=MAX_NAME)
        self.name_field.setObjectName("suggestionSenderName")
        self.name_field.setAccessibleName(self.tr("Your name, as they will see it"))
        self.name_field.setPlaceholderText(self.tr("For example: Jo"))
        self.name_field.setText(self._own_name())
        self.name_field.textChanged.connect(lambda _text: self._update())
        name_label = QLabel(self.tr("Your n&ame, as they will see it"))
        name_label.setBuddy(self.name_field)
        return name_label

    def _own_name(self) -> str:
        try:
            return self._session.profile.people.own_card().display_name
        except InvalidValue:  # no name on the card yet: they type it here
            return ""

    def _sent_list(self) -> QLabel:
        self.sent = QListWidget()
        self.sent.setObjectName("sentSuggestions")
        self.sent.setAccessibleName(self.tr("Suggestions you sent before"))
        # As tall as what it holds (one line when nothing was sent): the drafts get the room.
        # A long line wraps rather than running off sideways.
        self.sent.setWordWrap(True)
        self.sent.setResizeMode(QListView.ResizeMode.Adjust)
        self.sent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sent.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.sent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.sent_hint = WholeLabel(self.tr(
            "When they have decided, they can save an answer for you: open it here to see what became of each "
            "suggestion. It says only that; what they changed stays with them."))
        self.sent_hint.setObjectName("sentSuggestionsHint")
        self.sent_hint.setProperty("role", "hint")
        sent_label = QLabel(self.tr("What you sent &before"))
        sent_label.setBuddy(self.sent)
        self.open_answer_button = QPushButton(self.tr("O&pen an answer…"))
        self.open_answer_button.setObjectName("openAnswerButton")
        self.open_answer_button.setAccessibleName(self.tr("Open their answer to your suggestions"))
        self.open_answer_button.setToolTip(self.tr("A file from them saying what became of each suggestion"))
        self.open_answer_button.clicked.connect(self.open_answer)
        self._fill_sent()
        return sent_label

    def _outcome_words(self, outcome: SuggestionOutcome | None, name: str) -> str:
        if outcome is None:
            return self.tr("no answer yet")
        return {
            SuggestionOutcome.ADDED: self.tr("added"),
            SuggestionOutcome.ADDED_WITH_CHANGES: self.tr("added with changes"),
            SuggestionOutcome.DECLINED: self.tr("{name} didn't add this one").replace("{name}", name),
            SuggestionOutcome.WAITING: self.tr("not decided yet"),
        }[outcome]

    def _fill_sent(self) -> None:
        self.sent.clear()
        profile = self._session.profile
        titles = {entry.id: entry.title for entry in profile.entries()}
        sent_before = profile.suggestions.sent_suggestions()
        for sent in sent_before:
            day = QLocale().toString(QDate(sent.sent_at.astimezone().date()), QLocale.FormatType.LongFormat)
            named = [titles.get(i, self.tr("(a draft since erased)")) for i in sent.entry_ids]
            if sent.outcomes:  # answered: what became of each
                what = ", ".join(self.tr("{title} ({outcome})").format(
                    title=title, outcome=self._outcome_words(sent.outcomes.get(i), sent.recipient_name))
                    for i, title in zip(sent.entry_ids, named, strict=True))
                text = self.tr("{date}, to {name}: {what}")
            else:
                what = ", ".join(named)
                text = self.tr("{date}, to {name}: {what}. No answer yet.")
            text = text.format(date=day, name=sent.recipient_name, what=what)
            self.sent.addItem(QListWidgetItem(text))
        if not sent_before:
            self.sent.addItem(QListWidgetItem(self.tr("Nothing sent yet.")))
        self.open_answer_button.setEnabled(bool(sent_before))  # an answer is only ever about something sent

    def open_answer(self) -> None:
        path = self._files.open_path(self, self.tr("Open an answer"),
                                     self.tr("Answers (*{0});;Any file (*)").format(RECEIPT_SUFFIX))
        if path is None:
            return
        self.open_answer_button.setEnabled(False)
        self.status.setText(self.tr("Opening and checking the answer…"))
        self._session.run(self._session.profile.suggestions.open_answer, path,
                          on_finished=self._answer_opened, on_failed=self._answer_not_opened)

    def _answer_opened(self, change: Change) -> None:
        self._session.apply(change)
        self.status.setText(self.tr("{name} answered. What became of each suggestion is shown below.")
                            .format(name=change.subject.sender_name))
        self._fill_sent()

    def _answer_not_opened(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc, "answer"))
        self.open_answer_button.setEnabled(True)

    def _drafts_list(self, profile: Profile) -> QLabel:
        self.drafts = QListWidget()
        self.drafts.setObjectName("draftChoices")
        self.drafts.setAccessibleName(self.tr("Drafts to send"))
        tick_on_toggle(self.drafts)  # the accessibility API's Toggle ticks a draft, as Space does
        titles = {s.id: shown_title(s.key, s.title) for s in profile.sections(include_hidden=True)}
        for entry in sorted(profile.entries(), key=lambda e: e.created_at):  # in the order written
            item = QListWidgetItem(f"{entry.title}\n{titles.get(entry.section_id, '')}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.title}, {titles.get(entry.section_id, '')}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.drafts.addItem(item)
        # A count with no plural to write ("1 draft", "2 drafts"): one fewer thing for each language.
        speak_ticks(self.drafts, lambda: self.tr("Drafts chosen: {0}.").replace("{0}", str(len(self.chosen_ids()))))
        # Three drafts at once, however tall the style draws a row (a guess until there is one).
        row = self.drafts.sizeHintForRow(0) if self.drafts.count() else -1
        row = max(row, self.drafts.fontMetrics().lineSpacing() * 2 + 4)
        self.drafts.setMinimumHeight(row * 3 + 2 * self.drafts.frameWidth() + 6)
        drafts_label = QLabel(self.tr("&Drafts"))
        drafts_label.setBuddy(self.drafts)
        return drafts_label

    def _recipient(self, profile: Profile) -> QLabel:
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("suggestionRecipient")
        self.to_combo.setAccessibleName(self.tr("Who it is for"))
        for contact in profile.people.contacts():
            if contact.card.kind is ProfileKind.YOUNG_PERSON:
                self.to_combo.addItem(contact.display_name, contact)
        to_label = QLabel(self.tr("&For"))
        to_label.setBuddy(self.to_combo)
        self.no_one = QLabel(self.tr("Add the young person's card first (Add the young person's card…)."),
                             wordWrap=True)
        self.no_one.setProperty("role", "hint")
        self.no_one.setVisible(self.to_combo.count() == 0)
        return to_label

    def chosen_ids(self) -> list[str]:
        return [
            self.drafts.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.drafts.count())
            if self.drafts.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.chosen_ids()) and self.to_combo.count() > 0
                                    and bool(self.name_field.text().strip()))

    def save(self) -> None:
        contact = self.to_combo.currentData()
        chosen = self.chosen_ids()
        name = " ".join(self.name_field.text().split())
        if contact is None or not chosen or not name:
            return
        if name != self._own_name():  # the file is signed with this name: set it before asking where
            try:
                self._session.apply(self._session.profile.people.set_card_details(name))
            except PassportError as exc:
                self.status.setText(message_for(exc, "suggestion"))
                return
        suggested = self.tr("Suggestions for {name}").format(name=contact.display_name) + BUNDLE_SUFFIX
        path = self._files.save_path(self, self.tr("Save the suggestions"), suggested,
                                     self.tr("Suggestions (*{0})").format(BUNDLE_SUFFIX))
        if path is None:
            return
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self.save_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Saving…"))
        self._session.run(self._session.profile.suggestions.make_suggestion, chosen, contact, path,
                          self.note_field.text(), on_finished=self._saved, on_failed=self._not_saved)

    def _saved(self, change: Change) -> None:
        self.progress.hide()
        self._session.apply(change)
        sent = change.subject
        text = self.tr("Saved %n suggestions for {name}. Give them the file.", "", len(sent.entry_ids))
        how = self.tr("If they haven't added your card yet, give them your card too (My card…). In their app "
                      "they choose People, then “Add someone's card…”; then Suggestions, then “Open "
                      "suggestions…” to open this file.")
        self.status.setText(text.replace("{name}", sent.recipient_name) + " " + how)
        self._fill_sent()
        self._update()
        open_tall_enough(self, self._body)  # taller for the message, as far as the screen allows

    def _not_saved(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(message_for(exc, "suggestion"))
        self._update()
