"""An invited expert (a person from outside the teams, e.g. a THL specialist) as a peer
reviewer of a round: the facilitator's invitation dialog and the expert's review form.

The data model has no reviewer-person column on an assignment, so an expert is recorded the
way the model describes a review's writer: the invitation creates the person, one assignment
per reviewed team (``reviewer_team_id`` None), the review of each assignment (a draft,
anonymity from the round) and its :class:`ReviewAuthor` link to the person. All of it is one
operation (``ReviewService.invite_expert``): one transaction and one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from jalostamo.services.operations import OpChanges
from jalostamo.services.reviews import Person, ReviewAssignment
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.review.review_form import ReviewForm
from jalostamo.ui.undo import run_operation


def expert_label(person: Person) -> str:
    """The expert's name, with the organisation when there is one."""
    return f"{person.name} ({person.organisation})" if person.organisation else person.name


def round_experts(services: Services, round_id: str) -> dict[str, Person]:
    """The invited expert of each expert assignment of a round: assignment id → person."""
    experts: dict[str, Person] = {}
    for assignment in services.reviews.assignments(round_id):
        if assignment.reviewer_team_id is not None:
            continue
        review = services.reviews.review_for(assignment.id)
        person = services.reviews.author(review.id) if review is not None else None
        if person is not None:
            experts[assignment.id] = person
    return experts


class ExpertDialog(QDialog):
    """Name, organisation and the teams the expert reviews; OK writes the invitation."""

    def __init__(self, services: Services, undo_stack: QUndoStack, round_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expertDialog")
        self.setWindowTitle(self.tr("Invite an expert"))
        self.svc = services
        self.stack = undo_stack
        self.round_id = round_id
        self.invitation: OpChanges | None = None

        self.known = QComboBox(self)
        self.known.setObjectName("expertChoice")
        self.known.setAccessibleName(self.tr("Invited expert of the programme"))
        self.known.addItem(self.tr("Someone new"), None)
        for link, person in services.people.experts():
            label = expert_label(person) + (f" – {link.expertise}" if link.expertise else "")
            self.known.addItem(label, person.id)
        self.known.activated.connect(self._known_chosen)
        self.name = QLineEdit(self)
        self.name.setObjectName("expertName")
        self.name.setAccessibleName(self.tr("Expert's name"))
        self.name.setMaxLength(200)
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("expertOrganisation")
        self.organisation.setAccessibleName(self.tr("Expert's organisation"))
        self.organisation.setPlaceholderText(self.tr("e.g. THL"))
        self.organisation.setMaxLength(200)
        self.teams = QListWidget(self)
        self.teams.setObjectName("expertTeams")
        self.teams.setAccessibleName(self.tr("Teams the expert reviews"))
        for team in services.reviews.teams():
            item = QListWidgetItem(team.display_name, self.teams)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.message = QLabel(self)
        self.message.setObjectName("expertMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #C92A2A;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Invite"))
        ok.setObjectName("expertInvite")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if self.known.count() > 1:  # the programme has invited experts: offer them first
            form.addRow(self.tr("Expert"), self.known)
        else:
            self.known.hide()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Reviews the teams"), self.teams)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _known_chosen(self, _index: int) -> None:
        """An invited expert of the programme: their name and organisation, as recorded (the
        invitation then links the same person)."""
        person_id = self.known.currentData()
        if person_id is None:
            self.name.clear()
            self.organisation.clear()
            return
        person = self.svc.people.person(str(person_id))
        self.name.setText(person.name)
        self.organisation.setText(person.organisation)

    def chosen_teams(self) -> list[str]:
        items = (self.teams.item(row) for row in range(self.teams.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item is not None and item.checkState() == Qt.CheckState.Checked]

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        """Check the input; an invitation is written only when it is complete."""
        if not self.name.text().strip():
            self.show_message(self.tr("Write the expert's name."))
            self.name.setFocus()
            return
        team_ids = self.chosen_teams()
        if not team_ids:
            self.show_message(self.tr("Choose at least one team for the expert to review."))
            self.teams.setFocus()
            return
        try:
            name, organisation = self.name.text(), self.organisation.text()
            self.invitation = run_operation(
                self.stack, self.tr("Invite an expert"), self.svc.entities.operations,
                lambda: self.svc.reviews.invite_expert(self.round_id, name, organisation,
                                                       team_ids))
        except UserError as exc:
            self.show_message(exc.message(current_language()))
            return
        super().accept()


class ExpertReviewForm(ReviewForm):
    """The review form for an invited expert: the teams the expert reviews in the round."""

    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 person_id: str, parent: QWidget | None = None) -> None:
        self.person_id = person_id
        super().__init__(services, undo_stack, bridge, "", parent)
        self.setObjectName("expertReviewForm")

    def _my_assignments(self) -> list[ReviewAssignment]:
        """The expert's own assignments in the round."""
        if not self.round_id:
            return []
        experts = round_experts(self.svc, self.round_id)
        return [a for a in self.svc.reviews.assignments(self.round_id)
                if a.id in experts and experts[a.id].id == self.person_id]


class ExpertReviewDialog(QDialog):
    """A window with the expert's review form, for the facilitator to write in what the
    expert said (or for the expert, on the facilitator's computer)."""

    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 round_id: str, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expertReviewDialog")
        title = self.tr("Review by {name}").replace("{name}", expert_label(person))
        self.setWindowTitle(title)
        heading = QLabel(title, self)
        heading.setObjectName("expertReviewHeading")
        heading.setStyleSheet("font-weight: bold;")
        self.form = ExpertReviewForm(services, undo_stack, bridge, person.id, self)
        self.form.set_round(round_id)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form, 1)
        layout.addWidget(close)
        self.resize(1000, 640)
