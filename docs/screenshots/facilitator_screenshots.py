"""Take the facilitator's-day screenshots (Finnish) into docs/screenshots/facilitator_*.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/facilitator_screenshots.py

The spring 2019 workshops in a 1280×800 window: the agenda screen after copying workshop 1's
agenda into workshop 2, the export dialog set to the printable agenda, the agenda PDF's first
page, the facilitator's own method card, and the attendance panel.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

AGENDA = (("Aloitus ja tavoitteet", 20, "check_in"), ("Ilmiö Legoilla", 45, "lego_serious_play"),
          ("Kahvitauko", 15, ""), ("Sidosryhmäkartta", 45, "stakeholder_map"),
          ("Kuinka voisimme -kysymykset", 30, "how_might_we"))


def programme(path: Path) -> None:
    from jalostamo.services import Services

    with Services.create(path, "Sosiaalisesti kestävät kaupungit", organiser="Kuntaliitto",
                         venue="Kuntatalo, Helsinki") as svc:
        theme = svc.programme.add_theme("Lapsiperheet")
        days = (datetime.date(2019, 3, 13), datetime.date(2019, 4, 4),
                datetime.date(2019, 4, 24), datetime.date(2019, 5, 15))
        first = ""
        for day in days:
            wid = svc.programme.add_workshop(starts_at="09:00", venue="Kuntatalo", held_on=day)
            first = first or wid
        for title, minutes, key in AGENDA:
            svc.programme.add_agenda_item(first, title, minutes, method_key=key)
        for city in ("Turku", "Tampere", "Oulu"):
            team = svc.teams.add(city, theme_ids=[theme])
            for name in (f"{city}-edustaja A", f"{city}-edustaja B"):
                svc.teams.add_member(team, name)


def shoot_agenda(window, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window.show_page("agenda")
    page = window.current_page()
    second = window.services.programme.workshops()[1].id
    page.workshop.setCurrentIndex(page.workshop.findData(second))
    page.copy_agenda_from(window.services.programme.workshops()[0].id)
    page.list.setCurrentRow(1)
    QApplication.processEvents()
    window.grab().save(str(HERE / "facilitator_agenda_copied_fi.png"))
    page.print_agenda()
    dialog = page.export_dialog
    QApplication.processEvents()
    dialog.grab().save(str(HERE / "facilitator_agenda_export_fi.png"))
    out = path.parent / "esityslista.pdf"
    dialog.path.setText(str(out))
    dialog.export()
    if dialog.preview is not None:
        dialog.preview.close()
    dialog.close()
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    pdf = QPdfDocument()
    pdf.load(str(out))
    pdf.render(0, QSize(900, 1273)).save(str(HERE / "facilitator_agenda_pdf_fi.png"))


def main() -> int:
    os.environ["JALOSTAMO_DATA_DIR"] = tempfile.mkdtemp(prefix="jalostamo-shots-")
    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui.app import application
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    application()
    set_language("fi")
    install_translators("fi")
    path = Path(tempfile.mkdtemp(prefix="jalostamo-shots-")) / "kevat2019.jalostamo"
    programme(path)
    window = MainWindow(Settings.load())
    window.resize(1280, 800)
    window.show()
    window.open_file(path)
    shoot_agenda(window, path)
    window.close_document()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
