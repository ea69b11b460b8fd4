"""The Settings button of the carer's and the practitioner's top bar, and its keys: the same
Settings the young person has (text size, colours, locking, passphrase, recovery code, backup)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from ui.runtime.themed_icon import themed_icon

SETTINGS_KEYS = QKeySequence("Ctrl+,")


def settings_button(open_settings: Callable[[], None]) -> QPushButton:
    button = QPushButton(themed_icon("settings"), QCoreApplication.translate("SettingsButton", "Settings"))
    button.setObjectName("settingsButton")
    button.setProperty("scaledIcon", True)
    button.setAccessibleName(QCoreApplication.translate("SettingsButton", "Settings"))
    button.setToolTip(QCoreApplication.translate("SettingsButton", "Text size, colours, locking, passphrase "
                                                 "and backup (Ctrl+,)"))
    button.clicked.connect(open_settings)
    return button
