"""The practitioner's view of a share that replaced an earlier one: a calm band on top says
what changed since, the new words are underlined and marked "(new)" in words, the titles no
longer shared are named, and the print/PDF carries the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from passport.clock import today
from passport.exchange.contacts import Contact
from passport.profile import Profile
from tests.helpers import add_entry
from tests.sharing_helpers import in_a_week
from tests.ui.practitioner.test_ui_practitioner import open_by_click, window  # noqa: F401 - the window fixture
from tests.ui.test_ui_accessibility import problems_in
from ui.widgets.bundle_document import long_date

TAKEN_OUT = "with my headphones on"


@pytest.fixture
def two_shares(profile: Profile, sam: Contact, entries: list[str], tmp_path: Path) -> tuple[Path, Path]:
    football = add_entry(profile, "Football on Saturdays", "Only with my coach.")
    quiet = profile.entry(entries[1]).content
    profile.update_entry(entries[1], quiet.model_copy(update={"body": f"A room {TAKEN_OUT} and the door open."}))
    first = tmp_path / "first.wpb"
    profile.sharing.make_share([*entries, football], sam, in_a_week(), "Starting", first)
    profile.update_entry(entries[1], quiet.model_copy(update={"body": "A room and the door shut, and a drink."}))
    school = add_entry(profile, "New school", "Starts in May.")
    second = tmp_path / "second.wpb"
    profile.sharing.make_share([*entries, school], sam, in_a_week(), "Update", second)
    return first, second


def underlined(document: QTextDocument) -> list[str]:
    """The runs of the document drawn underlined."""
    runs: list[str] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().fontUnderline():
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return runs


def test_the_band_says_what_changed_and_the_new_words_are_marked(qtbot, window, chooser, two_shares) -> None:  # noqa: F811
    first, second = two_shares
    open_by_click(qtbot, window, chooser, first)
    view = window.view
    assert not view.changes_band.isVisible(), "a first share has nothing to compare with"
    open_by_click(qtbot, window, chooser, second)

    qtbot.waitUntil(view.changes_band.isVisible)
    summary = f"What changed since {long_date(today())}: 1 new, 1 changed, 1 no longer shared"
    assert view.changes_title.text() == summary
    assert view.changes_list.text().split("\n") == [
        "New: ‘New school’",
        "Changed: ‘Quiet space’ — new words are underlined and marked (new); some words were taken out",
        "No longer shared: 1 from the last one",
    ]
    assert view.changes_band.accessibleName() == summary
    assert "No longer shared: 1 from the last one" in view.changes_band.accessibleDescription()
    assert view.changes_band.geometry().top() < view.browser.geometry().top(), "the band is at the top"
    assert problems_in(window) == []

    text = view.browser.toPlainText()
    assert summary in text and "No longer shared: 1 from the last one" in text
    assert "and the door shut, and a drink (new)." in text, "the new run is marked in words"
    assert "Changed since " in text and "New since " in text and "some words were taken out" in text
    assert "Underlined words, each followed by (new), are new or changed since" in text
    assert underlined(view.document) == ["shut, and a drink"], "and drawn underlined, not coloured only"
    # The young person took it back: not even its title shows (it did before issue 17's polish).
    for gone in (TAKEN_OUT, "Only with my coach", "Football on Saturdays"):
        assert gone not in text


def test_the_pdf_carries_the_same(qtbot, window, chooser, two_shares, tmp_path) -> None:  # noqa: F811
    first, second = two_shares
    open_by_click(qtbot, window, chooser, first)
    open_by_click(qtbot, window, chooser, second)
    pdf = tmp_path / "printed.pdf"
    chooser.answer(pdf)
    qtbot.mouseClick(window.view.pdf_button, Qt.MouseButton.LeftButton)
    assert window.view.status.text() == "Saved as a PDF: printed.pdf"
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    printed = " ".join(" ".join(document.getAllText(n).text().split()) for n in range(document.pageCount()))
    document.close()
    assert "1 new, 1 changed, 1 no longer shared" in printed
    assert "No longer shared: 1 from the last one" in printed and "Football" not in printed
    assert "shut, and a drink (new)" in printed and "some words were taken out" in printed
