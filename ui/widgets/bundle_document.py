"""The one renderer of a shared file: what the practitioner reads, prints, and what the
young person previews before sharing.

:class:`SharedContent` is the data a bundle carries (its sender, recipient, dates, purpose,
entries and attachments). It is built from a received bundle, or from the entries about to
be shared, the same way the core writes them; :func:`build_document` turns it into a
``QTextDocument``. Pictures go in as in-memory resources, never as files.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument

from passport.exchange.changes import BundleChanges, Detail, EntryChange, EntryStatus, TextChange
from passport.exchange.received import ReceivedBundle
from passport.exchange.sharing import last_day
from passport.formats.boundaries import Boundaries
from passport.formats.bundle_format import BundleAttachment, BundleEntry
from passport.formats.cards import Card
from passport.models import AttachmentKind
from passport.profile import Profile
from ui.runtime.section_words import shown_title
from ui.widgets.boundaries_text import boundary_rows, read_first_heading, safe_text
from ui.widgets.fingerprint_label import fingerprint_lines

ImageData = Callable[[str], bytes]  # attachment id -> its bytes
IMAGE_WIDTH = 420  # pixels at most, so a picture sits inside one column of text
SUMMARY_CHARACTERS = 220


class BundleDocument(QObject):
    """Never made: only the name translators find these words under. lupdate files
    ``BundleDocument.tr(...)`` here, where Qt looks for it; a bare ``tr()`` would be filed under "".
    lupdate cannot see into f-strings, so every string is translated outside them."""


@dataclass(frozen=True)
class SharedContent:
    sender: Card
    recipient_name: str
    created: dt.datetime
    expires: dt.datetime
    purpose: str
    entries: Sequence[BundleEntry]
    attachments: Sequence[BundleAttachment]
    # True in the sender's own preview: there the card numbers shown are the reader's own.
    sender_is_reader: bool = False
    # The young person let the recipient copy it into their records (issue 17); else read only.
    records_allowed: bool = False
    # "Call me…", "Please don't ask me about…", "How to talk with me", when picked for the share.
    boundaries: Boundaries | None = None

    @classmethod
    def from_received(cls, bundle: ReceivedBundle, recipient_name: str) -> SharedContent:
        return cls(bundle.sender, recipient_name, bundle.created, bundle.expires, bundle.purpose,
                   bundle.entries, bundle.attachments, records_allowed=bundle.records_allowed,
                   boundaries=bundle.boundaries)

    @classmethod
    def for_share(cls, profile: Profile, entry_ids: Sequence[str], sender: Card, recipient_name: str,
                  created: dt.datetime, expires: dt.datetime, purpose: str,
                  leave_out: AbstractSet[str] = frozenset(), records_allowed: bool = False,
                  boundaries: Boundaries | None = None) -> SharedContent:
        """What a share of these entries will carry: each entry's current revision and its
        attachments (but those in ``leave_out``), as passport.exchange.sharing writes them."""
        entries: list[BundleEntry] = []
        attachments: list[BundleAttachment] = []
        for entry_id in entry_ids:
            entry = profile.entry(entry_id)
            attached = [a for a in profile.attachments(entry_id) if a.id not in leave_out]
            attachments += [
                BundleAttachment(id=a.id, entry_id=entry_id, name=a.name, kind=a.kind, media_type=a.media_type,
                                 size=a.size, sha256=a.sha256)
                for a in attached
            ]
            section = profile.section(entry.section_id)
            origin = profile.sharing.entry_origin(entry_id) if entry.suggested_by else None
            entries.append(BundleEntry(
                id=entry.id, revision=entry.revision, section_title=section.title, section_key=section.key,
                title=entry.title, body=entry.body, important_now=entry.important_now, review_by=entry.review_by,
                happened_on=entry.happened_on, colour=entry.colour, updated_at=entry.updated_at,
                attachments=tuple(a.id for a in attached), origin=origin,
            ))
        return cls(sender, recipient_name, created, expires, " ".join(purpose.split()), entries, attachments,
                   sender_is_reader=True, records_allowed=records_allowed,
                   boundaries=None if boundaries is None or boundaries.is_empty() else boundaries)

    def attachments_of(self, entry_id: str) -> list[BundleAttachment]:
        return [a for a in self.attachments if a.entry_id == entry_id]

    def footer(self) -> str:
        """The line printed at the foot of every page: a share that may go into records says
        so (the young person allowed it), rather than asking not to copy it."""
        until = long_date(last_day(self.expires))
        if self.records_allowed:
            return BundleDocument.tr(
                "Shared by {sender} with {recipient}, open until {until}. "
                "{sender} allowed {recipient} to keep a copy in their records; please don't pass it on otherwise."
            ).format(sender=self.sender.display_name, recipient=self.recipient_name, until=until)
        return BundleDocument.tr(
            "Shared by {sender} with {recipient}, open until {until}. Please don't copy or pass it on."
        ).format(sender=self.sender.display_name, recipient=self.recipient_name,
                 until=until) + " " + BundleDocument.tr("Not for the record.")

    def records_words(self) -> str:
        """Whether it may go into the recipient's records, in words (the header says it)."""
        if self.records_allowed:
            return BundleDocument.tr("May be copied into their records (a copy there stays after it ends)")
        return BundleDocument.tr("Read only: not for the record")


