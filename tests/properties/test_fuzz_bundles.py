"""Property-based tests of every bundle reader: shares, withdrawals, receipts, replies, suggestions.

Two layers, each reached for real:
- the manifest: JSON mutated every which way, then *signed with the real sender's key*, so
  it passes the signature check and meets the schema and the rules;
- the archive: the tar stream mutated (bytes, header fields with a fixed-up checksum,
  members dropped, doubled, swapped, cut), then *encrypted to the real reader*, so it
  reaches the tar parser.
Every input ends in a valid result or the reader's own typed error (a BundleError, or
another PassportError), never another exception, within 2 s; a refused file leaves the
reading profile exactly as it was. A sample of the worst inputs is run in a subprocess to
show each reader stays under 256 MB.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from passport.clock import now
from passport.errors import BundleError, PassportError
from passport.exchange import identity, received, sharing, suggestions
from passport.formats import bundle_format
from passport.formats.bundle_format import BundleKind, Manifest, ReceiptDetails
from passport.formats.bundle_reader import ReadPolicy, check_policy, verify_manifest
from passport.formats.reply_format import MAX_REPLY_MESSAGE, MAX_REPLY_NOTE, MAX_REPLY_NOTES, Reply, ReplyNote
from passport.models import EntryContent
from passport.profile import Profile
from tools.make_hostile_corpus import (
    BLOCK,
    PASSPHRASE,
    Parties,
    archive_members,
    encrypt_to,
    plaintext_of,
    signed_manifest,
    snapshot,
    tar_end,
    tar_member,
)

REPO = Path(__file__).resolve().parents[2]
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]
FUZZ = settings(max_examples=200, deadline=2000, suppress_health_check=_HEALTH)
FUZZ_FAST = settings(max_examples=500, deadline=2000, suppress_health_check=_HEALTH)

# Values that have broken parsers before: extremes, look-alikes, dates at the edge of time.
INTERESTING: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, -(2**63), 10**40, 1.5, 1e308, -0.0, "", " ", "x" * 3000,
    "\x00", "\u202e", "\ud800", "\U0001f600", "manifest.js\u043en", "../../etc/passwd", "C:\\x", "0" * 32,
    "f" * 32, "F" * 32, "0" * 64, "0" * 60, "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59+00:00", "2024-02-30T00:00:00Z", "2024-01-01T00:00:00", "2024-01-01", "passphrase",
    "share", "withdrawal", "receipt", "reply", "suggestion", "image", "#ffffff", "\n", "\u200d", [], {}, [[[[]]]],
    {"a": {"b": {}}},
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
values = st.sampled_from(INTERESTING) | json_values


def _mutate(draw: Callable[[Any], Any], node: Any) -> Any:
    """One change somewhere in ``node``: usually deep inside, sometimes at the top."""
    if isinstance(node, dict | list) and node and draw(st.integers(0, 3)) > 0:
        key = draw(st.sampled_from(sorted(node))) if isinstance(node, dict) else draw(st.integers(0, len(node) - 1))
        node[key] = _mutate(draw, node[key])
        return node
    action = draw(st.sampled_from(["replace", "tweak", "drop", "add", "duplicate"]))
    if action == "tweak" and isinstance(node, str):
        at = draw(st.integers(0, len(node)))
        return node[:at] + draw(st.text(max_size=3)) + node[at + draw(st.integers(0, 3)) :]
    if action == "tweak" and isinstance(node, int) and not isinstance(node, bool):
        return node + draw(st.sampled_from([-1, 1, -node - 1, 2**32, 10**20]))
    if action == "drop" and isinstance(node, dict) and node:
        del node[draw(st.sampled_from(sorted(node)))]
        return node
    if action == "drop" and isinstance(node, list) and node:
        del node[draw(st.integers(0, len(node) - 1))]
        return node
    if action == "add" and isinstance(node, dict):
        node[draw(st.text(max_size=10))] = copy.deepcopy(draw(values))
        return node
    if action == "duplicate" and isinstance(node, list) and node:
        return [*node, copy.deepcopy(node[0])]
    # A copy: a later step may change it in place, and INTERESTING must stay as it is.
    return copy.deepcopy(draw(values))


@st.composite
def mutated(draw: Callable[[Any], Any], base: Any) -> Any:
    value = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        value = _mutate(draw, value)
    return value


def sign_any(body: Any, signer: Profile) -> bytes:
    """Signed for real when the body has a canonical form; else sent with a made-up signature."""
    try:
        return signed_manifest(body, signer)
    except (ValueError, RecursionError):  # no UTF-8 or JSON form: a lone surrogate, an infinity
        fake = {"algorithm": "ed25519", "value": "A" * 86 + "=="}
        return json.dumps({"manifest": body, "signature": fake}).encode()


# --- the world: real profiles and real files ----------------------------------------------


@dataclass
class Kind:
    body: dict[str, Any]
    signer: Profile
    reader: Profile
    attachments: list[bytes]  # tar members after the manifest
    open: Callable[[Profile, Path], object]


@dataclass
class World:
    parties: Parties
    kinds: dict[str, Kind]
    work: Path


def _receipt_body(parties: Parties, share_id: str) -> dict[str, Any]:
    manifest = Manifest(
        kind=BundleKind.RECEIPT, id=uuid.uuid4().hex, sender=identity.own_card(parties.practitioner.vault),
        recipient=identity.own_card(parties.young.vault).fingerprint, created=now(),
        receipt=ReceiptDetails(bundle=share_id, opened_at=now()),
    )
    return manifest.model_dump(mode="json")


def _reply_body(parties: Parties, share_id: str, entry_ids: list[str], message: str = "Thank you, Sky.",
                note: str = "I'll ask for a quiet room.") -> dict[str, Any]:
    manifest = Manifest(
        kind=BundleKind.REPLY, id=uuid.uuid4().hex, sender=identity.own_card(parties.practitioner.vault),
        recipient=identity.own_card(parties.young.vault).fingerprint, created=now(),
        reply=Reply(share=share_id, message=message,
                    notes=tuple(ReplyNote(entry_id=entry_id, what_i_will_do=note) for entry_id in entry_ids)),
    )
    return manifest.model_dump(mode="json", exclude={"suggestion_outcomes"})


def _suggestion(parties: Parties) -> Path:
    carer = parties.carer
    draft = carer.add_entry(EntryContent(section_id=carer.sections()[0].id, title="Likes drawing", body="Pens."))
    assert draft.entry_id is not None
    carer.add_attachment(draft.entry_id, "drawing.txt", b"a house and a cat\n" * 50)
    (sky,) = carer.people.contacts()
    out = parties.work / "suggestion.wpb"
    suggestions.make_suggestion(carer.vault, [draft.entry_id], sky, out, "For your passport")
    return out


def _open_bundle(reader: Profile, path: Path) -> object:
    return reader.received.open_bundle(path).subject


def _open_suggestion(reader: Profile, path: Path) -> object:
    return reader.suggestions.open_suggestion(path).subject


def _open_receipt(reader: Profile, path: Path) -> object:
    return reader.sharing.open_receipt(path).subject


def _open_reply(reader: Profile, path: Path) -> object:
    return reader.sharing.open_receipt_or_reply(path).subject


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    base = tmp_path_factory.mktemp("fuzz-bundles")
    parties = Parties.create(base)
    (share,) = sharing.share_history(parties.young.vault)
    sharing.make_withdrawal(parties.young.vault, share.id, parties.work / "withdrawal.wpb")
    kinds: dict[str, Kind] = {}
    for name, path, signer, reader, opener in (
        ("share", parties.share, parties.young, parties.practitioner, _open_bundle),
        ("withdrawal", parties.work / "withdrawal.wpb", parties.young, parties.practitioner, _open_bundle),
        ("suggestion", _suggestion(parties), parties.carer, parties.young, _open_suggestion),
    ):
        members = archive_members(plaintext_of(path, reader))
        kinds[name] = Kind(json.loads(members[0][1])["manifest"], signer, reader,
                           [tar_member(n, d) for n, d in members[1:]], opener)
    kinds["receipt"] = Kind(_receipt_body(parties, share.id), parties.practitioner, parties.young, [],
                            _open_receipt)
    kinds["reply"] = Kind(_reply_body(parties, share.id, [e.entry_id for e in share.entries]),
                          parties.practitioner, parties.young, [], _open_reply)
    yield World(parties, kinds, parties.work)
    parties.lock()


def _fresh_id(body: Any, kind: Kind) -> Any:
    """A new bundle id when the mutation left it alone, so an earlier accepted example
    never short-cuts this one as "already kept"."""
    if isinstance(body, dict) and body.get("id") == kind.body["id"]:
        return body | {"id": uuid.uuid4().hex}
    return body


def _open(kind: Kind, plaintext: bytes, work: Path) -> object | None:
    """Open through the real reader: its result, or None when refused (then nothing changed)."""
    path = encrypt_to(kind.reader, plaintext, work / f"fuzz-{uuid.uuid4().hex}.wpb")
    before = snapshot(kind.reader)
    try:
        result = kind.open(kind.reader, path)
    except PassportError as refused:
        _event(f"refused: {type(refused).__name__}")
        assert isinstance(refused, BundleError), refused
        assert snapshot(kind.reader) == before, refused
        return None
    finally:
        path.unlink()
    _event(f"opened: {type(result).__name__}")
    return result


def _event(text: str) -> None:
    """Tally outcomes for ``--hypothesis-show-statistics`` (how deep the inputs reached)."""
    if currently_in_test_context():
        event(text)


def _check_kept(kind: Kind, result: object) -> None:
    """Whatever a reader kept is whole: each attachment's bytes match their SHA-256."""
    if isinstance(result, received.ReceivedBundle):
        for attachment in result.attachments:
            data = received.attachment_data(kind.reader.vault, result.id, attachment.id)
            assert hashlib.sha256(data).hexdigest() == attachment.sha256
    if isinstance(result, suggestions.OpenedSuggestions):
        for suggestion in result.suggestions:
            for attachment in suggestion.attachments:
                data = suggestions.attachment_data(kind.reader.vault, suggestion.id, attachment.id)
                assert hashlib.sha256(data).hexdigest() == attachment.sha256


