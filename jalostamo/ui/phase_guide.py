"""The Double Diamond as navigation: each phase's purpose, method cards, what each team should
produce in it, and where each team stands."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jalostamo.i18n import current_language
from jalostamo.services import Services, guide
from jalostamo.services.progress import ProgressService
from jalostamo.services.vocabulary import Phase
from jalostamo.ui.bridge import ChangeBridge

KEY_ROLE = Qt.ItemDataRole.UserRole

#: the card fields a team should have filled by the end of each phase
PHASE_CARD_FIELDS = {
    Phase.DISCOVER: ("phenomenon", "problem"),
    Phase.DEFINE: ("hypothesis", "target_group", "place"),
    Phase.DEVELOP: ("practice", "resources", "schedule"),
    Phase.DELIVER: ("success_criteria", "risks"),
}
DIAMOND_STYLE = ("QPushButton {padding: 10px; border: 2px solid #868E96; border-radius: 6px;}"
                 "QPushButton:checked {background: #1C7ED6; color: white; border-color: #1864AB;}"
                 "QPushButton:focus {border-color: #F08C00;}")


class PhaseGuidePage(QWidget):
    """Emits ``requested(page_key)`` to open a team."""

    requested = Signal(str)

    def __init__(self, services: Services, undo_stack: QUndoStack, bridge: ChangeBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseGuidePage")
        self.services = services
        self.progress = ProgressService(services.entities)
        self.phase = self._initial_phase()

        heading = QLabel(self.tr("Double Diamond"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        diamond = QHBoxLayout()
        for info in guide.phases(current_language()):
            button = QPushButton(f"{info.number}. {info.name}\n{info.mode_name}", self)
            button.setObjectName(f"phase-{info.phase.value}")
            button.setCheckable(True)
            button.setStyleSheet(DIAMOND_STYLE)
            button.setAccessibleName(info.name)
            button.setChecked(info.phase == self.phase)
            button.clicked.connect(lambda _c=False, p=info.phase: self.set_phase(p))
            self.buttons.addButton(button)
            diamond.addWidget(button)

        self.purpose = QLabel(self)
        self.purpose.setObjectName("phasePurpose")
        self.purpose.setWordWrap(True)
        self.produce = QLabel(self)
        self.produce.setObjectName("phaseProduce")
        self.produce.setWordWrap(True)
        self.produce.setTextFormat(Qt.TextFormat.RichText)

        self.methods = QListWidget(self)
        self.methods.setObjectName("methodCards")
        self.methods.setAccessibleName(self.tr("Method cards"))
        self.methods.currentItemChanged.connect(self._show_method)
        self.method_text = QTextBrowser(self)
        self.method_text.setObjectName("methodCard")
        self.method_text.setAccessibleName(self.tr("Method card"))
        self.status = QTableWidget(self)
        self.status.setObjectName("teamStatus")
        self.status.setAccessibleName(self.tr("Each team's status in this phase"))
        self.status.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status.cellActivated.connect(self._open_team)
        self.status.cellDoubleClicked.connect(self._open_team)

        methods_label = QLabel(self.tr("&Method cards"), self)
        methods_label.setBuddy(self.methods)
        status_label = QLabel(self.tr("&Teams in this phase"), self)
        status_label.setBuddy(self.status)
        produce_label = QLabel(self.tr("What each team should produce"), self)
        bold = produce_label.font()
        bold.setBold(True)
        for label in (methods_label, status_label, produce_label):
            label.setFont(bold)

        top = QWidget(self)
        grid = QGridLayout(top)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(methods_label, 0, 0)
        grid.addWidget(self.methods, 1, 0)
        grid.addWidget(self.method_text, 0, 1, 2, 1)
        grid.setColumnStretch(1, 2)
        bottom = QWidget(self)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(produce_label)
        lower.addWidget(self.produce)
        lower.addWidget(status_label)
        lower.addWidget(self.status, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(diamond)
        layout.addWidget(self.purpose)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.refresh_status)
        if bridge is not None:
            bridge.changed.connect(self._changed)  # a method: disconnected when the page goes
        self.set_phase(self.phase)

    def _changed(self, _change: object) -> None:
        self._timer.start()

    def _initial_phase(self) -> Phase:
        upcoming = self.services.programme.next_workshop()
        return upcoming.phase if upcoming is not None else Phase.DISCOVER

    def set_phase(self, phase: Phase) -> None:
        self.phase = Phase(phase)
        lang = current_language()
        info = guide.phase(self.phase, lang)
        for button in self.buttons.buttons():
            button.setChecked(button.objectName() == f"phase-{self.phase.value}")
        self.purpose.setText(f"{info.name} — {info.mode_name}: {info.purpose}")
        self.produce.setText("<ul>" + "".join(f"<li>{escape(p)}</li>" for p in info.produce)
                             + "</ul>")
        self.methods.clear()
        for card in guide.methods(lang, self.phase):
            item = QListWidgetItem(card.name)
            item.setData(KEY_ROLE, card.key)
            self.methods.addItem(item)
        if self.methods.count():
            self.methods.setCurrentRow(0)
        self.refresh_status()

    def _show_method(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.method_text.clear()
            return
        card = guide.method(str(item.data(KEY_ROLE)), current_language())
        if card is None:
            return
        steps = "".join(f"<li>{escape(s)}</li>" for s in card.steps)
        materials = ", ".join(escape(m) for m in card.materials)
        time_word, steps_word, materials_word = self.tr("Time"), self.tr("Steps"), \
            self.tr("Materials")
        minutes = self.tr("%1 min").replace("%1", str(card.minutes))
        self.method_text.setHtml(
            f"<h2>{escape(card.name)}</h2><p>{escape(card.purpose)}</p>"
            f"<p><b>{escape(time_word)}:</b> {escape(minutes)}</p>"
            f"<p><b>{escape(steps_word)}</b></p><ol>{steps}</ol>"
            f"<p><b>{escape(materials_word)}:</b> {materials}</p>")

    def refresh_status(self) -> None:
        data = self.progress.overview()
        workshops = [w for w in data.workshops if w.phase == self.phase]
        fields = PHASE_CARD_FIELDS[self.phase]
        cards = {t.id: self.services.teams.card(t.id) for t in self.services.teams.list()}
        headers = [self.tr("Team"), self.tr("Card fields of this phase"), self.tr("Model"),
                   self.tr("Tests"), self.tr("Reviews given / received")]
        self.status.clear()
        self.status.setColumnCount(len(headers))
        self.status.setHorizontalHeaderLabels(headers)
        self.status.setRowCount(len(data.teams))
        for row, team in enumerate(data.teams):
            card = cards.get(team.team_id)
            filled = sum(1 for f in fields if card is not None and str(getattr(card, f)).strip())
            cells = [team.workshops[w.id] for w in workshops]
            model = next((c.model_version for c in cells if c.model_version), None)
            values = [team.name, f"{filled}/{len(fields)}", model or "–",
                      str(sum(c.tests for c in cells)),
                      f"{sum(c.reviews_given for c in cells)} / "
                      f"{sum(c.reviews_received for c in cells)}"]
            tabs = ["", "card", "board", "tests", "reviews"]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(KEY_ROLE, f"team:{team.team_id}" + (f":{tabs[col]}" if tabs[col]
                                                                 else ""))
                self.status.setItem(row, col, item)
        self.status.resizeColumnsToContents()

    def _open_team(self, row: int, col: int) -> None:
        item = self.status.item(row, col)
        if item is not None:
            self.requested.emit(str(item.data(KEY_ROLE)))
