"""After "Save the file…" the carer reads the whole of what to do next (issue 48): the message
and the help line under the history are never squeezed into a strip or cut off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from passport.profile import Profile
from tests.helpers import add_entry
from tests.suggestion_helpers import introduce
from tests.ui_sharing_helpers import AnsweringChooser
from ui.runtime.session import Session
from ui.suggestions.send_suggestions_dialog import SendSuggestionsDialog
from ui.widgets.whole_words import SCREEN_MARGIN


def _whole(label: QLabel) -> bool:
    """The label is as tall as its words at its width."""
    return label.height() >= label.heightForWidth(label.width())


def _in_sight(widget: QWidget, view: QWidget) -> bool:
    """All of ``widget`` lies inside the scrolling body's visible part."""
    top = widget.mapTo(view, widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= view.height()


def test_the_saved_message_and_the_help_show_whole(qtbot, jo: Profile, sky: Profile, tmp_path: Path) -> None:
    introduce(jo, sky, tmp_path)
    for title in ("Walking the dog", "Music before bed"):
        add_entry(jo, title, "Something I noticed.")
    chooser = AnsweringChooser()
    dialog = SendSuggestionsDialog(Session(jo), chooser)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for row in range(dialog.drafts.count()):
        dialog.drafts.item(row).setCheckState(Qt.CheckState.Checked)
    chooser.answer(tmp_path / "for-sky.wpb")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved 2" in dialog.status.text(), timeout=10_000)
    QApplication.processEvents()
    QApplication.processEvents()
    body = next(area for area in dialog.findChildren(QScrollArea) if area.widget().isAncestorOf(dialog.status))
    for label in (dialog.status, dialog.sent_hint):
        assert _whole(label), f"{label.objectName()} is {label.height()} px for {label.heightForWidth(label.width())}"
        if dialog.height() < dialog.screen().availableGeometry().height() - SCREEN_MARGIN:  # else it scrolls
            assert _in_sight(label, body.viewport()), f"{label.objectName()} is below the part in sight"
