"""The review form a team fills for each team it reviews: the presenting team's focusing
question, notes in the protocol's columns (Enter adds one), rubric scores 1–4, anonymity."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services import Change, Services
from jalostamo.services.reviews import (
    DOT_COLUMN,
    PROTOCOL_COLUMNS,
    SCORES,
    Review,
    ReviewAssignment,
    column_label,
    criterion_label,
)
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.errors import guarded
from jalostamo.ui.read_only_view import mark_edits
from jalostamo.ui.undo import run_operation


class ColumnBox(QGroupBox):
    """One protocol column: its notes, and an entry line (Enter adds a note)."""

    def __init__(self, column: str, form: ReviewForm) -> None:
        super().__init__(column_label(column, current_language()), form)
        self.column = column
        self.setObjectName(f"column_{column}")
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setObjectName(f"entry_{column}")
        self.entry.returnPressed.connect(lambda: form.add_note(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(self.entry)


class ReviewForm(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewForm")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id
        self.round_id: str | None = None
        self._loading = False

        self.reviewee = QComboBox(self)
        self.reviewee.setObjectName("revieweeChoice")
        self.reviewee.currentIndexChanged.connect(lambda _i: self.show_review())
        self.start = QPushButton(self.tr("Start the review"), self)
        mark_edits(self.start)
        self.start.setObjectName("startReview")
        self.start.clicked.connect(self.start_review)
        self.question = QLineEdit(self)
        self.question.setObjectName("focusingQuestion")
        self.question.setPlaceholderText(self.tr("The question the presenting team asked"))
        self.question.editingFinished.connect(
            lambda: self._save(focusing_question=self.question.text()))
        self.anonymous = QCheckBox(self.tr("Anonymous"), self)
        self.anonymous.setObjectName("anonymousReview")
        self.anonymous.toggled.connect(lambda on: self._save(anonymous=on))
        self.submitted = QCheckBox(self.tr("Ready (submitted)"), self)
        self.submitted.setObjectName("submittedReview")
        self.submitted.toggled.connect(lambda on: self._save(submitted=on))
        self.columns_row = QHBoxLayout()
        self.column_boxes: dict[str, ColumnBox] = {}
        self.rubric = QGridLayout()
        self.score_groups: dict[str, QButtonGroup] = {}

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        form = QFormLayout()
        form.addRow(self.tr("Focusing question"), self.question)
        body.addLayout(form)
        body.addLayout(self.columns_row, 1)
        rubric_box = QGroupBox(self.tr("Rubric (1 = not yet, 4 = excellent)"), self.body)
        rubric_box.setLayout(self.rubric)
        body.addWidget(rubric_box)
        flags = QHBoxLayout()
        flags.addWidget(self.anonymous)
        flags.addWidget(self.submitted)
        flags.addStretch(1)
        body.addLayout(flags)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Team under review"), self))
        top.addWidget(self.reviewee, 1)
        top.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        bridge.changed.connect(self._on_change)
        self.set_round(None)

    # --- what is shown ----------------------------------------------------------------------

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self._build_columns()
        self._fill_reviewees()

    def _on_change(self, change: Change) -> None:
        if change.table in ("review_assignments", "teams"):
            self._fill_reviewees()
        elif change.table in ("review_rounds", "review_criteria"):
            self.set_round(self.round_id)
        elif change.table in ("reviews", "review_notes", "rubric_scores"):
            self.show_review()

    def _build_columns(self) -> None:
        for box in self.column_boxes.values():
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self.column_boxes = {}
        rnd = self.svc.reviews.round(self.round_id) if self.round_id else None
        for column in PROTOCOL_COLUMNS[rnd.protocol] if rnd else ():
            box = ColumnBox(column, self)
            self.column_boxes[column] = box
            self.columns_row.addWidget(box)
        while self.rubric.count():
            item = self.rubric.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.score_groups = {}
        lang = current_language()
        for row, criterion in enumerate(self.svc.reviews.criteria()):
            self.rubric.addWidget(QLabel(criterion_label(criterion, lang)), row, 0)
            group = QButtonGroup(self)
            group.setExclusive(False)
            for score in SCORES:
                button = QPushButton(str(score))
                button.setObjectName(f"score_{criterion.key}_{score}")
                button.setCheckable(True)
                button.setFixedWidth(36)
                group.addButton(button, score)
                self.rubric.addWidget(button, row, score)
            self.rubric.setColumnStretch(len(SCORES) + 1, 1)
            group.idClicked.connect(lambda score, cid=criterion.id: self.set_score(cid, score))
            self.score_groups[criterion.id] = group

    def _fill_reviewees(self) -> None:
        current = self.reviewee.currentData()
        names = {t.id: t.display_name for t in self.svc.reviews.teams()}
        self.reviewee.blockSignals(True)
        self.reviewee.clear()
        for a in self._my_assignments():
            self.reviewee.addItem(names.get(a.reviewee_team_id, "?"), a.id)
        self.reviewee.setCurrentIndex(max(0, self.reviewee.findData(current)))
        self.reviewee.blockSignals(False)
        self.show_review()

    def _my_assignments(self) -> list[ReviewAssignment]:
        """The round's assignments this form writes: those of its team."""
        if not self.round_id:
            return []
        return [a for a in self.svc.reviews.assignments(self.round_id)
                if a.reviewer_team_id == self.team_id]

    def current_review(self) -> Review | None:
        assignment_id = self.reviewee.currentData()
        return self.svc.reviews.review_for(assignment_id) if assignment_id else None

    def show_review(self) -> None:
        review = self.current_review()
        self.start.setVisible(self.reviewee.currentData() is not None and review is None
                              and not self.svc.doc.readonly)
        self.body.setEnabled(review is not None)
        self._loading = True
        try:
            if self.question.text() != (review.focusing_question if review else ""):
                self.question.setText(review.focusing_question if review else "")
            self.anonymous.setChecked(bool(review and review.anonymous))
            self.submitted.setChecked(bool(review and review.submitted))
            for column, box in self.column_boxes.items():
                box.notes.clear()
                notes = self.svc.reviews.notes(review.id, column) if review else []
                if column == DOT_COLUMN:
                    box.notes.addItems(["● " + (n.text or "") for n in notes])
                else:
                    box.notes.addItems([n.text for n in notes])
            scores = self.svc.reviews.scores(review.id) if review else {}
            for criterion_id, group in self.score_groups.items():
                for button in group.buttons():
                    button.setChecked(group.id(button) == scores.get(criterion_id))
        finally:
            self._loading = False

    # --- edits ------------------------------------------------------------------------------

    def start_review(self) -> None:
        assignment_id = self.reviewee.currentData()
        if assignment_id is None:
            return
        run_operation(self.stack, self.tr("Start review"), self.svc.entities.operations,
                      lambda: self.svc.reviews.start_review(assignment_id))
        self.question.setFocus()

    def _save(self, **changes: Any) -> None:
        review = self.current_review()
        if self._loading or review is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(review, k) != v}
        if changes:
            guarded(self, lambda: run_operation(
                self.stack, self.tr("Edit review"), self.svc.entities.operations,
                lambda: self.svc.reviews.update_review(review.id, **changes)))

    def add_note(self, box: ColumnBox) -> None:
        review = self.current_review()
        text = box.entry.text()
        if review is None or (not text.strip() and box.column != DOT_COLUMN):
            return
        review_id = review.id
        if guarded(self, lambda: run_operation(
                self.stack, self.tr("Add review note"), self.svc.entities.operations,
                lambda: self.svc.reviews.add_note(review_id, box.column, text))):
            box.entry.clear()

    def set_score(self, criterion_id: str, score: int) -> None:
        review = self.current_review()
        if review is None:
            return
        review_id = review.id
        new_score: int | None = None if self.svc.reviews.scores(review_id).get(criterion_id) \
            == score else score  # clicking the chosen score again clears it
        run_operation(self.stack, self.tr("Score criterion"), self.svc.entities.operations,
                      lambda: self.svc.reviews.set_score(review_id, criterion_id, new_score))
