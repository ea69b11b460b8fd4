"""Build a corpus of hostile bundles, and measure how a reader handles files.

Every bundle here is *properly* encrypted to a real practitioner's card and, where the
reader checks a signature, properly signed by a real young person's key, so the hostile
part (the archive or the manifest) is what the reader meets: the age layer and the
signature do not stop it early.

The archive format does not compress (age does not, and the tar is plain), so there is no
compression bomb to make: plaintext is never longer than the file. Its stand-ins are a
member whose header declares gigabytes it does not carry, and a sparse 1 GiB file.

Usage (from the repository root)::

    python -m tools.make_hostile_corpus OUT_DIR
        makes two profiles and the corpus in OUT_DIR, then lists the cases.
    python -m tools.make_hostile_corpus --measure --reader KIND --profile FOLDER --passphrase P FILE...
        opens each FILE with a reader in this process and prints one JSON line per file:
        the error (or "ok"), seconds, and memory (VmHWM, reset before each file).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import io
import json
import os
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from passport.clock import now
from passport.crypto import age_layer
from passport.crypto.keyfile import KdfSettings, KeyFile
from passport.errors import (
    BundleDamaged,
    BundleError,
    BundleFromOlderApp,
    BundleSignatureInvalid,
    BundleTooLarge,
    BundleUnsigned,
    BundleVersionUnsupported,
    PassportError,
)
from passport.exchange import contacts, identity, sharing
from passport.formats.bundle_format import Manifest, Signature, canonical_bytes
from passport.formats.cards import read_card
from passport.formats.cards import signed_bytes as card_signed_bytes
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile
from passport.store.profiles import ProfileFolder

PASSPHRASE = "hostile corpus passphrase"
# Cheap key derivation: these profiles exist only to be attacked for a moment.
QUICK_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)
BLOCK = tarfile.BLOCKSIZE
# Names that must never appear on disk; the tests look for this marker everywhere.
ESCAPE_MARKER = "wp-escape-7c41"


# --- the people ---------------------------------------------------------------------


@dataclass
class Parties:
    """A young person who shares, a practitioner who receives, a carer who suggests."""

    young: Profile
    practitioner: Profile
    carer: Profile
    share: Path  # a real share from the young person to the practitioner
    work: Path

    @classmethod
    def create(cls, base: Path) -> Parties:
        data = base / "profiles"
        young, _ = Profile.create(data, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=QUICK_KDF)
        practitioner, _ = Profile.create(data, ProfileKind.PRACTITIONER, "Work", PASSPHRASE, kdf=QUICK_KDF)
        carer, _ = Profile.create(data, ProfileKind.CARER, "Home", PASSPHRASE, kdf=QUICK_KDF)
        work = base / "work"
        work.mkdir()
        for profile, name in ((young, "Sky"), (practitioner, "Sam Lee"), (carer, "Jo")):
            identity.set_details(profile.vault, name)
            sharing.export_card(profile.vault, work / f"{name.split()[0].lower()}.wpcard")
        sam = contacts.import_card(young.vault, work / "sam.wpcard")
        contacts.import_card(young.vault, work / "jo.wpcard")
        contacts.import_card(carer.vault, work / "sky.wpcard")
        section = young.sections()[0].id
        first = young.add_entry(EntryContent(section_id=section, title="Music helps", body="Guitar.")).entry_id
        assert first is not None
        young.add_attachment(first, "me.png", _png())
        young.add_attachment(first, "notes.txt", b"quiet room, door open a little\n" * 40)
        second = young.add_entry(EntryContent(section_id=section, title="Quiet space", body="Door open.")).entry_id
        assert second is not None
        share = work / "share.wpb"
        sharing.make_share(young.vault, [first, second], sam, now() + dt.timedelta(days=7), "New school", share)
        return cls(young, practitioner, carer, share, work)

    @classmethod
    def open(cls, base: Path) -> Parties:
        """The parties made earlier by :meth:`create` in ``base`` (say, by fuzz/make_seed_corpus.py)."""
        from passport.store.profiles import find_profile

        data = base / "profiles"
        young, practitioner, carer = (
            Profile.open_with_passphrase(find_profile(data, label), PASSPHRASE) for label in ("Sky", "Work", "Home")
        )
        return cls(young, practitioner, carer, base / "work" / "share.wpb", base / "work")

    def lock(self) -> None:
        for profile in (self.young, self.practitioner, self.carer):
            profile.lock()


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\xf0\x78\x28" * 8
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * 8)) + chunk(b"IEND", b""))


# --- archives, signatures, encryption -------------------------------------------------


def tar_header(name: str | bytes, size: int, kind: bytes = tarfile.REGTYPE, *, linkname: bytes = b"",
               magic: bytes = b"ustar\x0000", devices: tuple[int, int] = (0, 0)) -> bytes:
    """One tar header block, written by hand so it can say what tarfile would refuse to."""
    raw = name.encode("utf-8") if isinstance(name, str) else name
    block = bytearray(BLOCK)
    block[0 : min(len(raw), 100)] = raw[:100]
    block[100:108] = b"0000600\x00"
    block[108:124] = b"0000000\x000000000\x00"
    block[124:136] = b"%011o\x00" % size
    block[136:148] = b"%011o\x00" % int(time.time())
    block[148:156] = b" " * 8
    block[156:157] = kind
    block[157 : 157 + min(len(linkname), 100)] = linkname[:100]
    block[257:265] = magic
    block[329:345] = b"%07o\x00%07o\x00" % devices
    block[148:156] = b"%06o\x00 " % sum(block)
    return bytes(block)


def tar_member(name: str | bytes, data: bytes, kind: bytes = tarfile.REGTYPE, **header: Any) -> bytes:
    return tar_header(name, len(data), kind, **header) + data + bytes(-len(data) % BLOCK)


def tar_end() -> bytes:
    return bytes(2 * BLOCK)


def archive_members(plaintext: bytes) -> list[tuple[str, bytes]]:
    """The members of a well-formed bundle's tar, in order."""
    with tarfile.open(fileobj=io.BytesIO(plaintext), mode="r|") as archive:
        found = []
        for member in archive:
            stream = archive.extractfile(member)
            found.append((member.name, stream.read() if stream else b""))
        return found


