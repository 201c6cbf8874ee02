"""Make team file…: the facilitator picks a team and a place for the file handed to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jalostamo.paths import with_programme_suffix
from jalostamo.services import Services

SUFFIX = ".jalostamo"


def safe_stem(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text.strip()) or "tiimi"


class TeamFileDialog(QDialog):
    """OK only when a team is chosen and the file does not exist yet."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamFileDialog")
        self.setWindowTitle(self.tr("Make a team file"))
        self.services = services
        self.folder = services.doc.path.parent
        intro = QLabel(self.tr(
            "A team file holds the whole programme for one team's laptop; the team can change "
            "only its own work in it. When the team sends its work back, merge it with "
            "Teamwork → Merge files…"), self)
        intro.setWordWrap(True)
        self.team = QComboBox(self)
        self.team.setObjectName("teamChoice")
        self.team.setAccessibleName(self.tr("Team"))
        for team in services.teams.list():
            self.team.addItem(team.display_name, team.id)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("teamFilePath")
        self.path_edit.setAccessibleName(self.tr("Where to write the team file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setObjectName("teamFileBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.hint = QLabel(self)
        self.hint.setObjectName("teamFileHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.make_button = self.buttons.addButton(self.tr("&Make team file"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setObjectName("makeTeamFile")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        team_label = QLabel(self.tr("&Team:"), self)
        team_label.setBuddy(self.team)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(team_label, self.team)
        form.addRow(file_label, row)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self._touched = False
        self.path_edit.textEdited.connect(lambda _t: setattr(self, "_touched", True))
        self.path_edit.textChanged.connect(lambda _t: self._validate())
        self.team.currentIndexChanged.connect(lambda _i: self._suggest())
        self._suggest()
        self.resize(560, 0)

    def team_id(self) -> str | None:
        data = self.team.currentData()
        return str(data) if data else None

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return with_programme_suffix(path) if path.name else path

    def _suggest(self) -> None:
        if not self._touched and self.team_id():
            stem = f"{self.services.doc.path.stem}-{safe_stem(self.team.currentText())}"
            self.path_edit.setText(str(self.folder / f"{stem}{SUFFIX}"))
        self._validate()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where to write the team file"),
                                              self.path_edit.text(), f"Jalostamo (*{SUFFIX})")
        if path:
            self._touched = True
            self.path_edit.setText(path)

    def _validate(self) -> None:
        message = ""
        if self.team_id() is None:
            message = self.tr("The programme has no teams yet: add them in the programme setup.")
        elif not self.path_edit.text().strip():
            message = self.tr("Choose where to write the file.")
        elif self.path().exists():
            message = self.tr("That file already exists; choose another name.")
        elif self.path().resolve() == self.services.doc.path.resolve():
            message = self.tr("That is the open programme file; choose another name.")
        self.hint.setText(message)
        self.make_button.setEnabled(not message)
