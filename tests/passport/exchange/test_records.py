"""Record-ready only with permission (issue 17, item 3): the young person's choice is signed
into the share, and only then does the practitioner's profile write a FHIR R4 document.

The document is validated with the well-kept ``fhir.resources`` library. Its maintained
releases model R4B (4.3), the R4 family's last release, which for the resources used here
(Bundle, Composition, Patient, Media, Provenance) is R4 as published.
"""

from __future__ import annotations

import base64
import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from passport.errors import BundleSignatureInvalid, BundleVersionUnsupported, RecordsNotAllowed
from passport.formats import fhir_record
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes, wav_bytes
from tests.sharing_helpers import encrypt_for, in_a_week, manifest_body, members_of, plaintext_of, signed_json, tar_of

XHTML = "{http://www.w3.org/1999/xhtml}"
WORDS = "I play guitar when it gets loud.\nLoud, loud.\n\nThen I'm calm — \U0001f3b8 <b>&amp; that's me</b>"


def share(profile: Profile, practitioner: Profile, sam, entry_ids: list[str], out: Path, *,
          records: bool) -> str:
    profile.sharing.make_share(entry_ids, sam, in_a_week(), "new school", out, records=records)
    return practitioner.received.open_bundle(out).subject.id


def words_of(div: str) -> str:
    """The young person's words in a narrative: its ``words`` block, paragraphs apart."""
    root = ET.fromstring(div)
    block = next(e for e in root.iter(f"{XHTML}div") if e.get("class") == "words")
    return "\n\n".join("".join(p.itertext()) for p in block.iter(f"{XHTML}p"))


@pytest.fixture
def two_entries(profile: Profile) -> list[str]:
    first = add_entry(profile, "Music helps", WORDS, important_now=True)
    profile.add_attachment(first, "me.png", png_bytes(32, 16))
    profile.add_attachment(first, "song.wav", wav_bytes(0.5))
    return [first, add_entry(profile, "Quiet space", "")]


