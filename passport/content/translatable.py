"""The core's mark for words the app shows in the reader's language.

``QT_TRANSLATE_NOOP("Context", "words")`` returns the words as they are (the core and the CLI
show them so); ``tools/update_translations.py`` finds the marks by this name and the app
translates under that context when it shows them. One definition, for every core module that
has words of its own to show (the sentences, the starter sections, the plan's steps).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translators under ``context``; returns it unchanged."""
    return text
