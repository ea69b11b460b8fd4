"""A made-up passport for looking around (``--demo``): warm sample entries, a drawing and
a short tune, all made in memory. Nothing in it is real; the app deletes it on exit."""

from __future__ import annotations

import datetime as dt
import io
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from passport.clock import today
from passport.crypto.keyfile import KdfSettings
from passport.models import EntryContent, ProfileKind
from passport.profile import Profile

DEMO_LABEL = "Jay's story (demo)"
DEMO_PASSPHRASE = "demo passphrase"
# The demo's passphrase is printed on screen, so a slow key derivation would protect nothing.
_DEMO_KDF = KdfSettings(memory_kib=8 * 1024, iterations=1, lanes=1)


def drawing_png() -> bytes:
    """A small sunset-over-the-sea drawing, painted in memory and encoded as PNG."""
    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#fde2c4"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f6b26b"))
    painter.drawEllipse(QPointF(240, 200), 80, 80)
    painter.setBrush(QColor("#3d85a6"))
    painter.drawRect(QRectF(0, 200, 480, 120))
    painter.setPen(QPen(QColor("#cfe8f3"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for row in range(4):
        y = 225 + row * 22
        painter.drawLine(QPointF(150 - row * 20, y), QPointF(330 + row * 20, y))
    bird = QPainterPath(QPointF(90, 80))
    bird.quadTo(QPointF(105, 65), QPointF(120, 80))
    bird.quadTo(QPointF(135, 65), QPointF(150, 80))
    painter.setPen(QPen(QColor("#5b4636"), 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(bird)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def tune_wav(rate: int = 16_000) -> bytes:
    """A few soft notes (C, E, G, E), as a WAV file made in memory."""
    frames = bytearray()
    for frequency in (261.6, 329.6, 392.0, 329.6):
        count = rate // 3
        for i in range(count):
            fade = min(1.0, i / 400, (count - i) / 400)
            sample = 0.3 * fade * math.sin(2 * math.pi * frequency * i / rate)
            frames += struct.pack("<h", int(sample * 32767))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


# (section key, title, body, extra fields)
_ENTRIES: tuple[tuple[str, str, str, dict], ...] = (
    ("about_me", "Call me Jay",
     "My name is Jamie but everyone who knows me calls me Jay. I'm 15. I love drawing, grime "
     "and my cat Biscuit (she lives with my nan now).", {"important_now": True, "colour": "#f6b26b"}),
    ("about_me", "Things I love",
     "Drawing manga characters, basketball on Saturdays, cooking pasta, long bus rides with my "
     "music on.", {}),
    ("strengths", "What I'm good at",
     "Making people laugh. I'm patient with little kids. My art teacher says my drawing has come "
     "on loads this year.", {}),
    ("what_helps", "When I'm stressed",
     "Give me a bit of space first, ten minutes with my headphones. Then ask if I want to go for "
     "a walk. Please don't make me talk about it straight away.",
     {"important_now": True, "colour": "#93c47d"}),
    ("what_helps", "Before a big meeting",
     "Tell me who will be there before it starts. Let me bring someone I trust. Ask me first, "
     "not the adults.", {}),
    ("what_doesnt_help", "Please don't",
     "Shouting, or talking about me like I'm not in the room. Asking me the same questions I've "
     "answered a hundred times.", {"important_now": True}),
    ("people", "Nan",
     "My nan. I see her every other Sunday. She makes the best curry and never asks too many "
     "questions.", {}),
    ("people", "Ms Okafor",
     "My support worker since 2022. She listens and doesn't rush me.", {"happened_on": dt.date(2022, 3, 14)}),
    ("worked_before", "Art club at lunch",
     "Going to art club at lunch in Year 9 made school feel okay. I had somewhere to be.",
     {"happened_on": dt.date(2023, 10, 2)}),
    ("when_things_get_hard", "If things get really hard",
     "I go quiet and stay in my room. Check on me, but knock first. Remind me I can ring Childline "
     "on 0800 1111 or text SHOUT to 85258.", {"important_now": True, "colour": "#6fa8dc"}),
    ("hopes", "College",
     "I want to do art at college and one day design games.", {}),
)


def make_demo_profile(base_dir: Path) -> tuple[Profile, str]:
    """A throwaway young person's passport in ``base_dir``, and its recovery code."""
    profile, code = Profile.create(base_dir, ProfileKind.YOUNG_PERSON, DEMO_LABEL, DEMO_PASSPHRASE, kdf=_DEMO_KDF)
    ids: dict[str, str] = {}
    for key, title, body, extra in _ENTRIES:
        section_id = profile.section_by_key(key).id
        change = profile.add_entry(EntryContent(section_id=section_id, title=title, body=body, **extra))
        ids[title] = str(change.entry_id)
    moving = EntryContent(
        section_id=profile.section_by_key("changes").id,
        title="Moving school in September",
        body="I'm moving to a new school after the summer. I'm nervous about making friends. "
             "It would help to visit before and know one person there.",
        review_by=today() - dt.timedelta(days=14),
        happened_on=today() + dt.timedelta(days=60),
    )
    profile.add_entry(moving)
    profile.add_attachment(ids["What I'm good at"], "sunset drawing.png", drawing_png())
    profile.add_attachment(ids["When I'm stressed"], "a tune I made.wav", tune_wav())
    return profile, code
