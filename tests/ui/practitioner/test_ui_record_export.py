"""The practitioner's "Export for records…" (issue 17): there only where the young person
allowed it; where not, no way to export, and print and PDF say "not for the record"."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt

from passport.profile import Profile
from tests.sharing_helpers import in_a_week
from tests.shell_helpers import make_context
from tests.ui.practitioner.test_ui_practitioner import open_by_click
from tests.ui.test_ui_accessibility import problems_in
from ui.runtime.session import Session
from ui.windows.practitioner_window import PractitionerWindow


@pytest.fixture
def window(qtbot, practitioner: Profile, data_dir: Path, chooser) -> PractitionerWindow:
    view = PractitionerWindow(Session(practitioner), make_context(data_dir), chooser)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.built)  # its list read and its body shown, a turn each
    return view


def shared(profile: Profile, sam, entries: list[str], out: Path, records: bool) -> Path:
    profile.sharing.make_share(entries, sam, in_a_week(), "Moving to a new school", out, records=records)
    return out


def test_an_allowed_share_exports_for_records(qtbot, window, chooser, profile, sam, entries, practitioner,
                                             tmp_path) -> None:
    open_by_click(qtbot, window, chooser, shared(profile, sam, entries, tmp_path / "s.wpb", records=True))
    view = window.view
    assert view.record_button.isVisible() and view.record_button.isEnabled()
    assert "May be copied into their records" in view.browser.toPlainText()
    assert "Not for the record" not in view.content.footer()
    assert problems_in(view) == []

    chooser.answer(tmp_path / "record")
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved for the record as record.json"), timeout=10_000)
    assert view.record_button.isEnabled()
    data = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    media = [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Media"]
    picture = next(m for m in media if m["content"]["title"] == "me.png")
    attachment = next(a for a in profile.attachments(entries[0]) if a.name == "me.png")
    assert hashlib.sha256(base64.b64decode(picture["content"]["data"])).hexdigest() == attachment.sha256


def test_a_read_only_share_has_no_export_and_prints_not_for_the_record(qtbot, window, chooser, profile, sam,
                                                                       entries, tmp_path) -> None:
    open_by_click(qtbot, window, chooser, shared(profile, sam, entries, tmp_path / "s.wpb", records=False))
    view = window.view
    assert not view.record_button.isVisible()
    assert "Read only: not for the record" in view.browser.toPlainText()
    pdf = tmp_path / "printed.pdf"
    chooser.answer(pdf)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(n).text().split()) for n in range(document.pageCount())]
    document.close()
    assert pages and all("Not for the record." in page for page in pages)
    asked = list(chooser.asked)
    view.record_button.export()  # even called directly, with nothing allowed it asks nothing, writes nothing
    assert chooser.asked == asked
    assert list(tmp_path.glob("*.json")) == []