# --- the manifest layer ----------------------------------------------------------------------


@FUZZ_FAST
@given(data=st.data())
def test_signed_manifests_meet_validation(world: World, data: st.DataObject) -> None:
    """Fast: the manifest checks alone, on bodies the real sender signed."""
    name = data.draw(st.sampled_from(sorted(world.kinds)))
    kind = world.kinds[name]
    body = data.draw(mutated(kind.body))
    try:
        manifest = verify_manifest(sign_any(body, kind.signer))
    except BundleError as refused:
        event(f"refused: {type(refused).__name__}")
        return
    event("valid manifest")
    policy = ReadPolicy(me=received.my_fingerprint(kind.reader.vault), now=now(), kinds=frozenset(BundleKind))
    with contextlib.suppress(BundleError):
        check_policy(manifest, policy, passphrase_mode=False)


@FUZZ
@given(data=st.data())
def test_signed_manifests_through_each_reader(world: World, data: st.DataObject) -> None:
    """Whole path: signed, archived with the real attachments, encrypted to the reader."""
    name = data.draw(st.sampled_from(sorted(world.kinds)))
    kind = world.kinds[name]
    body = _fresh_id(data.draw(mutated(kind.body)), kind)
    plaintext = tar_member("manifest.json", sign_any(body, kind.signer)) + b"".join(kind.attachments) + tar_end()
    result = _open(kind, plaintext, world.work)
    if result is not None:
        _check_kept(kind, result)


