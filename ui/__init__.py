"""The Say It Once desktop app (PySide6). Talks to the core only through
``passport.profile.Profile`` and the :class:`ui.runtime.session.Session` that wraps it."""
