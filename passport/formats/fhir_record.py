"""A share as a FHIR R4 document, for a practitioner's records, written only where the young
person allowed it (the service, ``passport.exchange.records``, checks; this module only writes).

The document is a ``Bundle`` of type ``document``: a ``Composition`` first, with one section,
the Patient Story (LOINC 81338-6), authored by the young person, holding their own words: a
sub-section for each of their sections, and in it one for each entry (its title as the title,
its words as the narrative). An entry a carer suggested says so in its notes and names the
carer as an author beside the young person. Pictures and sounds are ``Media`` with their bytes, their SHA-1
(``Attachment.hash``, as R4 defines it) and the SHA-256 the signed share carried (an RFC 6920
``ni:`` name as the identifier). A ``Provenance`` says who shared it, when, until when, which
signed share it came from and what that share replaced. When the share carried the young
person's boundaries, they come first, as a section of their own under PRSB's "About me"
headings ("Call me", "Please don't ask me about", "How to talk with me"), authored by the
young person too. The IPS profile is not claimed: its
required sections (problems, medicines, allergies) are not ours to fill.

Attachments are streamed: each is base64-encoded chunk by chunk between the JSON around it,
so a large share never sits whole in memory. The file is written under ``<name>.part`` and
renamed once whole and synced.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
import secrets
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from passport.errors import BundleDamaged
from passport.fileio import written_whole
from passport.formats.boundaries import Boundaries
from passport.formats.bundle_format import BundleAttachment, BundleEntry, Manifest
from passport.models import AttachmentKind

Chunks = Callable[[str], Iterable[bytes]]  # attachment id -> its bytes, a chunk at a time
Progress = Callable[[int, int], None]

FHIR_VERSION = "4.0.1"
LOINC = "http://loinc.org"
PATIENT_STORY = {"system": LOINC, "code": "81338-6",
                 "display": "Patient Goals, preferences, and priorities for care experience"}
PATIENT_NOTE = {"system": LOINC, "code": "51855-5", "display": "Patient Note"}
MEDIA_TYPE = "http://terminology.hl7.org/CodeSystem/media-type"
PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
URI = "urn:ietf:rfc:3986"
XHTML = "http://www.w3.org/1999/xhtml"
# A stable namespace for ids made from the card's numbers, so one young person is one
# Patient across every export.
_NAMESPACE = uuid.UUID("6f1c2a3e-7d0b-5c8e-9a4f-2b6d8e0c1a57")
_BASE64_CHUNK = 3 * 256 * 1024  # a multiple of 3: no padding until the end
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def urn(hex_id: str) -> str:
    return f"urn:uuid:{uuid.UUID(hex_id)}"


def ni_sha256(sha256_hex: str) -> str:
    """RFC 6920's name for content by its SHA-256."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256_hex)).decode("ascii").rstrip("=")
    return f"ni:///sha-256;{digest}"