def long_date(day: dt.date) -> str:
    """``3 May 2025``, with the month named in the reader's language (QLocale, not Python's
    C locale, which says every month in English)."""
    return QLocale().toString(QDate(day), "d MMMM yyyy")


def short_date(moment: dt.datetime | dt.date) -> str:
    """For lists, where space is short: ``3 May 2025``, in the reader's time zone."""
    day = moment.astimezone().date() if isinstance(moment, dt.datetime) else moment
    return QLocale().toString(QDate(day), "d MMM yyyy")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return BundleDocument.tr("{0:.1f} MB").format(size / (1024 * 1024))
    return BundleDocument.tr("{0} KB").format(max(1, round(size / 1024)))


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _marked(text: str, ranges: Sequence[tuple[int, int]], offset: int = 0) -> str:
    """``text`` (which starts at ``offset`` of the whole) with the ``ranges`` of the whole
    underlined and each followed by "(new)" in words: marked for screen readers and print
    too, never by colour alone."""
    new = html.escape(BundleDocument.tr("(new)"))
    parts: list[str] = []
    position = 0
    for whole_start, whole_end in ranges:
        start, end = max(whole_start - offset, position), min(whole_end - offset, len(text))
        if start >= end:
            continue
        parts.append(_escaped(text[position:start]))
        parts.append(f"<u>{_escaped(text[start:end])}</u><small> {new}</small>")
        position = end
    parts.append(_escaped(text[position:]))
    return "".join(parts)


def _paragraphs(text: str, ranges: Sequence[tuple[int, int]] = ()) -> str:
    parts: list[str] = []
    offset = 0
    for block in text.split("\n\n"):
        if block.strip():
            parts.append(f"<p>{_marked(block, ranges, offset)}</p>")
        offset += len(block) + 2
    return "".join(parts)


def _summary_line(entry: BundleEntry) -> str:
    words = " ".join(entry.body.split())
    if len(words) > SUMMARY_CHARACTERS:
        words = words[:SUMMARY_CHARACTERS].rsplit(" ", 1)[0] + "…"
    text = f"<b>{html.escape(entry.title)}</b>"
    return f"<li>{text}{' — ' + html.escape(words) if words else ''}</li>"


def changes_summary(changes: BundleChanges) -> str:
    """One line: "What changed since 3 May 2026: 2 new, 1 changed, 1 no longer shared"."""
    new, changed, removed = (changes.counted(EntryStatus.NEW), changes.counted(EntryStatus.CHANGED),
                             changes.removed_count)
    shown = [text for text, count in (
        (BundleDocument.tr("%n new", "", new), new),
        (BundleDocument.tr("%n changed", "", changed), changed),
        (BundleDocument.tr("%n no longer shared", "", removed), removed),
    ) if count]
    since = long_date(changes.since.astimezone().date())
    if not shown:
        return BundleDocument.tr("Nothing changed since {0}.").format(since)
    return BundleDocument.tr("What changed since {0}: {1}").format(since, ", ".join(shown))