def test_allowed_share_exports_a_valid_fhir_document_in_their_own_words(
        profile, practitioner, sam, two_entries, tmp_path):
    bundle_id = share(profile, practitioner, sam, two_entries, tmp_path / "s.wpb", records=True)
    assert profile.sharing.share_history()[0].records_allowed
    received = practitioner.received.received_bundle(bundle_id)
    assert received.records_allowed

    out = tmp_path / "record.json"
    export = practitioner.received.export_for_records(bundle_id, out)
    assert (export.entries, export.attachments) == (2, 2)
    assert out.stat().st_mode & 0o777 == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(data)  # raises on anything R4 does not allow

    assert data["type"] == "document" and data["identifier"]["value"] and data["timestamp"]
    resources = {entry["fullUrl"]: entry["resource"] for entry in data["entry"]}
    composition = data["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    patient_url = composition["subject"]["reference"]
    assert resources[patient_url]["resourceType"] == "Patient"
    assert resources[patient_url]["name"] == [{"text": "Sky"}]
    assert resources[patient_url]["identifier"][0]["value"] == received.sender.fingerprint
    assert [a["reference"] for a in composition["author"]] == [patient_url]
    [story] = composition["section"]
    assert story["code"]["coding"][0]["system"] == "http://loinc.org"
    assert story["code"]["coding"][0]["code"] == "81338-6"
    assert [a["reference"] for a in story["author"]] == [patient_url]
    assert "meta" not in composition  # no profile claimed (not IPS)

    # Their words, intact: titles as they wrote them, the words paragraph by paragraph.
    written = {sub["title"]: sub for section in story["section"] for sub in section["section"]}
    assert set(written) == {"Music helps", "Quiet space"}
    assert words_of(written["Music helps"]["text"]["div"]) == WORDS
    assert words_of(written["Quiet space"]["text"]["div"]) == ""

    # Every reference resolves inside the document.
    references = [e["reference"] for e in written["Music helps"]["entry"]]
    provenance = next(r for r in resources.values() if r["resourceType"] == "Provenance")
    references += [t["reference"] for t in provenance["target"]]
    assert all(reference in resources for reference in references)

    # Pictures and sounds with their bytes and hashes, as signed.
    by_name = {a.name: a for a in received.attachments}
    media = [resources[r["reference"]] for r in written["Music helps"]["entry"]]
    assert {m["type"]["coding"][0]["code"] for m in media} == {"image", "audio"}
    for one in media:
        content = one["content"]
        raw = base64.b64decode(content["data"])
        signed = by_name[content["title"]]
        assert raw == practitioner.received.received_attachment_data(bundle_id, signed.id)
        assert hashlib.sha256(raw).hexdigest() == signed.sha256
        assert base64.b64decode(content["hash"]) == hashlib.sha1(raw).digest()
        assert content["size"] == len(raw)
        assert one["identifier"][0]["value"] == fhir_record.ni_sha256(signed.sha256)

    # Provenance: shared by, on, until, from which signed share.
    assert provenance["agent"][0]["who"]["reference"] == patient_url
    assert provenance["occurredPeriod"]["start"] == fhir_record.instant(received.created)
    assert provenance["occurredPeriod"]["end"] == fhir_record.instant(received.expires)
    assert provenance["entity"][0]["what"]["identifier"]["value"] == fhir_record.urn(bundle_id)
    assert "relatesTo" not in composition


def test_a_replacing_share_says_what_it_replaces(profile, practitioner, sam, two_entries, tmp_path):
    first = share(profile, practitioner, sam, two_entries[:1], tmp_path / "1.wpb", records=False)
    second = share(profile, practitioner, sam, two_entries, tmp_path / "2.wpb", records=True)
    out = tmp_path / "record.json"
    practitioner.received.export_for_records(second, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    composition = data["entry"][0]["resource"]
    assert composition["relatesTo"] == [{"code": "replaces", "targetIdentifier": {
        "system": "urn:ietf:rfc:3986", "value": fhir_record.urn(first)}}]
    provenance = data["entry"][-1]["resource"]
    assert [e["role"] for e in provenance["entity"]] == ["source", "revision"]


def test_boundaries_that_went_come_first_in_a_section_of_their_own(
        profile, practitioner, sam, two_entries, tmp_path):
    """PRSB "About me" headings, the young person as author, before their story; a heading
    left empty is left out, and their words keep their line breaks and marks."""
    profile.set_boundaries("Sky", "My mum <b>& dad</b>\n\nOld placements", "")
    profile.sharing.make_share(two_entries, sam, in_a_week(), "", tmp_path / "s.wpb", records=True,
                               with_boundaries=True)
    bundle_id = practitioner.received.open_bundle(tmp_path / "s.wpb").subject.id
    out = tmp_path / "record.json"
    practitioner.received.export_for_records(bundle_id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    composition = data["entry"][0]["resource"]
    about_me, story = composition["section"]
    assert about_me["title"] == "About me" and story["code"]["coding"][0]["code"] == "81338-6"
    assert about_me["author"] == story["author"] == [composition["subject"]]
    assert [sub["title"] for sub in about_me["section"]] == ["Call me", "Please don't ask me about"]
    assert [words_of(sub["text"]["div"]) for sub in about_me["section"]] == [
        "Sky", "My mum <b>& dad</b>\n\nOld placements"]
    assert "Call me: Sky" in words_of(about_me["text"]["div"])


def test_boundaries_left_at_home_stay_out_of_the_record(profile, practitioner, sam, two_entries, tmp_path):
    profile.set_boundaries("Sky-Bee", "", "")
    bundle_id = share(profile, practitioner, sam, two_entries, tmp_path / "s.wpb", records=True)
    out = tmp_path / "record.json"
    practitioner.received.export_for_records(bundle_id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [section["title"] for section in data["entry"][0]["resource"]["section"]] == ["Patient story"]
    assert "Sky-Bee" not in out.read_text(encoding="utf-8")


def test_read_only_is_the_default_and_is_refused_with_nothing_written(
        profile, practitioner, sam, two_entries, tmp_path):
    profile.sharing.make_share(two_entries, sam, in_a_week(), "", tmp_path / "s.wpb")
    bundle_id = practitioner.received.open_bundle(tmp_path / "s.wpb").subject.id
    assert not profile.sharing.share_history()[0].records_allowed
    assert not practitioner.received.received_bundle(bundle_id).records_allowed
    body = manifest_body(plaintext_of(tmp_path / "s.wpb", practitioner))
    assert "records" not in body  # as files made before the permission existed
    out = tmp_path / "record.json"
    with pytest.raises(RecordsNotAllowed):
        practitioner.received.export_for_records(bundle_id, out)
    assert list(tmp_path.glob("record.json*")) == []


def test_turning_the_permission_on_in_a_signed_share_breaks_its_signature(
        profile, practitioner, sam, two_entries, tmp_path):
    made = tmp_path / "s.wpb"
    profile.sharing.make_share(two_entries[1:], sam, in_a_week(), "", made)
    members = members_of(plaintext_of(made, practitioner))
    envelope = json.loads(members[0][1])
    envelope["manifest"]["records"] = {"version": 1, "allowed": True}
    tampered = encrypt_for(practitioner, tar_of([("manifest.json", json.dumps(envelope).encode()), *members[1:]]),
                           tmp_path / "t.wpb")
    with pytest.raises(BundleSignatureInvalid):
        practitioner.received.open_bundle(tampered)
    assert practitioner.received.received_bundles() == []


def test_a_newer_records_permission_is_refused_as_newer(profile, practitioner, sam, two_entries, tmp_path):
    made = tmp_path / "s.wpb"
    profile.sharing.make_share(two_entries[1:], sam, in_a_week(), "", made)
    body = manifest_body(plaintext_of(made, practitioner))
    body["records"] = {"version": 2, "allowed": True}
    from passport.exchange import identity

    data = signed_json(body, identity.of(profile.vault).sign)
    hostile = encrypt_for(practitioner, tar_of([("manifest.json", data)]), tmp_path / "v2.wpb")
    with pytest.raises(BundleVersionUnsupported):
        practitioner.received.open_bundle(hostile)


def test_characters_xml_cannot_hold_stay_out_of_the_narrative(profile, practitioner, sam, tmp_path):
    entry = add_entry(profile, "Odd", "bell\x07 and\x00nul \ufffe")
    bundle_id = share(profile, practitioner, sam, [entry], tmp_path / "s.wpb", records=True)
    out = tmp_path / "record.json"
    practitioner.received.export_for_records(bundle_id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    sub = data["entry"][0]["resource"]["section"][0]["section"][0]["section"][0]
    assert words_of(sub["text"]["div"]) == "bell\ufffd and\ufffdnul \ufffd"


def test_a_marker_like_word_in_an_entry_is_written_as_it_is(profile, practitioner, sam, tmp_path):
    entry = add_entry(profile, "Marker", '"0123:data:abc" and ":sha1:"')
    bundle_id = share(profile, practitioner, sam, [entry], tmp_path / "s.wpb", records=True)
    out = tmp_path / "record.json"
    practitioner.received.export_for_records(bundle_id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    sub = data["entry"][0]["resource"]["section"][0]["section"][0]["section"][0]
    assert words_of(sub["text"]["div"]) == '"0123:data:abc" and ":sha1:"'


def test_an_attachment_changed_in_the_store_is_refused_and_no_file_left(
        profile, practitioner, sam, two_entries, tmp_path):
    bundle_id = share(profile, practitioner, sam, two_entries, tmp_path / "s.wpb", records=True)
    with practitioner.vault.writing() as conn:
        conn.execute("UPDATE received_chunks SET data = ? WHERE bundle_id = ? AND number = 0",
                     (b"not the picture", bundle_id))
    from passport.errors import BundleDamaged

    with pytest.raises(BundleDamaged):
        practitioner.received.export_for_records(bundle_id, tmp_path / "record.json")
    assert list(tmp_path.glob("record.json*")) == []


def test_only_a_practitioner_exports(profile, tmp_path):
    from passport.errors import NotThisKindOfProfile

    with pytest.raises(NotThisKindOfProfile):
        profile.received.export_for_records("0" * 32, tmp_path / "r.json")
