"""A new recovery code made in Settings and not yet checked (its last group typed back).

Making a code only shows it: the old code keeps opening the passport until the check is
passed, and only then does the profile move to the new one (the store re-encrypted under a
new key, in the job runner). Until then the person can show it again, even after closing
Settings. It lives only in memory, for as long as the passport is open; locking forgets it,
and the old code is then still the one that works (the profile keeps a mark, no secret, so
the app can say so next time: :func:`unfinished_words`). The jobs report here, not to the
Settings tab that asked, so a code made or kept while Settings closed is not lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from passport.errors import PassportError
from passport.profile import NewRecoveryCode, Profile
from ui.runtime.session import Session

_NAME = "uncheckedRecoveryCode"


class UncheckedCode(QObject):
    made = Signal()  # a new code is held, to show and check
    failed = Signal(object)  # BaseException: no new code; the old one still works
    kept = Signal()  # checked, and now the profile's code
    keep_failed = Signal(object)  # BaseException: not moved to it; the old one still works

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName(_NAME)
        self._session = session
        self._prepared: NewRecoveryCode | None = None
        self.making = False
        self.keeping = False
        session.about_to_lock.connect(self.forget)

    @classmethod
    def of(cls, session: Session) -> UncheckedCode:
        """The session's one holder, made when first asked for."""
        held = session.findChild(UncheckedCode, _NAME)
        return held if held is not None else cls(session)

    @property
    def code(self) -> str:
        return self._prepared.code if self._prepared is not None else ""

    @property
    def busy(self) -> bool:
        return self.making or self.keeping

    def make_new(self, passphrase: str) -> None:
        """Check the passphrase and make a code to show, in the job runner; nothing changes yet."""
        if self.busy or self._prepared is not None:
            return
        self.making = True
        self._session.run(self._session.profile.prepare_recovery_code, passphrase, context=self,
                          on_finished=self._made, on_failed=self._not_made)

    def _made(self, prepared: NewRecoveryCode) -> None:
        self.making = False
        self._prepared = prepared
        self.made.emit()

    def _not_made(self, exc: BaseException) -> None:
        self.making = False
        self.failed.emit(exc)

    def keep(self) -> None:
        """Checked: the profile moves to the new code (the store re-encrypted, in the job runner)."""
        if self.busy or self._prepared is None:
            return
        self.keeping = True
        self._session.run(self._session.profile.commit_recovery_code, self._prepared, context=self,
                          on_finished=self._kept, on_failed=self._not_kept)

    def _kept(self, _result: object) -> None:
        self.keeping = False
        self._prepared = None
        self.kept.emit()

    def _not_kept(self, exc: BaseException) -> None:
        self.keeping = False
        self.keep_failed.emit(exc)

    def forget(self) -> None:
        """The passport locks: the code is not shown again, and never becomes the profile's."""
        self._prepared = None
        self.making = self.keeping = False


def unfinished_words(profile: Profile) -> str:
    """Once, after a new code was made and never checked: the plain words that say so ("" if
    there is nothing to say). Said once: the profile forgets the mark as they are given."""
    try:
        if not profile.unfinished_recovery_code():
            return ""
        profile.forget_unfinished_recovery_code()
    except (PassportError, OSError):  # locked under us, or the key file unreadable: nothing to say
        return ""
    return QCoreApplication.translate("UncheckedCode",
                                      "You didn't finish making a new code. Your old code still works.")
