"""Erase a person…: choose a person, decide about their quotes and photos, confirm by typing
the name; then the report says what was erased and which backups still hold the person.

Erasing cannot be undone, and the undo history is cleared afterwards: its old values may
still hold the name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.errors import UserError
from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.privacy import ErasureReport, Person
from jalostamo.ui import errors
from jalostamo.ui.vocabulary import role_name


def people_lines(services: Services) -> list[tuple[Person, str]]:
    """Each living person with "name — organisation — roles", by name."""
    lines = []
    for entry in services.privacy.people_roles():
        roles = [f"{team}: {role_name(role)}" for team, role in entry.team_roles]
        roles += [role or QCoreApplication.translate("Safety", "facilitator")
                  for role in entry.facilitator_roles]
        roles += [QCoreApplication.translate("Safety", "invited expert") + (
            f" ({expertise})" if expertise else "") for expertise in entry.expertise]
        if entry.reviews_written:
            roles.append(QCoreApplication.translate("Safety", "author of %1 reviews").replace(
                "%1", str(entry.reviews_written)))
        person = entry.person
        parts = [person.name or QCoreApplication.translate("Safety", "(no name)")]
        if person.organisation:
            parts.append(person.organisation)
        parts.append(", ".join(roles) or QCoreApplication.translate("Safety", "no roles"))
        lines.append((person, " — ".join(parts)))
    return lines


class ErasePersonDialog(QDialog):
    """Emits ``erased(report)`` after a successful erasure."""

    erased = Signal(object)

    def __init__(self, services: Services, undo_stack: QUndoStack | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasePersonDialog")
        self.setWindowTitle(self.tr("Erase a person"))
        self.services = services
        self.undo_stack = undo_stack
        self.report: ErasureReport | None = None
        intro = QLabel(self.tr(
            "Erasing removes the person's name and details, their team memberships and other "
            "links, and replaces every mention of their full name in texts with a pseudonym. "
            "Erasing cannot be undone, and the undo history is cleared afterwards (it may still "
            "hold the name)."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("personList")
        self.list.setAccessibleName(self.tr("People"))
        self.people: list[Person] = []
        for person, line in people_lines(services):
            self.people.append(person)
            QListWidgetItem(line, self.list)
        self.list.currentRowChanged.connect(lambda _r: self._validate())
        self.quotes = QCheckBox(self.tr("Also erase &quotes attributed to them"), self)
        self.quotes.setObjectName("eraseQuotes")
        self.quotes.setChecked(True)
        self.photos = QCheckBox(self.tr("Also erase &photos of them"), self)
        self.photos.setObjectName("erasePhotos")
        self.photos.setChecked(True)
        self.confirm_label = QLabel(self)
        self.confirm_label.setWordWrap(True)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("eraseConfirm")
        self.confirm.setAccessibleName(self.tr("Type the person's name to confirm"))
        self.confirm_label.setBuddy(self.confirm)
        self.confirm.textChanged.connect(lambda _t: self._validate())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(self.tr("&Erase for good"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setStyleSheet("color: #C92A2A; font-weight: bold;")
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.quotes)
        layout.addWidget(self.photos)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self._validate()

    def current(self) -> Person | None:
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _validate(self) -> None:
        person = self.current()
        if person is None:
            self.confirm_label.setText(self.tr("Choose the person to erase."))
            self.erase_button.setEnabled(False)
            return
        self.confirm_label.setText(self.tr("To confirm, type the name “%1”:").replace(
            "%1", person.name))
        typed = " ".join(self.confirm.text().split()).casefold()
        self.erase_button.setEnabled(typed == " ".join(person.name.split()).casefold())

    def erase(self) -> None:
        person = self.current()
        if person is None or not self.erase_button.isEnabled():
            return
        try:
            report = self.services.privacy.erase_person(
                person.id, quotes=self.quotes.isChecked(), photos=self.photos.isChecked())
        except UserError as exc:
            errors.show_user_error(self, exc)
            return
        except Exception as exc:
            errors.report(self, exc)
            return
        if self.undo_stack is not None:
            self.undo_stack.clear()
        self.report = report
        self.accept()
        self.erased.emit(report)

    @staticmethod
    def report_text(report: ErasureReport) -> str:
        return report.message(current_language()) + "\n\n" + QCoreApplication.translate(
            "ErasePersonDialog", "The undo history was cleared, because it could still hold the "
            "name. Backups that hold the person can be deleted at once in Data safety → Restore "
            "from backup…")
