"""Helpers for the sharing tests: real profiles, real bundles, and hand-made hostile ones."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from passport.clock import now
from passport.crypto import age_layer
from passport.exchange import identity
from passport.exchange.contacts import Contact
from passport.formats.bundle_format import Signature, canonical_bytes
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE

RECEIVED_TABLES = (
    "received_bundles", "received_attachments", "received_chunks", "withdrawals_received", "unverified_spool",
)


def age_cli() -> str:
    """The Debian ``age`` tool; a test needing it fails (not skips) under CI."""
    found = shutil.which("age") or ("/usr/bin/age" if Path("/usr/bin/age").exists() else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("the age command-line tool is required under CI")
        pytest.skip("the age command-line tool is not installed")
    return found


def received_rows(profile: Profile) -> dict[str, list[tuple]]:
    """Everything a practitioner's profile keeps of what it received."""
    with profile.vault.reading() as conn:
        return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in RECEIVED_TABLES}


def in_a_week() -> dt.datetime:
    return now() + dt.timedelta(days=7)


def plaintext_of(bundle: Path, profile: Profile) -> bytes:
    """Decrypt a bundle made for ``profile`` (test-only: to build hostile variants)."""
    return age_layer.decrypt_bytes(bundle.read_bytes(), [identity.export_age_identity(profile.vault)], 2**31)


def members_of(plaintext: bytes) -> list[tuple[str, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(plaintext), mode="r|") as archive:
        out = []
        for member in archive:
            stream = archive.extractfile(member)
            out.append((member.name, stream.read() if stream else b""))
        return out


def manifest_body(plaintext: bytes) -> dict[str, Any]:
    name, data = members_of(plaintext)[0]
    assert name == "manifest.json"
    return json.loads(data)["manifest"]


def signed_json(body: dict[str, Any], sign: Callable[[bytes], bytes]) -> bytes:
    value = base64.b64encode(sign(canonical_bytes(body))).decode()
    return json.dumps({"manifest": body, "signature": Signature(value=value).model_dump()}).encode()


def tar_of(members: list[tuple[str, bytes]], *, kind: bytes = tarfile.REGTYPE,
           tar_format: int = tarfile.USTAR_FORMAT) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tar_format) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.type = kind if name != "manifest.json" else tarfile.REGTYPE
            if info.type == tarfile.SYMTYPE:
                info.linkname = "/etc/passwd"
                info.size = 0
            archive.addfile(info, io.BytesIO(data) if info.type == tarfile.REGTYPE else None)
    return buffer.getvalue()


def encrypt_for(profile: Profile, plaintext: bytes, out: Path) -> Path:
    sink = io.BytesIO()
    age_layer.encrypt_stream(io.BytesIO(plaintext), sink, [identity.of(profile.vault).age_recipient])
    out.write_bytes(sink.getvalue())
    return out


def make_practitioner(data_dir: Path, label: str = "Work", name: str = "Sam Lee") -> Profile:
    profile, _code = Profile.create(data_dir, ProfileKind.PRACTITIONER, label, PASSPHRASE, kdf=FAST_KDF)
    identity.set_details(profile.vault, name, "Social worker", "Northside Council")
    return profile


def give_card(practitioner: Profile, young: Profile, folder: Path, checked: bool = True) -> Contact:
    """The practitioner's card, imported (and checked) by the young person."""
    card = folder / f"{practitioner.people.own_card().display_name}.wpcard"
    practitioner.people.export_card(card)
    contact = young.people.import_card(card).subject
    if checked:
        contact = young.people.mark_checked(contact.id).subject
    return contact
