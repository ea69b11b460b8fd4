"""Every main screen, opened for real in the running app, has a name for every control.

The rule this test holds every screen to (a screen reader says nothing useful otherwise):

* An *interactive* widget is a button (any QAbstractButton), a line edit, a text edit,
  a combo box, a spin or date edit (QAbstractSpinBox), a list/tree/table view, a slider,
  a tab bar, or any other widget that can be reached with Tab (a focusable card).
* It is *named* when ``accessibleName()`` is not empty. A button is also named by its own
  visible text (``text()`` without the mnemonic ``&``), since that is what a screen reader
  reads for it. Nothing else counts: a placeholder or a tooltip is not a name.
* Parts Qt builds inside a control (objects named ``qt_*``, such as a spin box's inner line
  edit, a scroll area's scroll bars, and a combo box's pop-up list) take their name from the
  control that holds them, so they are not checked on their own.
* A QLabel whose text has a mnemonic (``&`` before a letter, as in "&Name") must have a
  buddy, or the Alt key does nothing and the label names no field.
* Every QLabel beside a field in a QFormLayout has that field as its buddy (for a row whose
  field is a layout, the first widget in it that takes focus).

Hidden widgets are checked too (a button that appears later needs its name as much).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from passport.profile import Profile
from tests.helpers import FAST_KDF, PASSPHRASE, wav_bytes
from ui.app import PassportApp
from ui.content.attachment_tile import AttachmentTile
from ui.shell.demo import DEMO_PASSPHRASE, make_demo_profile
from ui.shell.setup_wizard import CODE, NAME, WELCOME
from ui.shell.setup_wizard import PASSPHRASE as PASSPHRASE_STEP

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider, QTabBar)
# Qt's own pop-up of a combo box, which has no object name.
QT_PARTS = frozenset({"QComboBoxPrivateContainer", "QComboBoxListView"})
MNEMONIC = re.compile(r"(?<!&)&(?!&)\w")


def _is_qt_part(widget: QWidget, root: QWidget) -> bool:
    """True for a part Qt built inside a control (it is named ``qt_*``, or sits in one)."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        if current.objectName().startswith("qt_") or type(current).__name__ in QT_PARTS:
            return True
        current = current.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    path = []
    current: QWidget | None = widget
    while current is not None and len(path) < 4:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} text={text!r} in {' < '.join(path)}"