# --- the archive layer ----------------------------------------------------------------------

HEADER_FIELDS = {"name": (0, 100), "mode": (100, 108), "size": (124, 136), "type": (156, 157),
                 "linkname": (157, 257), "magic": (257, 265), "prefix": (345, 500)}
SIZE_VALUES = [b"%011o\x00" % n for n in (0, 1, 511, 512, 513, 8 * 1024**2, 8 * 1024**2 + 1, 8**11 - 1)]


def _header_checksum(block: bytearray) -> None:
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\x00 " % sum(block)


@st.composite
def mutated_archive(draw: Callable[[Any], Any], members: list[bytes]) -> bytes:
    members = list(members)
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["header", "header", "bytes", "drop", "double", "swap", "cut", "append"]))
        at = draw(st.integers(0, len(members) - 1))
        if action == "header":
            block = bytearray(members[at][:BLOCK])
            start, end = HEADER_FIELDS[draw(st.sampled_from(sorted(HEADER_FIELDS)))]
            if start == 124 and draw(st.booleans()):
                value = draw(st.sampled_from(SIZE_VALUES))
            else:
                value = draw(st.binary(min_size=1, max_size=end - start))
            block[start : start + len(value)] = value
            if draw(st.integers(0, 4)) > 0:
                _header_checksum(block)
            members[at] = bytes(block) + members[at][BLOCK:]
        elif action == "bytes" and members[at]:
            raw = bytearray(members[at])
            where = draw(st.integers(0, len(raw) - 1))
            raw[where] ^= draw(st.integers(1, 255))
            members[at] = bytes(raw)
        elif action == "drop" and len(members) > 1:
            del members[at]
        elif action == "double":
            members.insert(at, members[at])
        elif action == "swap":
            other = draw(st.integers(0, len(members) - 1))
            members[at], members[other] = members[other], members[at]
        elif action == "cut":
            members[at] = members[at][: draw(st.integers(0, len(members[at])))]
        else:
            members.append(draw(st.binary(max_size=1024)))
    return b"".join(members) + tar_end()


