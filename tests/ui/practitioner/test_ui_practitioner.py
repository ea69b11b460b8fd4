"""The practitioner's window: open a shared file, read it, print it; every refused file
gets its own words and changes nothing; content goes when its time is up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from passport.clock import now
from passport.exchange import identity, received
from passport.exchange.contacts import Contact
from passport.exchange.sharing import PassphraseRecipient
from passport.models import ProfileKind
from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE, add_entry
from tests.sharing_helpers import (
    encrypt_for,
    give_card,
    in_a_week,
    make_practitioner,
    manifest_body,
    members_of,
    plaintext_of,
    received_rows,
    signed_json,
    tar_of,
)
from tests.shell_helpers import make_context, visible_text
from tests.ui.test_ui_accessibility import problems_in
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.windows.practitioner_window import PractitionerWindow


@pytest.fixture
def bundle(profile: Profile, sam: Contact, entries: list[str], tmp_path: Path) -> Path:
    out = tmp_path / "for-sam.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "Moving to a new school", out)
    return out


@pytest.fixture
def window(qtbot, practitioner: Profile, data_dir: Path, chooser: AnsweringChooser) -> PractitionerWindow:
    view = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.built)  # its list read and its body shown, a turn each
    return view


def open_by_click(qtbot, window: PractitionerWindow, chooser: AnsweringChooser, path: Path) -> None:
    chooser.answer(path)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.open_button.isEnabled, timeout=10_000)


def test_a_shared_file_opens_and_reads_as_it_was_shared(qtbot, qtmodeltester, window, chooser, bundle,
                                                         profile, practitioner) -> None:
    assert "Nothing here yet" in window.empty.text() and window.empty.isVisible()
    open_by_click(qtbot, window, chooser, bundle)

    assert window.status.text().startswith("Opened. This file is whole and signed by the card with numbers ")
    assert "shared by" not in window.status.text()
    assert not window.empty.isVisible()
    qtmodeltester.check(window.model)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Sky"
    assert window.model.index(0, 3).data() == "Open, 7 days left"
    text = window.view.browser.toPlainText()
    fingerprint = profile.people.own_card().fingerprint
    assert "Shared by Sky" in text and fingerprint[:5] + " " + fingerprint[5:10] in text
    assert "Moving to a new school" in text and "Sam Lee" in text
    summary = text.index("Important now")
    assert text.index("Music helps", summary) < text.index("Everything shared") < text.index("Quiet space")
    assert "Sound: song.wav" in text and "Picture: me.png" in text
    # The picture is in the document, from memory (decoded in the job runner, placed as it comes).
    qtbot.waitUntil(lambda: window.view.staged is not None and window.view.staged.is_finished, timeout=10_000)
    image = window.view.document.resource(window.view.document.ResourceType.ImageResource,
                                          f"attachment:{received.received_bundles(practitioner.vault)[0].attachments[0].id}")
    assert image is not None and image.width() == 32
    buttons = [b.accessibleName() for b in window.view.findChildren(QPushButton)]
    assert "Play song.wav" in buttons, "the sound has a named play button"
    assert problems_in(window) == []


def test_what_changed_since_the_last_one(qtbot, window, chooser, bundle, profile, sam, entries, tmp_path) -> None:
    open_by_click(qtbot, window, chooser, bundle)
    new_id = add_entry(profile, "New school", "Starts in May.")
    changed = profile.entry(entries[1]).content.model_copy(update={"body": "A room with the door shut."})
    profile.update_entry(entries[1], changed)
    second = tmp_path / "second.wpb"
    profile.sharing.make_share([entries[1], new_id], sam, in_a_week(), "Update", second)
    open_by_click(qtbot, window, chooser, second)

    text = window.view.browser.toPlainText()
    assert "What changed since " in text and ": 1 new, 1 changed, 1 no longer shared" in text
    assert "New: New school" in text and "Changed: Quiet space" in text
    assert "No longer shared: 1 from the last one" in text and "Music helps" not in text
    assert "shut (new)" in text, "the new word is marked in words"
    assert window.model.rowCount() == 1, "the new one replaced the last one"


def _expired_copy(bundle: Path, profile: Profile, practitioner: Profile, tmp_path: Path) -> Path:
    plaintext = plaintext_of(bundle, practitioner)
    past = now() - dt.timedelta(days=3)
    ended = past + dt.timedelta(days=1)
    body = manifest_body(plaintext) | {"created": past.isoformat(), "expires": ended.isoformat()}
    manifest = signed_json(body, identity.of(profile.vault).sign)
    return encrypt_for(practitioner, tar_of([("manifest.json", manifest), *members_of(plaintext)[1:]]),
                       tmp_path / "old.wpb")


def test_every_refused_file_gets_its_own_words_and_changes_nothing(
    qtbot, window, chooser, bundle, profile, practitioner, data_dir, entries, tmp_path
) -> None:
    flipped = bytearray(bundle.read_bytes())
    flipped[len(flipped) // 2] ^= 0x10
    tampered = tmp_path / "tampered.wpb"
    tampered.write_bytes(bytes(flipped))
    other = make_practitioner(data_dir, "Other", "Alex Kim")
    try:
        alex = give_card(other, profile, tmp_path)
        for_alex = tmp_path / "for-alex.wpb"
        profile.sharing.make_share(entries, alex, in_a_week(), "", for_alex)
    finally:
        other.lock()
    expired = _expired_copy(bundle, profile, practitioner, tmp_path)
    cases = [
        (tampered, "This file is damaged or was changed on the way, so it was not opened."),
        (for_alex, "This file was made for someone else, so it can't be opened here."),
        (expired, "The time for this file is up, so it can no longer be opened."),
    ]
    before = received_rows(practitioner)
    for path, words in cases:
        open_by_click(qtbot, window, chooser, path)
        assert window.status.text() == words
        assert received_rows(practitioner) == before
        assert window.model.rowCount() == 0 and window.view.content is None


def test_a_withdrawn_file_is_deleted_and_cannot_come_back(qtbot, window, chooser, bundle, profile,
                                                         practitioner, tmp_path) -> None:
    open_by_click(qtbot, window, chooser, bundle)
    assert window.model.rowCount() == 1
    (share,) = profile.sharing.share_history()
    withdrawal = tmp_path / "withdraw.wpb"
    profile.sharing.make_withdrawal(share.id, withdrawal)
    open_by_click(qtbot, window, chooser, withdrawal)
    assert window.status.text() == "Sky withdrew a file they had shared. It has been deleted."
    assert window.model.rowCount() == 0 and window.view.content is None
    assert "Music helps" not in visible_text()
    before = received_rows(practitioner)
    open_by_click(qtbot, window, chooser, bundle)
    assert window.status.text() == "The person who shared this file has withdrawn it, so it can't be opened."
    assert received_rows(practitioner) == before


def test_a_passphrase_file_asks_and_a_wrong_one_is_said_plainly(qtbot, window, chooser, profile, entries,
                                                                tmp_path) -> None:
    profile.people.set_card_details("Sky")
    out = tmp_path / "by-voice.wpb"
    share = profile.sharing.make_share(entries, PassphraseRecipient(name="Sam at school"), in_a_week(), "", out).subject
    chooser.answer(out)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.passphrase_prompt is not None and window.passphrase_prompt.isVisible())
    prompt = window.passphrase_prompt
    qtbot.keyClicks(prompt.field, "1111-2222-3333-4444-5555-6666")
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.passphrase_prompt is not None and window.passphrase_prompt is not prompt,
                    timeout=10_000)
    again = window.passphrase_prompt
    assert again.problem.text() == "That passphrase doesn't open this file. Check the numbers and try again."
    qtbot.keyClicks(again.field, share.passphrase)
    qtbot.keyClick(again.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(window.open_button.isEnabled)  # the file is shown on the turn after the list
    assert "Music helps" in window.view.browser.toPlainText()


def test_save_as_pdf_puts_the_footer_on_every_page(qtbot, window, chooser, bundle, profile, tmp_path) -> None:
    long_body = "\n\n".join(f"Paragraph {n}: what helps on a hard day." for n in range(120))
    add_entry(profile, "A long one", long_body)
    open_by_click(qtbot, window, chooser, bundle)
    pdf = tmp_path / "printed.pdf"
    chooser.answer(pdf)
    qtbot.mouseClick(window.view.pdf_button, Qt.MouseButton.LeftButton)
    assert window.view.status.text() == "Saved as a PDF: printed.pdf"
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(n).text().split()) for n in range(document.pageCount())]
    assert "Music helps" in " ".join(pages)
    for page in pages:
        assert "Shared by Sky with Sam Lee, open until" in page
    document.close()


def test_content_is_deleted_when_its_time_is_up_while_open(qtbot, window, chooser, profile, sam, entries,
                                                           tmp_path) -> None:
    soon = tmp_path / "soon.wpb"
    profile.sharing.make_share(entries, sam, now() + dt.timedelta(seconds=3), "", soon)
    open_by_click(qtbot, window, chooser, soon)
    assert window.model.rowCount() == 1
    window.purge_timer.setInterval(200)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)
    assert window.view.content is None and "Music helps" not in visible_text()
    assert window.session.profile.received.received_bundles() == []


def test_a_new_practitioner_is_asked_for_their_card_and_can_save_it(qtbot, data_dir, chooser, tmp_path) -> None:
    bare, _code = Profile.create(data_dir, ProfileKind.PRACTITIONER, "Desk", PASSPHRASE, kdf=FAST_KDF)
    window = PractitionerWindow(Session(bare), make_context(data_dir), chooser)
    qtbot.addWidget(window)
    window.show()
    window.ask_for_card_details()
    dialog = window.card_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled(), "a card needs a name first"
    qtbot.keyClicks(dialog.name_field, "Jo Patel")
    qtbot.keyClicks(dialog.role_field, "Nurse")
    qtbot.keyClicks(dialog.organisation_field, "Riverside Clinic")
    card_path = tmp_path / "jo"
    chooser.answer(card_path)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "jo.wpcard"
    from passport.formats.cards import read_card

    card = read_card(saved)
    assert (card.display_name, card.role, card.organisation) == ("Jo Patel", "Nurse", "Riverside Clinic")
    assert card.kind is ProfileKind.PRACTITIONER
    assert dialog.numbers.text().split()[0] == card.fingerprint[:5]
    assert "Jo Patel.wpcard" not in dialog.status.text() and "jo.wpcard" in dialog.status.text()
    bare.lock()


def test_save_a_receipt_is_off_with_a_reason_once_the_file_is_withdrawn(qtbot, window, chooser, bundle,
                                                                        profile, tmp_path) -> None:
    open_by_click(qtbot, window, chooser, bundle)
    assert window.receipt_button.isEnabled()
    (share,) = profile.sharing.share_history()
    withdrawal = tmp_path / "withdraw.wpb"
    profile.sharing.make_withdrawal(share.id, withdrawal)
    open_by_click(qtbot, window, chooser, withdrawal)
    assert not window.receipt_button.isEnabled()
    assert "withdrawn" in window.receipt_button.toolTip()
    assert window.receipt_button.accessibleDescription() == window.receipt_button.toolTip()


def test_an_old_file_opened_again_after_a_newer_one_says_it_was_replaced(
        qtbot, window, chooser, bundle, profile, practitioner, sam, entries, tmp_path) -> None:
    open_by_click(qtbot, window, chooser, bundle)
    newer = tmp_path / "newer.wpb"
    profile.sharing.make_share([entries[1]], sam, in_a_week(), "Update", newer)
    open_by_click(qtbot, window, chooser, newer)
    before = received_rows(practitioner)
    open_by_click(qtbot, window, chooser, bundle)
    assert window.status.text() == ("The person who shared this file has since shared a newer one in its place. "
                                    "Open the newer file instead.")
    assert "withdrawn" not in window.status.text()
    assert received_rows(practitioner) == before
