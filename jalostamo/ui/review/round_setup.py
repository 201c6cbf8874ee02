"""A round of peer review for the facilitator: protocol, k, seed, anonymity, the assignment
(made by the app, adjustable by hand, with invited experts), the projector view and printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services import Change, Services
from jalostamo.services.reviews import MAX_REVIEWS_PER_TEAM, Person, protocol_label, protocol_steps
from jalostamo.services.vocabulary import ReviewProtocol
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.errors import guarded
from jalostamo.ui.file_places import remember, start_folder
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.review.expert_dialog import (
    ExpertDialog,
    ExpertReviewDialog,
    expert_label,
    round_experts,
)
from jalostamo.ui.review.projector import ProjectorView, print_assignment, print_assignment_pdf
from jalostamo.ui.undo import run_operation


class RoundSetup(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundSetup")
        self.svc = services
        self.stack = undo_stack
        self.bridge = bridge
        self.round_id: str | None = None
        self._loading = False
        self.projector: ProjectorView | None = None
        self.expert_dialog: ExpertDialog | None = None
        self.expert_review: ExpertReviewDialog | None = None
        self.experts: dict[str, Person] = {}  # expert assignment id → person

        self.title = QLineEdit(self)
        self.title.setObjectName("roundTitle")
        self.title.editingFinished.connect(lambda: self._save(title=self.title.text().strip()))
        self.workshop = QComboBox(self)
        self.workshop.activated.connect(lambda _i: self._save(workshop_id=self.workshop.currentData()))
        self.protocol = QComboBox(self)
        self.protocol.setObjectName("roundProtocol")
        for protocol in ReviewProtocol:
            self.protocol.addItem(protocol_label(protocol, current_language()), protocol.value)
        self.protocol.activated.connect(lambda _i: self._save(protocol=self.protocol.currentData()))
        self.k = QSpinBox(self)
        self.k.setObjectName("roundK")
        self.k.setRange(1, MAX_REVIEWS_PER_TEAM)
        self.k.editingFinished.connect(lambda: self._save(reviews_per_team=self.k.value()))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.seed.editingFinished.connect(lambda: self._save(seed=self.seed.value()))
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 10)
        self.dots.editingFinished.connect(lambda: self._save(dots_per_reviewer=self.dots.value()))
        self.anonymous = QCheckBox(self.tr("Anonymous reviews (reviewers are hidden everywhere)"),
                                   self)
        self.anonymous.toggled.connect(lambda on: self._save(anonymous=on))
        self.steps = QLabel(self)
        self.steps.setObjectName("tuningSteps")
        self.steps.setWordWrap(True)

        assign = QPushButton(self.tr("Assign reviewers"), self)
        mark_edits(assign)
        assign.setObjectName("assignButton")
        assign.clicked.connect(self.assign)
        project = QPushButton(self.tr("Show on projector"), self)
        project.clicked.connect(self.show_projector)
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.clicked.connect(self.print_dialog)
        pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        pdf_button.clicked.connect(self.save_pdf)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("assignmentTable")
        self.table.setHorizontalHeaderLabels([self.tr("Reviewer"), self.tr("Reviews")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # edits of the assignment: only in the facilitator's writable programme file
        editable = not services.doc.readonly and services.doc.role != "team"
        self.invite = QPushButton(self.tr("Invite an expert…"), self)
        self.invite.setObjectName("inviteExpert")
        self.invite.setAccessibleName(self.tr("Invite an expert as a reviewer"))
        self.invite.clicked.connect(self.invite_expert)
        self.remove = QPushButton(self.tr("Remove assignment"), self)
        self.remove.setObjectName("removeAssignment")
        self.remove.setAccessibleName(self.tr("Remove the chosen assignments"))
        self.remove.clicked.connect(self.remove_selected)
        self.write_review = QPushButton(self.tr("Expert's review…"), self)
        self.write_review.setObjectName("expertReview")
        self.write_review.setAccessibleName(self.tr("Write the invited expert's review"))
        self.write_review.clicked.connect(self.open_expert_review)
        for button in (self.invite, self.remove, self.write_review):
            button.setVisible(editable)
        self.balance = QLabel(self)
        self.balance.setObjectName("balanceLabel")

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Workshop"), self.workshop)
        form.addRow(self.tr("Protocol"), self.protocol)
        form.addRow("", self.steps)
        form.addRow(self.tr("Each team reviews"), self.k)
        # the assignment's random seed stays internal: facilitators need not see it (issue 16)
        self.seed.hide()
        form.addRow(self.tr("Dots per reviewer (gallery walk)"), self.dots)
        form.addRow("", self.anonymous)
        buttons = QHBoxLayout()
        for button in (assign, project, print_button, pdf_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        edits = QHBoxLayout()
        for button in (self.invite, self.remove, self.write_review):
            edits.addWidget(button)
        edits.addStretch(1)
        layout.addLayout(edits)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.balance)
        bridge.changed.connect(self._on_change)
        self.set_round(None)

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.setEnabled(round_id is not None)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.table in ("review_rounds", "review_assignments", "teams", "workshops",
                            "people", "review_authors"):
            self.refresh()

    def refresh(self) -> None:
        rnd = self.svc.reviews.find_round(self.round_id) if self.round_id else None
        self._loading = True
        try:
            self.workshop.clear()
            self.workshop.addItem(self.tr("(no workshop)"), None)
            for w in self.svc.programme.workshops():
                self.workshop.addItem(f"{w.number}. {w.title}".strip(), w.id)
            self.table.setRowCount(0)
            if rnd is None:
                return
            if self.title.text() != rnd.title:
                self.title.setText(rnd.title)
            self.workshop.setCurrentIndex(max(0, self.workshop.findData(rnd.workshop_id)))
            self.protocol.setCurrentIndex(self.protocol.findData(rnd.protocol.value))
            self.k.setValue(rnd.reviews_per_team)
            self.seed.setValue(rnd.seed)
            self.dots.setValue(rnd.dots_per_reviewer)
            self.dots.setEnabled(rnd.protocol == ReviewProtocol.GALLERY_WALK)
            self.anonymous.setChecked(rnd.anonymous)
            lang = current_language()
            self.steps.setText(" → ".join(f"{s.label(lang)} {s.minutes} min"
                                          for s in protocol_steps(rnd.protocol)))
            self._fill_table(rnd.id)
        finally:
            self._loading = False
            self._selection_changed()

    def _fill_table(self, round_id: str) -> None:
        teams = self.svc.reviews.teams()
        names = {t.id: t.display_name for t in teams}
        assignments = self.svc.reviews.assignments(round_id)
        self.experts = round_experts(self.svc, round_id)
        self.table.setRowCount(len(assignments))
        for row, a in enumerate(assignments):
            if a.reviewer_team_id is None:
                person = self.experts.get(a.id)
                reviewer = self.tr("Invited expert") + (
                    f": {expert_label(person)}" if person is not None else "")
            else:
                reviewer = names.get(a.reviewer_team_id, "?")
                reviewer += " ✎" if a.manual else ""
            item = QTableWidgetItem(reviewer)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            for team in teams:
                if team.id != a.reviewer_team_id:
                    combo.addItem(team.display_name, team.id)
            combo.setCurrentIndex(combo.findData(a.reviewee_team_id))
            combo.activated.connect(
                lambda _i, aid=a.id, c=combo: self.change_reviewee(aid, c.currentData()))
            self.table.setCellWidget(row, 1, combo)
        if self.experts:
            self.table.resizeColumnToContents(0)  # the expert's name in full
        balance = self.svc.reviews.balance(round_id)
        received = ", ".join(f"{names[t]} {n}" for t, n in balance.received.items() if t in names)
        text = self.tr("Reviews received: {counts}").replace("{counts}", received)
        if not balance.ok:
            text += "  ⚠ " + self.tr("Not balanced: some teams get more reviews than others.")
        self.balance.setText(text if assignments else "")

    def _save(self, **changes: Any) -> None:
        if self._loading or self.round_id is None:
            return
        round_id = self.round_id
        current = self.svc.reviews.round(round_id)
        changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if changes:
            guarded(self, lambda: run_operation(
                self.stack, self.tr("Edit review round"), self.svc.entities.operations,
                lambda: self.svc.reviews.update_round(round_id, **changes)))

    def assign(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        guarded(self, lambda: run_operation(self.stack, self.tr("Assign reviewers"),
                                            self.svc.entities.operations,
                                            lambda: self.svc.reviews.assign(round_id)))

    def change_reviewee(self, assignment_id: str, reviewee_id: str) -> None:
        ok = guarded(self, lambda: run_operation(
            self.stack, self.tr("Change reviewer assignment"), self.svc.entities.operations,
            lambda: self.svc.reviews.change_assignment(assignment_id,
                                                       reviewee_team_id=reviewee_id)))
        if not ok:
            self.refresh()

    def selected_assignments(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = (self.table.item(row, 0) for row in rows)
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def _selection_changed(self) -> None:
        chosen = self.selected_assignments()
        self.remove.setEnabled(bool(chosen))
        self.write_review.setEnabled(len(chosen) == 1 and chosen[0] in self.experts)

    def invite_expert(self) -> None:
        """Ask for the expert's name, organisation and teams; OK writes one undo step."""
        if self.round_id is None:
            return
        self.expert_dialog = ExpertDialog(self.svc, self.stack, self.round_id, self)
        self.expert_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.expert_dialog.open()

    def remove_selected(self) -> None:
        ids = self.selected_assignments()
        if ids:
            guarded(self, lambda: run_operation(self.stack, self.tr("Remove assignment"),
                                                self.svc.entities.operations,
                                                lambda: self.svc.reviews.remove_assignments(ids)))

    def open_expert_review(self) -> None:
        """The review form of the chosen row's expert, to write down what the expert said."""
        chosen = self.selected_assignments()
        if self.round_id is None or len(chosen) != 1 or chosen[0] not in self.experts:
            return
        self.expert_review = ExpertReviewDialog(self.svc, self.stack, self.bridge,
                                                self.round_id, self.experts[chosen[0]], self)
        self.expert_review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.expert_review.form.reviewee.setCurrentIndex(
            max(0, self.expert_review.form.reviewee.findData(chosen[0])))
        self.expert_review.open()

    def show_projector(self) -> None:
        if self.round_id is None:
            return
        self.projector = ProjectorView(self.svc, self.round_id)
        self.projector.resize(1280, 800)
        self.projector.show()

    def print_dialog(self) -> None:
        if self.round_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_assignment(self.svc, self.round_id, printer)

    def save_pdf(self) -> None:
        if self.round_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              start_folder("reports"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            remember("reports", path)
            print_assignment_pdf(self.svc, self.round_id, Path(path))