def instant(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _xml_text(text: str) -> str:
    """Text for XHTML: escaped, and the few characters XML 1.0 cannot hold at all (control
    characters a crafted share might carry) shown as U+FFFD."""
    return _NOT_XML.sub("\ufffd", html.escape(text, quote=False))


def _narrative(*paragraphs: str, about: str = "") -> dict[str, str]:
    """XHTML as FHIR wants it: the young person's words, paragraph by paragraph (a line
    break kept as ``<br/>`` beside the line's own newline), in a ``words`` block (so a reader
    can take them alone), and the app's notes after it."""
    words = "".join(f"<p>{_xml_text(p).replace(chr(10), '<br/>' + chr(10))}</p>" for p in paragraphs if p.strip())
    notes = f"<p class=\"about\">{_xml_text(about)}</p>" if about else ""
    return {"status": "additional", "div": f"<div xmlns=\"{XHTML}\"><div class=\"words\">{words}</div>{notes}</div>"}


def _paragraphs(text: str) -> list[str]:
    return [block for block in text.split("\n\n") if block.strip()]


def origin_words(entry: BundleEntry, young_person: str) -> str:
    """Whose words an entry holds, when a carer suggested it (empty: the young person's own)."""
    if entry.origin is None:
        return ""
    added = "changed and added" if entry.origin.changed_by_owner else "added"
    return f"Suggested by {entry.origin.suggested_by} ({entry.origin.suggested_by_role}), {added} by {young_person}"


def _about(entry: BundleEntry, young_person: str) -> str:
    notes = [words] if (words := origin_words(entry, young_person)) else []
    notes += ["Important now"] if entry.important_now else []
    if entry.happened_on is not None:
        notes.append(f"Happened {entry.happened_on.isoformat()}")
    if entry.review_by is not None:
        notes.append(f"To ask again by {entry.review_by.isoformat()}")
    notes.append(f"Last changed {instant(entry.updated_at)}")
    return " · ".join(notes)


class _Template:
    """The document as JSON, with a marker in place of each attachment's data and SHA-1;
    the markers hold a random word, so nothing the young person wrote can stand for one."""

    def __init__(self) -> None:
        self._nonce = secrets.token_hex(16)

    def data(self, attachment_id: str) -> str:
        return f"{self._nonce}:data:{attachment_id}"

    def sha1(self, attachment_id: str) -> str:
        return f"{self._nonce}:sha1:{attachment_id}"

    def split(self, text: str) -> list[str | tuple[str, str]]:
        """The JSON text, cut at each quoted marker into (what, attachment id)."""
        pieces: list[str | tuple[str, str]] = []
        marker = f"\"{self._nonce}:"
        rest = text
        while (start := rest.find(marker)) >= 0:
            end = rest.index("\"", start + 1)
            what, attachment_id = rest[start + len(marker):end].split(":", 1)
            pieces += [rest[:start + 1], (what, attachment_id)]
            rest = rest[end:]
        pieces.append(rest)
        return pieces


def document(manifest: Manifest, recipient_name: str, exported_at: dt.datetime,
             template: _Template | None = None) -> dict[str, Any]:
    """The FHIR Bundle, as JSON-ready data; each Media's data and hash are markers of
    ``template`` (a fresh one when not given)."""
    marks = template or _Template()
    sender = manifest.sender
    patient_url = f"urn:uuid:{uuid.uuid5(_NAMESPACE, sender.fingerprint)}"
    composition_url = urn(manifest.id)
    provenance_url = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'provenance:' + manifest.id)}"
    young_person = {"reference": patient_url, "display": sender.display_name}
    share_identifier = {"system": URI, "value": urn(manifest.id)}
    media = [_media(attachment, young_person, marks) for attachment in manifest.attachments]
    media_url = {attachment.id: urn(attachment.id) for attachment in manifest.attachments}
    sections: list[dict[str, Any]] = []
    for entry in manifest.entries:
        if not sections or sections[-1]["title"] != entry.section_title:
            sections.append({"title": entry.section_title, "section": []})
        sub: dict[str, Any] = {
            "title": entry.title,
            "text": _narrative(*_paragraphs(entry.body), about=_about(entry, sender.display_name)),
        }
        if entry.origin is not None:
            # A carer's words the young person took in: both wrote it, the carer first.
            sub["author"] = [{"display": f"{entry.origin.suggested_by} ({entry.origin.suggested_by_role})"},
                             young_person]
        if entry.attachments:
            sub["entry"] = [{"reference": media_url[a]} for a in entry.attachments]
        sections[-1]["section"].append(sub)
    for section in sections:
        section["text"] = _narrative(section["title"])
    story: dict[str, Any] = {
        "title": "Patient story",
        "code": {"coding": [PATIENT_STORY], "text": "In their own words"},
        "author": [young_person],
        "text": _narrative(manifest.purpose, about=f"Why {sender.display_name} shared it" if manifest.purpose
                           else f"Shared by {sender.display_name}"),
        "section": sections,
    }
    composition: dict[str, Any] = {
        "resourceType": "Composition",
        "id": uuid.UUID(manifest.id).hex,
        "identifier": share_identifier,
        "status": "final",
        "type": {"coding": [PATIENT_NOTE], "text": "Shared by the young person, in their own words"},
        "subject": young_person,
        "date": instant(manifest.created),
        "author": [young_person],
        "title": f"Shared by {sender.display_name}",
        "confidentiality": "R",
        "attester": [{"mode": "personal", "time": instant(manifest.created), "party": young_person}],
        "section": [*_about_me(manifest.boundaries, young_person), story],
    }
    if manifest.replaces is not None:
        composition["relatesTo"] = [{"code": "replaces",
                                     "targetIdentifier": {"system": URI, "value": urn(manifest.replaces)}}]
    assert manifest.expires is not None  # a share always has its end
    entities: list[dict[str, Any]] = [{"role": "source", "what": {
        "identifier": share_identifier, "display": "The signed share this copy was made from"}}]
    if manifest.replaces is not None:
        entities.append({"role": "revision", "what": {
            "identifier": {"system": URI, "value": urn(manifest.replaces)},
            "display": "The earlier share this one replaces"}})
    provenance = {
        "resourceType": "Provenance",
        "id": provenance_url.removeprefix("urn:uuid:").replace("-", ""),
        "target": [{"reference": composition_url}, *({"reference": media_url[a.id]} for a in manifest.attachments)],
        "occurredPeriod": {"start": instant(manifest.created), "end": instant(manifest.expires)},
        "recorded": instant(exported_at),
        "activity": {"text": f"Shared by {sender.display_name} with {recipient_name}, open until "
                             f"{instant(manifest.expires)}; copied into records with their permission"},
        "agent": [{"type": {"coding": [{"system": PARTICIPANT_TYPE, "code": "author"}]}, "who": young_person}],
        "entity": entities,
    }
    patient = {
        "resourceType": "Patient",
        "id": patient_url.removeprefix("urn:uuid:").replace("-", ""),
        "identifier": [{"type": {"text": "Say It Once card numbers"}, "value": sender.fingerprint}],
        "name": [{"text": sender.display_name}],
    }
    entries = [{"fullUrl": composition_url, "resource": composition}, {"fullUrl": patient_url, "resource": patient}]
    entries += [{"fullUrl": media_url[a.id], "resource": m} for a, m in zip(manifest.attachments, media, strict=True)]
    entries.append({"fullUrl": provenance_url, "resource": provenance})
    return {
        "resourceType": "Bundle",
        "id": uuid.uuid4().hex,
        "meta": {"lastUpdated": instant(exported_at)},
        "identifier": {"system": URI, "value": f"urn:uuid:{uuid.uuid4()}"},
        "type": "document",
        "timestamp": instant(exported_at),
        "entry": entries,
    }


