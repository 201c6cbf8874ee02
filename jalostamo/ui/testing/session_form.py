"""The details of one test session: when, where, who (a segment, no names), how many, method,
the model version tested, and consent. Each field commits on leaving it, as one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jalostamo.i18n import current_language, translate
from jalostamo.services import Change, Services
from jalostamo.services.testing import consent_issues
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.date_field import DateField
from jalostamo.ui.errors import guarded
from jalostamo.ui.testing.fields import CommitTextEdit
from jalostamo.ui.undo import run_operation

CONSENT_FIELDS = ("consent_informed", "has_minors", "consent_guardian", "consent_quotes",
                  "consent_recording")


class SessionForm(QWidget):
    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge,
                 team_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionForm")
        self.svc = services
        self.stack = undo_stack
        self.team_id = team_id
        self.session_id: str | None = None
        self._loading = False

        self.held_on = DateField(self, optional=False, field="held_on")
        self.held_on.setObjectName("field_held_on")
        self.held_on.committed.connect(lambda value: self._save(held_on=value))
        self.lines: dict[str, QLineEdit] = {}
        for name in ("place", "segment", "method"):
            line = QLineEdit(self)
            line.setObjectName(f"field_{name}")
            line.editingFinished.connect(lambda n=name: self._save(**{n: self.lines[n].text()}))
            self.lines[name] = line
        self.lines["segment"].setPlaceholderText(
            self.tr("e.g. parents of under-school-age children in Pansio (no names)"))
        self.participants = QSpinBox(self)
        self.participants.setObjectName("field_participants")
        self.participants.setRange(0, 10_000)
        self.participants.editingFinished.connect(
            lambda: self._save(participants=self.participants.value()))
        self.version = QComboBox(self)
        self.version.setObjectName("field_version")
        self.version.activated.connect(
            lambda _i: self._save(board_version_id=self.version.currentData()))
        labels = {
            "consent_informed": self.tr("Participants were informed and agreed"),
            "has_minors": self.tr("Under-15s took part"),
            "consent_guardian": self.tr("A guardian consented for each under-15"),
            "consent_quotes": self.tr("Quotes may be used"),
            "consent_recording": self.tr("Recording allowed"),
        }
        self.checks: dict[str, QCheckBox] = {}
        for name in CONSENT_FIELDS:
            box = QCheckBox(labels[name], self)
            box.setObjectName(f"field_{name}")
            box.toggled.connect(lambda on, n=name: self._save(**{n: on}))
            self.checks[name] = box
        self.warnings = QLabel(self)
        self.warnings.setObjectName("consentWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #B3261E;")
        self.notes = CommitTextEdit(self)
        self.notes.setObjectName("field_notes")
        self.notes.committed.connect(lambda text: self._save(notes=text))

        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Place"), self.lines["place"])
        form.addRow(self.tr("Who (segment)"), self.lines["segment"])
        form.addRow(self.tr("How many people"), self.participants)
        form.addRow(self.tr("Method"), self.lines["method"])
        form.addRow(self.tr("Model version tested"), self.version)
        for name in CONSENT_FIELDS:
            form.addRow("", self.checks[name])
        form.addRow("", self.warnings)
        form.addRow(self.tr("Notes"), self.notes)
        bridge.changed.connect(self._on_change)
        self.set_session(None)

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.setEnabled(session_id is not None)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if self.session_id and change.table in ("test_sessions", "board_versions"):
            self.refresh()

    def refresh(self) -> None:
        session = self.svc.testing.find_session(self.session_id) if self.session_id else None
        self._loading = True
        try:
            self.version.clear()
            self.version.addItem(self.tr("(none)"), None)
            for version in self.svc.testing.board_versions(self.team_id):
                self.version.addItem(version.label or version.created_at.strftime("%d.%m.%Y"),
                                     version.id)
            if session is None:
                return
            self.held_on.hint = self.svc.programme.first_workshop_date()
            self.held_on.set_date_value(session.held_on)
            for name, line in self.lines.items():
                if line.text() != getattr(session, name):
                    line.setText(getattr(session, name))
            self.participants.setValue(session.participants)
            self.version.setCurrentIndex(max(0, self.version.findData(session.board_version_id)))
            for name, box in self.checks.items():
                box.setChecked(bool(getattr(session, name)))
            self.checks["consent_guardian"].setEnabled(session.has_minors)
            self.notes.load(session.notes)
            lang = current_language()
            self.warnings.setText("\n".join(translate(k, lang) for k in consent_issues(session)))
        finally:
            self._loading = False

    def _save(self, **changes: Any) -> None:
        if self._loading or self.session_id is None:
            return
        session_id = self.session_id
        current = self.svc.testing.session(session_id)
        changes = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changes:
            return
        guarded(self, lambda: run_operation(
            self.stack, self.tr("Edit test session"), self.svc.entities.operations,
            lambda: self.svc.testing.update_session(session_id, **changes)))
        self.refresh()

    def focus_first(self) -> None:
        self.lines["segment"].setFocus(Qt.FocusReason.OtherFocusReason)
