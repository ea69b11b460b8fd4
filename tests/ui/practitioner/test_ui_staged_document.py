"""A large shared file is shown a piece at a time: the words first, the pictures decoded in the
job runner and put in place as they come. What is shown in the end is what the one renderer
makes in one go; leaving the file, or locking, part way stops the work and shows nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from passport.exchange.contacts import Contact
from passport.exchange.received import ReceivedBundle
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context
from tests.ui_sharing_helpers import AnsweringChooser
from ui.practitioner.staged_document import ENTRIES_PER_TURN, FIRST_ENTRIES, STAND_IN
from ui.runtime.session import Session
from ui.widgets.bundle_document import build_document
from ui.windows.practitioner_window import PractitionerWindow

ENTRIES = FIRST_ENTRIES + 3 * ENTRIES_PER_TURN + 1  # more than one turn's worth, whatever the sizes
IMAGE = QTextDocument.ResourceType.ImageResource


@pytest.fixture
def big_share(profile: Profile, sam: Contact, tmp_path: Path) -> Path:
    """Many entries, each with a picture of its own size; one picture is cut short."""
    ids = []
    for number in range(ENTRIES):
        entry = add_entry(profile, f"Entry {number}", f"What I want you to know, part {number}.")
        picture = png_bytes(20 + number, 10)
        profile.add_attachment(entry, f"picture-{number}.png", picture[:40] if number == 5 else picture)
        ids.append(entry)
    out = tmp_path / "big.wpb"
    profile.sharing.make_share(ids, sam, in_a_week(), "For our meeting", out)
    return out


@pytest.fixture
def window(qtbot, practitioner: Profile, data_dir: Path, big_share: Path) -> PractitionerWindow:
    practitioner.received.open_bundle(big_share)
    shown = PractitionerWindow(Session(practitioner), make_context(data_dir), AnsweringChooser())
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.built)  # its list read and its body shown, a turn each
    return shown


def show_anew(window: PractitionerWindow, practitioner: Profile) -> ReceivedBundle:
    """The file shown again, as choosing it in the list does; nothing turns the event loop."""
    bundle = practitioner.received.received_bundle(practitioner.received.received_bundles()[0].id)
    window.view.show_bundle(bundle)
    return bundle


def test_the_words_come_first_and_every_picture_arrives(qtbot, window, practitioner) -> None:
    view = window.view
    bundle = show_anew(window, practitioner)
    staged, document = view.staged, view.document
    assert staged is not None and document is not None and not staged.is_finished
    text = document.toPlainText()
    assert "Shared by Sky" in text and "Entry 0" in text and f"Entry {ENTRIES - 1}" not in text, "the first piece"
    first = bundle.attachments[0].id
    assert document.resource(IMAGE, f"attachment:{first}").width() == STAND_IN.width(), "a stand-in, for now"

    with qtbot.waitSignal(view.document_finished, timeout=10_000):
        pass
    assert staged.is_finished
    whole = build_document(view.content, view._image_data, view.changes, boundaries_first=False)
    assert document.toPlainText() == whole.toPlainText(), "the same words, in the same order, as in one go"
    assert "A picture that can’t be shown: picture-5.png" in document.toPlainText()
    for number, attachment in enumerate(bundle.attachments):
        if number != 5:
            image = document.resource(IMAGE, f"attachment:{attachment.id}")
            assert image.width() == 20 + number and image.height() == 10, attachment.name


def test_leaving_the_file_part_way_stops_the_decoding(qtbot, window, practitioner) -> None:
    view = window.view
    show_anew(window, practitioner)
    staged = view.staged
    assert staged is not None and not staged.is_finished
    job = staged._job
    assert job is not None
    view.clear()
    assert job.cancelled, "the decoding job is cancelled"
    qtbot.waitUntil(job.done.is_set, timeout=10_000)
    qtbot.wait(50)  # any queued pieces are delivered now, and must be dropped
    assert view.document is None and view.browser.toPlainText() == ""
    assert not staged.is_finished


def test_locking_part_way_leaves_nothing_on_screen(qtbot, window, practitioner) -> None:
    view = window.view
    show_anew(window, practitioner)
    staged = view.staged
    assert staged is not None and staged._job is not None and not staged.is_finished
    job = staged._job
    window.session.lock()
    assert job.cancelled
    assert view.browser.toPlainText() == "" and view.document is None
    qtbot.waitUntil(job.done.is_set, timeout=10_000)
    qtbot.wait(50)
    assert view.browser.toPlainText() == "" and not staged.is_finished


def test_saving_as_pdf_part_way_saves_it_whole(qtbot, window, practitioner, tmp_path) -> None:
    view = window.view
    show_anew(window, practitioner)
    assert view.staged is not None and not view.staged.is_finished
    window.files.answer(tmp_path / "shared.pdf")
    view.save_pdf()
    assert (tmp_path / "shared.pdf").stat().st_size > 0 and view.status.text().startswith("Saved as a PDF")
    assert view.staged.is_finished
    assert f"Entry {ENTRIES - 1}" in view.document.toPlainText()
    last = practitioner.received.received_bundles()[0].attachments[-1].id
    assert view.document.resource(IMAGE, f"attachment:{last}").width() == 20 + ENTRIES - 1
