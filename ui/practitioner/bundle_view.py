"""One shared file, read-only: the shared renderer's document, its sounds to play, and
print or save as PDF (with a footer naming who shared it and until when). Above it, what
was really checked: the card that signed it, since when it is known, and whether its
numbers were compared in person (with that step, for a card not checked yet); and, when
it replaced an earlier file from the same person, a calm band saying what changed since
(the document marks the new words, so print and PDF carry the same)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from passport.errors import NotFound, PassportError
from passport.exchange.changes import BundleChanges, EntryStatus
from passport.exchange.received import ReceivedBundle
from passport.formats.bundle_format import BundleAttachment
from passport.formats.cards import Card
from passport.models import AttachmentKind
from ui.practitioner.bundle_header import BundleHeader
from ui.practitioner.bundle_printer import pdf_printer, print_document
from ui.practitioner.isolated_name import isolated, without_bidi_controls
from ui.practitioner.record_export_button import RecordExportButton
from ui.practitioner.sender_check_dialog import SenderCheckDialog
from ui.practitioner.sender_status import status_text
from ui.practitioner.staged_document import StagedDocument
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.printed_file import output_file, printed_words
from ui.runtime.session import Session
from ui.widgets.audio_player import AudioPlayer
from ui.widgets.boundaries_band import BoundariesBand
from ui.widgets.bundle_document import (
    SharedContent,
    build_document,
    change_words,
    changes_summary,
    no_longer_shared_lines,
)

READABLE_LINES = 5  # of the document, however short the window: it never shrinks to a slit


def band_lines(changes: BundleChanges, bundle: ReceivedBundle) -> list[str]:
    """The band's lines under its summary, in the summary's order: each new entry, each
    changed one with what became of it, then each title no longer shared."""
    lines: list[str] = []
    for status in (EntryStatus.NEW, EntryStatus.CHANGED):
        for entry in bundle.entries:
            change = changes.of(entry.id)
            if change is None or change.status is not status:
                continue
            said = change_words(change, entry)
            if status is EntryStatus.NEW:
                lines.append(BundleView.tr("New: ‘{0}’").format(entry.title))
            elif said:
                lines.append(BundleView.tr("Changed: ‘{0}’ — {1}").format(entry.title, said))
            else:
                lines.append(BundleView.tr("Changed: ‘{0}’").format(entry.title))
    return lines + no_longer_shared_lines(changes)


class BundleView(QWidget):
    # Every word and picture of the file on screen is in place (they are laid out as they come).
    document_finished = Signal()

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self.content: SharedContent | None = None
        self.document: QTextDocument | None = None
        self.staged: StagedDocument | None = None
        self._blank = QTextDocument(self)  # in the browser while no file is shown
        self.card_dialog: SenderCheckDialog | None = None
        self._card: Card | None = None
        self._image_data: Callable[[str], bytes] = lambda _attachment_id: b""
        self.sender_status = QLabel(wordWrap=True)
        self.sender_status.setObjectName("senderStatus")
        self.sender_status.setTextFormat(Qt.TextFormat.PlainText)
        self.sender_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("Compare the &numbers…"))
        self.check_button.setAccessibleName(self.tr("Compare the numbers"))
        self.check_button.setToolTip(self.tr("Read the card's numbers with the person; if they match, mark it checked"))
        self.check_button.clicked.connect(self.check_sender)
        self.changes: BundleChanges | None = None
        # The young person's boundaries stand above the document, outside its scrolling: read
        # before anything else, and still there however far down the practitioner reads.
        self.boundaries_band = BoundariesBand(self)
        self.changes_band = self._changes_band()
        self.browser = QTextBrowser()
        self.browser.setObjectName("bundleDocument")
        self.browser.setAccessibleName(self.tr("The shared file"))
        self.browser.setOpenLinks(False)
        self.placeholder = QLabel(self.tr("Choose a shared file on the left to read it here."), wordWrap=True)
        self.placeholder.setProperty("role", "lead")
        self.sounds = QVBoxLayout()
        self.sounds_title = QLabel(self.tr("Sounds in this file"))
        self.sounds_title.setProperty("role", "heading")
        buttons = self._button_row()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Beside the words where there is room; under them where there is not (see resizeEvent).
        self.sender_row = sender_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        sender_row.addWidget(self.sender_status, 1)
        sender_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Above the document, outside its scrolling; where the view is short, it scrolls before the document shrinks.
        self.header = BundleHeader([self.boundaries_band, self.changes_band, sender_row])
        layout.addWidget(self.placeholder)
        layout.addWidget(self.header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.sounds_title)
        layout.addLayout(self.sounds)
        layout.addLayout(buttons)
        self.clear()

    def _button_row(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.status = QLabel(wordWrap=True)
        self.print_button.clicked.connect(self.print_it)
        self.pdf_button.clicked.connect(self.save_pdf)
        # Only where the young person allowed a copy in records (issue 17).
        self.record_button = RecordExportButton(self._session, self._files)
        self.record_button.said.connect(self.status.setText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.pdf_button, self.record_button):
            buttons.addWidget(button)
        return buttons

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Beside a narrow view's button, the words were squeezed into a column many lines tall,
        # taking the room the boundaries and the file need.
        wide = self.width() >= self.check_button.sizeHint().width() * 3
        self.sender_row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        # Room for three short answers and who signed it, wrapped, with no scrolling (the document
        # gives way first, down to a few lines); only very long words, or very large text, make the
        # header scroll, at two fifths of the height (one scroll bar: the band inside it keeps its height).
        smallest = self.header.minimumSizeHint().height()
        self.header.setMaximumHeight(max(160, smallest, self.height() * 2 // 5))
        self._keep_the_document_readable()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # a new text size
            QTimer.singleShot(0, self, self._keep_the_document_readable)  # once the browser has its new font

    def _keep_the_document_readable(self) -> None:
        # The document gives way last: a few lines of it at any text size, the header scrolling first.
        document_margin = int(self.browser.document().documentMargin()) if self.browser.document() else 0
        lines = READABLE_LINES * self.browser.fontMetrics().lineSpacing()
        self.browser.setMinimumHeight(lines + 2 * (self.browser.frameWidth() + document_margin))

    def _changes_band(self) -> QFrame:
        """A calm band, in words, of what changed since the file this one replaced."""
        band = QFrame()
        band.setObjectName("changesBand")
        band.setProperty("role", "card")
        self.changes_title = QLabel(wordWrap=True)
        self.changes_title.setObjectName("changesSummary")
        self.changes_title.setProperty("role", "heading")
        self.changes_list = QLabel(wordWrap=True)
        self.changes_list.setObjectName("changesList")
        layout = QVBoxLayout(band)
        for label in (self.changes_title, self.changes_list):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        return band

    def show_bundle(self, bundle: ReceivedBundle) -> None:
        profile = self._session.profile
        me = profile.people.own_card().display_name
        # Names bidi-isolated, so right-to-left letters cannot reorder the words around them.
        sender = bundle.sender.model_copy(update={
            field: isolated(getattr(bundle.sender, field))
            for field in ("display_name", "role", "organisation") if getattr(bundle.sender, field)
        })
        self.content = dataclasses.replace(SharedContent.from_received(bundle, isolated(me)), sender=sender)
        self.changes = profile.received.changes(bundle.id, bundle)  # not read again
        self._image_data = functools.partial(profile.received.received_attachment_data, bundle.id)
        # On screen the band shows the boundaries; print and PDF put them first in the document.
        # The words come first, the rest a piece per turn and the pictures as they are decoded.
        self._drop_document()
        self.staged = StagedDocument(self._session, self.content, self._image_data, self.changes,
                                     boundaries_first=False, parent=self)
        self.staged.finished.connect(self.document_finished)
        self.staged.start()
        self.document = self.staged.document
        self.boundaries_band.show_boundaries(bundle.boundaries)
        self.header.verticalScrollBar().setValue(0)  # a new file: its boundaries first
        self.browser.setDocument(self.document)
        self._clear_sounds()
        self.sounds_title.setVisible(False)
        # Its sounds' players after the words, one per turn: the words are what the window shows first.
        sounds = [attachment for attachment in bundle.attachments if attachment.kind is AttachmentKind.AUDIO]
        QTimer.singleShot(1, self, functools.partial(self._add_sounds, self.content, bundle.id, sounds))
        self._set_showing(True)
        self._show_changes(bundle)
        self.status.clear()
        self._show_sender(bundle.sender)
        self.record_button.set_bundle(bundle)

    def _add_sounds(self, content: SharedContent, bundle_id: str, sounds: list[BundleAttachment]) -> None:
        if self.content is not content or not sounds:
            return  # another file is shown by now, or none
        self.sounds.addWidget(self._sound_row(bundle_id, sounds[0]))
        self.sounds_title.setVisible(True)
        QTimer.singleShot(1, self, functools.partial(self._add_sounds, content, bundle_id, sounds[1:]))

    def _show_changes(self, bundle: ReceivedBundle) -> None:
        changes = self.changes
        self.changes_band.setVisible(changes is not None)
        if changes is None:
            self.changes_title.clear()
            self.changes_list.clear()
            return
        summary = changes_summary(changes)
        lines = band_lines(changes, bundle)
        self.changes_title.setText(summary)
        self.changes_list.setText("\n".join(lines))
        self.changes_list.setVisible(bool(lines))
        self.changes_band.setAccessibleName(summary)
        self.changes_band.setAccessibleDescription(" ".join(lines))

    def _show_sender(self, card: Card) -> None:
        self._card = card
        try:
            known = self._session.profile.received.sender(card.fingerprint)
        except NotFound:
            self.sender_status.clear()
            self.check_button.setVisible(False)
            return
        self.sender_status.setText(status_text(known))
        self.check_button.setVisible(known.checked_at is None)

    def check_sender(self) -> None:
        """The compare-the-numbers step for the card that signed the file on screen."""
        if self._card is None or self.card_dialog is not None:
            return
        self.card_dialog = SenderCheckDialog(self._card, self)
        self.card_dialog.finished.connect(self._sender_checked)
        self.card_dialog.open()

    def _sender_checked(self) -> None:
        dialog, self.card_dialog = self.card_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        card = self._card
        if not dialog.checked or card is None:
            return
        try:
            self._session.apply(self._session.profile.received.mark_sender_checked(card.fingerprint))
        except PassportError as exc:
            self.status.setText(message_for(exc))
            return
        if self._card is not None and self._card.fingerprint == card.fingerprint:
            self._show_sender(card)

    def _sound_row(self, bundle_id: str, attachment: BundleAttachment) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(attachment.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(name)
        load = functools.partial(self._session.profile.received.received_attachment_data, bundle_id, attachment.id)
        layout.addWidget(AudioPlayer(self._session, attachment.name, attachment.media_type, load), 1)
        return row

    def clear(self) -> None:
        self.content = None
        self.changes = None
        self.boundaries_band.show_boundaries(None)
        self.changes_band.setVisible(False)
        self._card = None
        self.sender_status.clear()
        self._drop_document()
        self._clear_sounds()
        self.sounds_title.setVisible(False)
        self._set_showing(False)
        self.status.clear()  # what was said of the file that was here (saved, printed) is said of it no longer
        self.record_button.set_bundle(None)

    def _drop_document(self) -> None:
        """The file on screen no longer is: its building stops, its decoding job is cancelled."""
        self.browser.setDocument(self._blank)
        self.document = None
        staged, self.staged = self.staged, None
        if staged is not None:
            staged.stop()
            staged.deleteLater()

    def _set_showing(self, showing: bool) -> None:
        self.placeholder.setVisible(not showing)
        self.header.setVisible(showing)
        self.browser.setVisible(showing)
        self.sender_status.setVisible(showing)
        if not showing:
            self.check_button.setVisible(False)
        self.print_button.setEnabled(showing)
        self.pdf_button.setEnabled(showing)

    def _clear_sounds(self) -> None:
        while self.sounds.count():
            widget = self.sounds.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def save_pdf(self) -> None:
        if self.content is None:
            return
        name = without_bidi_controls(self.content.sender.display_name)
        suggested = self.tr("Shared by {0}.pdf").format(name)
        path = self._files.save_path(self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._print(pdf_printer(path))

    def print_it(self) -> None:
        if self.content is None:
            return
        # Laid out as on screen: the document's sizes are the screen's.
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._print(printer)

    def _print(self, printer: QPrinter) -> None:
        assert self.content is not None and self.document is not None and self.staged is not None
        self.staged.finish_now()  # printed whole, every picture in it
        try:
            path = output_file(printer)
            document = self.document
            if self.content.boundaries is not None:
                document = build_document(self.content, self._image_data, self.changes)
                document.setParent(self)
            try:
                print_document(document, self.content.footer(), printer)
            finally:
                if document is not self.document:
                    document.deleteLater()
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        self.status.setText(printed_words(path))