def no_longer_shared_lines(changes: BundleChanges) -> list[str]:
    """How many entries are no longer shared, never which: the young person took them back."""
    if not changes.no_longer_shared:
        return []
    return [BundleDocument.tr("No longer shared: %n from the last one", "", changes.no_longer_shared)]


def detail_words(change: EntryChange, entry: BundleEntry) -> list[str]:
    """What changed besides the words, in words."""
    words: list[str] = []
    for detail in change.details:
        if detail is Detail.SECTION:
            section = shown_title(entry.section_key, entry.section_title)
            words.append(BundleDocument.tr("now under ‘{0}’").format(section))
        elif detail is Detail.IMPORTANT_NOW:
            words.append(BundleDocument.tr("now marked important now") if change.important_now
                         else BundleDocument.tr("no longer marked important now"))
        elif detail is Detail.REVIEW_BY:
            words.append(BundleDocument.tr("a new date to ask if it's still true"))
        elif detail is Detail.HAPPENED_ON:
            words.append(BundleDocument.tr("a new date for when it happened"))
        elif detail is Detail.COLOUR:
            words.append(BundleDocument.tr("a new colour"))
        elif detail is Detail.ATTACHMENTS:
            words.append(BundleDocument.tr("its pictures, sounds or files changed"))
    return words


def change_words(change: EntryChange, entry: BundleEntry) -> str:
    """A changed entry, in words: which words are marked, what was taken out, what else."""
    parts: list[str] = []
    if change.title.marked or change.body.marked:
        parts.append(BundleDocument.tr("new words are underlined and marked (new)"))
    if change.words_taken_out:
        parts.append(BundleDocument.tr("some words were taken out"))
    parts += detail_words(change, entry)
    return "; ".join(parts)


def _changes_part(content: SharedContent, changes: BundleChanges) -> str:
    new_label, changed_label = BundleDocument.tr("New:"), BundleDocument.tr("Changed:")
    items: list[str] = []
    paired = [(entry, change) for entry in content.entries if (change := changes.of(entry.id)) is not None]
    # New ones first, then changed ones: the summary's order.
    for entry, change in sorted(paired, key=lambda pair: pair[1].status is not EntryStatus.NEW):
        if change.status is EntryStatus.SAME:
            continue
        title = f"<b>{html.escape(entry.title)}</b>"
        if change.status is EntryStatus.NEW:
            items.append(f"<li>{html.escape(new_label)} {title}</li>")
            continue
        said = change_words(change, entry)
        items.append(f"<li>{html.escape(changed_label)} {title}"
                     + (f" — {html.escape(said)}" if said else "") + "</li>")
    items += [f"<li>{html.escape(line)}</li>" for line in no_longer_shared_lines(changes)]
    parts = [f"<h2>{html.escape(changes_summary(changes))}</h2>"]
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    if any(c.title.marked or c.body.marked for c in changes.entries):
        legend = BundleDocument.tr("Underlined words, each followed by (new), are new or changed since {0}.").format(
            long_date(changes.since.astimezone().date()))
        parts.append(f"<p><small>{html.escape(legend)}</small></p>")
    return "".join(parts)


def boundaries_part(boundaries: Boundaries) -> str:
    """The young person's boundaries in a ruled box, to stand before anything else."""
    rows = "".join(f"<p><b>{html.escape(heading)}:</b> {_escaped(text)}</p>"
                   for heading, text in boundary_rows(boundaries))
    heading = html.escape(read_first_heading())
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='10' style='border-style:solid'>"
            f"<tr><td><h2>{heading}</h2>{rows}</td></tr></table>")


def build_document(content: SharedContent, image_data: ImageData, changes: BundleChanges | None = None,
                   *, boundaries_first: bool = True) -> QTextDocument:
    """The whole shared file as a document. The young person's boundaries, when the share
    carries them, go before anything else (``boundaries_first=False`` leaves them to a view
    that shows them in a band of its own); ``changes``, what changed since the share it
    replaced (the practitioner's view only), goes next and marks the new words."""
    document = titled_document(content)
    pieces = document_pieces(content, lambda attachment: _attachment(document, attachment, image_data), changes,
                             boundaries_first=boundaries_first)
    document.setHtml("".join(pieces))
    return document