def plaintext_of(bundle: Path, reader: Profile) -> bytes:
    return age_layer.decrypt_bytes(bundle.read_bytes(), [identity.export_age_identity(reader.vault)], 2**31)


def signed_manifest(body: Any, signer: Profile) -> bytes:
    """``manifest.json`` for any JSON ``body``, with a real signature over it."""
    value = base64.b64encode(identity.of(signer.vault).sign(canonical_bytes(body))).decode("ascii")
    return json.dumps({"manifest": body, "signature": Signature(value=value).model_dump()}).encode()


def signed_deep_manifest(body: dict[str, Any], field: str, depth: int, signer: Profile) -> bytes:
    """A signed manifest whose ``field`` is ``depth`` nested lists: too deep for json.dumps
    to make, so the canonical text is spliced by hand (and so is really signed)."""
    deep = "[" * depth + "]" * depth
    placeholder = "\x00deep\x00"
    canonical = canonical_bytes(body | {field: placeholder}).replace(json.dumps(placeholder).encode(), deep.encode())
    value = base64.b64encode(identity.of(signer.vault).sign(canonical)).decode("ascii")
    envelope = json.dumps({"manifest": body | {field: placeholder}, "signature": {"algorithm": "ed25519",
                                                                               "value": value}})
    return envelope.replace(json.dumps(placeholder), deep).encode()


def encrypt_to(reader: Profile, plaintext: bytes | Iterator[bytes], out: Path) -> Path:
    """Encrypt to the reader's real age recipient (streamed, so large corpora stay cheap)."""
    from passport.formats.streams import ChunkReader

    chunks = [plaintext] if isinstance(plaintext, bytes) else plaintext
    with out.open("wb") as sink:
        age_layer.encrypt_stream(ChunkReader(chunks), sink, [identity.of(reader.vault).age_recipient])
    return out


# --- the corpus ---------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    refused_as: type[BundleError]
    member_names: tuple[str, ...] = ()  # names in the archive that must never reach the disk