def _about_me(boundaries: Boundaries | None, young_person: dict[str, str]) -> list[dict[str, Any]]:
    """The young person's boundaries, to be read first: one section, a sub-section for each
    heading they wrote under (none when the share carried none)."""
    if boundaries is None:
        return []
    written = [(title, text) for title, text in (("Call me", boundaries.call_me),
                                                 ("Please don't ask me about", boundaries.please_dont_ask),
                                                 ("How to talk with me", boundaries.how_to_talk)) if text.strip()]
    if not written:
        return []
    return [{
        "title": "About me",
        "code": {"text": "About me: what people should know first"},
        "author": [young_person],
        "text": _narrative(*(f"{title}: {text}" for title, text in written),
                           about=f"{young_person['display']} asks that this is read first"),
        "section": [{"title": title, "text": _narrative(*_paragraphs(text))} for title, text in written],
    }]


def _media(attachment: BundleAttachment, young_person: dict[str, str], marks: _Template) -> dict[str, Any]:
    media: dict[str, Any] = {
        "resourceType": "Media",
        "id": attachment.id,
        "identifier": [{"system": URI, "value": ni_sha256(attachment.sha256)}],
        "status": "completed",
    }
    if attachment.kind in (AttachmentKind.IMAGE, AttachmentKind.AUDIO):
        media["type"] = {"coding": [{"system": MEDIA_TYPE, "code": attachment.kind.value}]}
    media["subject"] = young_person
    # "data" before "hash": the SHA-1 is known once the data is written.
    media["content"] = {
        "contentType": attachment.media_type or "application/octet-stream",
        "title": attachment.name,
        "size": attachment.size,
        "data": marks.data(attachment.id),
        "hash": marks.sha1(attachment.id),
    }
    return media


def write_document(out_path: Path, manifest: Manifest, recipient_name: str, chunks: Chunks,
                   exported_at: dt.datetime, progress: Progress | None = None) -> None:
    """Write the document, checking each attachment's size and SHA-256 against the signed
    share on the way (``BundleDamaged`` if one differs, and then no file is left)."""
    template = _Template()
    text = json.dumps(document(manifest, recipient_name, exported_at, template), ensure_ascii=False, indent=1)
    by_id = {attachment.id: attachment for attachment in manifest.attachments}
    total = max(1, sum(a.size for a in manifest.attachments))
    written = 0
    sha1: dict[str, str] = {}
    with written_whole(out_path) as sink:
        for piece in template.split(text):
            if isinstance(piece, str):
                sink.write(piece.encode("utf-8"))
                continue
            what, attachment_id = piece
            if what == "sha1":
                sink.write(sha1[attachment_id].encode("ascii"))
                continue
            attachment = by_id[attachment_id]
            sha1[attachment_id] = _stream(sink, attachment, chunks(attachment_id))
            written += attachment.size
            if progress is not None:
                progress(written, total)


def _stream(sink: BinaryIO, attachment: BundleAttachment, chunks: Iterable[bytes]) -> str:
    """Write one attachment as base64; its SHA-1, base64 (after checking it is what was signed)."""
    sha1, sha256 = hashlib.sha1(usedforsecurity=False), hashlib.sha256()
    size = 0
    carry = b""
    for chunk in chunks:
        sha1.update(chunk)
        sha256.update(chunk)
        size += len(chunk)
        carry += chunk
        whole = len(carry) - len(carry) % 3
        if whole >= _BASE64_CHUNK:
            sink.write(base64.b64encode(carry[:whole]))
            carry = carry[whole:]
    sink.write(base64.b64encode(carry))
    if size != attachment.size or sha256.hexdigest() != attachment.sha256:
        raise BundleDamaged(f"attachment {attachment.id} is not what the share signed")
    return base64.b64encode(sha1.digest()).decode("ascii")
