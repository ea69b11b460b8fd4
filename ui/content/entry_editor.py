"""Writing an entry: title, words, section, dates, colour, pictures, sounds and files.

Everything saves itself into the encrypted store while the person types: a save runs
1.5 s after the last change, and again when they leave the editor, so a crash loses at
most a few seconds. All saves of one visit to the editor share one editing-session id,
so the core refines one revision instead of keeping one per pause in typing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QHideEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from passport.errors import PassportError
from passport.models import MAX_BODY, MAX_TITLE, Change, ChangeKind, Entry, EntryContent, ProfileKind
from ui.content.attachment_panel import AttachmentPanel
from ui.content.entry_colours import NAMED_COLOURS, colour_name
from ui.content.entry_list_model import excerpt
from ui.content.entry_origin_words import editor_words
from ui.content.revision_dialog import RevisionDialog
from ui.content.written_with_field import WrittenWithField
from ui.runtime.messages import message_for
from ui.runtime.section_words import shown_prompt, shown_title
from ui.runtime.session import Session
from ui.runtime.speech import Speaker
from ui.widgets.confirm_dialog import ConfirmDialog
from ui.widgets.read_aloud_button import ReadAloudButton
from ui.widgets.whole_label import WholeLabel

RETRY_MS = 5_000  # after a full disk
AUTOSAVE_MS = 1500
TITLE_FROM_BODY_CHARS = 60
NARROW_PAGE = 600  # pixels: narrower than this, the page's side margins halve


def title_from_body(body: str) -> str:
    """The first words of the body, used as a title until the person writes one."""
    first_line = next((line for line in body.splitlines() if line.strip()), "")
    return excerpt(first_line, TITLE_FROM_BODY_CHARS)


def _wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` on as many lines as it needs to be no wider than ``width``."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        longer = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(longer.replace("&", "")) > width:
            lines.append(line)
            line = word
        else:
            line = longer
    return "\n".join([*lines, line])


class EntryEditor(QWidget):
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *, speaker: Speaker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.session = session
        self._entry: Entry | None = None
        self._edit_session = uuid.uuid4().hex
        self._dirty = False
        self._loading = False
        self._applying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        # After a full disk: try again now and then, and keep the words on screen meanwhile.
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._no_space = False

        self.attachments = AttachmentPanel(session, self._ensure_saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        page = QWidget()
        page.setObjectName("entryEditorPage")
        form = QVBoxLayout(page)
        self._form = form
        form.setContentsMargins(24, 16, 24, 24)
        form.setSpacing(10)
        self._build_words(form, speaker)
        form.addLayout(self._build_details())
        form.addSpacing(8)
        form.addWidget(self.attachments)
        form.addStretch(1)
        scroll.setWidget(page)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().installEventFilter(self)
        layout.addWidget(scroll, 1)
        self.scroll = scroll

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.leave,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.changed.connect(self._on_change)
        session.about_to_lock.connect(self._before_lock)
        session.about_to_rebuild.connect(self._before_lock)
        self._fill_sections()
        self._emphasise_words()
        self._show_status()

    # --- building ------------------------------------------------------------------

    def _build_top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("editorTopBar")
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back (Esc). Your words are saved."))
        self.back_button.clicked.connect(self.leave)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.history_button = QPushButton(self.tr("Earlier versions…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setAccessibleName(self.tr("Earlier versions"))
        self.history_button.clicked.connect(self.show_history)
        self.erase_button = QPushButton(self.tr("Erase for good…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setProperty("role", "danger")
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.erase_button.clicked.connect(self.erase)
        first = QHBoxLayout()
        first.addWidget(self.back_button)
        first.addWidget(self.status, 1)
        self._actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._actions.addStretch()
        self._actions.addWidget(self.history_button)
        self._actions.addWidget(self.erase_button)
        self._bar = QBoxLayout(QBoxLayout.Direction.LeftToRight, bar)
        self._bar.setContentsMargins(16, 10, 16, 10)
        self._bar.addLayout(first, 1)
        self._bar.addLayout(self._actions)
        # Never wider than the window gives it: at large text its buttons go onto a second
        # row (see _reflow) instead of widening the window.
        bar.setMinimumWidth(1)
        bar.installEventFilter(self)
        return bar

    def _build_words(self, form: QVBoxLayout, speaker: Speaker | None) -> None:
        # Reads the entry (or, while it is empty, its section's question) aloud.
        self.read_aloud = ReadAloudButton(speaker, self.words_to_read, self.tr("this entry")) if speaker else None
        if self.read_aloud is not None:
            form.addWidget(self.read_aloud)
        # Whose words these are, when a carer suggested them (hidden for the owner's own).
        self.origin_label = WholeLabel()
        self.origin_label.setObjectName("originLabel")
        self.origin_label.hide()
        form.addWidget(self.origin_label)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("A few words to find it by"))
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setAccessibleName(self.tr("Your words"))
        self.body_edit.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self.body_edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.body_edit.setMinimumHeight(220)
        body_label = QLabel(self.tr("Your &words"))
        body_label.setBuddy(self.body_edit)
        self.title_edit.textEdited.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        for widget in (title_label, self.title_edit, body_label):
            form.addWidget(widget)
        form.addWidget(self.body_edit, 1)

    def _build_details(self) -> QFormLayout:
        self.section_combo = QComboBox()
        self.section_combo.setObjectName("sectionCombo")
        self.section_combo.setAccessibleName(self.tr("Section"))
        self.important_check = QCheckBox(self.tr("&Important now: show it first on Home"))
        self.important_check.setObjectName("importantCheck")
        self.important_check.setAccessibleName(self.tr("Important now"))
        # A carer drafts for someone else: "Ask me" would speak as the young person.
        ask = self.tr("Ask if it's still true &on") if self.session.profile.kind == ProfileKind.CARER \
            else self.tr("Ask me if it's still true &on")
        self.review_check, self.review_date = self._date_pair(ask, self.tr("Date to ask if it's still true"))
        self.happened_check, self.happened_date = self._date_pair(
            self.tr("When it &happened"), self.tr("Date it happened"))
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("colourCombo")
        self.colour_combo.setAccessibleName(self.tr("Colour"))
        self.colour_combo.addItem(colour_name(None), None)
        for colour in NAMED_COLOURS:
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(colour.hex))
            self.colour_combo.addItem(QIcon(swatch), colour_name(colour.hex), colour.hex)
        for combo in (self.section_combo, self.colour_combo):
            combo.currentIndexChanged.connect(self._edited)
        self.important_check.toggled.connect(self._edited)
        self.written_with = WrittenWithField(self.session)
        self.written_with.edited.connect(self._edited)

        self._check_texts = {check: check.text() for check in (self.important_check, self.review_check,
                                                                self.happened_check)}
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        section_label = QLabel(self.tr("S&ection"))
        section_label.setBuddy(self.section_combo)
        colour_label = QLabel(self.tr("&Colour"))
        colour_label.setBuddy(self.colour_combo)
        details.addRow(section_label, self.section_combo)
        details.addRow(self.important_check)
        details.addRow(self.review_check, self.review_date)
        details.addRow(self.happened_check, self.happened_date)
        details.addRow(colour_label, self.colour_combo)
        written_with_label = QLabel(self.tr("W&ritten with"))
        written_with_label.setBuddy(self.written_with)
        details.addRow(written_with_label, self.written_with)
        return details

    def _date_pair(self, text: str, date_name: str) -> tuple[QCheckBox, QDateEdit]:
        """A checkbox that says whether there is a date at all, and the date itself."""
        check = QCheckBox(text)
        check.setAccessibleName(text.replace("&", ""))
        date = QDateEdit(QDate.currentDate())
        date.setCalendarPopup(True)
        date.setDisplayFormat("d MMMM yyyy")  # the month in words: no day/month mix-ups
        date.setAccessibleName(date_name)
        inner = date.findChild(QLineEdit)
        if inner is not None:  # the date's own text field is what a screen reader lands on
            inner.setAccessibleName(date_name)
        date.setEnabled(False)
        check.toggled.connect(date.setEnabled)
        check.toggled.connect(self._edited)
        date.dateChanged.connect(self._edited)
        return check, date

    def _fill_sections(self, keep: int | None = None) -> None:
        sections = self.session.profile.sections()
        if keep is not None and keep not in {s.id for s in sections}:
            sections.append(self.session.profile.section(keep))  # a hidden section still shows its own
        self._loading = True
        self.section_combo.clear()
        for section in sections:
            self.section_combo.addItem(shown_title(section.key, section.title), section.id)
        self._loading = False

    def _emphasise_words(self) -> None:
        """The person's words are large; sized from the current text size, so they follow it."""
        base = self.font().pointSizeF()
        self.title_edit.setStyleSheet(f"font-size: {base * 1.5:.1f}pt; font-weight: 600;")
        self.body_edit.setStyleSheet(f"font-size: {base * 1.2:.1f}pt;")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            if watched is self.scroll.viewport():
                self._wrap_checks(watched.width())
            elif watched.objectName() == "editorTopBar":
                self._reflow(watched.width())
        return super().eventFilter(watched, event)

    def _reflow(self, width: int) -> None:
        """The top bar on one row where it fits; Earlier versions and Erase below it where not."""
        spacing = 8
        actions = self.history_button.sizeHint().width() + self.erase_button.sizeHint().width() + spacing
        first = self.back_button.sizeHint().width() + self.status.fontMetrics().horizontalAdvance(self.tr("Saved"))
        room = width - 32
        across, down = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
        self._bar.setDirection(across if room >= first + actions + 2 * spacing else down)
        self._actions.setDirection(across if room >= actions else down)

    def _wrap_checks(self, width: int) -> None:
        """A check box cannot wrap its own words: at large text they are broken onto lines
        that fit, so the form never needs more width than the page has (and the window is
        never widened for it)."""
        side = 24 if width >= NARROW_PAGE else 12  # a narrow page keeps its width for the words
        self._form.setContentsMargins(side, 16, side, 24)
        for check, text in self._check_texts.items():
            indicator = check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, check) * 2
            check.setText(_wrapped(text, check.fontMetrics(), width - 2 * side - indicator))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._emphasise_words()
        super().changeEvent(event)

    def words_to_read(self) -> str:
        """The entry as it stands; while it is empty, the question its section asks."""
        words = [text for text in (self.title_edit.text().strip(), self.body_edit.toPlainText().strip()) if text]
        if words:
            return "\n".join(words)
        section_id = self.section_combo.currentData()
        if section_id is None:
            return ""
        section = self.session.profile.section(section_id)
        return shown_prompt(section.key, section.prompt)

    # --- what the shell calls ------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        return self._entry.id if self._entry else None

    def edit(self, entry_id: str) -> None:
        self.save_now()
        entry = self.session.profile.entry(entry_id)
        self._load(entry, entry.section_id)
        self._focus(self.body_edit)
        self.body_edit.moveCursor(self.body_edit.textCursor().MoveOperation.End)

    def start_new(self, section_id: int) -> None:
        self.save_now()
        self._load(None, section_id)
        self._focus(self.title_edit)

    def _focus(self, field: QWidget) -> None:
        """Put the cursor in ``field``, and keep it there when the shell then focuses the
        page itself (as the main window does after switching to it)."""
        self.setFocusProxy(field)
        field.setFocus()

    def leave(self) -> None:
        """Back (or Escape): save what is there, then hand back to the page before."""
        self.save_now()
        self.closed.emit()

    # --- loading and saving --------------------------------------------------------

    def _load(self, entry: Entry | None, section_id: int) -> None:
        self._timer.stop()
        self._entry = entry
        self._edit_session = uuid.uuid4().hex
        self._dirty = False
        self._loading = True
        self._fill_sections(keep=section_id)
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(section_id)))
        self.title_edit.setText(entry.title if entry else "")
        self.body_edit.setPlainText(entry.body if entry else "")
        self.important_check.setChecked(bool(entry and entry.important_now))
        self._set_date(self.review_check, self.review_date, entry.review_by if entry else None)
        self._set_date(self.happened_check, self.happened_date, entry.happened_on if entry else None)
        colour = entry.colour if entry else None
        if colour is not None and self.colour_combo.findData(colour) < 0:
            self.colour_combo.addItem(colour_name(colour), colour)
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(colour)))
        self.written_with.refresh()
        self.written_with.set_value(entry.written_with if entry else None)
        self._show_origin(entry)
        self._loading = False
        self.attachments.set_entry(entry.id if entry else None)
        self._show_status()
        # Each entry opens at its top (the Title in view), not where the last one was left.
        self.scroll.verticalScrollBar().setValue(0)

    def _show_origin(self, entry: Entry | None) -> None:
        words = ""
        if entry is not None and entry.suggested_by:
            first = self.session.profile.suggestions.revision_origin(entry.id, 1)
            words = editor_words(entry, first is not None and first.edited_before_accepting)
        self.origin_label.setText(words)
        self.origin_label.setVisible(bool(words))

    @staticmethod
    def _set_date(check: QCheckBox, edit: QDateEdit, value: dt.date | None) -> None:
        check.setChecked(value is not None)
        edit.setDate(QDate(value) if value else QDate.currentDate())

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()
        self._show_status(self.tr("Saving…"))

    def _content(self) -> EntryContent | None:
        title = self.title_edit.text().strip()
        body = self.body_edit.toPlainText()
        if not title:
            if not body.strip():
                return None
            title = title_from_body(body)
        return EntryContent(
            section_id=self.section_combo.currentData(),
            title=title,
            body=body,
            important_now=self.important_check.isChecked(),
            review_by=self.review_date.date().toPython() if self.review_check.isChecked() else None,
            happened_on=self.happened_date.date().toPython() if self.happened_check.isChecked() else None,
            colour=self.colour_combo.currentData(),
            written_with=self.written_with.value(),
        )

    def save_now(self) -> bool:
        """Save pending edits at once; True when everything on screen is in the store."""
        self._timer.stop()
        if not self._dirty:
            return True
        if len(self.body_edit.toPlainText()) > MAX_BODY:
            self._show_status(self.tr("Not saved: this is very long. Try splitting it into two entries."))
            return False
        content = self._content()
        if content is None:
            self._show_status()
            return False
        profile = self.session.profile
        try:
            if self._entry is None:
                change = profile.add_entry(content, session=self._edit_session)
            else:
                change = profile.update_entry(self._entry.id, content, session=self._edit_session)
        except OSError:  # no space, or the disk refused: nothing typed is dropped
            self._no_space = True
            self._show_status(self.tr("Not saved yet: there's no space left on this computer. Your words are "
                                      "still here and will be saved as soon as there is space."))
            self._retry.start()
            return False
        except PassportError as exc:
            self._show_status(message_for(exc))
            return False
        self._no_space = False
        was_new = self._entry is None
        self._entry = change.entry
        self._dirty = False
        if was_new and change.entry_id is not None:
            self.attachments.set_entry(change.entry_id)
        self._announce(change)
        self._show_status()
        return True

    def _before_lock(self) -> None:
        """Save while the key is still here. If the disk is full, the words are sealed to this
        profile's own key and held by the session, to be saved when it is opened again."""
        self._retry.stop()
        if self.save_now() or not self._no_space:
            return
        content = self._content()
        if content is None:
            return
        # With no disk and no key there would be nothing more to be done.
        with contextlib.suppress(PassportError, OSError):
            self.session.hold(self.session.profile.seal_unsaved(self.entry_id, content))

    def _ensure_saved(self) -> str | None:
        self._dirty = self._dirty or self._entry is None
        self.save_now()
        return self.entry_id

    def _announce(self, change: Change) -> None:
        self._applying = True
        try:
            self.session.apply(change)
        finally:
            self._applying = False

    def _show_status(self, text: str | None = None) -> None:
        if text is None:
            if self._entry is None:
                text = self.tr("Not saved yet: add a title")
            elif not self.title_edit.text().strip():
                text = self.tr("Saved. The first words are its title until you add one.")
            else:
                text = self.tr("Saved")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        saved = self._entry is not None
        # A new entry has no history and nothing to erase yet: the buttons come when it does.
        self.history_button.setVisible(saved)
        self.erase_button.setVisible(saved)

    def _on_change(self, change: Change) -> None:
        """Someone else changed this entry (a restored version, Keep on Home): show it."""
        if change.kind is ChangeKind.SECTIONS_CHANGED:
            self._refresh_sections()
            return
        if self._applying or self._entry is None or change.entry_id != self._entry.id:
            return
        if change.kind is ChangeKind.ENTRY_ERASED:
            self._load(None, self._entry.section_id)
            self.closed.emit()
        elif change.kind is ChangeKind.ENTRY_UPDATED and change.entry is not None and not self._dirty:
            self._load(change.entry, change.entry.section_id)

    def _refresh_sections(self) -> None:
        """Renamed or new sections show at once; the chosen one stays chosen."""
        chosen = self.section_combo.currentData()
        self._fill_sections(keep=chosen)
        self._loading = True
        self.section_combo.setCurrentIndex(max(0, self.section_combo.findData(chosen)))
        self._loading = False

    # --- history and erasing -------------------------------------------------------

    def show_history(self) -> None:
        if not self.save_now() or self._entry is None:
            return
        if RevisionDialog.ask(self.session, self._entry.id, self) is not None:
            self._show_status(self.tr("The earlier version is back. Your later words are kept in its history."))

    def erase(self) -> None:
        entry = self._entry
        if entry is None:
            return
        self.save_now()
        if not ConfirmDialog.ask(
            self, self.tr("Erase “{title}” for good?").format(title=entry.title),
            self.tr("This removes the entry, all its earlier versions and its pictures, sounds and "
                    "files. It can't be undone."),
            self.tr("Erase for good"), self.tr("Keep it"),
        ):
            return
        try:
            change = self.session.profile.erase_entry(entry.id)
        except PassportError as exc:
            self._show_status(message_for(exc))
            return
        self._load(None, entry.section_id)
        self._announce(change)
        self.closed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page by any route (another page, quick-hide) saves what is there.
        self.save_now()
        super().hideEvent(event)
