"""A shared file's document, laid out a piece at a time so the window keeps answering.

A share may carry hundreds of entries and pictures; built in one go it held the window for
a third of a second or more. The words come first: what stands before the entries and the
first few entries are laid out at once, the rest a few entries per turn of the event loop.
The pictures are read and decoded in the job runner (a ``QImage`` may be made off the GUI
thread), made no larger than they are shown, and put in their places as they come; until then
each has a small grey stand-in above its caption. Nothing is written anywhere: a picture goes
from the store into the document's in-memory resources.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from passport.errors import PassportError, ProfileLocked
from passport.exchange.changes import BundleChanges
from passport.formats.bundle_format import BundleAttachment
from passport.models import AttachmentKind
from ui.runtime.jobs import Job
from ui.runtime.session import Session
from ui.widgets.bundle_document import (
    IMAGE_WIDTH,
    SharedContent,
    attachments_by_entry,
    document_pieces,
    picture_html,
    picture_url,
    sound_or_file_html,
    titled_document,
    unshown_picture_text,
)

FIRST_ENTRIES = 8  # laid out with the header, before the view is first painted
ENTRIES_PER_TURN = 8
PART_SECONDS = 0.02  # the decoding job hands its pictures over at least this often
STAND_IN = QSize(64, 48)
# Decoded at up to twice the size shown: sharp on a high-density screen and on paper.
SHARPEST = 2 * IMAGE_WIDTH
IMAGE = QTextDocument.ResourceType.ImageResource


@dataclass(frozen=True)
class Picture:
    attachment_id: str
    image: QImage | None  # None: not a picture that can be shown
    width: int = 0  # as shown in the document
    height: int = 0


def decode_picture(attachment_id: str, data: bytes) -> Picture:
    """``data`` as a picture no wider than it needs to be; any thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and size.width() > SHARPEST:
        reader.setScaledSize(size.scaled(SHARPEST, size.height(), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return Picture(attachment_id, None)
    full = size if size.isValid() else image.size()
    width = min(IMAGE_WIDTH, full.width())
    height = max(1, round(full.height() * width / max(1, full.width())))
    # Painted many times as the page scrolls: in the format that paints fastest.
    return Picture(attachment_id, image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), width, height)


def read_picture(read: Callable[[str], bytes], attachment_id: str) -> Picture:
    """One picture from the store, decoded. One that cannot be read (a damaged store) is one
    that cannot be shown; a locked profile stops the caller."""
    try:
        data = read(attachment_id)
    except ProfileLocked:
        raise
    except PassportError:
        return Picture(attachment_id, None)
    return decode_picture(attachment_id, data)


def decode_pictures(read: Callable[[str], bytes], attachment_ids: Sequence[str], *,
                    part: Callable[[list[Picture]], None]) -> int:
    """Read and decode each picture in turn (a job), handing them back a few at a time."""
    ready: list[Picture] = []
    handed = time.monotonic()
    for attachment_id in attachment_ids:
        ready.append(read_picture(read, attachment_id))
        if time.monotonic() - handed >= PART_SECONDS:
            part(ready)
            ready, handed = [], time.monotonic()
    if ready:
        part(ready)
    return len(attachment_ids)


class StagedDocument(QObject):
    """One shared file's document, built a piece at a time (``start``), or all at once
    (``finish_now``, for printing). ``finished`` once every word and picture is in place."""

    finished = Signal()

    def __init__(self, session: Session, content: SharedContent, read: Callable[[str], bytes],
                 changes: BundleChanges | None = None, *, boundaries_first: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._read = read
        self.document = titled_document(content)
        self.document.setParent(self)
        self.document.setUndoRedoEnabled(False)  # read only: no copy of every edit kept
        self._pieces: Iterator[str] = document_pieces(content, self._attachment_html, changes,
                                                      boundaries_first=boundaries_first)
        self._pieces_left = 1 + len(content.entries)  # what comes before the entries, then each entry
        grouped = attachments_by_entry(content)
        self._attachments = {a.id: a for entry in content.entries for a in grouped.get(entry.id, [])
                             if a.kind is AttachmentKind.IMAGE}
        self._slots: dict[str, QTextCursor] = {}  # pictures laid out, not yet decoded
        self._decoded: dict[str, Picture] = {}  # pictures decoded, not yet laid out
        self._placed: set[str] = set()
        self._announced = False
        self._job: Job | None = None
        self._stand_in = QImage(STAND_IN, QImage.Format.Format_ARGB32_Premultiplied)
        self._stand_in.fill(QColor(128, 128, 128, 64))
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next_piece)

    @property
    def is_finished(self) -> bool:
        return not self._pieces_left and len(self._placed) == len(self._attachments)

    def start(self) -> None:
        """The first piece now; the rest of the words a piece per turn, the pictures as they come."""
        self._add(FIRST_ENTRIES)
        if self._attachments:
            self._job = self._session.run(decode_pictures, self._read, list(self._attachments), context=self,
                                          on_part=self._take, on_finished=lambda _count: None,
                                          on_failed=self._not_decoded)
        self._carry_on()

    def stop(self) -> None:
        """No more pieces, and the decoding job cancelled (closing, another file, locking)."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def finish_now(self) -> None:
        """Everything in place before this returns: the rest of the words, and the pictures
        not decoded yet decoded here (printing waits for them)."""
        self.stop()
        self._add(self._pieces_left)
        self._take([read_picture(self._read, i) for i in self._attachments
                    if i not in self._placed and i not in self._decoded])

    # --- words ---------------------------------------------------------------------------

    def _attachment_html(self, attachment: BundleAttachment) -> str:
        if attachment.kind is AttachmentKind.IMAGE:
            return picture_html(attachment, STAND_IN.width(), STAND_IN.height())
        return sound_or_file_html(attachment)

    def _next_piece(self) -> None:
        self._add(ENTRIES_PER_TURN)
        self._carry_on()

    def _carry_on(self) -> None:
        if self._pieces_left:
            self._timer.start()
        else:
            self._announce()

    def _announce(self) -> None:
        if self.is_finished and not self._announced:
            self._announced = True
            self.finished.emit()

    def _add(self, entries: int) -> None:
        """The next piece: ``entries`` more entries (the first piece also has what comes before them)."""
        first = self.document.isEmpty()
        count = min(self._pieces_left, entries + first)
        if not count:
            return
        self._pieces_left -= count
        html = "".join(itertools.islice(self._pieces, count))
        if first:
            self.document.setHtml(html)
            self._find_slots(0)
            return
        # A fragment's first block would be merged into the last one, losing its format (a
        # heading would become a paragraph): it gets a block of its own, formatted as it was.
        cursor = QTextCursor(self.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        start = cursor.position()
        piece = QTextDocument()
        piece.setHtml(html)
        cursor.insertFragment(QTextDocumentFragment(piece))
        cursor.setPosition(start)
        cursor.setBlockFormat(piece.begin().blockFormat())
        cursor.setBlockCharFormat(piece.begin().charFormat())
        self._find_slots(start)

    def _find_slots(self, start: int) -> None:
        """Where each picture of the piece just added sits (a cursor there follows later edits),
        with its stand-in until it is decoded."""
        prefix = "attachment:"
        block = self.document.findBlock(start)
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                found = fragment.charFormat()
                name = found.toImageFormat().name() if found.isImageFormat() else ""
                if name.startswith(prefix) and name[len(prefix):] in self._attachments:
                    slot = QTextCursor(self.document)
                    slot.setPosition(fragment.position())
                    self._slots[name[len(prefix):]] = slot
                    self.document.addResource(IMAGE, picture_url(name[len(prefix):]), self._stand_in)
                fragments += 1
            block = block.next()
        self._take([])

    # --- pictures --------------------------------------------------------------------------

    def _take(self, pictures: list[Picture]) -> None:
        """Pictures decoded: each laid out now if its words are, else when they are."""
        self._decoded.update((p.attachment_id, p) for p in pictures)
        ready = [self._decoded.pop(i) for i in list(self._decoded) if i in self._slots]
        if ready:
            editing = QTextCursor(self.document)
            editing.beginEditBlock()  # laid out once for the whole batch
            for picture in ready:
                self._place(picture, self._slots.pop(picture.attachment_id))
                self._placed.add(picture.attachment_id)
            editing.endEditBlock()
        self._announce()

    def _place(self, picture: Picture, slot: QTextCursor) -> None:
        if picture.image is None:
            # The stand-in and its caption give way to words saying so.
            slot.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            slot.insertText(unshown_picture_text(self._attachments[picture.attachment_id]), QTextCharFormat())
            return
        self.document.addResource(IMAGE, picture_url(picture.attachment_id), picture.image)
        slot.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        image_format = slot.charFormat().toImageFormat()
        image_format.setWidth(picture.width)
        image_format.setHeight(picture.height)
        slot.setCharFormat(image_format)

    def _not_decoded(self, _error: BaseException) -> None:
        """The job stopped on an error: the pictures it did not hand back say they can't be shown."""
        self._job = None
        self._take([Picture(i, None) for i in self._attachments if i not in self._placed and i not in self._decoded])
