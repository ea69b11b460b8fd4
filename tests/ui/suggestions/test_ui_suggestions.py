"""Carer to young person through the real windows: a carer drafts three suggestions and
sends them; the young person opens the file, adds one, changes then adds one, and says no
to one. Attribution and history are right, and the declined one is gone everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from passport.errors import BundleUntrustedSender
from passport.profile import Profile
from tests.helpers import add_entry, png_bytes
from tests.shell_helpers import make_context
from tests.suggestion_helpers import holds_text, introduce, raw_files_hold
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session
from ui.suggestions.suggestion_inbox_view import SuggestionInboxView
from ui.windows.carer_window import CarerWindow

DECLINED = "DECLINED-2b7d-plover"


def draft(qtbot, window: CarerWindow, section: str, title: str, body: str) -> None:
    """Write a draft as a carer would: "Add something" in a section, type, go back."""
    section_id = next(s.id for s in window.session.profile.sections() if s.title == section)
    block = window.home.block(section_id)
    qtbot.mouseClick(block.add_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert window.pages.currentWidget() is editor
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.body_edit, body)
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.home


def carer_sends(qtbot, jo: Profile, sky: Profile, tmp_path: Path) -> Path:
    """Jo adds Sky's card, drafts three suggestions and saves them as a file."""
    chooser = AnsweringChooser()
    session = Session(jo)
    window = CarerWindow(session, make_context(tmp_path), chooser)
    qtbot.addWidget(window)
    window.show()

    sky_card = tmp_path / "sky.wpcard"
    sky.people.export_card(sky_card)
    qtbot.mouseClick(window.add_card_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    chooser.answer(sky_card)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.who.text().startswith("Sky")
    qtbot.mouseClick(dialog.match_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    (contact,) = jo.people.contacts()
    assert contact.display_name == "Sky" and contact.checked

    draft(qtbot, window, "What helps", "Walking the dog", "Sky calms down when we walk Biscuit.")
    draft(qtbot, window, "What helps", "Music before bed", "Quiet music helps Sky sleep.")
    draft(qtbot, window, "When things get hard", "Loud rooms", f"Sky leaves loud rooms {DECLINED}.")
    walk = next(e for e in jo.entries() if e.title == "Walking the dog")
    session.apply(jo.add_attachment(walk.id, "biscuit.png", png_bytes(24, 12)))

    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    sender = window.dialog
    assert sender.drafts.count() == 3
    sender.drafts.setFocus()
    for row in range(3):
        sender.drafts.setCurrentRow(row)
        qtbot.keyClick(sender.drafts, Qt.Key.Key_Space)  # tick it
    assert len(sender.chosen_ids()) == 3
    qtbot.keyClicks(sender.note_field, "Some things I noticed")
    out = tmp_path / "for-sky.wpb"
    chooser.answer(out)
    qtbot.mouseClick(sender.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved 3" in sender.status.text(), timeout=10_000)
    assert out.exists()
    window.close()
    return out


def test_carer_to_young_person_round_trip(qtbot, qtmodeltester, sky: Profile, jo: Profile, tmp_path: Path) -> None:
    introduce(sky, jo, tmp_path)  # Sky added Jo's card (the people screen does that)
    add_entry(sky, "Biscuit the dog", "My best friend.")
    suggestion_file = carer_sends(qtbot, jo, sky, tmp_path)
    entries_before = sky.entries()

    chooser = AnsweringChooser([suggestion_file])
    inbox = SuggestionInboxView(Session(sky), chooser)
    qtbot.addWidget(inbox)
    inbox.resize(1000, 700)
    inbox.show()
    assert inbox.empty.isVisible()
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(inbox.model)
    assert inbox.status.text().startswith("Jo Carter sent 3 suggestions.")
    assert sky.entries() == entries_before  # opening adds nothing to the passport

    # Side by side: the suggestion and the entry it relates to.
    assert inbox.current().title == "Walking the dog"
    assert inbox.from_label.text() == "From Jo Carter, for “What helps”"
    assert "Some things I noticed" in inbox.note_label.text()
    assert next(card.entry.title for card in inbox.related_cards) == "Biscuit the dog"

    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    assert inbox.model.rowCount() == 2
    assert inbox.current().title == "Music before bed"
    qtbot.mouseClick(inbox.edit_button, Qt.MouseButton.LeftButton)
    editor = inbox.edit_dialog
    assert editor is not None and editor.body_edit.toPlainText() == "Quiet music helps Sky sleep."
    editor.body_edit.selectAll()
    qtbot.keyClicks(editor.body_edit, "Quiet music helps me sleep. My playlist.")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert inbox.model.rowCount() == 1

    assert inbox.current().title == "Loud rooms"
    qtbot.mouseClick(inbox.decline_button, Qt.MouseButton.LeftButton)
    assert inbox.confirm_bar.isVisible() and "won't go in your passport" in inbox.confirm_text.text()
    qtbot.mouseClick(inbox.keep_button, Qt.MouseButton.LeftButton)  # changed their mind: nothing happens
    assert inbox.model.rowCount() == 1
    qtbot.mouseClick(inbox.decline_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inbox.confirm_decline_button, Qt.MouseButton.LeftButton)
    assert inbox.model.rowCount() == 0 and inbox.empty.isVisible()
    assert "won't go in your passport" in inbox.status.text()

    by_title = {e.title: e for e in sky.entries()}
    walk, music = by_title["Walking the dog"], by_title["Music before bed"]
    assert walk.suggested_by == music.suggested_by == "Jo Carter"
    assert walk.section_id == sky.section_by_key("what_helps").id
    assert [a.name for a in sky.attachments(walk.id)] == ["biscuit.png"]
    assert music.body == "Quiet music helps me sleep. My playlist."
    assert [r.number for r in sky.revisions(music.id)] == [1]
    walk_origin = sky.suggestions.revision_origin(walk.id, 1)
    music_origin = sky.suggestions.revision_origin(music.id, 1)
    assert walk_origin is not None and not walk_origin.edited_before_accepting
    assert music_origin is not None and music_origin.edited_before_accepting
    assert "Loud rooms" not in by_title
    assert holds_text(sky, DECLINED) == [] and holds_text(sky, "Loud rooms") == []
    assert not raw_files_hold(sky, DECLINED.encode())


def test_a_suggestion_from_someone_never_added_is_refused(
    qtbot, sky: Profile, jo: Profile, tmp_path: Path
) -> None:
    introduce(jo, sky, tmp_path)
    entry = add_entry(jo, "Walking the dog")
    out = tmp_path / "unknown.wpb"
    jo.suggestions.make_suggestion([entry], jo.people.contacts()[0], out)

    inbox = SuggestionInboxView(Session(sky), AnsweringChooser([out]))
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    expected = message_for(BundleUntrustedSender(), "suggestion")
    qtbot.waitUntil(lambda: inbox.status.text() == expected, timeout=10_000)
    assert "haven't added" in expected
    assert inbox.model.rowCount() == 0 and sky.suggestions.pending_suggestions() == []
    assert holds_text(sky, "Walking the dog") == []


def test_closing_the_edit_without_adding_keeps_it_waiting(
    qtbot, sky: Profile, jo: Profile, tmp_path: Path
) -> None:
    introduce(sky, jo, tmp_path)
    introduce(jo, sky, tmp_path)
    entry = add_entry(jo, "Walking the dog")
    out = tmp_path / "f.wpb"
    jo.suggestions.make_suggestion([entry], jo.people.contacts()[0], out)
    inbox = SuggestionInboxView(Session(sky), AnsweringChooser([out]))
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(inbox.edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inbox.edit_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert inbox.model.rowCount() == 1 and sky.entries() == []


def test_a_carer_without_a_name_is_asked_for_it_before_choosing_where_to_save(
    qtbot, data_dir: Path, sky: Profile, tmp_path: Path
) -> None:
    from passport.models import ProfileKind
    from tests.helpers import FAST_KDF, PASSPHRASE

    carer, _code = Profile.create(data_dir, ProfileKind.CARER, "Helping", PASSPHRASE, kdf=FAST_KDF)
    try:
        introduce(carer, sky, tmp_path)
        entry = add_entry(carer, "Walking the dog", "Biscuit helps.")
        chooser = AnsweringChooser()
        window = CarerWindow(Session(carer), make_context(tmp_path), chooser)
        qtbot.addWidget(window)
        window.show()
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        sender = window.dialog
        sender.drafts.setFocus()
        sender.drafts.setCurrentRow(0)
        qtbot.keyClick(sender.drafts, Qt.Key.Key_Space)
        assert sender.name_field.isVisible() and sender.name_field.text() == ""
        assert not sender.save_button.isEnabled(), "no name yet: nothing to save, and no file question"
        qtbot.keyClicks(sender.name_field, "Jo")
        assert sender.save_button.isEnabled()
        out = tmp_path / "for-sky.wpb"
        chooser.answer(out)
        qtbot.mouseClick(sender.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Saved a suggestion" in sender.status.text(), timeout=10_000)
        assert out.exists() and carer.people.own_card().display_name == "Jo"
        assert "give them your card too" in sender.status.text()
        assert "Add someone's card" in sender.status.text()
        (sent,) = carer.suggestions.sent_suggestions()
        assert sent.entry_ids == (entry,)
        assert sender.sent.count() == 1 and "to Sky: Walking the dog. No answer yet." in sender.sent.item(0).text()
        assert "open it here" in sender.sent_hint.text() and sender.sent_hint.isVisible()
        window.close()
    finally:
        carer.lock()


def test_nothing_waiting_stays_at_the_top(qtbot, sky: Profile) -> None:
    inbox = SuggestionInboxView(Session(sky), AnsweringChooser())
    qtbot.addWidget(inbox)
    inbox.resize(1000, 900)
    inbox.show()
    qtbot.waitExposed(inbox)
    assert inbox.empty.isVisible()
    assert inbox.empty.geometry().top() < 200, "the words float in the middle of the page"


def test_the_suggestion_and_what_it_relates_to_fit_at_the_default_size(
    qtbot, sky: Profile, jo: Profile, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint

    from ui.windows.main_window import SUGGESTIONS, MainWindow

    introduce(sky, jo, tmp_path)
    introduce(jo, sky, tmp_path)
    add_entry(sky, "Biscuit the dog", "My best friend.")
    entry = add_entry(jo, "Walking the dog", "Sky calms down when we walk Biscuit the dog.")
    out = tmp_path / "f.wpb"
    jo.suggestions.make_suggestion([entry], jo.people.contacts()[0], out)
    window = MainWindow(Session(sky), make_context(data_dir), AnsweringChooser([out]))
    qtbot.addWidget(window)
    window.resize(960, 680)  # the start window's size, which the main window takes
    window.show()
    qtbot.waitExposed(window)
    window.show_page(SUGGESTIONS)
    inbox = window.suggestions
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10_000)
    viewport = inbox.detail.viewport()
    for widget in (inbox.accept_button, inbox.edit_button, inbox.decline_button, *inbox.related_cards):
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        assert right <= viewport.width(), f"{widget.objectName() or widget} is cut off at the right"
    window.close()


def test_the_carers_add_card_dialog_shows_every_row_of_numbers(
    qtbot, sky: Profile, jo: Profile, tmp_path: Path
) -> None:
    sky_card = tmp_path / "sky.wpcard"
    sky.people.export_card(sky_card)
    chooser = AnsweringChooser([sky_card])
    window = CarerWindow(Session(jo), make_context(tmp_path), chooser)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.add_card_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    numbers = dialog.numbers
    qtbot.waitUntil(numbers.isVisible)
    assert numbers.text().count("\n") == 2, "three rows of numbers"
    flags = int(numbers.alignment()) | int(Qt.TextFlag.TextWordWrap)
    needed = numbers.fontMetrics().boundingRect(numbers.contentsRect(), flags, numbers.text())
    assert needed.height() <= numbers.contentsRect().height(), "the last row of numbers is cut off"
    assert numbers.geometry().bottom() < dialog.match_check.geometry().top()
    window.close()


def test_the_drafts_get_the_room_and_what_was_sent_before_wraps(qtbot, jo: Profile, sky: Profile,
                                                               tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.suggestions.send_suggestions_dialog import SendSuggestionsDialog

    introduce(jo, sky, tmp_path)
    titles = ["Walking the dog", "Music before bed", "Loud rooms", "Sunday dinners with everyone",
              "Drawing at the kitchen table"]
    for title in titles:
        add_entry(jo, title, "Something I noticed.")
    chooser = AnsweringChooser()
    dialog = SendSuggestionsDialog(Session(jo), chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    drafts, sent = dialog.drafts, dialog.sent
    row = drafts.visualItemRect(drafts.item(0)).height()
    assert drafts.viewport().height() >= 3 * row, "at least three drafts show at once"
    assert drafts.height() > sent.height(), "the drafts get the room, not an empty history"
    for r in range(drafts.count()):
        drafts.item(r).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "for-sky.wpb"
    chooser.answer(out)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved 5" in dialog.status.text(), timeout=10_000)
    QApplication.processEvents()
    assert sent.count() == 1 and all(title in sent.item(0).text() for title in titles)
    assert not sent.horizontalScrollBar().isVisible(), "the history line wraps, no scrolling sideways"
    shown = sent.visualItemRect(sent.item(0))
    assert sent.viewport().rect().contains(shown), "the whole line shows"
    dialog.close()


def test_the_young_person_lets_the_carer_know_and_the_carer_sees_what_became_of_each(
    qtbot, sky: Profile, jo: Profile, tmp_path: Path
) -> None:
    from tests.helpers import PASSPHRASE
    from tests.sharing_helpers import plaintext_of
    from ui.suggestions.send_suggestions_dialog import SendSuggestionsDialog

    introduce(sky, jo, tmp_path)
    suggestion_file = carer_sends(qtbot, jo, sky, tmp_path)
    chooser = AnsweringChooser([suggestion_file])
    inbox = SuggestionInboxView(Session(sky), chooser)
    qtbot.addWidget(inbox)
    inbox.resize(1000, 700)
    inbox.show()
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=10_000)
    assert inbox.answer_buttons == [], "nothing decided yet: nothing to tell"
    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inbox.edit_button, Qt.MouseButton.LeftButton)
    inbox.edit_dialog.body_edit.selectAll()
    qtbot.keyClicks(inbox.edit_dialog.body_edit, "My playlist, SKY-ONLY-41c2.")
    qtbot.mouseClick(inbox.edit_dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inbox.decline_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inbox.confirm_decline_button, Qt.MouseButton.LeftButton)
    assert inbox.model.rowCount() == 0

    (button,) = inbox.answer_buttons
    assert button.isVisible() and button.text() == "Let Jo Carter know what you decided…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = inbox.answer_dialog
    assert preview is not None and preview.isVisible()
    said = [preview.lines.item(row).text() for row in range(preview.lines.count())]
    assert [line.split(": ", 1)[1] for line in said] == [
        "you added it", "you added it with changes", "you said no, thanks"]
    assert [line.split(" sent on")[0] for line in said] == ["Suggestion 1", "Suggestion 2", "Suggestion 3"]
    assert not any(title in " ".join(said) for title in ("Walking", "Music", "Loud", "SKY-ONLY"))
    answer = tmp_path / "answer.wpreceipt"
    chooser.answer(answer)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.status.text().startswith("Saved."), timeout=10_000)
    jo = Profile.open_with_passphrase(jo.folder, PASSPHRASE)  # closing the carer's window locked it
    assert b"SKY-ONLY-41c2" not in plaintext_of(answer, jo)

    carer_chooser = AnsweringChooser()
    dialog = SendSuggestionsDialog(Session(jo), carer_chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sent.item(0).text().endswith("Loud rooms. No answer yet.")
    assert dialog.open_answer_button.isVisible() and dialog.open_answer_button.isEnabled()
    carer_chooser.answer(suggestion_file)  # the wrong file: said plainly, nothing changes
    qtbot.mouseClick(dialog.open_answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "isn't an answer" in dialog.status.text(), timeout=10_000)
    carer_chooser.answer(answer)
    qtbot.mouseClick(dialog.open_answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sky answered" in dialog.status.text(), timeout=10_000)
    assert dialog.sent.item(0).text().endswith(
        "to Sky: Walking the dog (added), Music before bed (added with changes), Loud rooms (Sky didn't add this one)")
    dialog.close()
    jo.lock()
