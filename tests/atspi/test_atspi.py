"""The real app, as a screen reader sees it: through the AT-SPI accessibility API alone.

The app (``python -m ui``) runs on its own virtual screen with its own D-Bus and AT-SPI
buses and Qt's Linux accessibility on (``tests/atspi/desktop.py``); an agent under Debian's
Python with pyatspi reads its accessible tree and presses, types and focuses in it as Orca
does. The first test walks every main screen and holds it to ``tests/atspi/rules.py``; the
second does the main journey (unlock, write an entry, see the share's preview) with AT-SPI
actions alone: no key presses, no mouse, no reach into the app's objects.

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
from tests.sharing_helpers import give_card, make_practitioner

pytestmark = pytest.mark.slow

# Each page in the list of pages, and something only that page shows.
PAGES = {
    "Search": ("text", "Search"),
    "Timeline": ("list", "Entries, newest first"),
    "People": ("list", "People I share with"),
    "Suggestions": ("push button", "Open a file of suggestions"),
    "Help": ("label", "Keyboard keys"),
    "Home": ("push button", "Add something to About me"),
}


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[AccessibleDesktop]:
    """Sky's passport (one entry with a picture; Sam Lee's card) in a data
    folder of the test's own, and the app started on it."""
    require_tools()
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    sky, _code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Sky", PASSPHRASE, kdf=FAST_KDF)
    sky.people.set_card_details("Sky")
    entry = add_entry(sky, "Football", "I play on Saturdays")
    sky.add_attachment(entry, "pitch.png", png_bytes(48, 32))
    sam = make_practitioner(data_dir)
    give_card(sam, sky, tmp_path)
    sam.lock()
    sky.lock()
    screen = AccessibleDesktop(data_dir, tmp_path / "home").start()
    try:
        yield screen
    finally:
        screen.close()


def held_to_the_rules(screen: str, tree: Tree) -> list[str]:
    return [f"{screen}: {problem}" for problem in problems(tree)]


def unlock(desktop: AccessibleDesktop) -> Tree:
    """Open the chosen passport, type the passphrase into the field AT-SPI names, press Unlock."""
    desktop.press("Open the chosen one")
    field = desktop.wait_node("password text", "Passphrase")
    desktop.set_text(field, PASSPHRASE)
    desktop.press("Unlock")
    desktop.wait_node("list", "Pages", timeout=30)
    return desktop.tree()


def page_shown(tree: Tree, name: str) -> bool:
    """The page is on screen (what only it shows is showing), and the list says it is the one."""
    item = tree.find("list item", name)
    return item is not None and "selected" in item.states and tree.find(*PAGES[name]) is not None


def test_every_main_screen_names_its_controls_describes_its_pictures_and_ties_its_labels(
        desktop: AccessibleDesktop) -> None:
    found: list[str] = []
    launcher = desktop.wait_node("list", "Passports on this computer")
    assert desktop.tree().find("list item", "Sky") is not None, "the launcher lists the passport by its label"
    found += held_to_the_rules("the list of passports", desktop.tree())
    assert launcher

    desktop.press("Make a new passport")
    desktop.wait_node("radio button", contains="my own passport")
    found += held_to_the_rules("who is it for", desktop.tree())
    desktop.press("Back")
    desktop.wait_node("list", "Passports on this computer")

    desktop.press("Open the chosen one")
    desktop.wait_node("password text", "Passphrase")
    found += held_to_the_rules("unlock", desktop.tree())
    desktop.press("Back to the list")
    desktop.wait_node("list", "Passports on this computer")

    found += held_to_the_rules("Home", unlock(desktop))
    for page in PAGES:  # chosen as a screen reader may: the list item's own action
        desktop.act(desktop.tree().find("list item", page), "Toggle")
        tree = desktop.wait_for(lambda tree, page=page: page_shown(tree, page) and tree, f"the {page} page")
        found += held_to_the_rules(page, tree)

    desktop.press("Settings")
    found += held_to_the_rules("Settings", desktop.wait_for(
        lambda tree: tree.find("list", "Settings pages") is not None and tree, "the Settings page"))
    desktop.press("Close")
    desktop.wait_for(lambda tree: tree.find("list", "Settings pages") is None, "Settings closed")

    desktop.press("Add something to About me")
    desktop.wait_node("text", "Title")
    found += held_to_the_rules("writing an entry", desktop.tree())
    assert not found, "\n".join(found)


def test_unlock_write_an_entry_and_see_the_share_preview_with_accessibility_actions_alone(
        desktop: AccessibleDesktop) -> None:
    found: list[str] = []
    unlock(desktop)

    desktop.press("Add something to About me")
    title = desktop.wait_node("text", "Title")
    desktop.set_text(title, "Music")
    words = desktop.wait_node("text", "Your words")
    desktop.set_text(words, "Headphones help me on the bus")
    desktop.act(desktop.wait_node("check box", "Important now"), "Toggle")
    desktop.wait_for(lambda tree: "checked" in tree.find("check box", "Important now").states, "Important now ticked")
    desktop.wait_node("label", contains="Saved")
    desktop.press("Back")
    # The new entry's card on Home is a button (not a panel), and its Press opens the entry.
    desktop.act(desktop.wait_node("push button", "Music"), "Press")
    desktop.wait_for(lambda tree: (title := tree.find("text", "Title")) is not None and "Music" in (title.text or ""),
                     "Music, open again")
    desktop.press("Back")
    desktop.wait_node("push button", "Music")

    desktop.press("Share")
    desktop.wait_node("table cell", contains="Music")
    found += held_to_the_rules("share: what", desktop.tree())
    # One entry ticked by AT-SPI's Toggle on its row alone, as switch access and voice control do.
    desktop.act(desktop.wait_node("table cell", contains="Music"), "Toggle")
    desktop.wait_for(lambda tree: "checked" in tree.find("table cell", contains="Music").states, "Music ticked")
    desktop.wait_node("label", "1 entry chosen.")
    assert "checked" not in desktop.tree().find("table cell", "Football").states
    desktop.press("Next")

    desktop.wait_node("list", "People whose card you have")
    found += held_to_the_rules("share: who", desktop.tree())
    person = desktop.wait_node("list item", contains="Sam Lee")
    desktop.act(person, "Toggle")
    desktop.press("Next")

    desktop.wait_node("radio button", "1 week")
    found += held_to_the_rules("share: how long", desktop.tree())
    desktop.press("See it first")

    preview = desktop.wait_node("label", "Preview of the shared file")
    tree = desktop.tree()
    found += held_to_the_rules("share: preview", tree)
    shown = tree.by_path[preview.path].text or ""
    assert "Music" in shown and "Headphones help me on the bus" in shown, shown
    assert "Football" not in shown, "only what was chosen is in the preview"
    assert tree.find("label", contains="Sam Lee") is not None, "the preview says who will see it"
    assert not found, "\n".join(found)
