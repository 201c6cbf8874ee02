"""A written report shown inside the app (QtPdf), with "open folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ReportPreview(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("reportPreview")
        self.setWindowTitle(self.tr("Report: %1").replace("%1", self.path.name))
        self.resize(820, 960)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self.tr("%1 pages · %2").replace("%1", str(self.document.pageCount()))
                           .replace("%2", str(self.path)))
        self.info.setObjectName("reportPreviewInfo")
        buttons = QDialogButtonBox()
        self.open_folder_button = buttons.addButton(self.tr("Open folder"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path.parent))

    def open_folder(self) -> bool:
        return bool(QDesktopServices.openUrl(self.folder_url()))
