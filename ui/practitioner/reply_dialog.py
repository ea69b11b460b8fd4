"""The practitioner answers a share: a short message and, if they like, "what I'll do" for
some entries; then, before anything is saved, exactly what the reply file will carry.

Opened with ``open()``. The file is small and written at once; only the young person's
app can open it, and it names their entries by id, never by title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from passport.errors import PassportError
from passport.exchange.received import ReceivedBundle
from passport.exchange.replies import ReplyDraft
from passport.formats.cards import format_fingerprint
from passport.formats.reply_format import REPLY_SUFFIX
from ui.practitioner.isolated_name import isolated, without_bidi_controls
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.widgets.bundle_document import long_date
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.field_caption import FieldCaption

WRITE, CHECK = range(2)


class ReplyDialog(QDialog):
    said = Signal(str)  # what happened, in words, for the window's status line

    def __init__(self, session: Session, files: FileChooser, bundle: ReceivedBundle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self._session = session
        self._files = files
        self._bundle = bundle
        self.draft: ReplyDraft | None = None
        self._name = isolated(bundle.sender.display_name)
        self.setWindowTitle(self.tr("Reply"))  # no name in a title bar
        self.setAccessibleName(self.tr("Reply to {name}").replace("{name}", self._name))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._write_page())
        self.pages.addWidget(self._check_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        self.status = words(name="replyStatus")
        layout.addWidget(self.status)
        self.resize(600, 620)
        self._sized = False
        self.message.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        # Sized once its fonts are known (the theme's text size): room for two whole "what
        # I'll do" boxes before the rest scrolls, and the whole dialog within the screen.
        if not self._sized:
            self._sized = True
            self.ensurePolished()
            rows = self._note_rows[:2]
            spacing = max(0, self.notes_area.widget().layout().spacing())
            needed = sum(caption.sizeHint().height() + field.height() + 2 * spacing for caption, field in rows)
            self.notes_area.setMinimumHeight(needed)
            room = self.screen().availableGeometry().height() - 60
            self.resize(max(self.width(), self.sizeHint().width()),
                        min(room, max(self.height(), self.sizeHint().height())))
        super().showEvent(event)

    # --- building ------------------------------------------------------------------------------

    def _write_page(self) -> QWidget:
        page = QWidget()
        heading = words(self.tr("Reply to {name}").replace("{name}", self._name), "heading")
        lead = words(self.tr("Say what you heard, and what you'll do. You'll see exactly what the reply "
                             "carries before it is saved; only {name}'s app can open it.")
                     .replace("{name}", self._name), "hint")
        self.message = QPlainTextEdit()
        self.message.setObjectName("replyMessage")
        self.message.setAccessibleName(self.tr("Your message"))
        self.message.setTabChangesFocus(True)
        # About five lines: the notes below get the rest of the room.
        self.message.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        message_caption = FieldCaption(self.tr("Your &message"), self.message)
        notes_heading = words(self.tr("What I'll do, entry by entry (if you like)"), "heading")
        self.notes: dict[str, QPlainTextEdit] = {}
        self._note_rows: list[tuple[FieldCaption, QPlainTextEdit]] = []
        holder = QWidget()
        notes_layout = QVBoxLayout(holder)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        for entry in self._bundle.entries:
            field = QPlainTextEdit()
            field.setObjectName("replyNote")
            field.setTabChangesFocus(True)
            field.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
            field.setAccessibleName(self.tr("What I'll do about ‘{title}’").replace("{title}", entry.title))
            # An entry's title is the young person's words: "&" in it is shown, never a shortcut.
            caption = FieldCaption(entry.title.replace("&", "&&"), field)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setWordWrap(True)
            notes_layout.addWidget(caption)
            notes_layout.addWidget(field)
            self.notes[entry.id] = field
            self._note_rows.append((caption, field))
        notes_layout.addStretch()
        self.notes_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        scroll.setWidget(holder)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("&Next: check it"))
        self.next_button.setObjectName("replyNextButton")
        self.next_button.setProperty("role", "primary")
        self.next_button.setAccessibleName(self.tr("Next: check what the reply carries"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.check)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, lead, message_caption, self.message, notes_heading):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addLayout(button_row([self.cancel_button], [self.next_button]))
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        heading = words(self.tr("This is exactly what the reply carries"), "heading")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("replyPreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("What the reply carries"))
        caption = FieldCaption(self.tr("What &leaves"), self.preview)
        self.how = words("", "hint")
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the words"))
        self.back_button.clicked.connect(lambda: self._show(WRITE))
        self.save_button = QPushButton(self.tr("&Save the reply…"))
        self.save_button.setObjectName("saveReplyButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save the reply as a file"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, caption):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.how)
        layout.addLayout(button_row([self.back_button], [self.save_button]))
        return page

    # --- steps ---------------------------------------------------------------------------------

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def _show(self, step: int) -> None:
        self.status.clear()
        self.pages.setCurrentIndex(step)
        (self.message if step == WRITE else self.preview).setFocus()

    def _words(self) -> tuple[str, dict[str, str]]:
        return self.message.toPlainText(), {entry_id: field.toPlainText() for entry_id, field in self.notes.items()}

    def check(self) -> None:
        """Show exactly what will leave, as the core would write it."""
        message, notes = self._words()
        try:
            self.draft = self._session.profile.received.draft_reply(self._bundle.id, message, notes)
        except PassportError as exc:
            self.status.setText(message_for(exc))
            self.message.setFocus()  # back to the words, to put right
            return
        self.preview.setPlainText(self.in_words(self.draft))
        self.how.setText(self.tr("It is signed with your card and locked so that only {name}'s app can open it. "
                                 "Entries are named by a number their app knows, never by their title or words.")
                         .replace("{name}", self._name))
        self._show(CHECK)

    def in_words(self, draft: ReplyDraft) -> str:
        to = isolated(draft.to.display_name)
        sender = ", ".join(isolated(part) for part in
                           (draft.sender.display_name, draft.sender.role, draft.sender.organisation) if part)
        lines = [
            self.tr("For: {name} (their card's numbers {numbers})").replace("{name}", to)
            .replace("{numbers}", format_fingerprint(draft.to.fingerprint)),
            self.tr("From: your card ({sender})").replace("{sender}", sender),
            self.tr("About: what they shared on {date}").replace("{date}", long_date(draft.shared_on.astimezone()
                                                                                    .date())),
            "",
            self.tr("Your message:"),
            draft.message or self.tr("(none)"),
        ]
        if draft.notes:
            lines += ["", self.tr("What you'll do:")]
            for note in draft.notes:
                lines.append(self.tr("About ‘{title}’: {note}").replace("{title}", note.entry_title)
                             .replace("{note}", note.what_i_will_do))
        return "\n".join(lines)

    def save(self) -> None:
        if self.draft is None:
            return
        suggested = (self.tr("Reply for {name}").replace("{name}", without_bidi_controls(self._name))
                     + REPLY_SUFFIX)
        path = self._files.save_path(self, self.tr("Save the reply"), suggested,
                                     self.tr("Replies (*{0})").replace("{0}", REPLY_SUFFIX))
        if path is None:
            return
        if path.suffix != REPLY_SUFFIX:
            path = path.with_name(path.name + REPLY_SUFFIX)
        message, notes = self._words()
        try:
            change = self._session.profile.received.make_reply(self._bundle.id, message, notes, path)
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        self._session.apply(change)
        done = self.tr("Reply saved as {file}. Give it to {name}; in their app they choose People, then "
                       "“Open a receipt or reply…”.")
        self.said.emit(done.replace("{file}", path.name).replace("{name}", self._name))
        self.accept()
