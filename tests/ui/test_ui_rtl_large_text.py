"""Right-to-left layout and 200 % text: no label is cut short on Home, in the editor or in
any step of the first-run wizard.

A label that does not wrap must get at least the width it asks for (its size hint);
otherwise Qt cuts its words off at the edge. Labels that wrap grow downwards instead, so
they are not checked here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.helpers import PASSPHRASE
from tests.shell_helpers import make_context
from ui.runtime.app_context import AppContext
from ui.runtime.session import Session
from ui.shell.demo import make_demo_profile
from ui.shell.setup_wizard import CODE, SetupWizard
from ui.windows.main_window import HOME, MainWindow

SIZE = (1100, 760)


@pytest.fixture
def rtl_large(qapp, data_dir) -> Iterator[AppContext]:
    context = make_context(data_dir)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    context.theme.set_text_scale(200)
    yield context
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    context.theme.use_defaults()


def clipped_labels(root: QWidget) -> list[str]:
    QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.sizeHint().width() > label.width():
            found.append(f"{label.text()!r}: needs {label.sizeHint().width()} px, has {label.width()}")
    return found


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_home_and_editor_fit_in_rtl_at_200_percent(qtbot, rtl_large, data_dir) -> None:
    profile, _code = make_demo_profile(data_dir / "demo")
    session = Session(profile, rtl_large.pool)
    window = shown(qtbot, MainWindow(session, rtl_large))
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.show_page(HOME)
        assert clipped_labels(window) == []
        image_entry = next(e.id for e in profile.entries() if profile.attachments(e.id))
        window.open_entry(image_entry)
        tiles = window.editor.attachments.tiles
        qtbot.waitUntil(lambda: all(t.image_label is None or not t.image_label.pixmap().isNull() for t in tiles))
        assert clipped_labels(window) == []
    finally:
        window.close()
        profile.lock()


def test_every_wizard_step_fits_in_rtl_at_200_percent(qtbot, rtl_large) -> None:
    wizard = shown(qtbot, SetupWizard(rtl_large))
    try:
        assert clipped_labels(wizard) == [], "welcome"
        wizard.go_next()
        qtbot.keyClicks(wizard.name_field, "Blue notebook")
        assert clipped_labels(wizard) == [], "name"
        wizard.go_next()
        qtbot.keyClicks(wizard.passphrase.first, PASSPHRASE)
        qtbot.keyClicks(wizard.passphrase.second, PASSPHRASE)
        assert clipped_labels(wizard) == [], "passphrase"
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.current_step() == CODE, timeout=10_000)
        assert clipped_labels(wizard) == [], "recovery code"
    finally:
        wizard.discard()
