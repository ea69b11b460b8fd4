"""``passport share … --records`` and ``passport received fhir``, run as real processes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from tests.cli_helpers import ok, refused

pytestmark = pytest.mark.slow  # real processes, each deriving a key
SECRET = "correct horse battery"


def test_records_only_with_permission(data_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    ok(data_dir, "profile", "create", "--kind", "young_person", "--label", "Sky", "--passphrase-file", str(secret))
    ok(data_dir, "profile", "create", "--kind", "practitioner", "--label", "Work", "--passphrase-file", str(secret))
    sky = ["--profile", "Sky", "--passphrase-file", str(secret)]
    work = ["--profile", "Work", "--passphrase-file", str(secret)]
    entry_id = ok(data_dir, "entry", "add", *sky, "--title", "Music helps", "--body", "Guitar, loud.").strip()
    card = tmp_path / "sam.wpcard"
    ok(data_dir, "card", "export", *work, "--out", str(card), "--name", "Sam Lee")
    ok(data_dir, "card", "export", *sky, "--out", str(tmp_path / "sky.wpcard"), "--name", "Sky")
    ok(data_dir, "contact", "add", str(card), *sky)
    until = (dt.date.today() + dt.timedelta(days=30)).isoformat()

    read_only = tmp_path / "read-only.wpb"
    first = ok(data_dir, "share", *sky, "--to", "Sam Lee", "--entry", entry_id, "--expires", until,
               "--out", str(read_only)).strip()
    assert "Records: read only, not for the record" in ok(data_dir, "open", str(read_only), *work)
    out = tmp_path / "record.json"
    said = refused(data_dir, "received", "fhir", first, "--out", str(out), *work)
    assert "kept it read only" in said and "--records" in said
    assert not out.exists()

    allowed = tmp_path / "allowed.wpb"
    second = ok(data_dir, "share", *sky, "--to", "Sam Lee", "--entry", entry_id, "--expires", until,
                "--out", str(allowed), "--records").strip()
    assert f"{second}" in (listed := ok(data_dir, "shared", *sky)) and "may go in their records" in listed
    assert "they allow a copy in your records" in ok(data_dir, "open", str(allowed), *work)
    saved = ok(data_dir, "received", "fhir", second, "--out", str(out), *work)
    assert "Saved a FHIR R4 document" in saved and "1 entry" in saved
    document = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(document)
    story = document["entry"][0]["resource"]["section"][0]
    assert story["section"][0]["section"][0]["title"] == "Music helps"
    assert "Guitar, loud." in story["section"][0]["section"][0]["text"]["div"]

    assert "Only a practitioner" in refused(data_dir, "received", "fhir", second, "--out", str(out), *sky)
