"""The practitioner's and the carer's windows, as a screen reader sees them: through AT-SPI alone.

Each test starts the real app on its own desktop (``tests/atspi/desktop.py``) with one helper's
profile in its data folder, unlocks it with AT-SPI actions as ``test_atspi.py`` does, and holds
every screen it reaches to ``tests/atspi/rules.py``: every control that takes the keyboard is
named and has a role, every picture is described, every field is tied to its label.

Needs Xvfb, dbus, at-spi2-core and python3-pyatspi (``.ci/run`` installs them); skipped here
with the reason when they are missing, failed under CI.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from passport.models import ProfileKind
from passport.profile import Profile
from tests.atspi.desktop import AccessibleDesktop, Tree, require_tools
from tests.atspi.rules import problems
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry, png_bytes
from tests.sharing_helpers import give_card, in_a_week, make_practitioner
from tests.suggestion_helpers import introduce

pytestmark = pytest.mark.slow


def young_person(folder: Path) -> Profile:
    """Sky, in a folder of her own (the app is started on the helper's folder only)."""
    folder.mkdir(mode=0o700)
    sky, _code = Profile.create(folder, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    sky.people.set_card_details("Sky")
    return sky


def held_to_the_rules(screen: str, tree: Tree) -> list[str]:
    return [f"{screen}: {problem}" for problem in problems(tree)]


def unlock(desktop: AccessibleDesktop, landmark: tuple[str, str]) -> Tree:
    desktop.press("Open the chosen one")
    field = desktop.wait_node("password text", "Passphrase")
    desktop.set_text(field, PASSPHRASE)
    desktop.press("Unlock")
    desktop.wait_node(*landmark, timeout=30)
    return desktop.tree()


def close_dialog(desktop: AccessibleDesktop, role: str = "dialog", button: str = "Close", *,
                 name: str | None = None) -> None:
    desktop.press(button)
    desktop.wait_for(lambda tree: tree.find(role, name) is None, f"the dialog closed (no {role} left)")


@pytest.fixture
def practitioner_desktop(tmp_path: Path) -> Iterator[AccessibleDesktop]:
    """Sam Lee's work profile, holding one file Sky shared (one entry with a picture)."""
    require_tools()
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    sam = make_practitioner(data_dir)
    sky = young_person(tmp_path / "sky")
    entry = add_entry(sky, "Football", "I play on Saturdays")
    sky.add_attachment(entry, "pitch.png", png_bytes(48, 32))
    contact = give_card(sam, sky, tmp_path)
    bundle = tmp_path / "for-sam.wpb"
    sky.sharing.make_share([entry], contact, in_a_week(), "Moving to a new school", bundle)
    sam.received.open_bundle(bundle)
    sky.lock()
    sam.lock()
    screen = AccessibleDesktop(data_dir, tmp_path / "home").start()
    try:
        yield screen
    finally:
        screen.close()


@pytest.fixture
def carer_desktop(tmp_path: Path) -> Iterator[AccessibleDesktop]:
    """Jo Carter, a foster carer, with Sky's card and one draft suggestion."""
    require_tools()
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    jo, _code = Profile.create(data_dir, ProfileKind.CARER, "Helping", PASSPHRASE, kdf=FAST_KDF)
    jo.people.set_card_details("Jo Carter", "Foster carer")
    sky = young_person(tmp_path / "sky")
    introduce(jo, sky, tmp_path)
    add_entry(jo, "Bedtime", "A story helps Sky settle")
    sky.lock()
    jo.lock()
    screen = AccessibleDesktop(data_dir, tmp_path / "home").start()
    try:
        yield screen
    finally:
        screen.close()


def test_the_practitioners_window_names_its_controls_describes_its_pictures_and_ties_its_labels(
        practitioner_desktop: AccessibleDesktop) -> None:
    desktop = practitioner_desktop
    found = held_to_the_rules("the list of passports", desktop.tree())
    tree = unlock(desktop, ("table", "Files shared with you"))
    found += held_to_the_rules("shared with you", tree)

    # The file Sky shared, chosen as a screen reader may (its row's cell), then read.
    cell = desktop.wait_node("table cell", "Sky")
    desktop.act(cell, "Toggle")
    tree = desktop.wait_for(lambda tree: tree.find("label", contains="I play on Saturdays") is not None and tree,
                            "Sky's file, read")
    found += held_to_the_rules("a shared file, read", tree)

    desktop.press("My card")
    found += held_to_the_rules("my card", desktop.wait_for(
        lambda tree: tree.find("dialog") is not None and tree, "the My card dialog"))
    close_dialog(desktop)

    desktop.press("Settings")
    found += held_to_the_rules("settings", desktop.wait_for(
        lambda tree: tree.find("list", "Settings pages") is not None and tree, "the Settings dialog"))
    close_dialog(desktop, "list", name="Settings pages")
    assert not found, "\n".join(found)


def test_the_carers_window_names_its_controls_describes_its_pictures_and_ties_its_labels(
        carer_desktop: AccessibleDesktop) -> None:
    desktop = carer_desktop
    tree = unlock(desktop, ("push button", "Send suggestions"))
    found = held_to_the_rules("the carer's home", tree)
    assert tree.find("push button", "Bedtime") is not None, "the draft's card is a button to open it"

    desktop.act(desktop.wait_node("push button", "Bedtime"), "Press")  # the card's own action opens it
    desktop.wait_for(lambda tree: (field := tree.find("text", "Title")) is not None and "Bedtime" in (field.text or ""),
                     "the draft, open to change")
    found += held_to_the_rules("a draft, open", desktop.tree())
    desktop.press("Back")
    desktop.wait_node("push button", "Send suggestions")

    desktop.press("Send suggestions")
    found += held_to_the_rules("send suggestions", desktop.wait_for(
        lambda tree: tree.find("dialog") is not None and tree, "the Send suggestions dialog"))
    close_dialog(desktop)

    desktop.press("My card")
    found += held_to_the_rules("my card", desktop.wait_for(
        lambda tree: tree.find("dialog") is not None and tree, "the My card dialog"))
    close_dialog(desktop)

    desktop.press("Settings")
    found += held_to_the_rules("settings", desktop.wait_for(
        lambda tree: tree.find("list", "Settings pages") is not None and tree, "the Settings dialog"))
    close_dialog(desktop, "list", name="Settings pages")
    assert not found, "\n".join(found)
