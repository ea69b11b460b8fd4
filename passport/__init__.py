"""Wellbeing Passport core: profiles, key slots, the encrypted store and file formats.

This package never imports Qt; the desktop app in ``ui/`` and the ``passport`` command
line both drive it through :class:`passport.profile.Profile`.
"""

__version__ = "0.1.0"
