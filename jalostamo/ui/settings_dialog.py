"""Settings: language, font size, presentation zoom, reopening the last programme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from jalostamo.services.settings import FONT_SCALE_RANGE, ZOOM_RANGE, Settings

#: language names are written in the language itself, so they are not translated
LANGUAGE_NAMES = (("fi", "suomi"), ("sv", "svenska"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("settingsLanguage")
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("System language"), None)
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.font_box = QDoubleSpinBox(self)
        self.font_box.setObjectName("settingsFontScale")
        self.font_box.setAccessibleName(self.tr("Text size"))
        self.font_box.setRange(*FONT_SCALE_RANGE)
        self.font_box.setSingleStep(0.1)
        self.font_box.setSuffix(" ×")
        self.font_box.setValue(settings.font_scale)
        self.zoom_box = QDoubleSpinBox(self)
        self.zoom_box.setObjectName("settingsZoom")
        self.zoom_box.setAccessibleName(self.tr("Presentation zoom"))
        self.zoom_box.setRange(*ZOOM_RANGE)
        self.zoom_box.setSingleStep(0.1)
        self.zoom_box.setSuffix(" ×")
        self.zoom_box.setValue(settings.presentation_zoom)
        self.reopen_box = QCheckBox(self.tr("Open the last programme at start"), self)
        self.reopen_box.setObjectName("settingsReopen")
        self.reopen_box.setChecked(settings.reopen_last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Language:"), self.language_box),
                             (self.tr("&Text size:"), self.font_box),
                             (self.tr("&Presentation zoom:"), self.zoom_box)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.reopen_box)
        form.addRow(buttons)

    def language(self) -> str | None:
        data = self.language_box.currentData()
        return str(data) if data else None

    def font_scale(self) -> float:
        return float(self.font_box.value())

    def presentation_zoom(self) -> float:
        return float(self.zoom_box.value())

    def reopen_last(self) -> bool:
        return self.reopen_box.isChecked()
