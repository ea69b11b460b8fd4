"""A new recovery code made in Settings and not yet checked (its last group typed back).

Until it is checked the person can show it again, even after closing Settings: the old code
already stopped working, so losing sight of the new one before writing it down would leave
them with neither. It lives only in memory, for as long as the passport is open; locking
forgets it (the key it guards is forgotten then too). The job that makes a code reports
here, not to the Settings tab that asked, so a code made while Settings closed is kept too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.runtime.session import Session

_NAME = "uncheckedRecoveryCode"


class UncheckedCode(QObject):
    made = Signal()  # a new code is held
    failed = Signal(object)  # BaseException: no new code; the old one still works

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName(_NAME)
        self._session = session
        self.code = ""
        self.making = False
        session.about_to_lock.connect(self.forget)

    @classmethod
    def of(cls, session: Session) -> UncheckedCode:
        """The session's one holder, made when first asked for."""
        held = session.findChild(UncheckedCode, _NAME)
        return held if held is not None else cls(session)

    def make_new(self) -> None:
        """Make a new code in the job runner (the store is re-encrypted under a new key)."""
        if self.making:
            return
        self.making = True
        self._session.run(self._session.profile.new_recovery_code, context=self,
                          on_finished=self._made, on_failed=self._not_made)

    def _made(self, code: str) -> None:
        self.making = False
        self.code = code
        self.made.emit()

    def _not_made(self, exc: BaseException) -> None:
        self.making = False
        self.failed.emit(exc)

    def forget(self) -> None:
        """Checked, or the passport locks: it is not shown again."""
        self.code = ""
        self.making = False
