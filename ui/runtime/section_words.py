"""A section's title and prompt as the reader sees them: the app's own starter words in the
reader's language, the owner's own words exactly as they wrote them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from passport.content.sections import as_started, starter_prompt


def shown_title(key: str | None, title: str) -> str:
    """``title`` in the reader's language while it is still the starter section's own."""
    return QCoreApplication.translate("StarterSections", title) if as_started(key, title) is not None else title


def shown_prompt(key: str | None, prompt: str) -> str:
    return QCoreApplication.translate("StarterSections", prompt) if starter_prompt(key, prompt) else prompt
