"""A page change is said once: the page's title (and the step), as the focus enters the page.

Found by running Orca 43 over the app (docs/accessibility.md): after *Next* in a wizard Orca
read the focused control and nothing of the step it is on ("Give it a name", "Step 2 of 4"),
and on the main window it said "layered pane. Home.". Orca says the names of the containers
the focus moves *into* (the ones the old and the new focus do not share), once, and passes
over containers that only lay things out: a plain widget (a "filler"), a scroll area.

So :func:`speak_as_page` makes a page a *form* with a name of its own ("Give it a name. Step 2
of 4"), which Orca says when the focus enters it: "Give it a name. Step 2 of 4 form. Name
text." Moving within the page says it no more. A :class:`QuietStack` of pages is a filler
to a screen reader, which Orca passes over, not a "layered pane".

Qt chooses a widget's role in its accessible interface, made by the first factory that knows
the widget's class name. A property marks the widget for :func:`_factory` here, and an
interface Qt made before the mark is dropped, so the next one asked for is ours (and the
page's children are told of their new parent: Orca remembers each object's parent). Qt's own
factory knows Qt's widget classes by name (QStackedWidget, QScrollArea, …) and may be asked
before ours, so a page is of a class of our own (:class:`SpokenPage`, or a view).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QStackedWidget, QWidget

PAGE_NAME = "spokenPageName"  # a dynamic property: the page's name, said as the focus enters it
QUIET = "quietContainer"  # a dynamic property: a container a screen reader passes over
_FACTORY: list[object] = []  # installed once, on first use


class _PageInterface(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Form)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return str(self.widget().property(PAGE_NAME) or "")
        return super().text(kind)


class _QuietInterface(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Client)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    if obj.property(PAGE_NAME) is not None:
        return _PageInterface(obj)
    if obj.property(QUIET):
        return _QuietInterface(obj)
    return None


def _remade(widget: QWidget, role: QAccessible.Role) -> None:
    """Drop an interface Qt made for ``widget`` before it was marked, so ours is made next."""
    if not _FACTORY:
        QAccessible.installFactory(_factory)
        _FACTORY.append(_factory)
    made = QAccessible.queryAccessibleInterface(widget)
    if made is not None and made.role() != role:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
        # A screen reader keeps each object's parent as it was told it: its children say
        # they have a new one, or Orca walks up through the dropped one and names nothing.
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.ParentChanged))


def speak_as_page(page: QWidget, name: str) -> None:
    """Say ``name`` when the focus enters ``page`` (again after it has been elsewhere)."""
    before = page.property(PAGE_NAME)
    page.setProperty(PAGE_NAME, name)
    _remade(page, QAccessible.Role.Form)
    if before != name:  # a screen reader that asked before is told
        QAccessible.updateAccessibility(QAccessibleEvent(page, QAccessible.Event.NameChanged))


def page_name(page: QWidget) -> str:
    """The name :func:`speak_as_page` gave ``page`` ("" when none)."""
    return str(page.property(PAGE_NAME) or "")


def shown_title(page: QWidget) -> str:
    """The words of ``page``'s title (its first label styled "title"), "" when it has none."""
    for label in page.findChildren(QLabel):
        if label.property("role") == "title" and label.text():
            return label.text()
    return ""


def speak_step(page: QWidget, step: str, focus: QWidget, button: QAbstractButton) -> str:
    """A wizard's ``page``, on show: said as "its title. ``step``" as the focus enters it. When
    the step's ``focus`` is the wizard's own ``button`` (Next, outside every page), the focus
    enters no page, so the button says the step with it (as its description) on this step only."""
    title = shown_title(page)
    name = (title + ("" if title.endswith(("?", "!", ".")) else ".") + " " + step).strip() if title else step
    speak_as_page(page, name)
    button.setAccessibleDescription(name if focus is button else "")
    return name


def quiet_container(container: QWidget) -> None:
    """Have a screen reader pass over ``container``. Not for a QStackedWidget itself: Qt's own
    factory knows that class by name and may be asked first; use :class:`QuietStack`."""
    container.setProperty(QUIET, True)
    _remade(container, QAccessible.Role.Client)


class SpokenPage(QWidget):
    """A plain page of a wizard that :func:`speak_as_page` names: a form from the start, so
    nothing is dropped later (a class of its own, as :class:`QuietStack` explains)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(PAGE_NAME, "")
        _remade(self, QAccessible.Role.Form)


class QuietStack(QStackedWidget):
    """A stack of pages a screen reader passes over (not "layered pane"): each page says its name.

    A class of its own because Qt asks the factories about a widget's own class name first, and
    no factory but ours knows this one (Qt's knows QStackedWidget, and may be asked before ours).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        quiet_container(self)  # before it has pages, so no child was told of another parent
