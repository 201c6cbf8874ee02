"""Small dialogs of the desk: a new programme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
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


class NewProgrammeDialog(QDialog):
    """Name, organiser and where to keep the file; OK only when a name and a file are given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProgrammeDialog")
        self.setWindowTitle(self.tr("New programme"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("programmeName")
        self.name_edit.setAccessibleName(self.tr("Name of the programme"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Experiment refinery 2025"))
        self.organiser_edit = QLineEdit(self)
        self.organiser_edit.setObjectName("programmeOrganiser")
        self.organiser_edit.setAccessibleName(self.tr("Organiser"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("programmeFile")
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        organiser_label = QLabel(self.tr("&Organiser:"), self)
        organiser_label.setBuddy(self.organiser_edit)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(organiser_label, self.organiser_edit)
        form.addRow(file_label, path_row)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._name_changed)
        self.path_edit.textChanged.connect(self._validate)
        self._path_touched = False
        self.path_edit.textEdited.connect(lambda _t: setattr(self, "_path_touched", True))
        self._validate()

    def _name_changed(self, text: str) -> None:
        if not self._path_touched:
            stem = "".join(c if c.isalnum() or c in "-_ " else "_" for c in text).strip()
            folder = Path(QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
            self.path_edit.setText(str(folder / f"{stem}.jalostamo") if stem else "")
        self._validate()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where to keep the programme"),
                                              self.path_edit.text(), "Jalostamo (*.jalostamo)")
        if path:
            self._path_touched = True
            self.path_edit.setText(path)

    def _validate(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        message = ""
        if not self.name_edit.text().strip():
            message = self.tr("Give the programme a name.")
        elif not self.path_edit.text().strip() or not Path(self.path_edit.text().strip()).name \
                or self.path_edit.text().strip().endswith(("/", "\\")):
            message = self.tr("Choose where to keep the file.")
        elif self.path().exists():
            message = self.tr("That file already exists; choose another name.")
        self.hint.setText(message)
        ok_button.setEnabled(not message)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def organiser(self) -> str:
        return self.organiser_edit.text().strip()

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        if not path.name:
            return path
        from jalostamo.paths import with_programme_suffix

        return with_programme_suffix(path)