@dataclass
class _Builder:
    parties: Parties
    out: Path
    cases: list[Case]

    def __post_init__(self) -> None:
        plain = plaintext_of(self.parties.share, self.parties.practitioner)
        self.members = archive_members(plain)
        self.manifest = self.members[0][1]
        self.body: dict[str, Any] = json.loads(self.manifest)["manifest"]
        self.attachments = [tar_member(name, data) for name, data in self.members[1:]]

    def add(self, name: str, refused_as: type[BundleError], plaintext: bytes | Iterator[bytes],
            member_names: tuple[str, ...] = ()) -> None:
        path = encrypt_to(self.parties.practitioner, plaintext, self.out / f"{name}.wpb")
        self.cases.append(Case(name, path, refused_as, member_names))

    def manifest_then(self, *extra: bytes) -> bytes:
        return tar_member("manifest.json", self.manifest) + b"".join(extra) + tar_end()

    def signed(self, body: Any) -> bytes:
        return tar_member("manifest.json", signed_manifest(body, self.parties.young)) + tar_end()


def _escape_names() -> dict[str, str]:
    m = ESCAPE_MARKER
    return {
        "dotdot": f"../../{m}-dotdot",
        "dotdot-attachment": f"attachments/../../../{m}-dotdot2",
        "absolute": f"/tmp/{m}-absolute",
        "drive-letter": f"C:\\{m}-drive",
        "drive-letter-slash": f"C:/{m}-drive2",
        "unc-path": f"\\\\server\\share\\{m}-unc",
    }


