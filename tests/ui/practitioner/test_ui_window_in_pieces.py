"""The practitioner's window comes a piece per turn of the event loop, so the app keeps answering
while it opens (issue 15): its frame, then the list read, then the list and the file's side shown
and painted whole, then the first file. The list is never painted empty or half sized, and the
keyboard is on the list from the start, never on a button for a moment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from passport.exchange.contacts import Contact
from passport.profile import Profile
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import focused, wait_active
from ui.app import PassportApp
from ui.windows.practitioner_window import PractitionerWindow


class FirstPaint(QObject):
    """What the list showed at its first paint."""

    def __init__(self, window: PractitionerWindow) -> None:
        super().__init__()
        self.window = window
        self.seen: dict[str, object] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            table = self.window.list
            header = table.horizontalHeader()
            self.seen = {
                "rows": self.window.model.rowCount(),
                "cut": [column for column in range(header.count() - 1)  # the last one stretches
                        if header.sectionSize(column) < table.sizeHintForColumn(column)],
                "file side": self.window.view.isVisible(),
                "empty words": self.window.empty.isVisible(),
            }
        return False


def test_the_list_is_whole_at_its_first_paint_and_has_the_keyboard(
        qtbot, data_dir, profile: Profile, practitioner: Profile, sam: Contact, entries, tmp_path) -> None:
    profile.people.set_card_details("Skylar Montgomery-Whitfield")  # wider than a column's first width
    path = tmp_path / "share.wpb"
    profile.sharing.make_share(entries, sam, in_a_week(), "For our meeting", path)
    practitioner.received.open_bundle(path)
    app = PassportApp(["--data-dir", str(data_dir)])
    try:
        start = app.controller.start_window
        wait_active(qtbot, start)
        focus_went: list[QWidget] = []
        QApplication.instance().focusChanged.connect(lambda _old, new: focus_went.append(new))

        app.controller.open_profile(practitioner)
        window = app.controller.main_window
        assert isinstance(window, PractitionerWindow)
        assert not window.built and window.model.rowCount() == 0, "its first turn makes the frame, nothing more"
        assert window.body.isHidden()
        watch = FirstPaint(window)
        window.list.viewport().installEventFilter(watch)

        qtbot.waitUntil(lambda: window.built)
        assert watch.seen == {"rows": 1, "cut": [], "file side": True, "empty words": False}
        assert "Shared by Skylar" in window.view.browser.toPlainText(), "and the first file, a turn later"
        assert focused() is window.list
        assert window.card_button not in focus_went, "the keyboard never rested on My card"
        assert set(focus_went) <= {window.list, None}
    finally:
        app.guard.stop()
        app.close()