def titled_document(content: SharedContent) -> QTextDocument:
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                BundleDocument.tr("Shared by {0}").format(content.sender.display_name))
    return document


def document_pieces(content: SharedContent, attachment_html: Callable[[BundleAttachment], str],
                    changes: BundleChanges | None = None, *, boundaries_first: bool = True) -> Iterator[str]:
    """The document's HTML in pieces that stand alone, made as they are asked for: everything
    before the entries, then one piece per entry (with its section's heading when it starts
    one). A view may lay them out a few at a time (``ui.practitioner.staged_document``)."""
    parts = []
    if boundaries_first and content.boundaries is not None and boundary_rows(content.boundaries):
        parts.append(boundaries_part(content.boundaries))
    parts.append(_header(content))
    if changes is not None:
        parts.append(_changes_part(content, changes))
    important_now = BundleDocument.tr("Important now")
    parts.append(f"<h2>{html.escape(important_now)}</h2>")
    important = [e for e in content.entries if e.important_now]
    if important:
        parts.append("<ul>" + "".join(_summary_line(e) for e in important) + "</ul>")
    else:
        nothing = BundleDocument.tr("Nothing in this file is marked as important now.")
        parts.append(f"<p><i>{html.escape(nothing)}</i></p>")
    everything = BundleDocument.tr("Everything shared")
    parts.append(f"<h2>{html.escape(everything)}</h2>")
    yield "".join(parts)
    attachments = attachments_by_entry(content)
    section = None
    for entry in content.entries:
        heading = ""
        if entry.section_title != section:
            section = entry.section_title
            heading = f"<h3>{html.escape(shown_title(entry.section_key, section))}</h3>"
        change = changes.of(entry.id) if changes is not None else None
        since = changes.since if changes is not None else None
        yield heading + _entry(entry, attachments.get(entry.id, []), attachment_html, change, since,
                               content.sender.display_name)


def attachments_by_entry(content: SharedContent) -> dict[str, list[BundleAttachment]]:
    """Grouped once: a share may carry hundreds (``attachments_of`` each time went over them all)."""
    grouped: dict[str, list[BundleAttachment]] = {}
    for attachment in content.attachments:
        grouped.setdefault(attachment.entry_id, []).append(attachment)
    return grouped


def _header(content: SharedContent) -> str:
    sender = content.sender
    about = ", ".join(part for part in (sender.role, sender.organisation) if part)
    rows = [
        (BundleDocument.tr("Shared by"), sender.display_name + (f" ({about})" if about else "")),
        # Named by what they are for: a young person who never made or gave a card read of "your card's numbers".
        (BundleDocument.tr("Numbers that show it came from you") if content.sender_is_reader
         else BundleDocument.tr("Numbers that show it came from them"), None),
        (BundleDocument.tr("Shared with"), content.recipient_name),
        # The day only: the time would tell the reader when the young person was up (walk g, item 8).
        # The file keeps its time inside, as it did.
        (BundleDocument.tr("Made on"), long_date(content.created.astimezone().date())),
        (BundleDocument.tr("Open until"),
         BundleDocument.tr("the end of {0}").format(long_date(last_day(content.expires)))),
        (BundleDocument.tr("Why it was shared"), content.purpose or BundleDocument.tr("(no note)")),
        (BundleDocument.tr("Records"), content.records_words()),
    ]
    # The card's numbers in the card dialog's rows of groups, one under the other, so they compare at a glance.
    numbers = "<br>".join(html.escape(line) for line in fingerprint_lines(sender.fingerprint))
    table = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td>"
        f"<td>{numbers if value is None else html.escape(value)}</td></tr>"
        for name, value in rows
    )
    title = html.escape(BundleDocument.tr("Shared by {0}").format(sender.display_name))
    return f"<h1>{title}</h1><table cellspacing='2'>{table}</table>"