def build_corpus(parties: Parties, out: Path) -> list[Case]:
    """Write every hostile bundle into ``out``; each is refused with ``refused_as``."""
    out.mkdir(parents=True, exist_ok=True)
    b = _Builder(parties, out, [])
    data = b"not yours to write\n"
    attachment_name = b.members[1][0]

    # Names that would escape a folder if anyone ever extracted them.
    for case, name in _escape_names().items():
        b.add(f"name-{case}", BundleDamaged, b.manifest_then(tar_member(name, data), *b.attachments), (name,))
    b.add("name-dotdot-manifest", BundleDamaged,
          tar_member(f"../{ESCAPE_MARKER}/manifest.json", b.manifest) + tar_end(), ("manifest.json",))

    # Links, devices, folders: only plain files are ever read.
    link_kinds = {
        "symlink": (tarfile.SYMTYPE, {"linkname": b"/etc/passwd"}),
        "hardlink": (tarfile.LNKTYPE, {"linkname": b"manifest.json"}),
        "char-device": (tarfile.CHRTYPE, {"devices": (1, 3)}),
        "block-device": (tarfile.BLKTYPE, {"devices": (8, 0)}),
        "fifo": (tarfile.FIFOTYPE, {}),
        "directory": (tarfile.DIRTYPE, {}),
        "gnu-sparse": (tarfile.GNUTYPE_SPARSE, {}),
        "contiguous": (tarfile.CONTTYPE, {}),
    }
    for case, (kind, header) in link_kinds.items():
        name = f"{ESCAPE_MARKER}-{case}"
        b.add(f"member-{case}", BundleDamaged,
              b.manifest_then(tar_member(name, b"", kind, **header), *b.attachments), (name,))
        b.add(f"member-{case}-as-attachment", BundleDamaged,
              b.manifest_then(tar_member(attachment_name, b"", kind, **header), *b.attachments[1:]))
    b.add("member-symlink-manifest", BundleDamaged,
          tar_member("manifest.json", b"", tarfile.SYMTYPE, linkname=b"/etc/passwd") + tar_end())
    b.add("header-pax", BundleDamaged,
          b.manifest_then(tar_member("././@PaxHeader", b"30 path=" + b"x" * 21 + b"\n", tarfile.XHDTYPE)))
    b.add("header-gnu-longname", BundleDamaged,
          b.manifest_then(tar_member("././@LongLink", b"y" * 5000, tarfile.GNUTYPE_LONGNAME)))
    b.add("header-old-v7", BundleDamaged, b.manifest_then(tar_member("x", data, magic=bytes(8))))

    # Duplicates and look-alikes.
    b.add("duplicate-manifest", BundleDamaged, b.manifest_then(tar_member("manifest.json", b.manifest),
                                                               *b.attachments))
    b.add("duplicate-attachment", BundleDamaged, b.manifest_then(b.attachments[0], *b.attachments))
    lookalikes = {
        "lookalike-cyrillic-o": "manifest.js\u043en",  # Cyrillic small o
        "lookalike-fullwidth-dot": "manifest\uff0ejson",
        "lookalike-trailing-space": "manifest.json ",
        "lookalike-decomposed": "manife\u0073\u0307t.json",
    }
    for case, name in lookalikes.items():
        b.add(case, BundleDamaged, tar_member(name, b.manifest) + b"".join(b.attachments) + tar_end(), (name,))
    b.add("lookalike-attachment-prefix", BundleDamaged,
          b.manifest_then(tar_member("\u0430" + attachment_name[1:], b.members[1][1]), *b.attachments[1:]))
    b.add("manifest-not-first", BundleDamaged,
          b.attachments[0] + tar_member("manifest.json", b.manifest) + b"".join(b.attachments[1:]) + tar_end())

    # Sizes: no compression bomb is possible, so huge *declared* sizes and huge files.
    b.add("declared-8gib-attachment", BundleTooLarge,
          tar_member("manifest.json", b.manifest) + tar_header(attachment_name, 8 * 1024**3 - 1) + bytes(BLOCK))
    b.add("declared-8gib-manifest", BundleTooLarge, tar_header("manifest.json", 8 * 1024**3 - 1) + bytes(BLOCK))
    b.add("size-field-not-octal", BundleDamaged,
          tar_member("manifest.json", b.manifest)[:124] + b"9" * 11 + b"\x00" + tar_member("m", b"")[136:])
    sparse = out / "sparse-1gib.wpb"
    with sparse.open("wb") as f:
        f.write(parties.share.read_bytes()[:300])
        f.truncate(1024**3 + 1024**2)
    b.cases.append(Case("sparse-1gib-file", sparse, BundleTooLarge))
    b.add("manifest-50mb", BundleTooLarge, _fifty_mb_manifest(b))
    b.add("members-100000", BundleDamaged, _many_members(b))
    b.add("listed-100000-attachments", BundleTooLarge, b.signed(b.body | {
        "attachments": [b.body["attachments"][0] | {"id": f"{i:032x}"} for i in range(100_000)]}))
    b.add("listed-10001-entries", BundleTooLarge, b.signed(b.body | {
        "entries": [{"id": f"{i:032x}"} for i in range(10_001)]}))

    # JSON that is deep, not JSON, or the wrong shape.
    b.add("json-nested-100000", BundleDamaged,
          tar_member("manifest.json", b"[" * 100_000 + b"]" * 100_000) + tar_end())
    b.add("json-signed-nested-5000", BundleDamaged,
          tar_member("manifest.json", signed_deep_manifest(b.body, "purpose", 5000, parties.young)) + tar_end())
    b.add("json-signed-nested-900", BundleDamaged,
          tar_member("manifest.json", signed_deep_manifest(b.body, "purpose", 900, parties.young)) + tar_end())
    b.add("json-not-utf8", BundleDamaged, tar_member("manifest.json", b'{"a": "\xff\xfe"}') + tar_end())
    b.add("json-duplicate-keys", BundleDamaged,
          tar_member("manifest.json", b.manifest[:-1] + b', "manifest": {}}') + tar_end())
    b.add("json-nan", BundleDamaged, tar_member("manifest.json", b'{"manifest": NaN}') + tar_end())
    b.add("not-a-tar", BundleDamaged, os.urandom(4096))
    b.add("empty-plaintext", BundleDamaged, b"")
    for case, (body, refused_as) in _wrong_types(b.body).items():
        b.add(f"wrong-type-{case}", refused_as, b.signed(body))
    for case, (envelope, refused_as) in _wrong_envelopes(b.manifest).items():
        b.add(f"wrong-envelope-{case}", refused_as, tar_member("manifest.json", envelope) + tar_end())

    _sender_cards(b)

    # A withdrawal is a bundle too: with anything in its archive beyond the manifest, it is refused.
    withdrawal = b.body | {"kind": "withdrawal", "withdraws": b.body["id"], "entries": [], "attachments": [],
                           "expires": None, "replaces": None}
    b.add("withdrawal-with-extra-member", BundleDamaged,
          tar_member("manifest.json", signed_manifest(withdrawal, parties.young))
          + tar_member(f"{ESCAPE_MARKER}-withdrawal", data) + tar_end(), (f"{ESCAPE_MARKER}-withdrawal",))
    return b.cases


