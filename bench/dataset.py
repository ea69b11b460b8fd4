"""Realistic profiles for the benchmarks, built once per run in a temporary folder.

A young person's passport (thousands of entries with revisions, small real PNG pictures
and long recordings making up the attachment total), the practitioner it is shared
with, and a second practitioner holding many shares from many young people. Bulk
content goes in through the core's own SQL modules inside one transaction per batch, so
building takes seconds instead of one fsync per entry; everything else (cards, shares,
opening bundles) goes through the profile facade exactly as the app does.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import struct
import uuid
import wave
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from passport.clock import now
from passport.content import attachments, entries
from passport.content.attachments import MAX_ATTACHMENT_BYTES
from passport.crypto.keyfile import DEFAULT_KDF, KdfSettings
from passport.exchange import identity
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile
from passport.store.profiles import ProfileFolder

PASSPHRASE = "a long walk by the river"
# Profiles that only play a part (senders, receivers) unlock cheaply; the young person's
# own passport uses the app's real Argon2id cost, since unlocking it is measured.
HELPER_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)
# Recordings stay below the per-attachment cap with room to spare.
RECORDING_BYTES = 40 * 1024 * 1024
BATCH = 1000
MB = 1024 * 1024

_VOCABULARY = (
    "football saturday music drawing painting sleep school college bus train nan grandad sister brother dog cat "
    "cooking pizza walking river park gym swimming guitar piano singing reading comics games friends youth club "
    "worker social teacher quiet room headphones calm breathing talking listening noise crowds shouting late "
    "night morning breakfast routine homework maths art science garden beach holiday birthday christmas moving "
    "placement foster home carer key worker appointment doctor dentist nervous anxious happy proud brave tired "
    "angry upset safe warm kind funny honest help helps helped doesn't hard easy new change plans hopes job "
    "apprenticeship driving lessons money budget phone text message call visit weekend evening football boots "
    "trainers hoodie blanket film netflix baking cake biscuits tea hot chocolate bath shower walk outside fresh air"
)
WORDS = tuple(_VOCABULARY.split())


@dataclass(frozen=True)
class Size:
    entries: int
    images: int
    attachment_bytes: int
    senders: int
    shares_per_sender: int

    @property
    def received_shares(self) -> int:
        return self.senders * self.shares_per_sender


FULL = Size(entries=10_000, images=500, attachment_bytes=300 * MB, senders=50, shares_per_sender=4)
QUICK = Size(entries=400, images=20, attachment_bytes=8 * MB, senders=4, shares_per_sender=2)


@dataclass(frozen=True)
class Dataset:
    """Where everything is, as plain values a child process can take on its command line."""

    root: Path
    data_dir: Path  # the young person's passport and the practitioner it shares with
    young_person: Path
    young_person_code: str
    practitioner: Path
    practitioner_code: str
    inbox_dir: Path  # the practitioner with many shares, alone in its own data folder
    inbox: Path
    inbox_code: str
    shared_entry_ids: tuple[str, ...]
    attachment_bytes: int
    entry_count: int
    image_count: int
    received_shares: int
    senders: int

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}))

    @classmethod
    def load(cls, path: Path) -> Dataset:
        raw = json.loads(path.read_text())
        paths = {"root", "data_dir", "young_person", "practitioner", "inbox_dir", "inbox"}
        raw = {k: (Path(v) if k in paths else v) for k, v in raw.items()}
        raw["shared_entry_ids"] = tuple(raw["shared_entry_ids"])
        return cls(**raw)


def folder_of(path: Path, label: str) -> ProfileFolder:
    return ProfileFolder(path, label)


# --- content ----------------------------------------------------------------------------


def png_image(index: int, side: int = 48) -> bytes:
    """A small real PNG (RGB gradient, different for each index), made with zlib."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    r0, g0, b0 = (index * 37) % 256, (index * 91) % 256, (index * 53) % 256
    rows = b"".join(
        b"\x00" + b"".join(bytes(((r0 + x * 3) % 256, (g0 + y * 3) % 256, (b0 + x + y) % 256)) for x in range(side))
        for y in range(side)
    )
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def wav_recording(size: int, rng: random.Random) -> bytes:
    """A real WAV file of about ``size`` bytes (noise: it does not compress, like audio)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44_100)
        frames = max(4, size - 44) // 4 * 4
        out.writeframes(rng.randbytes(frames))
    return buffer.getvalue()


def _sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def _content(rng: random.Random, section_ids: list[int], number: int) -> EntryContent:
    title = _sentence(rng, 2, 6).capitalize()
    body = ". ".join(_sentence(rng, 6, 18).capitalize() for _ in range(rng.randint(2, 7))) + "."
    today = dt.date.today()
    return EntryContent(
        section_id=section_ids[number % len(section_ids)],
        title=title,
        body=body,
        important_now=number % 1250 == 0,  # a handful pinned, as people do
        review_by=today - dt.timedelta(days=1) if number % 2000 == 7 else None,
        happened_on=today - dt.timedelta(days=rng.randint(0, 3650)) if number % 3 == 0 else None,
        colour=rng.choice((None, None, "#f4a261", "#2a9d8f", "#e9c46a")),
    )


def fill_passport(profile: Profile, size: Size, rng: random.Random) -> list[str]:
    """Entries with revisions across every section, pictures and recordings; returns the
    ids of the entries that carry attachments (what the share figure sends)."""
    section_ids = [s.id for s in profile.sections()]
    ids: list[str] = []
    for start in range(0, size.entries, BATCH):
        with profile.vault.writing() as conn:
            for number in range(start, min(start + BATCH, size.entries)):
                entry = entries.insert(conn, _content(rng, section_ids, number), session=uuid.uuid4().hex)
                # Most entries were changed later, some several times: each is a revision.
                for _ in range(rng.choice((0, 1, 1, 2, 3))):
                    edited = _content(rng, section_ids, number).model_copy(update={"section_id": entry.section_id})
                    entries.update(conn, entry.id, edited, session=uuid.uuid4().hex)
                ids.append(entry.id)
    carrying: list[str] = []
    with profile.vault.writing() as conn:
        for number in range(size.images):
            entry_id = ids[number * 7 % len(ids)]
            attachments.add(conn, entry_id, f"drawing-{number}.png", io.BytesIO(png_image(number)))
            carrying.append(entry_id)
    images_total = sum(len(png_image(n)) for n in range(size.images))
    remaining = max(0, size.attachment_bytes - images_total)
    count = -(-remaining // RECORDING_BYTES)
    for number in range(count):
        part = remaining // count + (1 if number < remaining % count else 0)
        assert part <= MAX_ATTACHMENT_BYTES
        entry_id = ids[(number * 7 + 3) % len(ids)]
        with profile.vault.writing() as conn:  # one recording per transaction keeps the WAL small
            attachments.add(conn, entry_id, f"voice-note-{number}.wav", io.BytesIO(wav_recording(part, rng)))
        carrying.append(entry_id)
        profile.vault.store().forget_deleted()  # fold the WAL back into the database as we go
    return list(dict.fromkeys(carrying))


def _practitioner(base: Path, label: str, name: str) -> tuple[Profile, str]:
    profile, code = Profile.create(base, ProfileKind.PRACTITIONER, label, PASSPHRASE, kdf=HELPER_KDF)
    profile.people.set_card_details(name, "Key worker", "Leaving care team")
    return profile, code


def build(root: Path, size: Size, seed: int = 7, progress: Callable[[str], None] | None = None) -> Dataset:
    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    data_dir = root / "data"
    data_dir.mkdir(mode=0o700)
    say("the young person's passport")
    young, young_code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Blue notebook", PASSPHRASE,
                                       kdf=DEFAULT_KDF)
    young.people.set_card_details("Sky")
    shared = fill_passport(young, size, rng)
    practitioner, practitioner_code = _practitioner(data_dir, "Work", "Sam Patel")
    card_path = root / "sam.wpcard"
    practitioner.people.export_card(card_path)
    young.people.import_card(card_path)
    folders = (young.folder, practitioner.folder)
    young.lock()
    practitioner.lock()

    say(f"a practitioner with {size.received_shares} shares from {size.senders} people")
    inbox_dir = root / "inbox"
    inbox_dir.mkdir(mode=0o700)
    inbox, inbox_code = _practitioner(inbox_dir, "Caseload", "Alex Morgan")
    inbox_card = root / "alex.wpcard"
    inbox.people.export_card(inbox_card)
    senders_dir = root / "senders"
    bundles_dir = root / "bundles"
    bundles_dir.mkdir()
    for person in range(size.senders):
        sender, _code = Profile.create(senders_dir, ProfileKind.YOUNG_PERSON, f"Sender {person}", PASSPHRASE,
                                       kdf=HELPER_KDF)
        sender.people.set_card_details(f"Young person {person}")
        contact = sender.people.import_card(inbox_card).subject
        section_ids = [s.id for s in sender.sections()]
        with sender.vault.writing() as conn:
            own = [entries.insert(conn, _content(rng, section_ids, n)).id for n in range(12)]
            attachments.add(conn, own[0], "me.png", io.BytesIO(png_image(person)))
        for number in range(size.shares_per_sender):
            out = bundles_dir / f"{person}-{number}.wpb"
            sender.sharing.make_share(own[number:number + 6], contact, now() + dt.timedelta(days=30 + number),
                              "For our meeting", out)
            # Each share stands on its own (as if for a different purpose), so the
            # practitioner lists every one of them: the heaviest list to paint.
            with sender.vault.writing() as conn:
                conn.execute("UPDATE shares SET state = 'withdrawn'")
            inbox.received.open_bundle(out)
        sender.lock()
    inbox_folder = inbox.folder
    inbox.lock()
    return Dataset(
        root=root, data_dir=data_dir, young_person=folders[0].path, young_person_code=young_code,
        practitioner=folders[1].path, practitioner_code=practitioner_code, inbox_dir=inbox_dir,
        inbox=inbox_folder.path, inbox_code=inbox_code, shared_entry_ids=tuple(shared),
        attachment_bytes=size.attachment_bytes, entry_count=size.entries, image_count=size.images,
        received_shares=size.received_shares, senders=size.senders,
    )


def practitioner_identity(dataset: Dataset) -> str:
    profile = Profile.open_with_recovery_code(folder_of(dataset.practitioner, "Work"), dataset.practitioner_code)
    try:
        return identity.export_age_identity(profile.vault)
    finally:
        profile.lock()
