"""A share that carries the young person's boundaries: the practitioner reads them first, in
a band above the document that stays on screen however far down they scroll; print and PDF
put them before anything else; words crafted to mislead (controls, bidi) are shown tamed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from passport.exchange import identity
from passport.exchange.contacts import Contact
from passport.formats.boundaries import MAX_BOUNDARY
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import encrypt_for, in_a_week, manifest_body, members_of, plaintext_of, signed_json, tar_of
from tests.ui.practitioner.test_ui_practitioner import open_by_click, window  # noqa: F401 - the window fixture
from tests.ui.test_ui_accessibility import problems_in

CALL_ME, DONT_ASK, HOW = "Jay", "My dad, or why I moved.", "Slowly. Tell me what will happen next."


def _share(profile: Profile, sam: Contact, out: Path, *, with_boundaries: bool = True, entries: int = 30) -> Path:
    ids = [add_entry(profile, f"Entry {n}", "Words. " * 60) for n in range(entries)]
    profile.sharing.make_share(ids, sam, in_a_week(), "New school", out, with_boundaries=with_boundaries)
    return out


def pdf_text(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(n).text().split()) for n in range(document.pageCount())]
    document.close()
    return pages


def test_the_band_is_read_first_and_stays_in_view(qtbot, window, chooser, profile, sam, tmp_path) -> None:  # noqa: F811
    profile.set_boundaries(CALL_ME, DONT_ASK, HOW)
    open_by_click(qtbot, window, chooser, _share(profile, sam, tmp_path / "s.wpb"))
    view, band = window.view, window.view.boundaries_band
    qtbot.waitUntil(band.isVisible)
    assert [label.text() for label in band.lines] == [
        f"Call me: {CALL_ME}", f"Please don't ask me about: {DONT_ASK}", f"How to talk with me: {HOW}"]
    assert band.mapTo(view, band.rect().bottomLeft()).y() < view.browser.geometry().top(), "above the document"
    assert band.accessibleName() == "Please read this first" and DONT_ASK in band.accessibleDescription()
    scroll = view.browser.verticalScrollBar()
    assert scroll.maximum() > 0, "the document is long enough to scroll"
    scroll.setValue(scroll.maximum())
    assert band.isVisible() and not band.visibleRegion().isEmpty(), "scrolling the document leaves it on screen"
    # Short words need no scrolling of their own, once the staged document's layout has settled
    # (it is built over a few turns of the event loop; the band's room is given as it grows).
    qtbot.waitUntil(lambda: band.verticalScrollBar().maximum() == 0)
    assert CALL_ME not in view.browser.toPlainText().split("Shared by")[0], "not twice on screen"
    assert problems_in(window) == []


def test_pdf_puts_them_before_anything_else(qtbot, window, chooser, profile, sam, tmp_path) -> None:  # noqa: F811
    profile.set_boundaries(CALL_ME, DONT_ASK, HOW)
    open_by_click(qtbot, window, chooser, _share(profile, sam, tmp_path / "s.wpb"))
    pdf = tmp_path / "printed.pdf"
    chooser.answer(pdf)
    qtbot.mouseClick(window.view.pdf_button, Qt.MouseButton.LeftButton)
    assert window.view.status.text() == "Saved as a PDF: printed.pdf"
    first = pdf_text(pdf)[0]
    assert first.startswith(f"Please read this first Call me: {CALL_ME} Please don't ask me about: {DONT_ASK}")
    assert first.index(HOW) < first.index("Shared by Sky")


def test_a_share_without_them_has_no_band(qtbot, window, chooser, profile, sam, tmp_path) -> None:  # noqa: F811
    profile.set_boundaries(CALL_ME, DONT_ASK, HOW)
    open_by_click(qtbot, window, chooser, _share(profile, sam, tmp_path / "s.wpb", with_boundaries=False))
    assert window.view.browser.isVisible() and not window.view.boundaries_band.isVisible()
    assert CALL_ME not in window.view.browser.toPlainText()


def test_very_long_words_scroll_inside_the_header(qtbot, window, chooser, profile, sam, tmp_path) -> None:  # noqa: F811
    # By design the band now sits in the view's header with the sender's status (so that at 200 % text
    # on a laptop the status is whole and the document readable): the header scrolls, one scroll bar.
    profile.set_boundaries(CALL_ME, "a long list, " * (MAX_BOUNDARY // 14), "more words " * (MAX_BOUNDARY // 12))
    open_by_click(qtbot, window, chooser, _share(profile, sam, tmp_path / "s.wpb", entries=2))
    view, band, header = window.view, window.view.boundaries_band, window.view.header
    qtbot.waitUntil(band.isVisible)
    qtbot.waitUntil(lambda: header.verticalScrollBar().maximum() > 0)  # the rest scrolls inside the header
    assert band.verticalScrollBar().maximum() == 0, "not a second scroll bar inside the first"
    assert header.height() <= max(160, view.height() * 2 // 5)
    assert view.browser.height() > header.height(), "the document keeps most of the room"


@pytest.mark.parametrize("hostile", ["Jay\u202eyaJ", "Jay\x1b[2J\x1b[H", "Jay\u2067\u05d9\u05d5\u05d0\u05dc"])
def test_crafted_words_are_shown_tamed(qtbot, window, chooser, profile, practitioner, sam, tmp_path,  # noqa: F811
                                       hostile) -> None:
    made = _share(profile, sam, tmp_path / "s.wpb", entries=1)
    members = members_of(plaintext_of(made, practitioner))
    body = manifest_body(plaintext_of(made, practitioner))
    body["boundaries"] = {"version": 1, "call_me": hostile, "how_to_talk": f"line one\n{hostile}"}
    members[0] = ("manifest.json", signed_json(body, identity.of(profile.vault).sign))
    crafted = encrypt_for(practitioner, tar_of(members), tmp_path / "crafted.wpb")
    open_by_click(qtbot, window, chooser, crafted)
    band = window.view.boundaries_band
    qtbot.waitUntil(band.isVisible)
    shown = " ".join(label.text() for label in band.lines)
    assert not any(ch in shown for ch in "\x1b\u202e\u2067"), "no controls reach the screen"
    assert shown.replace("\u2068", "").startswith("Call me: Jay")
    if "\u05d9" in hostile:
        assert "\u2068Jay\u05d9\u05d5\u05d0\u05dc\u2069" in shown, "right-to-left words isolated"
