"""Pick a ready-made indicator from the library (THL, Kouluterveyskysely, Kuntaliitto)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services.indicator_library import load_library


class LibraryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorLibraryDialog")
        self.setWindowTitle(self.tr("Indicator library"))
        self.resize(640, 420)
        lang = current_language()
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Indicator"), self.tr("Unit"), self.tr("Frequency")])
        families: dict[str, QTreeWidgetItem] = {}
        for entry in load_library():
            family = families.get(entry.family)
            if family is None:
                family = QTreeWidgetItem(self.tree, [entry.family_name.get(lang, entry.family)])
                family.setFlags(Qt.ItemFlag.ItemIsEnabled)
                families[entry.family] = family
            item = QTreeWidgetItem(family, [entry.name(lang), entry.text("unit", lang),
                                            entry.text("frequency", lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(0, entry.text("definition", lang))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.definition = QLabel(self)
        self.definition.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._show_definition)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept() if self.selected_key()
                                            else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.definition)
        layout.addWidget(buttons)

    def selected_key(self) -> str | None:
        item = self.tree.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return str(key) if key else None

    def select_key(self, key: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            family = self.tree.topLevelItem(i)
            for j in range(family.childCount() if family else 0):
                child = family.child(j) if family else None
                if child is not None and child.data(0, Qt.ItemDataRole.UserRole) == key:
                    self.tree.setCurrentItem(child)

    def _show_definition(self, current: QTreeWidgetItem | None, *_: object) -> None:
        self.definition.setText(current.toolTip(0) if current else "")
