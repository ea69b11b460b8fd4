"""The practitioner's "Export for records…": the share on screen as a FHIR R4 document for
their service's records. Shown only with a share whose young person allowed it; for a read-only
share there is no button at all (and the core refuses too: ``RecordsNotAllowed``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from passport.exchange.received import ReceivedBundle
from passport.exchange.records import RecordExport
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.session import Session

SUFFIX = ".json"


class RecordExportButton(QPushButton):
    said = Signal(str)  # what happened, in words, for the view's status line

    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("E&xport for records…"), parent)
        self.setObjectName("recordExportButton")
        self.setAccessibleName(self.tr("Export for records"))
        self.setToolTip(self.tr("Save it as a FHIR document for your service's records. The person who shared "
                                "it allowed this; the copy stays after the share ends or is withdrawn."))
        self._session = session
        self._files = files
        self._bundle: ReceivedBundle | None = None
        self.clicked.connect(self.export)
        self.set_bundle(None)

    def set_bundle(self, bundle: ReceivedBundle | None) -> None:
        self._bundle = bundle if bundle is not None and bundle.records_allowed else None
        self.setVisible(self._bundle is not None)
        self.setEnabled(self._bundle is not None)

    def export(self) -> None:
        bundle = self._bundle
        if bundle is None:
            return
        suggested = self.tr("Record of what {0} shared").format(bundle.sender.display_name) + SUFFIX
        path = self._files.save_path(self, self.tr("Export for records"), suggested,
                                     self.tr("FHIR documents (*{0})").format(SUFFIX))
        if path is None:
            return
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.setEnabled(False)
        self.said.emit(self.tr("Saving the record…"))
        self._session.run(self._session.profile.received.export_for_records, bundle.id, path, context=self,
                          on_finished=lambda export: self._saved(export, path), on_failed=self._not_saved)

    def _saved(self, export: RecordExport, path: Path) -> None:
        self.setEnabled(self._bundle is not None)
        self.said.emit(self.tr("Saved for the record as {0}, in the words of {1}.").format(
            path.name, export.sender_name))

    def _not_saved(self, error: BaseException) -> None:
        self.setEnabled(self._bundle is not None)
        self.said.emit(message_for(error) + " " + self.tr("No record was saved."))