@FUZZ
@given(data=st.data())
def test_mutated_archives_reach_the_tar_parser(world: World, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(world.kinds)))
    kind = world.kinds[name]
    body = kind.body | {"id": uuid.uuid4().hex}
    members = [tar_member("manifest.json", signed_manifest(body, kind.signer)), *kind.attachments, tar_end()]
    result = _open(kind, data.draw(mutated_archive(members)), world.work)
    if result is not None:
        _check_kept(kind, result)


@settings(max_examples=100, deadline=2000, suppress_health_check=_HEALTH)
@given(data=st.data())
def test_mutated_ciphertext_is_refused(world: World, data: st.DataObject) -> None:
    """Below the archive: any change to the encrypted file is caught by age itself."""
    raw = bytearray(world.parties.share.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    path = world.work / f"flip-{uuid.uuid4().hex}.wpb"
    path.write_bytes(bytes(raw[: data.draw(st.integers(0, len(raw)))]))
    before = snapshot(world.parties.practitioner)
    with pytest.raises(BundleError):
        received.open_bundle(world.parties.practitioner.vault, path)
    assert snapshot(world.parties.practitioner) == before
    path.unlink()


# --- memory: the worst inputs, one subprocess per reader -------------------------------------

MAX_PEAK_KIB = 256 * 1024
SECONDS = 2  # every reader, the largest inputs included

def _worst_bundles(parties: Parties, out: Path) -> dict[str, list[Path]]:
    """The largest valid and invalid inputs the limits allow, per reader."""
    share = archive_members(plaintext_of(parties.share, parties.practitioner))
    body = json.loads(share[0][1])["manifest"]
    entry = body["entries"][1] | {"body": "w" * 300}
    many = body | {"id": uuid.uuid4().hex, "attachments": [],
                   "entries": [entry | {"id": f"{i:032x}"} for i in range(bundle_format.MAX_ENTRIES)]}
    suggestion_body = many | {"kind": "suggestion", "sender": identity.own_card(parties.carer.vault).model_dump(),
                              "recipient": identity.own_card(parties.young.vault).fingerprint}
    receipt = _receipt_body(parties, body["id"]) | {"purpose": "x" * 60_000}
    # The largest reply the format allows (its notes name entries the share never held).
    biggest = _reply_body(parties, body["id"], [f"{i:032x}" for i in range(MAX_REPLY_NOTES)],
                          "\U0001f600" * MAX_REPLY_MESSAGE, "\U0001f600" * MAX_REPLY_NOTE)
    near_limit = b'{"manifest": ' + b"[" * 1000 + b"]" * 1000 + b" " * (8 * 1024**2 - 2100) + b"}"
    files = {
        "bundle": [
            encrypt_to(parties.practitioner, tar_member("manifest.json", signed_manifest(many, parties.young))
                       + tar_end(), out / "10000-entries.wpb"),
            encrypt_to(parties.practitioner, tar_member("manifest.json", near_limit) + tar_end(),
                       out / "8mb-manifest.wpb"),
        ],
        "suggestion": [encrypt_to(parties.young, tar_member(
            "manifest.json", signed_manifest(suggestion_body, parties.carer)) + tar_end(), out / "suggest.wpb")],
        "receipt": [encrypt_to(parties.young, tar_member(
            "manifest.json", signed_manifest(receipt, parties.practitioner)) + tar_end(), out / "receipt.wpb")],
        "reply": [encrypt_to(parties.young, tar_member(
            "manifest.json", signed_manifest(biggest, parties.practitioner)) + tar_end(), out / "reply.wpb")],
    }
    (out / "card.wpcard").write_bytes(b"[" * 64 * 1024)
    (out / "keys.json").write_bytes(b'{"body": ' + b"[" * (64 * 1024 - 10) + b"}")
    (out / "junk.wpbackup").write_bytes(os.urandom(4 * 1024 * 1024))
    return files | {"card": [out / "card.wpcard"], "keyfile": [out / "keys.json"],
                    "backup": [out / "junk.wpbackup"]}


@pytest.mark.slow
def test_worst_inputs_stay_within_2_s_and_256_mb(tmp_path: Path) -> None:
    parties = Parties.create(tmp_path)
    _suggestion(parties)
    files = _worst_bundles(parties, parties.work)
    folders = {"bundle": parties.practitioner, "suggestion": parties.young, "receipt": parties.young,
               "reply": parties.young}
    parties.lock()
    for reader, paths in files.items():
        command = [sys.executable, "-m", "tools.make_hostile_corpus", "--measure", "--reader", reader,
                   "--passphrase", PASSPHRASE, "--code", "ABCD" * 7, *map(str, paths)]
        if reader in folders:
            command += ["--profile", str(folders[reader].folder.path)]
        worker = subprocess.run(command, cwd=tmp_path, env=os.environ | {"PYTHONPATH": str(REPO)},
                                capture_output=True, text=True, timeout=120)
        assert worker.returncode == 0, worker.stderr
        for record in map(json.loads, worker.stdout.splitlines()):
            print(reader, json.dumps(record))
            assert not record["outcome"].startswith("UNTYPED"), record
            assert record["peak_kib"] < MAX_PEAK_KIB, record
            assert record["seconds"] < SECONDS, record


def test_a_date_beyond_utc_is_refused_not_crashed(world: World) -> None:
    """Found by fuzzing: 9999-12-31T23:59-14:00 is valid ISO 8601 but has no UTC time."""
    kind = world.kinds["share"]
    for field, moment in (("expires", "9999-12-31T23:59:59-14:00"), ("created", "0001-01-01T00:00:00+14:00")):
        body = kind.body | {"id": uuid.uuid4().hex, field: moment}
        plaintext = tar_member("manifest.json", signed_manifest(body, kind.signer)) + b"".join(
            kind.attachments) + tar_end()
        assert _open(kind, plaintext, world.work) is None
    assert dt.datetime.fromisoformat("9999-12-31T23:59:59-14:00")  # a real ISO date all the same


def test_a_lone_surrogate_in_a_manifest_is_refused_not_crashed(world: World) -> None:
    """Found by fuzzing: "\\ud800" in the JSON has no UTF-8 form, so it cannot be signed."""
    kind = world.kinds["share"]
    envelope = json.loads(signed_manifest(kind.body | {"id": uuid.uuid4().hex}, kind.signer))
    envelope["manifest"]["purpose"] = "\ud800"
    plaintext = tar_member("manifest.json", json.dumps(envelope).encode()) + b"".join(kind.attachments) + tar_end()
    assert _open(kind, plaintext, world.work) is None
