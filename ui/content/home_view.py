"""Home: "What's important now" first, then anything to check, then every section.

Home stays quick with thousands of entries: it shows a few cards per section and a
"Show all" list (a model and a delegate, not a widget per entry). It is built a piece per
turn of the event loop, so the window keeps answering: its frame, then what's important now
and the reviews, then one section per turn. The first screen is painted whole, once the last
piece on it is built (until then the page shows what it showed before); the sections below
it come after, out of sight.
A change from the core marks only the parts it touches as stale; they are rebuilt once,
when Home is on screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from passport.clock import today
from passport.errors import NotFound, PassportError, ProfileLocked
from passport.models import AttachmentKind, Change, ChangeKind, Entry, ProfileKind, Section
from ui.content.boundaries_panel import BoundariesPanel
from ui.content.entry_card import EntryCard
from ui.content.plan_order import in_plan_order, is_plan_section, plan_positions
from ui.content.reply_notice import ReplyNotice
from ui.content.review_prompt import ReviewPrompt
from ui.content.section_block import PREVIEW_CARDS, SectionBlock
from ui.content.section_list_page import SectionListPage
from ui.runtime.easy_read import is_easy_read
from ui.runtime.messages import message_for
from ui.runtime.section_words import shown_title
from ui.runtime.session import Session
from ui.runtime.speech import Speaker
from ui.widgets.page_scroll import PageScroll
from ui.widgets.read_aloud_button import ReadAloudButton
from ui.widgets.spoken_page import QuietStack
from ui.widgets.tab_order import follow_layout

KEEP_FOR_MONTHS = 3
MAX_REVIEW_PROMPTS = 5
ALL = "all"  # stale marker: rebuild everything
# The fewest lines of text a card or a section heading takes: how many fit on the first
# screen is the screen's height over this many lines (an overestimate, which is safe).
LINES_PER_ITEM = 4
RETRY_MSEC = 50  # building again after the store was closed for a moment


class HomeView(QWidget):
    open_entry = Signal(str)
    new_entry = Signal(int)  # section id

    def __init__(self, session: Session, parent: QWidget | None = None, *, speaker: Speaker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView")
        self.session = session
        self._speaker = speaker
        self.easy_read = is_easy_read(session.profile)
        self.read_aloud: ReadAloudButton | None = None
        self._blocks: dict[int, SectionBlock] = {}
        self._sections: dict[int, Section] = {}
        self._counts: dict[int, int] = {}
        self._unbuilt: list[Section] = []  # built one per turn, the first screen's first
        self._room = 0  # how many more cards and headings fit on the first screen
        self._top_pending = False  # what's important now and the reviews, built on the next turn
        self._entry_sections: dict[str, int] = {}
        self._attachment_kinds: dict[str, set[AttachmentKind]] = {}  # one query per refresh, not one per card
        self._stale: set[int | str] = {ALL}
        self.important_cards: list[EntryCard] = []
        self.review_prompts: list[ReviewPrompt] = []
        self.boundaries_dialog: QDialog | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh_stale)
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.timeout.connect(self._build_later)

        self.pages = QuietStack()  # not "layered pane. Home." (the Orca run)
        self.pages.addWidget(self._build_overview())
        self.section_list = SectionListPage(session)
        self.section_list.open_entry.connect(self.open_entry)
        self.section_list.add_requested.connect(self.new_entry)
        self.section_list.back.connect(self.show_overview)
        self.pages.addWidget(self.section_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        session.changed.connect(self._on_change)
        session.locked.connect(self._stop_building)
        self.refresh_stale()

    def _build_overview(self) -> QScrollArea:
        page = QWidget()
        page.setObjectName("homePage")
        self._layout = QVBoxLayout(page)
        self._layout.setContentsMargins(24, 20, 24, 24)
        self._layout.setSpacing(12)
        # The young person's boundaries first (a carer's Home, which drafts for them, has none).
        self.boundaries_panel = BoundariesPanel(page)
        self.boundaries_panel.edit_requested.connect(self.edit_boundaries)
        self.boundaries_panel.setVisible(self.session.profile.kind is ProfileKind.YOUNG_PERSON)
        self._layout.addWidget(self.boundaries_panel)
        # A reply not read yet, leading to it (issue 17): without it, it waited under People.
        self.reply_notice = ReplyNotice(self.session, page)
        self._layout.addWidget(self.reply_notice)
        heading = QLabel(self.tr("What's important now"))
        heading.setObjectName("importantNowHeading")
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("homeStatus")
        self.status.setProperty("role", "lead")
        self.status.setWordWrap(True)
        self.status.hide()
        self.important, self._important_layout = _column("importantNow", top=0, spacing=10)
        self.nothing_pinned = QLabel(self.tr("Nothing here yet. Pin what matters most. It shows here first.")
                                     if self.easy_read else
                                     self.tr("Nothing here yet. Tick “Important now” on an entry "
                                             "to keep it at the top."))
        self.nothing_pinned.setObjectName("nothingPinned")
        self.nothing_pinned.setProperty("role", "hint")
        self.nothing_pinned.setWordWrap(True)
        self.review, self._review_layout = _column("reviewDue", top=12, spacing=14)
        self.sections_area, self._sections_layout = _column("homeSections", top=12, spacing=12)
        self._heading = heading
        if self._speaker is not None:
            self.read_aloud = ReadAloudButton(self._speaker, self.words_to_read, self.tr("this page"))
            self._layout.addWidget(heading)
            self._layout.addWidget(self.read_aloud)
        else:
            self._layout.addWidget(heading)
        for widget in (self.status, self.important, self.nothing_pinned, self.review, self.sections_area):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        scroll = PageScroll(page)
        scroll.setObjectName("homeScroll")
        scroll.setAccessibleName(self.tr("Home"))
        self._scroll = scroll
        self.setFocusProxy(scroll)  # focusing Home lands on its (named) page, not on nothing
        return scroll

    # --- showing -------------------------------------------------------------------

    def show_overview(self) -> None:
        self.pages.setCurrentIndex(0)
        self.refresh_stale()

    def show_section(self, section_id: int) -> None:
        """The whole list of one section ("Show all")."""
        self.section_list.show_section(section_id)
        self.pages.setCurrentIndex(1)

    def block(self, section_id: int) -> SectionBlock:
        self.finish_building()
        return self._blocks[section_id]

    def finish_building(self) -> None:
        """Build what is not built yet (otherwise built a piece per turn): the top, every section."""
        self._build(1 + len(self._unbuilt))

    @property
    def built(self) -> bool:
        """Everything on Home is built, the sections out of sight included."""
        return not self._top_pending and not self._unbuilt

    def refresh_stale(self) -> None:
        """Rebuild what changes made stale. Cheap when nothing is."""
        if not self._stale:
            return
        stale, self._stale = self._stale, set()
        try:
            self._attachment_kinds = self.session.profile.attachment_kinds_by_entry()
            if ALL in stale:
                self._rebuild_all()
            else:
                if not self._top_pending:  # else it is built on its turn, as it is now
                    self._refresh_top()
                self._counts = self.session.profile.entry_counts()
                for section_id in stale:
                    if isinstance(section_id, int) and section_id in self._blocks:
                        self._fill_block(self._blocks[section_id])
        except ProfileLocked:
            return  # locked under us: the shell is closing this window
        self._order_tabs()

    def _order_tabs(self) -> None:
        # Cards and sections are made as they come, after the buttons below them: Tab would
        # jump about. It follows the page as it is seen instead.
        follow_layout(self._scroll, self._scroll)

    def _rebuild_all(self) -> None:
        profile = self.session.profile
        for block in self._blocks.values():
            block.hide()
            block.deleteLater()
        self._blocks.clear()
        self._counts = profile.entry_counts()
        self._entry_sections = {}
        self._unbuilt = profile.sections()
        self._sections = {section.id: section for section in self._unbuilt}
        # The top on the next turn, then the sections one per turn (each reads its cards and lays
        # them out: all at once they held the window for 90 ms and more), but the first screen is
        # painted whole: the page keeps what it showed until then, never a part of it.
        self._top_pending = True
        self._scroll.setUpdatesEnabled(False)
        self._build_timer.start(0)

    def _items_on_first_screen(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        line = self.fontMetrics().lineSpacing()
        return math.ceil(screen.availableGeometry().height() / (LINES_PER_ITEM * line))

    def _build_next(self) -> SectionBlock:
        block = SectionBlock(self._unbuilt[0], self.sections_area, easy_read=self.easy_read)
        try:
            self._fill_block(block)
        except ProfileLocked:
            block.deleteLater()
            raise
        section = self._unbuilt.pop(0)
        block.open_entry.connect(self.open_entry)
        block.add_requested.connect(self.new_entry)
        block.show_all.connect(self.show_section)
        self._blocks[section.id] = block
        self._sections_layout.addWidget(block)
        block.show()  # now, not on the next turn as a layout would: it is there once built
        return block

    def _stop_building(self) -> None:
        self._build_timer.stop()
        self._unbuilt = []
        self._top_pending = False

    def _build_later(self) -> None:
        if self._first_screen_whole() and not self._scroll.updatesEnabled():
            self._scroll.setUpdatesEnabled(True)  # painted on a turn of its own: the first paint is the heaviest piece
        else:
            self._build(1)
        if (self._unbuilt or not self._scroll.updatesEnabled()) and not self._build_timer.isActive():
            self._build_timer.start(0)  # one piece per turn: the window answers in between

    def _first_screen_whole(self) -> bool:
        return not self._top_pending and (self._room <= 0 or not self._unbuilt)

    def _build(self, count: int) -> None:
        """``count`` pieces: the top first, if it is not built, then a section each."""
        try:
            if self._top_pending and count > 0:
                self._refresh_top()
                self._top_pending = False
                self._room = self._items_on_first_screen() - len(self.important_cards) - len(self.review_prompts)
                count -= 1
            for _ in range(min(count, len(self._unbuilt))):
                self._room -= 1 + len(self._build_next().cards)
        except ProfileLocked:
            # Rotating the key closes the store for a moment (a new passphrase): the rest is built
            # once it is back. Locking stops the building (_stop_building).
            self._scroll.setUpdatesEnabled(True)
            self._build_timer.start(RETRY_MSEC)
            return
        if count > 1 and self._first_screen_whole():
            self._scroll.setUpdatesEnabled(True)  # all built at once (finish_building): painted now
        self._order_tabs()

    def _fill_block(self, block: SectionBlock) -> None:
        # Only the few cards shown are loaded: Home stays quick with thousands of entries.
        total = self._counts.get(block.section.id, 0)
        profile = self.session.profile
        if total and is_plan_section(block.section):  # the plan's steps in its order, not newest first
            entries = self._plan_preview(block.section.id)
        else:
            entries = profile.entries(block.section.id, limit=PREVIEW_CARDS) if total else []
        for entry in entries:
            self._entry_sections[entry.id] = entry.section_id
        block.show_entries(entries, total, self._attachment_kinds)

    def _plan_preview(self, section_id: int) -> list[Entry]:
        """The plan's first cards: its steps, then the newest of the rest. Only those are read,
        not the whole section (a thousand entries there held the window for 50 ms)."""
        profile = self.session.profile
        positions = plan_positions(profile.safety_plan())
        found = {entry.id: entry for entry in profile.entries(section_id, limit=PREVIEW_CARDS)}
        for entry_id in positions.keys() - found.keys():
            try:
                found[entry_id] = profile.entry(entry_id)
            except NotFound:
                continue  # erased since: the plan no longer has it
        return in_plan_order(found.values(), positions)[:PREVIEW_CARDS]

    def _section_title(self, section_id: int) -> str:
        section = self._sections.get(section_id)
        return shown_title(section.key, section.title) if section else ""

    def _refresh_top(self) -> None:
        profile = self.session.profile
        if profile.kind is ProfileKind.YOUNG_PERSON:
            self.boundaries_panel.show_boundaries(profile.boundaries())
        for widget in (*self.important_cards, *self.review_prompts):
            widget.hide()
            widget.deleteLater()
        self.important_cards = []
        for entry in profile.important_now():
            card = EntryCard(entry, self._section_title(entry.section_id), large=True,
                             attachment_kinds=self._attachment_kinds.get(entry.id, ()), parent=self.important)
            card.activated.connect(self.open_entry)
            self.important_cards.append(card)
            self._important_layout.addWidget(card)
        self.nothing_pinned.setVisible(not self.important_cards)
        self.review_prompts = []
        for entry in profile.due_for_review()[:MAX_REVIEW_PROMPTS]:
            prompt = ReviewPrompt(entry, self._section_title(entry.section_id), self.review,
                                  attachment_kinds=self._attachment_kinds.get(entry.id, ()))
            prompt.keep.connect(self.keep)
            prompt.update.connect(self.open_entry)
            prompt.unpin.connect(self.unpin)
            self.review_prompts.append(prompt)
            self._review_layout.addWidget(prompt)
        self.review.setVisible(bool(self.review_prompts))

    def edit_boundaries(self) -> None:
        """"Call me…", "Please don't ask me about…", "How to talk with me"."""
        if self.boundaries_dialog is not None:
            self.boundaries_dialog.raise_()
            return
        from ui.content.boundaries_dialog import BoundariesDialog

        self.boundaries_dialog = BoundariesDialog(self.session, self)
        self.boundaries_dialog.finished.connect(self._boundaries_closed)
        self.boundaries_dialog.open()

    def _boundaries_closed(self) -> None:
        dialog, self.boundaries_dialog = self.boundaries_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # --- read aloud -----------------------------------------------------------------

    def words_to_read(self) -> str:
        """The whole page as it is seen, top to bottom, for reading aloud."""
        self.finish_building()
        # As the page shows them: the young person's boundaries first, then what's important now.
        said = self.boundaries_panel.words_to_read() if self.boundaries_panel.isVisibleTo(self) else []
        if self.reply_notice.isVisibleTo(self):
            said += self.reply_notice.words_to_read()
        said.append(self._heading.text())
        if self.status.isVisibleTo(self):
            said.append(self.status.text())
        said += [_entry_words(card.entry) for card in self.important_cards] or [self.nothing_pinned.text()]
        for prompt in self.review_prompts:
            said += [self.tr("Is this still true?"), _entry_words(prompt.entry)]
        for index in range(self._sections_layout.count()):
            block = self._sections_layout.itemAt(index).widget()
            if not isinstance(block, SectionBlock):
                continue
            said.append(block.heading.text())
            if block.prompt.isVisibleTo(block):
                said.append(block.prompt.text())
            said += [_entry_words(card.entry) for card in block.cards]
        return "\n".join(_sentence(part) for part in said if part.strip())

    # --- "Is this still true?" -----------------------------------------------------

    def keep(self, entry_id: str) -> None:
        """Still true: ask again in three months."""
        later = QDate(today()).addMonths(KEEP_FOR_MONTHS).toPython()
        if self._save(entry_id, {"review_by": later}):
            when = QLocale().toString(QDate(later), QLocale.FormatType.LongFormat)
            self._say(self.tr("Kept as it is. We'll ask again on {date}.").format(date=when))

    def unpin(self, entry_id: str) -> None:
        """No longer important now: it leaves the top and stops asking, but stays kept."""
        if self._save(entry_id, {"important_now": False, "review_by": None}):
            entry = self.session.profile.entry(entry_id)
            self._say(self.tr("Unpinned. It is still kept in {section}.").format(
                section=self._section_title(entry.section_id)))

    def _save(self, entry_id: str, update: dict[str, object]) -> bool:
        profile = self.session.profile
        try:
            content = profile.entry(entry_id).content.model_copy(update=update)
            self.session.apply(profile.update_entry(entry_id, content))
        except PassportError as exc:
            self._say(message_for(exc))
            return False
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    # --- following changes ---------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.SECTIONS_CHANGED, ChangeKind.SETTINGS_CHANGED):
            self._stale.add(ALL)
        elif change.kind is ChangeKind.BOUNDARIES_CHANGED:
            self._stale.add("top")
        elif change.kind in (ChangeKind.ENTRY_ADDED, ChangeKind.ENTRY_UPDATED, ChangeKind.ENTRY_ERASED,
                             ChangeKind.ATTACHMENTS_CHANGED):
            self._stale.add("top")
            old = self._entry_sections.get(change.entry_id or "")
            if old is not None:
                self._stale.add(old)
            elif change.kind is not ChangeKind.ENTRY_ADDED:
                self._stale.add(ALL)  # not on screen, so the section it left is unknown here
            if change.entry is not None:
                self._stale.add(change.entry.section_id)
        else:
            return
        if self.isVisible():
            self._refresh_timer.start(0)  # once, after every change in this burst

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_stale()
        super().showEvent(event)


def _sentence(words: str) -> str:
    """Ends with a stop, so a voice pauses between a heading and what follows it."""
    words = words.strip()
    return words if words[-1:] in ".?!:…" else words + "."


def _entry_words(entry: Entry) -> str:
    return "\n".join(_sentence(part) for part in (entry.title, entry.body) if part.strip())


def _column(name: str, top: int, spacing: int) -> tuple[QWidget, QVBoxLayout]:
    """One named part of Home that stacks its cards."""
    widget = QWidget()
    widget.setObjectName(name)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, top, 0, 0)
    layout.setSpacing(spacing)
    return widget, layout
