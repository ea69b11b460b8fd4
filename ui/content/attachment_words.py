"""Attachments in words a young person uses: what a drawing or recording made here is called
("My drawing, 29 November"), how big a file is ("2 KB", not "2.33 KiB"), and a name for a
saved copy that every computer accepts (the words may hold a colon; a file name may not)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from passport.models import Attachment

KB = 1000
MB = KB * 1000
GB = MB * 1000
# Characters Windows, macOS or a memory stick's file system refuse in a file name.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_ENDINGS = {
    "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/bmp": ".bmp", "image/webp": ".webp",
    "audio/wav": ".wav", "audio/mpeg": ".mp3", "audio/ogg": ".ogg", "audio/flac": ".flac", "audio/mp4": ".m4a",
    "application/pdf": ".pdf",
}


class AttachmentWords(QObject):
    """Never made: the name translators find these words under (see BundleDocument)."""


def _day(when: dt.datetime) -> str:
    return QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM")


def drawing_name(when: dt.datetime) -> str:
    """What a drawing made at ``when`` (local time) is called: "My drawing, 29 November"."""
    return AttachmentWords.tr("My drawing, {day}").replace("{day}", _day(when))


def recording_name(when: dt.datetime) -> str:
    """What a recording made at ``when`` (local time) is called: "My recording, 29 November 21:02"
    (a time too: several sounds are often made in a day)."""
    time = QLocale().toString(QTime(when.hour, when.minute), "HH:mm")
    return AttachmentWords.tr("My recording, {day} {time}").replace("{day}", _day(when)).replace("{time}", time)


def _number(value: float) -> str:
    return QLocale().toString(value, "f", 0 if value >= 10 else 1).removesuffix(QLocale().decimalPoint() + "0")


def size_in_words(size: int) -> str:
    """A size as people say it: "less than 1 KB", "2 KB", "1.5 MB"."""
    if size < KB:
        return AttachmentWords.tr("less than 1 KB")
    if size < MB:
        return AttachmentWords.tr("{0} KB").replace("{0}", QLocale().toString(round(size / KB)))
    if size < GB:
        return AttachmentWords.tr("{0} MB").replace("{0}", _number(size / MB))
    return AttachmentWords.tr("{0} GB").replace("{0}", _number(size / GB))


def export_name(attachment: Attachment) -> str:
    """A file name for a copy of ``attachment``: its name with the characters file systems
    refuse made safe ("21:02" becomes "21.02"), and an ending for its kind if it has none."""
    name = _NOT_IN_FILE_NAMES.sub(lambda found: "." if found.group() == ":" else "-", attachment.name)
    name = name.strip(" .") or AttachmentWords.tr("attachment")
    ending = _ENDINGS.get(attachment.media_type, "")
    if ending and not name.lower().endswith(ending) and not (ending == ".jpg" and name.lower().endswith(".jpeg")):
        name += ending
    return name