def _sender_cards(b: _Builder) -> None:
    """The sender's card: the bundle's signature is real, the card inside it is not what its key wrote."""
    sender = b.body["sender"]
    unsigned = {name: value for name, value in sender.items() if name != "signature"} | {"version": 1}
    b.add("sender-card-unsigned-v1", BundleFromOlderApp, b.signed(b.body | {"sender": unsigned}))
    b.add("sender-card-renamed", BundleDamaged, b.signed(b.body | {"sender": sender | {"display_name": "Sam Lee"}}))
    b.add("sender-card-kind-changed", BundleDamaged, b.signed(b.body | {"sender": sender | {"kind": "carer"}}))
    renamed = {name: value for name, value in sender.items() if name != "signature"} | {"display_name": "Sam Lee"}
    forged = base64.b64encode(Ed25519PrivateKey.generate().sign(card_signed_bytes(renamed))).decode("ascii")
    b.add("sender-card-signed-by-another-key", BundleDamaged,
          b.signed(b.body | {"sender": renamed | {"signature": forged}}))


def _fifty_mb_manifest(b: _Builder) -> Iterator[bytes]:
    body = signed_manifest(b.body | {"purpose": "x" * (50 * 1024 * 1024)}, b.parties.young)
    yield tar_header("manifest.json", len(body))
    yield body
    yield bytes(-len(body) % BLOCK) + tar_end()


def _many_members(b: _Builder) -> Iterator[bytes]:
    yield tar_member("manifest.json", b.manifest)
    for i in range(100_000):
        yield tar_header(f"attachments/{i:032x}", 0)
    yield tar_end()


_WRONG_VALUES: dict[str, Any] = {
    "int": 7, "negative": -1, "string": "x", "empty-string": "", "list": [1], "object": {"a": 1},
    "null": None, "bool": True, "float": 1.5, "long-string": "z" * 100_000,
}


def _wrong_types(body: dict[str, Any]) -> dict[str, tuple[Any, type[BundleError]]]:
    """One signed manifest per (field, wrong value): every field, top level and nested,
    given each JSON type. A value that happens to be valid there is left out."""
    candidates: dict[str, Any] = {}
    for field in body:
        for label, value in _WRONG_VALUES.items():
            candidates[f"{field}-{label}"] = body | {field: value}
    entry, attachment = body["entries"][0], body["attachments"][0]
    for field in entry:
        for label, value in _WRONG_VALUES.items():
            candidates[f"entry-{field}-{label}"] = body | {"entries": [entry | {field: value}, *body["entries"][1:]]}
    for field in attachment:
        for label, value in _WRONG_VALUES.items():
            attached = [attachment | {field: value}, *body["attachments"][1:]]
            candidates[f"attachment-{field}-{label}"] = body | {"attachments": attached}
    candidates["body-is-list"] = [body]
    candidates["body-is-string"] = "manifest"
    cases: dict[str, tuple[Any, type[BundleError]]] = {}
    for name, candidate in candidates.items():
        with contextlib.suppress(ValueError):
            Manifest.model_validate_json(json.dumps(candidate))
            continue  # valid after all: not a wrong type
        version = candidate.get("version") if isinstance(candidate, dict) else 1
        # True == 1 in Python, so only the schema (strict) refuses a version of true.
        refused = BundleVersionUnsupported if version != 1 and candidate.get("format") == body["format"] \
            else BundleDamaged
        cases[name] = (candidate, refused)
    return cases


