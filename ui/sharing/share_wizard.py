"""Sharing, step by step: choose entries (none chosen to start with), choose a person,
until when and why, see exactly what they will see, then save the file.

The preview is drawn by the same renderer the practitioner's app uses (ui.widgets.bundle_document),
from the same data the file will carry. The file is written in a worker. Opened with
``open()``: no nested event loop to unwind when the app locks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passport.clock import now, today
from passport.errors import InvalidValue, PassportError
from passport.exchange.contacts import Contact
from passport.exchange.sharing import (
    BoundariesSince,
    PassphraseRecipient,
    Share,
    ShareState,
    SinceLastShare,
    end_of_day,
    last_day,
    new_passphrase,
)
from passport.formats.boundaries import Boundaries
from passport.formats.bundle_format import BUNDLE_SUFFIX, MAX_PURPOSE
from passport.formats.cards import MAX_NAME
from passport.models import Attachment, AttachmentKind, Change
from ui.content.plan_order import in_plan_order, is_plan_section, plan_positions
from ui.runtime.easy_read import is_easy_read
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session
from ui.sharing.contact_model import ContactModel
from ui.sharing.records_choice import RecordsChoice
from ui.widgets.bundle_document import SharedContent, build_document, long_date
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.expand_parents import expand_parents
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.rows_list import RowsList
from ui.widgets.screen_fit import keep_buttons_in_sight
from ui.widgets.spoken_page import QuietStack, SpokenPage, speak_step
from ui.widgets.spoken_ticks import speak_ticks
from ui.widgets.toggle_ticks import tick_on_toggle
from ui.widgets.whole_words import SCREEN_MARGIN


class Step(Enum):
    """The wizard's steps. Plainly UNTIL's page also asks WHY, NAME and RECORDS; in easy read each is a page."""

    CHOOSE = auto()
    PERSON = auto()
    UNTIL = auto()
    WHY = auto()
    NAME = auto()
    RECORDS = auto()
    PREVIEW = auto()
    DONE = auto()


CHOOSE, PERSON, UNTIL, WHY, NAME, RECORDS, PREVIEW, DONE = Step
ENTRY_ID = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ID = Qt.ItemDataRole.UserRole + 3
# Whether the person wants an attachment to go with its entry (unless they untie it, it does).
WANTED = Qt.ItemDataRole.UserRole + 4
DAYS = {"week": 7, "month": 30, "three_months": 91}


def _titles(titles: list[str]) -> str:
    return ", ".join(f"‘{title}’" for title in titles)


def question_page(title: str, *questions: QWidget) -> QWidget:
    """A step's page: its title, then its question (in easy read) or questions."""
    page = SpokenPage()  # named as the focus enters it (ui.widgets.spoken_page)
    layout = QVBoxLayout(page)
    layout.addWidget(words(title, "title"))
    for question in questions:
        layout.addWidget(question)
    layout.addStretch()
    return page