def _entry(entry: BundleEntry, attachments: list[BundleAttachment], attachment_html: Callable[[BundleAttachment], str],
           change: EntryChange | None = None, since: dt.datetime | None = None, owner: str = "") -> str:
    marks: list[str] = []
    title_marks: TextChange = TextChange()
    body_marks: TextChange = TextChange()
    if change is not None and since is not None and change.status is not EntryStatus.SAME:
        day = long_date(since.astimezone().date())
        if change.status is EntryStatus.NEW:
            marks.append(BundleDocument.tr("New since {0}").format(day))
        else:
            marks.append(BundleDocument.tr("Changed since {0}").format(day))
            title_marks, body_marks = change.title, change.body
            if change.words_taken_out:
                marks.append(BundleDocument.tr("some words were taken out"))
    marks += [BundleDocument.tr("Important now")] if entry.important_now else []
    if entry.happened_on is not None:
        marks.append(BundleDocument.tr("Happened {0}").format(long_date(entry.happened_on)))
    marks.append(BundleDocument.tr("Last changed {0}").format(long_date(entry.updated_at.astimezone().date())))
    parts = [f"<h4>{_marked(entry.title, title_marks.marked)}</h4>"]
    if (origin := origin_words(entry, owner)):
        parts.append(f"<p><i>{html.escape(origin)}</i></p>")
    parts += [f"<p><small>{html.escape(' · '.join(marks))}</small></p>", _paragraphs(entry.body, body_marks.marked)]
    for attachment in attachments:
        parts.append(attachment_html(attachment))
    return "".join(parts)


def origin_words(entry: BundleEntry, owner: str) -> str:
    """Whose words these are when a carer suggested the entry: the young person's own words and
    a carer's must not look alike (issue 48). Empty for the young person's own entry."""
    if entry.origin is None:
        return ""
    if entry.origin.changed_by_owner:
        words = BundleDocument.tr("Suggested by {carer} (carer), changed and added by {owner}")
    else:
        words = BundleDocument.tr("Suggested by {carer} (carer), added by {owner}")
    # Names from a file: no control characters, right-to-left names kept from reordering the sentence.
    carer = " ".join(safe_text(entry.origin.suggested_by).split()) or "?"
    return words.replace("{carer}", carer).replace("{owner}", " ".join(safe_text(owner).split()))


def _attachment(document: QTextDocument, attachment: BundleAttachment, image_data: ImageData) -> str:
    if attachment.kind is AttachmentKind.IMAGE:
        image = QImage()
        if image.loadFromData(image_data(attachment.id)) and not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, picture_url(attachment.id), image)
            return picture_html(attachment, min(IMAGE_WIDTH, image.width()))
        return f"<p>{html.escape(unshown_picture_text(attachment))}</p>"
    return sound_or_file_html(attachment)


def picture_url(attachment_id: str) -> QUrl:
    """Where the document finds a picture: an in-memory resource, never a file."""
    return QUrl(f"attachment:{attachment_id}")


def picture_html(attachment: BundleAttachment, width: int, height: int | None = None) -> str:
    name = html.escape(attachment.name)
    caption = BundleDocument.tr("Picture: {0}").format(attachment.name)
    size = f"width='{width}'" + (f" height='{height}'" if height is not None else "")
    return (f"<p><img src='{picture_url(attachment.id).toString()}' {size} alt='{name}'><br>"
            f"<small>{html.escape(caption)}</small></p>")


def unshown_picture_text(attachment: BundleAttachment) -> str:
    return BundleDocument.tr("A picture that can’t be shown: {0}").format(attachment.name)


def sound_or_file_html(attachment: BundleAttachment) -> str:
    """A sound or a file, in words (pictures are the document's to place)."""
    if attachment.kind is AttachmentKind.AUDIO:
        text = "♪ " + BundleDocument.tr("Sound: {0} ({1})").format(attachment.name, size_text(attachment.size))
    else:
        text = BundleDocument.tr("File: {0} ({1})").format(attachment.name, size_text(attachment.size))
    return f"<p>{html.escape(text)}</p>"
