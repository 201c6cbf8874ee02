"""The assignment of a round for everyone to see: a large-type view for the projector, and the
same table printed to PDF (or a printer) through QPrinter."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QFont, QKeySequence, QPageLayout, QPageSize, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from jalostamo.i18n import current_language
from jalostamo.services import Services
from jalostamo.services.reviews import protocol_label, protocol_steps
from jalostamo.ui.review.expert_dialog import expert_label, round_experts


def assignment_html(services: Services, round_id: str, *, font_pt: int = 14) -> str:
    """The round's title, protocol, tuning steps and a table: team → the teams it reviews."""
    lang = current_language()
    rnd = services.reviews.round(round_id)
    names = {t.id: t.display_name for t in services.reviews.teams()}
    expert = QCoreApplication.translate("ReviewProjector", "Invited expert")
    team_heading = html.escape(QCoreApplication.translate("ReviewProjector", "Team"))
    reviews_heading = html.escape(QCoreApplication.translate("ReviewProjector", "reviews"))
    experts = round_experts(services, round_id)
    reviews: dict[str, list[str]] = {}
    for a in services.reviews.assignments(round_id):
        if a.reviewer_team_id is None:  # an invited expert, by name where the round has it
            person = experts.get(a.id)
            reviewer = expert + (f": {expert_label(person)}" if person is not None else "")
        else:
            reviewer = names.get(a.reviewer_team_id, "?")
        reviews.setdefault(reviewer, []).append(names.get(a.reviewee_team_id, "?"))
    rows = "".join(
        f"<tr><td><b>{html.escape(reviewer)}</b></td><td>→</td>"
        f"<td>{html.escape(', '.join(reviewees))}</td></tr>"
        for reviewer, reviewees in reviews.items())
    steps = "".join(f"<li>{html.escape(step.label(lang))} — {step.minutes} min</li>"
                    for step in protocol_steps(rnd.protocol))
    return (
        f"<div style='font-size:{font_pt}pt'>"
        f"<h1>{html.escape(rnd.title)}</h1>"
        f"<p>{html.escape(protocol_label(rnd.protocol, lang))}</p>"
        + (f"<ol>{steps}</ol>" if steps else "")
        + f"<table cellpadding='8'><tr><th align='left'>{team_heading}</th><th></th>"
        f"<th align='left'>{reviews_heading}</th></tr>{rows}</table></div>"
    )


class ProjectorView(QWidget):
    """A window with the assignment in large type; Esc closes it, F11 toggles full screen."""

    def __init__(self, services: Services, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("assignmentProjector")
        self.setWindowTitle(services.reviews.round(round_id).title)
        self.view = QTextBrowser(self)
        self.view.setObjectName("projectorText")
        self.view.setHtml(assignment_html(services, round_id, font_pt=28))
        font = QFont(self.view.font())
        font.setPointSize(28)
        self.view.setFont(font)
        hint = QLabel(QCoreApplication.translate("ReviewProjector",
                                                 "Esc closes · F11 full screen"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(hint)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self).activated.connect(self.toggle_full_screen)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()


def print_assignment(services: Services, round_id: str, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(assignment_html(services, round_id))
    document.print_(printer)


def print_assignment_pdf(services: Services, round_id: str, path: Path) -> Path:
    """Print the assignment to a PDF file (A4) and return its path (the save dialog asked
    before replacing; never the programme itself, never half a file)."""
    with services.output(path, overwrite=True) as tmp:
        _print_pdf(services, round_id, tmp)
    return path


def _print_pdf(services: Services, round_id: str, path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    printer.setDocName(services.reviews.round(round_id).title)
    print_assignment(services, round_id, printer)