class ShareWizard(QDialog):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self._passphrase = ""
        self.easy_read = is_easy_read(session.profile)  # the longest sentences, said shorter
        self.share: Share | None = None
        self.content: SharedContent | None = None
        self.setWindowTitle(self.tr("Share"))
        self.setAccessibleName(self.tr("Share"))
        self.step_label = words("", "hint")
        self.pages = QuietStack()  # not "layered pane": each step says its own name
        self.steps: list[Step] = []
        for step, page in [(CHOOSE, self._choose_page()), (PERSON, self._person_page()), *self._until_pages(),
                           (PREVIEW, self._preview_page()), (DONE, self._done_page())]:
            self.steps.append(step)
            self.pages.addWidget(page)
        self.error = words("", "error")
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self.go_next)
        # The step sits beside the buttons, not on a line of its own: the pages keep the height.
        buttons = button_row([self.cancel_button], [self.step_label, self.back_button, self.next_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(860, 680)
        # The buttons in sight at 200 % text on a small screen.
        self.body = keep_buttons_in_sight(self, self.tr("Share"))
        self.setMinimumHeight(self._smallest_height())
        self._keep_buttons_still()
        self._show_page(CHOOSE)

    def _next_texts(self) -> list[str]:
        return [self.tr("&Next"), self.tr("&See it first"), self.tr("&Save the file…"), self.tr("&Done")]

    def _keep_buttons_still(self) -> None:
        """Back and Next stay in one place from step to step (walk g): Next as wide as its widest words,
        the step's words as wide as its widest, and Back keeps its room on the first step, hidden."""
        self.ensurePolished()
        for widget in (self.next_button, self.step_label, self.back_button):
            widget.ensurePolished()
        widths = []
        for text in self._next_texts():
            self.next_button.setText(text)
            widths.append(self.next_button.sizeHint().width())
        self.next_button.setMinimumWidth(max(widths))
        self.step_label.setWordWrap(False)  # a few words: on one line, as wide as the longest step says
        widths = []
        for index in range(1, len(self.steps) + 1):
            self.step_label.setText(self.tr("Step {0} of {1}").format(index, len(self.steps)))
            widths.append(self.step_label.sizeHint().width())
        self.step_label.setMinimumWidth(max(widths))
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        policy = self.back_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.back_button.setSizePolicy(policy)

    def _smallest_height(self) -> int:
        """Deliberately: tall enough for every step's words at the wizard's narrowest, as far as the screen
        allows (only a very small screen makes the steps scroll). Without it the wizard could be made three
        lines high, and the entry list of the first step was out of sight."""
        self.ensurePolished()
        self.layout().activate()
        page = self.body.widget()
        needed = page.heightForWidth(page.minimumSizeHint().width()) + 2 * self.body.frameWidth()
        around = self.height() - self.body.height()  # the margins, the error line and the buttons
        free = self.screen().availableGeometry().height() - SCREEN_MARGIN
        return min(around + needed, free)

    # --- step 1: entries ---------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        layout.addWidget(words(self.tr("What do you want to share?"), "title"))
        # Short words above, the buttons below: at large text the list keeps most of the room.
        layout.addWidget(words(self.tr("Tick what you want to share. Nothing else goes.") if self.easy_read else
                               self.tr("Nothing is chosen until you tick it. Pictures and sounds go with "
                                       "their entry unless you untick them."), "hint"))
        self.important_button = QPushButton(self.tr("Choose all my &important-now entries"))
        self.important_button.setAccessibleName(self.tr("Choose all my important-now entries"))
        self.clear_button = QPushButton(self.tr("C&lear my choice"))
        self.clear_button.setAccessibleName(self.tr("Clear my choice"))
        self.important_button.clicked.connect(self.choose_important_now)
        self.clear_button.clicked.connect(lambda: self._set_all(lambda _item: False))
        row = FlowLayout()  # one under the other when the screen is too narrow for both
        row.addWidget(self.important_button)
        row.addWidget(self.clear_button)
        caption = QLabel(self.tr("&Entries, by section"))
        self.entry_tree = QTreeWidget()
        self.entry_tree.setObjectName("shareEntries")
        self.entry_tree.setAccessibleName(self.tr("Entries to share"))
        self.entry_tree.setHeaderHidden(True)
        self.entry_tree.header().setAccessibleName(self.tr("Entries"))
        # Switch access and voice control tick an entry through the accessibility API's Toggle.
        tick_on_toggle(self.entry_tree)
        caption.setBuddy(self.entry_tree)
        profile = self._session.profile
        for section in profile.sections():
            entries = profile.entries(section.id)
            if not entries:
                continue
            parent = QTreeWidgetItem([shown_title(section.key, section.title)])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                            | Qt.ItemFlag.ItemIsAutoTristate)
            parent.setCheckState(0, Qt.CheckState.Unchecked)
            if is_plan_section(section):  # the plan's steps in the plan's order, as on Home
                entries = in_plan_order(entries, plan_positions(profile.safety_plan()))
            for entry in entries:
                title = entry.title + (" " + self.tr("(important now)") if entry.important_now else "")
                child = QTreeWidgetItem([title])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                child.setData(0, ENTRY_ID, entry.id)
                child.setData(0, Qt.ItemDataRole.UserRole + 2, entry.important_now)
                parent.addChild(child)
                for attachment in profile.attachments(entry.id):
                    child.addChild(self._attachment_item(attachment))
            self.entry_tree.addTopLevelItem(parent)
        expand_parents(self.entry_tree)  # not expandAll(): it marks each entry "expanded" to a screen reader
        self.entry_tree.itemChanged.connect(self._choice_changed)
        self.chosen_label = words(self.tr("Nothing chosen yet."), "hint")
        speak_ticks(self.entry_tree, self.chosen_label.text)  # a tick and the count, said aloud
        heading = QHBoxLayout()
        heading.addWidget(caption)
        heading.addStretch()
        heading.addWidget(self.chosen_label)
        layout.addLayout(heading)
        layout.addWidget(self.entry_tree, 1)
        layout.addLayout(row)
        return page

    def _boundaries_choice(self) -> QCheckBox:
        """Whether "Call me…", "Please don't ask me about…" and "How to talk with me" go
        first (beside the preview, which shows them when ticked): never ticked to start
        with, and only there to tick once written on Home."""
        written = not self._session.profile.boundaries().is_empty()
        self.boundaries_check = QCheckBox(
            self.tr("Put what people should know &first at the top") if written
            else self.tr("What people should know first: write it on Home to share it"))
        self.boundaries_check.setObjectName("shareBoundaries")
        self.boundaries_check.setAccessibleName(self.tr("Share what people should know first"))
        self.boundaries_check.setEnabled(written)
        self.boundaries_check.toggled.connect(self._boundaries_toggled)
        return self.boundaries_check

    def _boundaries_toggled(self) -> None:
        # The preview shows them, or not, at once: exactly what the file will carry.
        try:
            self._build_preview()
        except PassportError as exc:
            self._say_error(message_for(exc))

    def _attachment_item(self, attachment: Attachment) -> QTreeWidgetItem:
        # Ticked: it goes with its entry. Only an entry that is chosen can carry it, so it
        # shows ticked, and can be changed, only then.
        label = {AttachmentKind.IMAGE: self.tr("Picture: {0}"), AttachmentKind.AUDIO: self.tr("Sound: {0}")}.get(
            attachment.kind, self.tr("File: {0}"))
        item = QTreeWidgetItem([label.format(attachment.name)])
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        item.setData(0, ATTACHMENT_ID, attachment.id)
        item.setData(0, WANTED, True)
        return item

    def _entry_items(self) -> list[QTreeWidgetItem]:
        root = self.entry_tree.invisibleRootItem()
        return [root.child(s).child(e) for s in range(root.childCount()) for e in range(root.child(s).childCount())]

    def chosen_ids(self) -> list[str]:
        return [item.data(0, ENTRY_ID) for item in self._entry_items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def left_out(self) -> set[str]:
        """The attachments of chosen entries that stay behind (unticked)."""
        return {item.child(i).data(0, ATTACHMENT_ID) for item in self._entry_items()
                if item.checkState(0) == Qt.CheckState.Checked for i in range(item.childCount())
                if item.child(i).checkState(0) != Qt.CheckState.Checked}

    def choose_important_now(self) -> None:
        self._set_all(lambda item: bool(item.data(0, Qt.ItemDataRole.UserRole + 2)) or
                      item.checkState(0) == Qt.CheckState.Checked)

    def _set_all(self, wanted: Callable[[QTreeWidgetItem], bool]) -> None:
        for item in self._entry_items():
            item.setCheckState(0, Qt.CheckState.Checked if wanted(item) else Qt.CheckState.Unchecked)

    def _choice_changed(self, changed: QTreeWidgetItem | None = None) -> None:
        blocker = QSignalBlocker(self.entry_tree)  # the updates below would call this again
        if changed is not None and changed.data(0, ATTACHMENT_ID) and changed.flags() & Qt.ItemFlag.ItemIsEnabled:
            changed.setData(0, WANTED, changed.checkState(0) == Qt.CheckState.Checked)
        for item in self._entry_items():
            chosen = item.checkState(0) == Qt.CheckState.Checked
            for i in range(item.childCount()):
                attachment = item.child(i)
                flags = attachment.flags()
                if bool(flags & Qt.ItemFlag.ItemIsEnabled) != chosen:
                    attachment.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if chosen
                                        else flags & ~Qt.ItemFlag.ItemIsEnabled)
                    goes = chosen and bool(attachment.data(0, WANTED))
                    attachment.setCheckState(0, Qt.CheckState.Checked if goes else Qt.CheckState.Unchecked)
        blocker.unblock()
        count = len(self.chosen_ids())
        if count == 0:
            self.chosen_label.setText(self.tr("Nothing chosen yet."))
        else:
            self.chosen_label.setText(self.tr("%n entries chosen.", "", count))
        self._update_buttons()

    # --- step 2: the person ---------------------------------------------------------------

    def _person_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        layout.addWidget(words(self.tr("Who is it for?"), "title"))
        self.to_contact = QRadioButton(self.tr("Someone whose &card I have"))
        self.to_contact.setAccessibleName(self.tr("Someone whose card I have"))
        self.to_passphrase = QRadioButton(self.tr("Someone &without the app's card"))
        self.to_passphrase.setAccessibleName(self.tr("Someone without the app's card"))
        group = QButtonGroup(page)
        group.addButton(self.to_contact)
        group.addButton(self.to_passphrase)
        self.contacts = ContactModel(self._session, with_passphrase_row=False, parent=self)
        self.contact_list = RowsList()  # as tall as its people, where the dialog has the room
        self.contact_list.setObjectName("shareContacts")
        self.contact_list.setAccessibleName(self.tr("People whose card you have"))
        self.contact_list.setModel(self.contacts)
        self.contact_list.setSpacing(4)
        self.contact_list.selectionModel().currentChanged.connect(lambda *_: self._person_changed())
        self.no_contacts = words(self.tr("You have no cards yet. Add one on the People page.") if self.easy_read else
                                 self.tr("You haven't added anyone's card yet. Add one on the People page, "
                                         "or share with someone without the app's card."), "hint")
        self.unchecked_warning = words("", "error")
        name_caption = QLabel(self.tr("&Their name"))
        self.recipient_name = QLineEdit(maxLength=MAX_NAME)
        self.recipient_name.setAccessibleName(self.tr("Their name"))
        self.recipient_name.setPlaceholderText(self.tr("For example: Ms Green at school"))
        name_caption.setBuddy(self.recipient_name)
        self.passphrase_note = words(self.tr(
            "The app makes a passphrase for the file. Say it to them. Never send it with the file.")
            if self.easy_read else self.tr(
            "The app will make a passphrase for the file. You tell it to them by voice, in person or by phone, "
            "never in the same message as the file."), "hint")
        for widget in (self.to_contact, self.contact_list, self.no_contacts, self.unchecked_warning,
                       self.to_passphrase, name_caption, self.recipient_name, self.passphrase_note):
            layout.addWidget(widget)
        layout.setStretchFactor(self.contact_list, 1)  # the list takes the room left, not an empty space below
        self.to_contact.toggled.connect(self._person_changed)
        self.to_passphrase.toggled.connect(self._person_changed)
        self.recipient_name.textChanged.connect(self._update_buttons)
        has_contacts = self.contacts.rowCount() > 0
        self.to_contact.setEnabled(has_contacts)
        self.no_contacts.setVisible(not has_contacts)
        (self.to_contact if has_contacts else self.to_passphrase).setChecked(True)
        if self.contacts.rowCount() == 1:  # one person to choose from: they are the choice
            self.contact_list.setCurrentIndex(self.contacts.index(0))
        return page

    def contact(self) -> Contact | None:
        row = self.contact_list.currentIndex().row()
        return self.contacts.contact(row) if self.to_contact.isChecked() and row >= 0 else None

    def recipient_display(self) -> str:
        contact = self.contact()
        return contact.display_name if contact else " ".join(self.recipient_name.text().split())

    def _person_changed(self) -> None:
        by_card = self.to_contact.isChecked()
        self.contact_list.setEnabled(by_card)
        self.recipient_name.setEnabled(not by_card)
        contact = self.contact()
        if contact is not None and not contact.checked:
            self.unchecked_warning.setText((self.tr(
                "You have not checked the card numbers with {0} yet. You can still share. But it is better to "
                "check the numbers with them first. Do it on the People page.") if self.easy_read else self.tr(
                "You haven't compared card numbers with {0} yet. You can still share, but if you can, "
                "check the numbers with them first (on the People page).")).format(contact.display_name))
        else:
            self.unchecked_warning.clear()
        self._update_buttons()

    # --- step 3: until when, why, my name, and records -----------------------------------------
    # Four questions. Plainly they share one page; in easy read each has its own page (issue 16:
    # "one thing at a time"), so the wizard has more steps there and says so in "Step N of M".

    def _until_pages(self) -> list[tuple[Step, QWidget]]:
        until, why, name = self._until_question(), self._why_question(), self._name_question()
        self.records = RecordsChoice(easy_read=self.easy_read)
        if self.easy_read:
            self.records.heading.hide()  # the page's title asks it
            return [(Step.UNTIL, question_page(self.tr("For how long?"), until)),
                    (Step.WHY, question_page(self.tr("Why are you sharing it?"), why)),
                    (Step.NAME, question_page(self.tr("Your name"), name)),
                    (Step.RECORDS, question_page(self.records.heading.text(), self.records))]
        return [(Step.UNTIL, question_page(self.tr("For how long, and why?"), until, why, name, self.records))]

    def _until_question(self) -> QWidget:
        question = QWidget()
        layout = QVBoxLayout(question)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(words(self.tr("When the time is up, their app deletes it."), "lead"))
        self.until_group = QButtonGroup(question)
        self.until_buttons: dict[str, QRadioButton] = {}
        for key, text in (("week", self.tr("&1 week")), ("month", self.tr("1 &month")),
                          ("three_months", self.tr("&3 months")), ("date", self.tr("Until a &date:"))):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.until_group.addButton(button)
            self.until_buttons[key] = button
        self.until_buttons["month"].setChecked(True)
        self.until_date = QDateEdit(calendarPopup=True)
        self.until_date.setAccessibleName(self.tr("Until this date"))
        self.until_date.setDisplayFormat("d MMMM yyyy")
        self.until_date.setMinimumDate(QDate(today() + dt.timedelta(days=1)))
        # The box always shows the last day the chosen length gives (walk g: "1 month" beside a date two
        # weeks away); a date chosen there chooses "Until a date".
        self.until_date.dateChanged.connect(lambda: self.until_buttons["date"].setChecked(True))
        self.until_date.calendarWidget().clicked.connect(lambda: self.until_buttons["date"].setChecked(True))
        self.until_group.buttonToggled.connect(self._show_length_date)
        self._show_length_date()
        # Two by two, not one long row: at large text one row made the wizard wider than a laptop.
        grid = QGridLayout()
        grid.addWidget(self.until_buttons["week"], 0, 0)
        grid.addWidget(self.until_buttons["month"], 0, 1)
        grid.addWidget(self.until_buttons["three_months"], 1, 0)
        dated = QHBoxLayout()
        dated.addWidget(self.until_buttons["date"])
        dated.addWidget(self.until_date)
        grid.addLayout(dated, 1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        return question

    def _why_question(self) -> QWidget:
        question = QWidget()
        layout = QVBoxLayout(question)
        layout.setContentsMargins(0, 0, 0, 0)
        purpose_caption = QLabel(self.tr("&Why? They will see this.") if self.easy_read
                                 else self.tr("&Why are you sharing it? They will see this."))
        purpose_caption.setWordWrap(True)
        self.purpose = QLineEdit(maxLength=MAX_PURPOSE)
        self.purpose.setAccessibleName(self.tr("Why you are sharing it"))
        self.purpose.setPlaceholderText(self.tr("For example: moving to a new school"))
        purpose_caption.setBuddy(self.purpose)
        layout.addWidget(purpose_caption)
        layout.addWidget(self.purpose)
        return question

    def _name_question(self) -> QWidget:
        question = QWidget()
        layout = QVBoxLayout(question)
        layout.setContentsMargins(0, 0, 0, 0)
        me_caption = QLabel(self.tr("&Your name, as they will see it"))
        me_caption.setWordWrap(True)
        self.my_name = QLineEdit(maxLength=MAX_NAME)
        self.my_name.setAccessibleName(self.tr("Your name, as they will see it"))
        me_caption.setBuddy(self.my_name)
        self.my_name.setText(self._own_name())
        self.my_name.textChanged.connect(self._update_buttons)
        layout.addWidget(me_caption)
        layout.addWidget(self.my_name)
        return question

    def _own_name(self) -> str:
        try:
            return self._session.profile.people.own_card().display_name
        except InvalidValue:  # no name on the card yet: they type it here
            return ""

    def _show_length_date(self) -> None:
        """The date box shows the day the chosen length ends, without choosing "Until a date" itself."""
        for key, days in DAYS.items():
            if self.until_buttons[key].isChecked():
                with QSignalBlocker(self.until_date):
                    self.until_date.setDate(QDate(today() + dt.timedelta(days=days)))

    def last_day(self) -> dt.date:
        for key, days in DAYS.items():
            if self.until_buttons[key].isChecked():
                return today() + dt.timedelta(days=days)
        return self.until_date.date().toPython()

    # --- step 4: the preview -------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        self.preview_title = words("", "title")
        self.replace_note = words("", "lead")
        self.changes_note = words("", "hint", "changesSinceLastShare")
        self.preview = QTextBrowser()
        self.preview.setObjectName("sharePreview")
        self.preview.setAccessibleName(self.tr("Preview of the shared file"))
        # Said beside the tick: what people should know first went last time and won't this time.
        self.boundaries_note = words("", "error", "boundariesLeftOut")
        for widget in (self.preview_title, self.replace_note, self.changes_note, self._boundaries_choice(),
                       self.boundaries_note):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)
        return page

    def _build_preview(self) -> None:
        profile = self._session.profile
        name = " ".join(self.my_name.text().split())
        if name != self._own_name():
            self._session.apply(profile.people.set_card_details(name))
        expires = end_of_day(self.last_day())
        self.content = SharedContent.for_share(profile, self.chosen_ids(), profile.people.own_card(),
                                               self.recipient_display(), now(), expires, self.purpose.text(),
                                               leave_out=self.left_out(),
                                               records_allowed=self.records.records_allowed(),
                                               boundaries=self._boundaries())
        document = build_document(self.content, profile.attachment_data)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        self.preview_title.setText(self.tr("This is exactly what {0} will see").format(self.recipient_display()))
        previous = self._active_share()
        self.replace_note.setText(
            (self.tr("This takes the place of what you shared with {0} on {1}. When they open this one, their "
                     "app deletes the old one.") if self.easy_read else
             self.tr("This replaces what you shared with {0} on {1}. Their app deletes that one when they "
                     "open this.")).format(self.recipient_display(), long_date(previous.created.astimezone().date()))
            if previous else "")
        self.replace_note.setVisible(previous is not None)
        since = self._since_last_share()
        changes = self.changes_since_last_share(since)
        self.changes_note.setText(changes)
        self.changes_note.setVisible(bool(changes))
        left_out = self.boundaries_left_out(since)
        self.boundaries_note.setText(left_out)
        self.boundaries_note.setVisible(bool(left_out))

    def _boundaries(self) -> Boundaries | None:
        return self._session.profile.boundaries() if self.boundaries_check.isChecked() else None

    def _since_last_share(self) -> SinceLastShare | None:
        contact = self.contact()
        if contact is None:
            return None
        return self._session.profile.sharing.since_last_share(
            contact.id, self.chosen_ids(), self.left_out(), with_boundaries=self.boundaries_check.isChecked())

    def boundaries_left_out(self, since: SinceLastShare | None) -> str:
        """Said plainly when what people should know first went last time and won't now (the
        tick stays off until they tick it: nothing is shared by default)."""
        if since is None or since.boundaries is not BoundariesSince.LEFT_OUT:
            return ""
        name = since.last.recipient_name
        if self.easy_read:
            return (self.tr("Last time, what people should know first went to {0}. It won't go this time, unless "
                            "you tick it.") if self.boundaries_check.isEnabled() else
                    self.tr("Last time, what people should know first went to {0}. It is empty now. So it won't go "
                            "this time.")).replace("{0}", name)
        if self.boundaries_check.isEnabled():
            return self.tr("What people should know first went with your last share to {0}. It won't go with "
                           "this one unless you tick it.").replace("{0}", name)
        return self.tr("What people should know first went with your last share to {0}. It is empty now, "
                       "so it won't go with this one.").replace("{0}", name)

    def changes_since_last_share(self, since: SinceLastShare | None = None) -> str:
        """In words: which of the chosen entries are new or changed since the last share to
        the same person, which of that share's entries are no longer shared, and what becomes
        of what people should know first."""
        since = since or self._since_last_share()
        contact = self.contact()
        if contact is None or since is None:
            return ""
        boundaries = {
            BoundariesSince.NEW: self.tr("new: what people should know first"),
            BoundariesSince.CHANGED: self.tr("changed: what people should know first"),
            BoundariesSince.LEFT_OUT: self.tr("no longer shared: what people should know first"),
        }.get(since.boundaries, "")
        parts = [boundaries,
                 self.tr("new: {0}").format(_titles(list(since.new))) if since.new else "",
                 self.tr("changed: {0}").format(_titles(list(since.changed))) if since.changed else "",
                 self.tr("no longer shared: {0}").format(_titles(list(since.no_longer_shared)))
                 if since.no_longer_shared else "",
                 self.tr("no longer shared: %n you deleted", "", since.erased) if since.erased else ""]
        said = "; ".join(part for part in parts if part)
        day = long_date(since.last.created.astimezone().date())
        if not said:
            return self.tr("Nothing changed since you last shared with {0} on {1}.").format(
                contact.display_name, day)
        return self.tr("Since you last shared with {0} on {1}: {2}.").format(contact.display_name, day, said)

    def _active_share(self) -> Share | None:
        contact = self.contact()
        if contact is None:
            return None
        history = self._session.profile.sharing.share_history(contact.id)
        return next((s for s in history if s.state is ShareState.ACTIVE), None)

    # --- step 5: saving ----------------------------------------------------------------------------

    def _done_page(self) -> QWidget:
        page = SpokenPage()
        layout = QVBoxLayout(page)
        self.done_title = words("", "title")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Saving the file"))
        self.done_text = words("", "lead")
        self.passphrase_caption = words(self.tr("The passphrase. Read it to them, by voice:"), "lead")
        self.passphrase_label = words("", "code")
        self.passphrase_label.setObjectName("sharePassphrase")
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.done_title, self.progress, self.done_text, self.passphrase_caption,
                       self.passphrase_label):
            layout.addWidget(widget)
        layout.addStretch()
        return page

    def _save(self) -> None:
        contact = self.contact()
        suggested = self.tr("For {0}").format(self.recipient_display()) + BUNDLE_SUFFIX
        path = self._files.save_path(self, self.tr("Save the shared file"), suggested,
                                     self.tr("Shared files (*{0})").format(BUNDLE_SUFFIX))
        if path is None:
            return
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        to: Contact | PassphraseRecipient
        if contact is not None:
            to = contact
        else:
            self._passphrase = new_passphrase()
            to = PassphraseRecipient(name=self.recipient_display(), passphrase=self._passphrase)
        assert self.content is not None
        self._show_page(DONE)
        self.done_title.setText(self.tr("Saving…"))
        self.progress.setVisible(True)
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self._session.run(self._session.profile.sharing.make_share, self.chosen_ids(), to, self.content.expires,
                          self.purpose.text(), path, leave_out=self.left_out(),
                          records=self.content.records_allowed,
                          with_boundaries=self.boundaries_check.isChecked(),
                          created=self.content.created,  # the file says the time its preview said
                          on_finished=lambda change: self._saved(change, path), on_failed=self._not_saved,
                          on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _saved(self, change: Change, path: Path) -> None:
        self._session.apply(change)
        self.share = change.subject
        self.progress.setVisible(False)
        count = len(self.chosen_ids())
        until = long_date(last_day(self.content.expires)) if self.content else ""
        self.done_title.setText(self.tr("Saved"))
        what = self.tr("%n entries", "", count)
        # The person chosen, as the preview named them (lists may have refreshed since).
        name = self.content.recipient_name if self.content else ""
        text = self.tr("“{0}” is saved. It holds {1} for {2}, until the end of {3}.").format(
            path.name, what, name, until)
        if self.content is not None and self.content.records_allowed:
            text += " " + self.tr("They may copy it into their records; that copy stays after it ends.")
        if self._passphrase:
            text += " " + self.tr("Give them the file. It opens only with the passphrase below.")
        else:
            text += " " + self.tr("Give them the file, on a USB stick or by email. Only their app can open it.")
        self.done_text.setText(self._said_easily(path.name, what, name, until) if self.easy_read else text)
        self.passphrase_caption.setVisible(bool(self._passphrase))
        self.passphrase_label.setVisible(bool(self._passphrase))
        if self._passphrase:
            self.passphrase_label.setText(self._passphrase.replace("-", " "))
            self.passphrase_label.setAccessibleName(self.tr("Passphrase: {0}").format(self._passphrase))
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def _said_easily(self, file: str, what: str, name: str, until: str) -> str:
        """What was saved, in easy read: the same facts, one to a sentence."""
        said = [self.tr("“{0}” is saved. It has {1} for {2}. It opens until the end of {3}.")
                .replace("{0}", file).replace("{1}", what).replace("{2}", name).replace("{3}", until)]
        if self.content is not None and self.content.records_allowed:
            said.append(self.tr("They may copy it into their records. That copy stays after the end."))
        said.append(self.tr("Give them the file. It opens only with the passphrase below.") if self._passphrase else
                    self.tr("Give them the file. Use a USB stick or email. Only their app can open it."))
        return " ".join(said)

    def _not_saved(self, error: BaseException) -> None:
        self._passphrase = ""
        self._show_page(PREVIEW)
        self._say_error(message_for(error) + " " + self.tr("Nothing was shared."))

    # --- moving between steps ------------------------------------------------------------------------

    def current_step(self) -> Step:
        return self.steps[self.pages.currentIndex()]

    def go_back(self) -> None:
        index = self.pages.currentIndex()
        if index > 0 and self.current_step() is not DONE:
            self._show_page(self.steps[index - 1])

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        step = self.current_step()
        if step is DONE:
            self.accept()
            return
        following = self.steps[self.steps.index(step) + 1]
        if following is PREVIEW:
            try:
                self._build_preview()
            except PassportError as exc:
                self._say_error(message_for(exc))
                return
            self._show_page(PREVIEW)
        elif step is PREVIEW:
            self._save()
        else:
            self._show_page(following)

    def _say_error(self, text: str) -> None:
        # Shown only when there is something to say: empty, it took a line from the entry list.
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_page(self, step: Step) -> None:
        self._say_error("")
        index = self.steps.index(step)
        self.pages.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step {0} of {1}").format(index + 1, len(self.steps)))
        before_preview = self.steps[self.steps.index(PREVIEW) - 1]
        following, see_it, save_it, done = self._next_texts()
        self.next_button.setText(see_it if step is before_preview else
                                 {PREVIEW: save_it, DONE: done}.get(step, following))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.back_button.setVisible(step not in (CHOOSE, DONE))
        self.cancel_button.setVisible(step is not DONE)
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self._update_buttons()
        # Said as the focus enters the step: "Who is it for? Step 2 of 5" (the Orca run).
        speak_step(self.pages.currentWidget(), self.step_label.text(), self._first_field(step), self.next_button)
        self._first_field(step).setFocus()

    def _first_field(self, step: Step) -> QWidget:
        """Where the keyboard starts on each step: the question's own field, or the button when there is none."""
        if step is CHOOSE:
            return self.entry_tree
        if step is PERSON:
            return self.to_contact if self.to_contact.isChecked() else self.recipient_name
        if step is UNTIL and self.easy_read:
            return self.until_group.checkedButton() or self.until_buttons["month"]
        if step in (UNTIL, WHY):
            return self.purpose
        if step is NAME:
            return self.my_name
        if step is RECORDS:
            return self.records.allowed if self.records.records_allowed() else self.records.read_only
        return self.next_button

    def _update_buttons(self) -> None:
        if self.pages.currentIndex() < 0:  # the pages are still being built
            return
        step = self.current_step()
        if step is CHOOSE:
            ready = bool(self.chosen_ids())
        elif step is PERSON:
            ready = self.contact() is not None or (self.to_passphrase.isChecked() and bool(self.recipient_display()))
        elif step is (NAME if self.easy_read else UNTIL):
            ready = bool(self.my_name.text().strip())
        else:
            return
        self.next_button.setEnabled(ready)
