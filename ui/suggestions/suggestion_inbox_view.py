"""The young person's suggestions: open a file from someone who helps them, then, for each
suggestion, add it, change it then add it, or say no.

Each suggestion shows side by side with what is already in the passport that it relates
to. Opening a file only puts suggestions here: nothing joins the passport until the young
person says so, and saying no deletes a suggestion for good.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from passport.errors import PassportError, ProfileLocked
from passport.exchange.suggestions import OpenedSuggestions, Suggestion
from passport.formats.bundle_format import BUNDLE_SUFFIX
from passport.models import AttachmentKind, Change, EntryContent
from ui.content.entry_card import EntryCard
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session
from ui.suggestions.answer_preview_dialog import AnswerPreviewDialog
from ui.suggestions.suggestion_edit_dialog import SuggestionEditDialog
from ui.suggestions.suggestion_list_model import SuggestionListModel, from_line
from ui.widgets.dialog_parts import words

RELATED_MIN_WIDTH = 240  # below this beside the suggestion, what it relates to goes underneath

THUMBNAIL_PX = 160


class SuggestionInboxView(QWidget):
    open_entry = Signal(str)  # a related entry the young person wants to look at

    def __init__(self, session: Session, files: FileChooser | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionInbox")
        self.session = session
        self.files = files or FileChooser()
        self.model = SuggestionListModel(session, self)
        self.edit_dialog: SuggestionEditDialog | None = None
        self._shown: Suggestion | None = None
        self.related_cards: list[EntryCard] = []

        title = words(self.tr("Suggestions"), "title")
        lead = words(self.tr("Ideas from people who help you. Nothing goes into your passport "
                              "unless you add it."), "hint")
        self.open_button = QPushButton(self.tr("&Open suggestions…"))
        self.open_button.setObjectName("openSuggestionsButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(self.tr("Open a file of suggestions"))
        self.open_button.clicked.connect(self.choose_file)
        self._opening = False  # a file is being opened and checked
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress.setAccessibleName(self.tr("Opening the file"))
        self.progress.setFixedHeight(10)
        self.progress.hide()
        self.status = words(role="lead", name="inboxStatus")
        self.status.hide()

        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(lead)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.answer_row = QHBoxLayout()  # "Let <name> know what you decided…", one a carer
        self.answer_buttons: list[QPushButton] = []
        self.answer_dialog: AnswerPreviewDialog | None = None
        self.answer_row.addStretch(1)  # the buttons go before it, at the leading edge
        layout.addLayout(self.answer_row)
        self.empty = words(self.tr("Nothing waiting. When someone who helps you gives you a file of "
                                    "suggestions, open it here."), "lead", "inboxEmpty")
        layout.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_panel())
        self.splitter.addWidget(self._detail_panel())
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        layout.addStretch()  # with nothing waiting, the words stay at the top
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    # --- building ---------------------------------------------------------------------

    def _list_panel(self) -> QWidget:
        self.list = QListView()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Suggestions waiting for you"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(4)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        caption = QLabel(self.tr("&Waiting for you"))
        caption.setProperty("role", "hint")
        caption.setBuddy(self.list)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(caption)
        column.addWidget(self.list, 1)
        panel.setMinimumWidth(220)
        return panel

    def _detail_panel(self) -> QWidget:
        self.from_label = words(role="hint", name="suggestionFrom")
        self.note_label = words(role="hint", name="suggestionNote")
        self.title_label = words(role="title", name="suggestionTitle")
        self.body_label = words(role="lead", name="suggestionBody")
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attachments_area = QWidget()
        self._attachments_layout = QVBoxLayout(self.attachments_area)
        self._attachments_layout.setContentsMargins(0, 0, 0, 0)
        suggested = self._suggested = QWidget()
        suggested.setObjectName("suggestedColumn")
        left = QVBoxLayout(suggested)
        left.setContentsMargins(0, 0, 12, 0)
        caption = words(self.tr("Suggested"), "heading")
        for widget in (caption, self.from_label, self.note_label, self.title_label, self.body_label,
                       self.attachments_area):
            left.addWidget(widget)
        left.addLayout(self._actions())
        left.addWidget(self._confirm_bar())
        left.addStretch(1)

        page = QWidget()
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self._columns.setContentsMargins(8, 0, 0, 0)
        self._columns.addWidget(suggested, 3)
        self._columns.addWidget(self._related_column(), 2)
        self.detail = QScrollArea()
        self.detail.setObjectName("suggestionDetail")
        self.detail.setAccessibleName(self.tr("The suggestion, beside what it relates to"))
        self.detail.setWidgetResizable(True)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail.setWidget(page)
        self.detail.installEventFilter(self)
        self.detail.viewport().installEventFilter(self)
        return self.detail

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.detail:
                # Before the scroll area sizes its page to the new width: otherwise the page
                # keeps the width the buttons in a row needed, and they stand out past the edge
                # until its next layout pass (seen when the first suggestion opens).
                self._reflow(self.detail.maximumViewportSize().width())
            elif watched is self.detail.viewport():  # a scroll bar came or went
                self._reflow(self.detail.viewport().width())
        return super().eventFilter(watched, event)

    def _reflow(self, width: int) -> None:
        """Side by side when there is room; otherwise what it relates to goes below, and
        the buttons one above another, so nothing is cut off at the right."""
        buttons = (self.accept_button, self.edit_button, self.decline_button)
        spacing = max(self._action_row.spacing(), 6)
        buttons_wide = sum(b.sizeHint().width() for b in buttons) + 3 * spacing + 24
        side_by_side = width >= buttons_wide + RELATED_MIN_WIDTH
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side
                                   else QBoxLayout.Direction.TopToBottom)
        in_a_row = width >= buttons_wide
        self._action_row.setDirection(QBoxLayout.Direction.LeftToRight if in_a_row
                                   else QBoxLayout.Direction.TopToBottom)
        policy = QSizePolicy.Policy.Expanding if in_a_row else QSizePolicy.Policy.Fixed
        self._actions_gap.changeSize(0, 0, policy, QSizePolicy.Policy.Fixed)
        # The column and the page keep their cached sizes until told: the scroll area must
        # see the narrower page the buttons one above another make, now.
        self._action_row.invalidate()
        self._suggested.layout().invalidate()
        self._suggested.updateGeometry()

    def _actions(self) -> QHBoxLayout:
        self.accept_button = QPushButton(self.tr("&Add it to my passport"))
        self.accept_button.setObjectName("acceptSuggestionButton")
        self.accept_button.setProperty("role", "primary")
        self.accept_button.setAccessibleName(self.tr("Add it to my passport as it is"))
        self.edit_button = QPushButton(self.tr("&Change it, then add…"))
        self.edit_button.setObjectName("editSuggestionButton")
        self.edit_button.setAccessibleName(self.tr("Change it, then add it"))
        self.decline_button = QPushButton(self.tr("&No, thanks…"))
        self.decline_button.setObjectName("declineSuggestionButton")
        self.decline_button.setAccessibleName(self.tr("Say no to this suggestion"))
        self.accept_button.clicked.connect(self.accept_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.decline_button.clicked.connect(self.ask_decline)
        actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.edit_button)
        self._actions_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        actions.addItem(self._actions_gap)
        actions.addWidget(self.decline_button)
        self._action_row = actions
        return actions

    def _confirm_bar(self) -> QFrame:
        # A gentle question in place, not a pop-up: "no" deletes it for good.
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("declineConfirm")
        self.confirm_bar.setProperty("role", "card")
        self.confirm_text = words(role="", name="declineQuestion")
        self.confirm_decline_button = QPushButton(self.tr("No, thanks"))
        self.confirm_decline_button.setObjectName("confirmDeclineButton")
        self.confirm_decline_button.setAccessibleName(self.tr("No, thanks: leave this suggestion out"))
        self.keep_button = QPushButton(self.tr("Keep it for now"))
        self.keep_button.setObjectName("keepSuggestionButton")
        self.keep_button.setAccessibleName(self.tr("Keep it for now"))
        self.confirm_decline_button.clicked.connect(self.decline_current)
        self.keep_button.clicked.connect(self._hide_confirm)
        confirm = QVBoxLayout(self.confirm_bar)
        confirm.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.keep_button)
        confirm_row.addWidget(self.confirm_decline_button)
        confirm.addLayout(confirm_row)
        self.confirm_bar.hide()
        return self.confirm_bar

    def _related_column(self) -> QWidget:
        related = QWidget()
        related.setObjectName("relatedColumn")
        self._related_layout = QVBoxLayout(related)
        self._related_layout.setContentsMargins(12, 0, 0, 0)
        self.related_caption = words(self.tr("Already in your passport"), "heading")
        self.nothing_related = words(self.tr("Nothing like it yet."), "hint", "nothingRelated")
        self._related_layout.addWidget(self.related_caption)
        self._related_layout.addWidget(self.nothing_related)
        self._related_layout.addStretch(1)
        return related

    # --- opening a file ------------------------------------------------------------------

    def choose_file(self) -> None:
        if self._opening:
            return
        path = self.files.open_path(self, self.tr("Open suggestions"),
                                    self.tr("Suggestions (*{0});;Any file (*)").format(BUNDLE_SUFFIX))
        # The keyboard goes back to this button, not to the next thing that takes it (it was the
        # plan's "When things get hard", which Enter would then open).
        self.open_button.setFocus()
        if path is None:
            return
        # Not disabled while opening (a disabled button hands the keyboard on); a second press waits.
        self._opening = True
        self.progress.show()
        self._say(self.tr("Opening and checking the file…"))
        self.session.run(self.session.profile.suggestions.open_suggestion, path,
                         on_finished=self._opened, on_failed=self._not_opened)

    def _opened(self, change: Change) -> None:
        self._opening = False
        self.progress.hide()
        self.session.apply(change)
        opened: OpenedSuggestions = change.subject
        count = len(opened.suggestions)
        if count == 0:
            self._say(self.tr("You have already seen everything in this file from {name}.")
                      .format(name=opened.sender.display_name))
            return
        if count == 1:
            text = self.tr("{name} sent a suggestion. Nothing is in your passport until you add it.")
        else:
            text = self.tr("{name} sent {count} suggestions. Nothing is in your passport until you add it.")
        self._say(text.format(name=opened.sender.display_name, count=count))
        self._select(self.model.row_of(opened.suggestions[0].id))

    def _not_opened(self, exc: BaseException) -> None:
        self._opening = False
        self.progress.hide()
        self._say(message_for(exc, "suggestion"), error=True)

    # --- showing one -----------------------------------------------------------------------

    def current(self) -> Suggestion | None:
        return self._shown

    def _select(self, row: int) -> None:
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _after_reset(self) -> None:
        self._refresh_answer_buttons()
        has_any = self.model.rowCount() > 0
        self.empty.setVisible(not has_any)
        self.splitter.setVisible(has_any)
        shown_row = self.model.row_of(self._shown.id) if self._shown else -1
        self._select(shown_row if shown_row >= 0 else 0)
        if not has_any:
            self._show(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.suggestion(current.row()) if current.isValid() else None)

    def _show(self, suggestion: Suggestion | None) -> None:
        self._shown = suggestion
        self._hide_confirm()
        for button in (self.accept_button, self.edit_button, self.decline_button):
            button.setEnabled(suggestion is not None)
        self._clear_layout(self._attachments_layout)
        for card in self.related_cards:
            card.hide()
            card.deleteLater()
        self.related_cards = []
        if suggestion is None:
            for label in (self.from_label, self.note_label, self.title_label, self.body_label):
                label.clear()
            return
        self.from_label.setText(from_line(suggestion))
        self.note_label.setText(self.tr("Their note: {0}").format(suggestion.note) if suggestion.note else "")
        self.note_label.setVisible(bool(suggestion.note))
        self.title_label.setText(suggestion.title)
        self.body_label.setText(suggestion.body)
        self.body_label.setVisible(bool(suggestion.body))
        self.title_label.setAccessibleName(suggestion.title)
        for attachment in suggestion.attachments:
            widget = self._attachment_widget(suggestion, attachment.id, attachment.name, attachment.kind)
            self._attachments_layout.addWidget(widget)
            widget.show()  # added to a page already on screen
        try:
            related = self.session.profile.suggestions.related_entries(suggestion)
        except ProfileLocked:  # locked under us; damage goes to the one error path
            related = []
        sections = self.session.profile.sections(include_hidden=True)
        titles = {section.id: shown_title(section.key, section.title) for section in sections}
        for position, entry in enumerate(related):
            card = EntryCard(entry, titles.get(entry.section_id, ""))
            card.activated.connect(self.open_entry)
            self.related_cards.append(card)
            self._related_layout.insertWidget(1 + position, card)
            card.show()
        self.nothing_related.setVisible(not related)

    def _attachment_widget(self, suggestion: Suggestion, attachment_id: str, name: str,
                           kind: AttachmentKind) -> QWidget:
        text = words(self.tr("Attached: {0}").format(name), "hint")
        if kind is not AttachmentKind.IMAGE:
            return text
        # Drawn from the bytes in memory: no thumbnail file is ever written.
        pixmap = QPixmap()
        data = self.session.profile.suggestions.suggestion_attachment_data(suggestion.id, attachment_id)
        if not pixmap.loadFromData(data):
            return text
        picture = QLabel()  # no word wrap: a wrapping label gives a picture no height
        picture.setPixmap(pixmap.scaled(THUMBNAIL_PX, THUMBNAIL_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
        picture.setAccessibleName(self.tr("Attached picture: {0}").format(name))
        picture.setToolTip(name)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 4)
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(text)
        return box

    @staticmethod
    def _clear_layout(layout: QVBoxLayout) -> None:
        while (item := layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # --- answering --------------------------------------------------------------------------

    def accept_current(self) -> None:
        suggestion = self._shown
        if suggestion is not None:
            self._accept(suggestion, None)

    def edit_current(self) -> None:
        suggestion = self._shown
        if suggestion is None:
            return
        # open(), not exec(): no nested event loop to unwind if the app locks meanwhile.
        self.edit_dialog = SuggestionEditDialog(self.session, suggestion, self)
        self.edit_dialog.accepted.connect(self._edited)
        self.edit_dialog.finished.connect(self._edit_closed)
        self.edit_dialog.open()

    def _edited(self) -> None:
        dialog = self.edit_dialog
        if dialog is not None:
            self._accept(dialog.suggestion, dialog.content())

    def _edit_closed(self) -> None:
        if self.edit_dialog is not None:
            self.edit_dialog.deleteLater()
            self.edit_dialog = None

    def _accept(self, suggestion: Suggestion, content: EntryContent | None) -> None:
        try:
            change = self.session.profile.suggestions.accept_suggestion(suggestion.id, content)
        except PassportError as exc:
            self._say(message_for(exc, "suggestion"), error=True)
            return
        self._shown = None
        self.session.apply(change)
        shown = self.session.profile.section(change.entry.section_id) if change.entry else None
        section = shown_title(shown.key, shown.title) if shown is not None else ""
        self._say(self.tr("Added “{title}” to {section}.").format(title=change.entry.title if change.entry else "",
                                                                    section=section))

    def ask_decline(self) -> None:
        suggestion = self._shown
        if suggestion is None:
            return
        # Kindly: saying no to a carer's idea is ordinary, not a danger. It still goes for good, so say so.
        self.confirm_text.setText(self.tr("No, thanks to “{title}”? It won't go in your passport, and this "
                                          "suggestion won't be kept here.").replace("{title}", suggestion.title))
        self.confirm_bar.show()
        self.keep_button.setFocus()  # the safe answer first

    def _hide_confirm(self) -> None:
        self.confirm_bar.hide()

    def decline_current(self) -> None:
        suggestion = self._shown
        if suggestion is None:
            return
        try:
            change = self.session.profile.suggestions.decline_suggestion(suggestion.id)
        except PassportError as exc:
            self._say(message_for(exc, "suggestion"), error=True)
            return
        self._shown = None
        self.session.apply(change)
        self._say(self.tr("No, thanks: “{title}” won't go in your passport.").replace("{title}", suggestion.title))

    # --- letting a carer know -------------------------------------------------------------------

    def _refresh_answer_buttons(self) -> None:
        """One button for each carer with a suggestion decided: there is something to tell them."""
        for button in self.answer_buttons:
            button.hide()
            button.deleteLater()
        self.answer_buttons = []
        try:
            carers = self.session.profile.suggestions.carers_to_answer()
        except ProfileLocked:
            carers = []
        for contact in carers:
            button = QPushButton(self.tr("Let {name} know what you decided…").format(name=contact.display_name))
            button.setObjectName("answerCarerButton")
            button.setAccessibleName(self.tr("Let {name} know what you decided").format(name=contact.display_name))
            button.clicked.connect(lambda _checked=False, contact_id=contact.id: self.preview_answer(contact_id))
            self.answer_row.insertWidget(len(self.answer_buttons), button)
            button.show()  # added to a page already on screen
            self.answer_buttons.append(button)

    def preview_answer(self, carer_contact_id: str) -> None:
        """Show exactly what an answer to this carer would say, to save it as a file."""
        # open(), not exec(): no nested event loop to unwind if the app locks meanwhile.
        self.answer_dialog = AnswerPreviewDialog(self.session, self.files, carer_contact_id, self)
        self.answer_dialog.finished.connect(self._answer_closed)
        self.answer_dialog.open()

    def _answer_closed(self) -> None:
        if self.answer_dialog is not None:
            self.answer_dialog.deleteLater()
            self.answer_dialog = None

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "error" if error else "lead")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setAccessibleName(text)
        self.status.show()