def _wrong_envelopes(manifest: bytes) -> dict[str, tuple[bytes, type[BundleError]]]:
    envelope = json.loads(manifest)
    cases: dict[str, tuple[bytes, type[BundleError]]] = {}
    for label, value in _WRONG_VALUES.items():
        cases[f"signature-{label}"] = (
            json.dumps(envelope | {"signature": value}).encode(),
            BundleUnsigned if value is None else BundleSignatureInvalid,
        )
    cases["signature-value-int"] = (json.dumps(envelope | {"signature": {"algorithm": "ed25519", "value": 5}})
                                    .encode(), BundleSignatureInvalid)
    cases["extra-part"] = (json.dumps(envelope | {"more": 1}).encode(), BundleDamaged)
    cases["top-level-list"] = (json.dumps([envelope]).encode(), BundleDamaged)
    cases["top-level-string"] = (b'"manifest"', BundleDamaged)
    return cases


# --- measuring a reader in this process --------------------------------------------------


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak_memory() -> None:
    """Start VmHWM again from the current RSS (Linux 4.0+), so each file is measured alone."""
    Path("/proc/self/clear_refs").write_text("5")


def snapshot(profile: Profile) -> dict[str, Any]:
    """Row counts of every table, and the received bundles themselves."""
    with profile.vault.reading() as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
        kept = sorted(conn.execute("SELECT * FROM received_bundles").fetchall())
        shares = sorted(conn.execute("SELECT * FROM shares").fetchall())
    return {"counts": counts, "received_bundles": kept, "shares": shares}


def _restore(code: str) -> Callable[[Profile | None, Path], object]:
    def restore(_profile: Profile | None, path: Path) -> object:
        import tempfile

        with tempfile.TemporaryDirectory() as base:
            restored, _code = Profile.restore_backup(Path(base), path, code, PASSPHRASE, kdf=QUICK_KDF)
            restored.lock()
        return restored

    return restore


def _readers(code: str) -> dict[str, Callable[[Any, Path], object]]:
    return {
        "bundle": lambda profile, path: profile.received.open_bundle(path),
        "receipt": lambda profile, path: profile.sharing.open_receipt(path),
        "reply": lambda profile, path: profile.sharing.open_reply(path),
        "suggestion": lambda profile, path: profile.suggestions.open_suggestion(path),
        "card": lambda _profile, path: read_card(path),
        "keyfile": lambda _profile, path: KeyFile.load(path),
        "backup": _restore(code),
    }


def measure(reader: str, profile: Profile | None, paths: list[Path], code: str = "") -> Iterator[dict[str, Any]]:
    """Open each file with ``reader``; one record per file (never raises for the file)."""
    open_with = _readers(code)[reader]
    for path in paths:
        before = snapshot(profile) if profile is not None else None
        reset_peak_memory()
        rss = _status_kib("VmRSS")
        started = time.perf_counter()
        try:
            open_with(profile, path)
            outcome, message = "ok", ""
        except PassportError as error:
            outcome, message = type(error).__name__, str(error)
        except Exception as error:  # the finding a fuzzer looks for: reported, not raised
            outcome, message = f"UNTYPED:{type(error).__name__}", str(error)[:200]
        seconds = time.perf_counter() - started
        peak = _status_kib("VmHWM")
        unchanged = None if profile is None else snapshot(profile) == before
        yield {"file": path.name, "outcome": outcome, "message": message, "seconds": round(seconds, 4),
               "rss_before_kib": rss, "peak_kib": peak, "growth_kib": peak - rss, "profile_unchanged": unchanged}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--measure", action="store_true")
    parser.add_argument("--reader", choices=sorted(_readers("")), default="bundle")
    parser.add_argument("--code", default="", help="the recovery code, for --reader backup")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--passphrase", default=PASSPHRASE)
    args = parser.parse_args(argv)
    if not args.measure:
        (out,) = args.paths
        parties = Parties.create(out)
        try:
            cases = build_corpus(parties, out / "corpus")
        finally:
            parties.lock()
        for case in cases:
            print(f"{case.name:45} {case.refused_as.__name__:28} {case.path.stat().st_size:>12}")
        return 0
    profile = None
    if args.profile is not None:
        profile = Profile.open_with_passphrase(ProfileFolder(args.profile, "measured"), args.passphrase)
    try:
        for record in measure(args.reader, profile, args.paths, args.code):
            print(json.dumps(record), flush=True)
    finally:
        if profile is not None:
            profile.lock()
    return 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())
