"""Settings: trusted people (the young person chooses three and makes their pieces) and pieces
kept for others (every kind: keep a piece file, show its words only when asked, print them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from passport.crypto import pieces
from tests.shell_helpers import make_context
from tests.trusted_helpers import lock_all, make_circle
from tests.ui_sharing_helpers import AnsweringChooser
from ui.content.held_piece_model import HeldPieceModel
from ui.content.settings_dialog import SettingsDialog
from ui.content.trusted_choice_model import TrustedChoiceModel
from ui.runtime.session import Session


@pytest.fixture
def circle(data_dir: Path, tmp_path: Path):
    made = make_circle(data_dir, tmp_path)
    yield made
    lock_all(made)


def settings(qtbot, profile, data_dir: Path, chooser: AnsweringChooser) -> SettingsDialog:
    dialog = SettingsDialog(Session(profile), make_context(data_dir), files=chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, circle) -> None:
    session = Session(circle.owner)
    choice = TrustedChoiceModel(session)
    qtmodeltester.check(choice)
    assert choice.rowCount() == 3
    qtmodeltester.check(HeldPieceModel(Session(circle.holders[0])))


def test_choosing_three_and_making_their_pieces(qtbot, circle, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    chooser = AnsweringChooser([out])
    dialog = settings(qtbot, circle.owner, data_dir, chooser)
    tab = dialog.trusted_tab
    assert tab is not None
    dialog.pages.setCurrentWidget(tab)
    assert "no trusted people yet" in tab.status.text()
    assert not tab.make_button.isEnabled()
    # Keyboard only: the list has the keyboard; Space ticks the current person, Down moves on.
    tab.people.setFocus()
    tab.people.setCurrentIndex(tab.model.index(0, 0))
    for row in range(3):
        qtbot.keyClick(tab.people, Qt.Key.Key_Space)
        if row < 2:
            qtbot.keyClick(tab.people, Qt.Key.Key_Down)
    assert len(tab.model.chosen()) == 3
    assert tab.make_button.isEnabled()
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.result.text()), timeout=10_000)
    assert sorted(path.name for path in out.iterdir()) == [
        "piece-for-ash.wppiece", "piece-for-jo-carter.wppiece", "piece-for-sam-lee.wppiece"]
    assert "Jo Carter: piece-for-jo-carter.wppiece" in tab.result.text()
    assert "Your trusted people are Ash, Jo Carter, Sam Lee" in tab.status.text()
    assert not tab.error.text()
    dialog.resize(760, 620)


def test_a_fourth_person_cannot_be_ticked(qtbot, circle, data_dir: Path, tmp_path: Path) -> None:
    from passport.models import ProfileKind
    from tests.suggestion_helpers import introduce, make_person

    fourth = make_person(data_dir, ProfileKind.CARER, "Other", "Kim")
    introduce(circle.owner, fourth, tmp_path)
    fourth.lock()
    model = TrustedChoiceModel(Session(circle.owner))
    assert model.rowCount() == 4
    for row in range(4):
        model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert len(model.chosen()) == 3
    assert model.data(model.index(3, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_a_holder_keeps_a_piece_and_shows_its_words_only_when_asked(qtbot, circle, data_dir: Path,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    circle.owner.trusted.give_pieces(circle.contact_ids, out)
    jo = circle.holders[0]
    chooser = AnsweringChooser([out / "piece-for-sam-lee.wppiece", out / "piece-for-jo-carter.wppiece"])
    dialog = settings(qtbot, jo, data_dir, chooser)
    assert dialog.trusted_tab is None, "only a young person gives pieces"
    tab = dialog.held_tab
    dialog.pages.setCurrentWidget(tab)
    assert tab.empty.isVisible() and not tab.show_button.isEnabled()

    qtbot.mouseClick(tab.keep_button, Qt.MouseButton.LeftButton)  # Sam's piece: not for Jo
    assert tab.error.text() == "This piece was made for someone else, so it wasn't kept."
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(tab.keep_button, Qt.MouseButton.LeftButton)
    assert not tab.error.text()
    assert "Kept Sky's piece, 1 of 3" in tab.status.text()
    shown = tab.model.data(tab.model.index(0, 0))
    assert shown.startswith("Sky: piece 1 of 3")
    words = jo.trusted.held_piece_words(jo.trusted.held_pieces()[0].id)
    assert words.split()[0] not in shown, "the list never shows the words"

    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.words_dialog is not None and tab.words_dialog.isVisible())
    shown_words = tab.words_dialog
    read = [label.text().split(". ", 1)[1] for label in shown_words.word_labels]
    assert " ".join(read) == words
    assert pieces.read_piece(" ".join(read)).number == 1
    assert "Sky's piece, 1 of 3" in shown_words.heading.text()
    assert "Read these words only to Sky" in shown_words.advice.text()
    pdf = tmp_path / "piece.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    shown_words.print_on(printer)
    assert pdf.stat().st_size > 1000
    qtbot.keyClick(shown_words, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.words_dialog is None)
    assert all(not label.text() for label in shown_words.word_labels)


def test_with_no_name_on_the_card_the_tab_asks_for_it_and_never_shows_the_error(qtbot, data_dir: Path,
                                                                                tmp_path: Path) -> None:
    from passport.models import ProfileKind
    from passport.profile import Profile
    from tests.helpers import FAST_KDF, PASSPHRASE
    from tests.suggestion_helpers import introduce, make_person

    owner, _code = Profile.create(data_dir, ProfileKind.YOUNG_PERSON, "Mine", PASSPHRASE, kdf=FAST_KDF)
    people = [make_person(data_dir, kind, label, name) for kind, label, name in (
        (ProfileKind.CARER, "H", "Jo"), (ProfileKind.PRACTITIONER, "W", "Sam"), (ProfileKind.YOUNG_PERSON, "A", "Ash"))]
    for person in people:
        introduce(owner, person, tmp_path)
        person.lock()
    out = tmp_path / "stick"
    out.mkdir()
    try:
        dialog = settings(qtbot, owner, data_dir, AnsweringChooser([out]))
        tab = dialog.trusted_tab
        dialog.pages.setCurrentWidget(tab)
        for row in range(3):
            tab.model.setData(tab.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        assert tab.name_field.isVisible() and tab.name_caption.buddy() is tab.name_field
        assert not tab.make_button.isEnabled(), "no name yet: nothing to make pieces with"
        qtbot.keyClicks(tab.name_field, "Sky")
        assert tab.make_button.isEnabled()
        qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(tab.result.text()), timeout=10_000)
        assert not tab.error.text()
        assert owner.people.own_card().display_name == "Sky", "the name went on the card"
        assert not tab.name_field.isVisible()
        assert len(list(out.iterdir())) == 3
    finally:
        owner.lock()


def test_a_kept_pieces_file_can_be_deleted_after_asking(qtbot, circle, data_dir: Path, tmp_path: Path) -> None:
    from tests.shell_helpers import when_dialog_asks
    from ui.widgets.confirm_dialog import ConfirmDialog

    out = tmp_path / "stick"
    out.mkdir()
    circle.owner.trusted.give_pieces(circle.contact_ids, out)
    piece_file = out / "piece-for-jo-carter.wppiece"
    dialog = settings(qtbot, circle.holders[0], data_dir, AnsweringChooser([piece_file]))
    tab = dialog.held_tab
    dialog.pages.setCurrentWidget(tab)
    assert not tab.delete_file_button.isVisible()
    qtbot.mouseClick(tab.keep_button, Qt.MouseButton.LeftButton)
    assert "delete it, so that no one else finds it" in tab.status.text()
    assert tab.delete_file_button.isVisible()
    when_dialog_asks(ConfirmDialog, lambda question: question.keep_button.click())
    qtbot.mouseClick(tab.delete_file_button, Qt.MouseButton.LeftButton)
    assert piece_file.exists(), "kept when the person said keep"
    when_dialog_asks(ConfirmDialog, lambda question: question.confirm_button.click())
    qtbot.mouseClick(tab.delete_file_button, Qt.MouseButton.LeftButton)
    assert not piece_file.exists()
    assert not tab.delete_file_button.isVisible()
    assert tab.model.rowCount() == 1, "the piece itself stays kept"
