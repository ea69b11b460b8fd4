"""Make a one-page profile: tick the entries to go on it (none to start with), and each of
what people should know first on its own (a page for a new school may want "Call me" but
not "Please don't ask me about"), see the page as it will print, then print it or save it
as a PDF where the person chooses."""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passport.content.one_page import arrange, heading_for
from passport.errors import InvalidValue, PassportError
from passport.models import Entry
from ui.content.one_page_boundaries import BoundaryChecks
from ui.content.one_page_document import build_one_page, fit_scale, heading_text, paint_one_page, pdf_writer
from ui.content.plan_order import in_plan_order, is_plan_section, plan_positions
from ui.runtime.file_chooser import FileChooser
from ui.runtime.messages import message_for
from ui.runtime.printed_file import claim_private, output_file, printed_words
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session
from ui.widgets.dialog_parts import button_row, words
from ui.widgets.page_scroll import PageScroll
from ui.widgets.tall_enough import keep_tall_enough
from ui.widgets.whole_words import SCREEN_MARGIN
from ui.widgets.wrapping_delegate import WrappingDelegate

ENTRY_ID = Qt.ItemDataRole.UserRole + 1
# An A4 page's writing area at 96 dots an inch, less 15 mm each side: for the "fits" words.
A4_AREA = QSizeF(680, 1010)


class OnePageDialog(QDialog):
    def __init__(self, session: Session, files: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._files = files
        self.setWindowTitle(self.tr("One-page profile"))
        self.setAccessibleName(self.tr("One-page profile"))
        profile = session.profile
        self._entries: dict[str, Entry] = {}
        caption = QLabel(self.tr("&Entries to put on it"))
        self.tree = self._entry_tree()
        caption.setBuddy(self.tree)
        self.boundary_checks = BoundaryChecks(profile.boundaries())
        self.preview = QTextBrowser()
        self.preview.setObjectName("onePagePreview")
        self.preview.setAccessibleName(self.tr("The page as it will print"))
        # At the smallest size too, enough of the page to read a few lines of it.
        self.preview.setMinimumSize(self.fontMetrics().averageCharWidth() * 24, self.fontMetrics().lineSpacing() * 8)
        self.fit_label = words("", "hint", "onePageFit")
        self.status = words("", "lead", "onePageStatus")
        self._make_buttons()
        choices = QWidget()
        left = QVBoxLayout(choices)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(words(self.tr("A page about you for a new school or placement. Tick what goes on it: "
                                     "nothing is on it until you do."), "hint"))
        left.addWidget(caption)
        left.addWidget(self.tree, 1)
        left.addWidget(self.boundary_checks)
        # At large text it scrolls, never squashes; never narrower than its words and a scroll bar.
        choices.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)  # its words' height
        self.choices = PageScroll(choices, framed=False)
        self.choices.setAccessibleName(self.tr("What goes on the page"))
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.fit_label)
        body = QHBoxLayout()
        body.addWidget(self.choices, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(words(self.tr("One-page profile"), "title"))
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(button_row([self.close_button], [self.print_button, self.pdf_button]))
        # Roomier at larger text, as far as the screen allows.
        screen = self.screen().availableGeometry()
        line = self.fontMetrics().lineSpacing()
        self.resize(min(max(1000, self.fontMetrics().averageCharWidth() * 125), screen.width() - SCREEN_MARGIN),
                    min(max(700, line * 36), screen.height() - SCREEN_MARGIN))
        keep_tall_enough(self)  # "It fits on one page" whole at the smallest size too
        self.refresh()
        self.tree.setFocus()

    def _make_buttons(self) -> None:
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_it)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.tree.itemChanged.connect(self.refresh)
        self.boundary_checks.changed.connect(self.refresh)

    def _entry_tree(self) -> QTreeWidget:
        """Entries by section, each section saying which heading it goes under; none ticked."""
        profile = self._session.profile
        tree = QTreeWidget()
        tree.setObjectName("onePageEntries")
        tree.setAccessibleName(self.tr("Entries to put on it"))
        tree.setHeaderHidden(True)
        tree.setItemDelegate(WrappingDelegate(tree))  # long section names and titles wrap, never cut off
        tree.setMinimumHeight(tree.fontMetrics().lineSpacing() * 12)
        tree.header().setAccessibleName(self.tr("Entries"))
        sections = profile.sections()
        for section in sections:
            entries = profile.entries(section.id)
            if not entries:
                continue
            if is_plan_section(section):
                entries = in_plan_order(entries, plan_positions(profile.safety_plan()))
            parent_item = QTreeWidgetItem([self.tr("{section}\n(goes under “{heading}”)").replace(
                "{section}", shown_title(section.key, section.title)).replace("{heading}",
                                                                          heading_text(heading_for(section)))])
            parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                 | Qt.ItemFlag.ItemIsAutoTristate)
            parent_item.setCheckState(0, Qt.CheckState.Unchecked)
            for entry in entries:
                self._entries[entry.id] = entry
                child = QTreeWidgetItem([entry.title])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                child.setData(0, ENTRY_ID, entry.id)
                parent_item.addChild(child)
            tree.addTopLevelItem(parent_item)
        tree.expandAll()
        self._sections = sections
        return tree

    def chosen(self) -> list[Entry]:
        root = self.tree.invisibleRootItem()
        return [self._entries[root.child(s).child(e).data(0, ENTRY_ID)] for s in range(root.childCount())
                for e in range(root.child(s).childCount())
                if root.child(s).child(e).checkState(0) == Qt.CheckState.Checked]

    def _name(self) -> str:
        profile = self._session.profile
        call_me = self.boundary_checks.chosen().call_me
        if call_me:
            return call_me
        try:
            return profile.people.own_card().display_name
        except InvalidValue:  # no name on the card yet (and "Call me" is not picked)
            return ""

    def document(self) -> QTextDocument:
        """The page, made afresh from what is ticked now."""
        boundaries = self.boundary_checks.chosen()
        return build_one_page(self._name(), arrange(self.chosen(), self._sections),
                              None if boundaries.is_empty() else boundaries)

    def refresh(self) -> None:
        self.status.clear()  # "Saved as a PDF" was said of the page as it was
        chosen = bool(self.chosen())
        document = self.document()
        scale = fit_scale(document.clone(), A4_AREA)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        if scale >= 1:
            self.fit_label.setText(self.tr("It fits on one page."))
        elif scale >= 0.7:
            self.fit_label.setText(self.tr("It fits on one page, a little smaller."))
        else:
            self.fit_label.setText(self.tr("That's a lot for one page: the words will print small. "
                                           "You could untick some."))
        self.print_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen)

    def save_pdf(self) -> None:
        path = self._files.save_path(self, self.tr("Save as PDF"), self.tr("About me.pdf"),
                                     self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            paint_one_page(self.document(), pdf_writer(claim_private(path)))
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        self.status.setText(printed_words(path))

    def print_it(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            path = output_file(printer)
            paint_one_page(self.document(), printer)
        except (OSError, PassportError) as exc:
            self.status.setText(message_for(exc))
            return
        self.status.setText(printed_words(path))