def _is_interactive(widget: QWidget) -> bool:
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _is_named(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def _layouts(layout: QLayout) -> Iterator[QLayout]:
    yield layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            yield from _layouts(child)


def _first_focusable(layout: QLayout) -> QWidget | None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget()
        if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
        if item.layout() is not None and (found := _first_focusable(item.layout())) is not None:
            return found
    return None


def _form_problems(form: QFormLayout) -> list[str]:
    problems = []
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None or not isinstance(label_item.widget(), QLabel):
            continue
        label: QLabel = label_item.widget()
        field = field_item.widget() or (field_item.layout() and _first_focusable(field_item.layout()))
        if field is not None and label.buddy() is not field:
            problems.append(f"form label {label.text()!r} is not the buddy of its field {_describe(field)}")
    return problems


def problems_in(root: QWidget) -> list[str]:
    """Everything under ``root`` (``root`` included) that breaks the rule above."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if _is_qt_part(widget, root):
            continue
        if _is_interactive(widget) and not _is_named(widget):
            problems.append(f"no accessible name: {_describe(widget)}")
        if isinstance(widget, QLabel) and widget.buddy() is None and MNEMONIC.search(widget.text()):
            problems.append(f"mnemonic label without a buddy: {_describe(widget)}")
        if widget.layout() is not None:
            for layout in _layouts(widget.layout()):
                if isinstance(layout, QFormLayout):
                    problems += _form_problems(layout)
    return problems


def test_the_checker_catches_what_it_should(qtbot) -> None:
    """The rule itself: an unnamed field, an unnamed icon button and a lonely mnemonic fail."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    named, unnamed, icon_only = QLineEdit(), QLineEdit(), QPushButton()
    named.setAccessibleName("Name")
    caption, lonely = QLabel("&Name"), QLabel("&Colour")
    caption.setBuddy(named)
    form = QFormLayout()
    form.addRow(QLabel("Age"), QLineEdit(accessibleName="Age"))
    layout = QVBoxLayout(root)
    for widget in (caption, named, unnamed, icon_only, lonely, QPushButton("&Save")):
        layout.addWidget(widget)
    layout.addLayout(form)
    found = "\n".join(problems_in(root))
    assert found.count("no accessible name") == 2
    assert "'&Colour'" in found and "mnemonic label without a buddy" in found
    assert "form label 'Age' is not the buddy" in found
    assert "'&Save'" not in found


class Walker:
    """Collects the problems of each screen by name, so one run reports all of them."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def walk(self, screen: str, root: QWidget) -> None:
        # Pages already dropped (deleteLater) are gone before the walk, as on a real screen.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        if problems := problems_in(root):
            self.found[screen] = problems

    def walk_modal(self, screen: str, opener: Callable[[], object]) -> None:
        """Call ``opener``, which opens a modal dialog with exec(); walk it, then close it."""
        seen: list[QDialog] = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                QTimer.singleShot(20, look)
                return
            seen.append(dialog)
            self.walk(screen, dialog)
            dialog.reject()

        QTimer.singleShot(0, look)
        opener()
        assert seen, f"{screen} did not open"

    def report(self) -> str:
        return "\n".join(f"[{screen}]\n  " + "\n  ".join(found) for screen, found in self.found.items())


@pytest.fixture
def demo_dir(data_dir):
    """The demo passport, with a sound added beside the picture in one entry."""
    profile, _code = make_demo_profile(data_dir)
    entry = next(e for e in profile.entries() if e.title == "What I'm good at")
    profile.add_attachment(entry.id, "humming.wav", wav_bytes())
    profile.lock()
    return data_dir


def _entry_with_both(profile: Profile) -> str:
    return next(e.id for e in profile.entries() if e.title == "What I'm good at")


def test_every_control_of_every_main_screen_has_a_name(qtbot, demo_dir) -> None:
    app = PassportApp(["--data-dir", str(demo_dir)])
    app.context.kdf = FAST_KDF
    walker = Walker()
    try:
        controller = app.controller
        start = controller.start_window
        qtbot.waitExposed(start)
        walker.walk("launcher", start)

        start.launcher.new_button.click()  # whatever "Make a new passport" asks first
        walker.walk("making a new one", start)

        # The first-run wizard, step by step, ending in a new (empty) passport.
        controller.show_wizard()
        wizard = start.wizard
        assert wizard is not None and wizard.current_step() == WELCOME
        walker.walk("wizard: welcome", start)
        wizard.go_next()
        assert wizard.current_step() == NAME
        walker.walk("wizard: name", start)
        qtbot.keyClicks(wizard.name_field, "Blue notebook")
        wizard.go_next()
        assert wizard.current_step() == PASSPHRASE_STEP
        walker.walk("wizard: passphrase", start)
        qtbot.keyClicks(wizard.passphrase.first, PASSPHRASE)
        qtbot.keyClicks(wizard.passphrase.second, PASSPHRASE)
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
        walker.walk("wizard: recovery code", start)
        qtbot.keyClicks(wizard.check_field, wizard.code_view.code_label.text().split("-")[-1])
        wizard.go_next()
        qtbot.waitUntil(lambda: controller.main_window is not None)
        walker.walk("main window: empty home", controller.main_window)

        # Unlock, in both of its modes.
        controller.lock()
        walker.walk("unlock: passphrase", start)
        start.unlock.toggle.click()
        walker.walk("unlock: recovery code", start)
        start.unlock.back_button.click()

        demo = next(row for row, label in enumerate(start.launcher.labels()) if label != "Blue notebook")
        start.launcher.list.setCurrentRow(demo)
        start.launcher.open_button.click()
        qtbot.keyClicks(start.unlock.field, DEMO_PASSPHRASE)
        start.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        window = controller.main_window
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.home.built)  # Home comes a piece per turn
        assert window.home.review_prompts, "the demo has an entry to check, so its prompt is walked"
        walker.walk("home (demo)", window)
        window.home.show_section(window.session.profile.sections()[0].id)
        walker.walk("home: one section's list", window)
        window.home.show_overview()

        window.open_entry(_entry_with_both(window.session.profile))
        tiles: list[AttachmentTile] = window.editor.attachments.tiles
        assert {t.attachment.kind for t in tiles} >= {"image", "audio"}
        qtbot.waitUntil(lambda: all(t.image_label is None or (t.image_label.pixmap() is not None
                                    and not t.image_label.pixmap().isNull()) for t in tiles))
        walker.walk("editor with a picture and a sound", window)
        walker.walk_modal("earlier versions", window.editor.history_button.click)
        walker.walk_modal("confirm erasing", window.editor.erase_button.click)
        window.editor.leave()

        window.start_search()
        qtbot.keyClicks(window.search.field, "art")
        qtbot.waitUntil(lambda: window.search.model.rowCount() > 0)
        walker.walk("search with results", window)
        window.show_page(2)
        walker.walk("timeline", window)
        window.show_page(3)
        walker.walk("help", window)

        window.open_settings()
        qtbot.waitExposed(window.settings_dialog)
        walker.walk("settings", window.settings_dialog)
        recovery = window.settings_dialog.recovery_tab
        window.settings_dialog.pages.setCurrentWidget(recovery)
        walker.walk("settings: recovery code", window.settings_dialog)
        qtbot.keyClicks(recovery.passphrase, DEMO_PASSPHRASE)
        recovery.new_code_button.click()
        qtbot.waitUntil(lambda: bool(recovery.code_view.code_label.text()))
        walker.walk("settings: new recovery code", window.settings_dialog)
        window.settings_dialog.reject()

        controller.quick_hide()
        walker.walk("neutral page", start)
    finally:
        app.close()
    assert not walker.found, "controls a screen reader can't name:\n" + walker.report()
