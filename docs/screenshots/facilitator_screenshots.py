"""Take the facilitator's-day screenshots (Finnish) into docs/screenshots/facilitator_*.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/facilitator_screenshots.py

The spring 2019 workshops in a 1280×800 window: a method card chosen, the "copy agenda from"
menu, the agenda screen after copying workshop 1's agenda into workshop 2, the export dialog set to the printable agenda, the agenda PDF's first
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

AGENDA = (("Aloitus ja tavoitteet", 20, "own:Odotuskierros"),
          ("Ilmiö Legoilla", 45, "lego_serious_play"), ("Kahvitauko", 15, ""),
          ("Empatiakartta", 45, ""), ("Kuinka voisimme -kysymykset", 30, "how_might_we"))


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
            svc.programme.add_agenda_item(first, title, minutes, method_key=key,
                                          who="Fanni" if not key else "")
        svc.programme.add_facilitator("Fanni Fasilitaattori", role="palvelumuotoilija")
        members = {"Turku": ("Tuula Turkulainen", "Timo Tammi"),
                   "Tampere": ("Tiina Tamminen", "Pertti Pyynikki"),
                   "Oulu": ("Olli Oululainen", "Outi Oja")}
        for city, names in members.items():
            team = svc.teams.add(city, theme_ids=[theme])
            for name in names:
                svc.teams.add_member(team, name)
        from jalostamo.models import Person

        svc.entities.create(Person, name="Kaisa Virta", organisation="THL")
        for row in svc.attendance.roster(first)[:5]:
            svc.attendance.set_present(first, row.person_id, True)


def shoot_agenda(window, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window.show_page("agenda")
    page = window.current_page()
    page.list.setCurrentRow(3)  # Empatiakartta: choosing its card fills minutes and steps
    page.choose_method("empathy_map")
    page.list.setCurrentRow(3)
    QApplication.processEvents()
    window.grab().save(str(HERE / "facilitator_agenda_method_card_fi.png"))
    second = window.services.programme.workshops()[1].id
    page.workshop.setCurrentIndex(page.workshop.findData(second))
    page.copy_menu.popup(page.copy_button.mapToGlobal(page.copy_button.rect().bottomLeft()))
    QApplication.processEvents()
    menu = page.copy_menu.grab()
    shot = window.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(shot)
    painter.drawPixmap(page.copy_button.mapTo(window, page.copy_button.rect().bottomLeft()), menu)
    painter.end()
    shot.save(str(HERE / "facilitator_agenda_copy_menu_fi.png"))
    page.copy_menu.hide()
    page.copy_agenda_from(window.services.programme.workshops()[0].id)
    page.list.setCurrentRow(1)
    QApplication.processEvents()
    window.grab().save(str(HERE / "facilitator_agenda_copied_fi.png"))
    page.list.setCurrentRow(0)
    QApplication.processEvents()
    window.grab().save(str(HERE / "facilitator_own_method_fi.png"))
    page.workshop.setCurrentIndex(0)
    page.show_attendance()
    QApplication.processEvents()
    page.attendance_dialog.grab().save(str(HERE / "facilitator_attendance_fi.png"))
    page.attendance_dialog.close()
    page.workshop.setCurrentIndex(1)
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
