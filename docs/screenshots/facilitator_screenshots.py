"""Take the facilitator's-day screenshots (issue 16) in fi, sv and en into
docs/screenshots/facilitator_<screen>_<lang>.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/facilitator_screenshots.py [fi sv en]

The spring 2019 workshops in a 1280×800 window: a method card chosen, the "copy agenda from"
menu, the agenda screen after copying workshop 1's agenda into workshop 2, the export dialog
set to the printable agenda, the agenda PDF's first page, the facilitator's own method card,
the attendance panel; a date typed as "13.3.2019" and shown parsed, its calendar, a nonsense
date refused;
the delete-team question; the run-mode countdown at zero; a dot vote's result on the board
and on the projector (presentation mode); the Open dialog in the user's language.
"""

from __future__ import annotations

import datetime
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

# the sample programme's own texts, as a facilitator of each language would type them
DATA: dict[str, dict[str, Any]] = {
    "fi": {
        "name": "Sosiaalisesti kestävät kaupungit", "theme": "Lapsiperheet",
        "venue": "Kuntatalo", "who": "Fanni", "role": "palvelumuotoilija",
        "agenda": (("Aloitus ja tavoitteet", 20, "own:Odotuskierros"),
                   ("Ilmiö Legoilla", 45, "lego_serious_play"), ("Kahvitauko", 15, ""),
                   ("Empatiakartta", 45, ""),
                   ("Kuinka voisimme -kysymykset", 30, "how_might_we")),
        "notes": ("Perhekahvila", "Kirjastoauto", "Nuorisotalo"),
        "frame": "Parhaat ideat", "board": "Malli",
    },
    "sv": {
        "name": "Socialt hållbara städer", "theme": "Barnfamiljer",
        "venue": "Kommunhuset", "who": "Fanni", "role": "servicedesigner",
        "agenda": (("Inledning och mål", 20, "own:Förväntningsrunda"),
                   ("Fenomenet i Lego", 45, "lego_serious_play"), ("Kaffepaus", 15, ""),
                   ("Empatikarta", 45, ""), ("Hur skulle vi kunna -frågor", 30, "how_might_we")),
        "notes": ("Familjecafé", "Biblioteksbuss", "Ungdomsgård"),
        "frame": "Bästa idéerna", "board": "Modell",
    },
    "en": {
        "name": "Socially sustainable cities", "theme": "Families with children",
        "venue": "Local Government House", "who": "Fanni", "role": "service designer",
        "agenda": (("Welcome and goals", 20, "own:Expectations round"),
                   ("The phenomenon in Lego", 45, "lego_serious_play"),
                   ("Coffee break", 15, ""), ("Empathy map", 45, ""),
                   ("How might we questions", 30, "how_might_we")),
        "notes": ("Family café", "Mobile library", "Youth centre"),
        "frame": "Best ideas", "board": "Model",
    },
}
NONSENSE_DATE = "31.2.2019"


def programme(path: Path, lang: str) -> None:
    from jalostamo.models import Person
    from jalostamo.services import Services

    data = DATA[lang]
    with Services.create(path, data["name"], organiser="Kuntaliitto",
                         venue="Kuntatalo, Helsinki") as svc:
        theme = svc.programme.add_theme(data["theme"])
        days = (datetime.date(2019, 3, 13), datetime.date(2019, 4, 4),
                datetime.date(2019, 4, 24), datetime.date(2019, 5, 15))
        first = ""
        for day in days:
            wid = svc.programme.add_workshop(starts_at="09:00", venue=data["venue"], held_on=day)
            first = first or wid
        for title, minutes, key in data["agenda"]:
            svc.programme.add_agenda_item(first, title, minutes, method_key=key,
                                          who=data["who"] if not key else "")
        svc.programme.add_facilitator("Fanni Fasilitaattori", role=data["role"])
        members = {"Turku": ("Tuula Turkulainen", "Timo Tammi"),
                   "Tampere": ("Tiina Tamminen", "Pertti Pyynikki"),
                   "Oulu": ("Olli Oululainen", "Outi Oja")}
        for city, names in members.items():
            team = svc.teams.add(city, theme_ids=[theme])
            for name in names:
                svc.teams.add_member(team, name)
        svc.entities.create(Person, name="Kaisa Virta", organisation="THL")
        for row in svc.attendance.roster(first)[:5]:
            svc.attendance.set_present(first, row.person_id, True)
        turku = svc.teams.find("Turku").id
        board = svc.boards.create_board(turku, data["board"], "empty")
        svc.boards.add_item(board, "frame", text=data["frame"], x=20.0, y=20.0,
                            width=720.0, height=260.0)
        for n, text in enumerate(data["notes"]):
            svc.boards.add_item(board, "note", text=text, x=60.0 + 230 * n, y=80.0)


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def with_popup(window: Any, popup: Any, name: str, at: Any = None) -> None:
    """Save the window with ``popup`` (a menu or tooltip, its own top-level) drawn where it is
    shown (or at the global point ``at``): an offscreen grab of the window leaves popups out,
    and the offscreen screen (smaller than the window) pushes tooltips to its left edge."""
    from PySide6.QtGui import QPainter

    shot = window.grab()
    painter = QPainter(shot)
    pixmap = popup.grab()
    where = window.mapFromGlobal(at if at is not None else popup.pos())
    where.setX(max(0, min(where.x(), window.width() - pixmap.width())))  # as on a screen
    painter.drawPixmap(where, pixmap)
    painter.end()
    shot.save(str(HERE / name))


def shoot_agenda(window: Any, path: Path, lang: str) -> None:
    from PySide6.QtCore import QEventLoop, QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    window.show_page("agenda")
    page = window.current_page()
    page.list.setCurrentRow(3)  # the empathy map: choosing its card fills minutes and steps
    page.choose_method("empathy_map")
    page.list.setCurrentRow(3)
    settle()
    window.grab().save(str(HERE / f"facilitator_agenda_method_card_{lang}.png"))
    second = window.services.programme.workshops()[1].id
    page.workshop.setCurrentIndex(page.workshop.findData(second))
    page.copy_menu.popup(page.copy_button.mapToGlobal(page.copy_button.rect().bottomLeft()))
    settle()
    with_popup(window, page.copy_menu, f"facilitator_agenda_copy_menu_{lang}.png")
    page.copy_menu.hide()
    page.copy_agenda_from(window.services.programme.workshops()[0].id)
    page.list.setCurrentRow(1)
    settle()
    window.grab().save(str(HERE / f"facilitator_agenda_copied_{lang}.png"))
    page.list.setCurrentRow(0)
    settle()
    window.grab().save(str(HERE / f"facilitator_own_method_{lang}.png"))
    page.workshop.setCurrentIndex(0)
    page.show_attendance()
    settle()
    page.attendance_dialog.grab().save(str(HERE / f"facilitator_attendance_{lang}.png"))
    page.attendance_dialog.close()
    page.workshop.setCurrentIndex(1)
    page.print_agenda()
    dialog = page.export_dialog
    settle()
    dialog.grab().save(str(HERE / f"facilitator_agenda_export_{lang}.png"))
    out = path.parent / "agenda.pdf"
    dialog.path.setText(str(out))
    job = dialog.export()
    while not job.done:  # written on a worker (or a helper process)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if job.error is not None:
        raise job.error
    settle()
    if dialog.preview is not None:
        dialog.preview.close()
    dialog.close()
    pdf = QPdfDocument()
    pdf.load(str(out))
    pdf.render(0, QSize(900, 1273)).save(str(HERE / f"facilitator_agenda_pdf_{lang}.png"))
    # the countdown at zero on the main window (the projector's is dark red too)
    page.workshop.setCurrentIndex(0)
    page.enter_run_mode()
    page.run_panel.timer.set_remaining(0)
    page.run_panel.timer.refresh()
    settle()
    window.grab().save(str(HERE / f"facilitator_run_zero_{lang}.png"))
    page.leave_run_mode()


def shoot_dates(window: Any, lang: str) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    window.show_page("setup")
    page = window.current_page()
    page.tabs.setCurrentIndex(1)
    editor = page.workshops
    editor.list.setCurrentRow(0)
    field = editor.held_on
    field.set_date_value(None)
    editor.commit("held_on", None)  # the first workshop has no date yet
    field.setFocus()
    field.setText("13.3.2019")
    field.setModified(True)
    field.editingFinished.emit()
    settle()
    window.grab().save(str(HERE / f"facilitator_date_typed_{lang}.png"))
    field.open_calendar()  # at the date's month (March 2019), not January 2000
    settle()
    with_popup(window, field.popup, f"facilitator_date_calendar_{lang}.png")
    field.popup.close()
    field.setFocus()
    field.setText(NONSENSE_DATE)
    field.setModified(True)
    field.editingFinished.emit()
    settle()
    tips = [w for w in QApplication.topLevelWidgets()
            if w.inherits("QTipLabel") and w.isVisible()]
    if tips:
        with_popup(window, tips[0], f"facilitator_date_refused_{lang}.png",
                   field.mapToGlobal(QPoint(0, field.height() + 2)))
    else:
        window.grab().save(str(HERE / f"facilitator_date_refused_{lang}.png"))
    field.set_date_value(datetime.date(2019, 3, 13))


def shoot_delete_team(window: Any, lang: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.show_page("setup")
    page = window.current_page()
    page.tabs.setCurrentIndex(2)
    teams = page.teams
    teams.list.setCurrentRow(0)
    teams.delete_team()
    settle()
    box = window.findChild(QMessageBox, "confirmDeleteTeam")
    with_popup(window, box, f"facilitator_delete_team_{lang}.png")
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle()


def shoot_dot_vote(window: Any, lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from jalostamo.ui.canvas.board_view import BoardEditor

    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}:board")
    settle()
    editor = window.current_page().findChild(BoardEditor)
    notes = DATA[lang]["notes"]
    ids = {r["text"]: r["id"] for r in window.services.boards.items(editor.board_id)}
    editor.start_vote(3, DATA[lang]["frame"])
    for voter, texts in (("Turku", (notes[1], notes[1], notes[2])),
                         ("Oulu", (notes[1], notes[0]))):
        for text in texts:
            editor.scene.clearSelection()
            editor.scene.by_id[ids[text]].setSelected(True)
            editor.place_dot_on_selected(voter)
    editor.end_vote()
    editor.scene.clearSelection()
    editor.fit()
    settle()
    window.grab().save(str(HERE / f"facilitator_dot_vote_result_{lang}.png"))
    presentation = editor.present()
    settle()
    presentation.grab().save(str(HERE / f"facilitator_dot_vote_projector_{lang}.png"))
    presentation.close()
    QApplication.processEvents()


def shoot_file_dialog(window: Any, lang: str) -> None:
    """File → Open: Qt's own dialog, in the user's language (Qt's translations loaded)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSplitter

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not up yet
            QTimer.singleShot(100, grab)
            return
        dialog.resize(820, 480)
        splitter = dialog.findChild(QSplitter)
        if splitter is not None:  # Qt restores the last run's sidebar width: the same every run
            splitter.setSizes([140, 680])
        settle()
        dialog.grab().save(str(HERE / f"facilitator_file_dialog_{lang}.png"))
        dialog.reject()

    stamp = datetime.datetime(2019, 3, 12, 18, 0).timestamp()  # the same shot every run
    os.utime(window.services.doc.path, (stamp, stamp))
    QTimer.singleShot(100, grab)
    window.choose_and_open()


def shoot(lang: str) -> None:
    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    set_language(lang)
    install_translators(lang)
    folder = Path(tempfile.gettempdir()) / f"jalostamo-shots-{lang}"  # the same path in the
    shutil.rmtree(folder, ignore_errors=True)  # export dialog's shot every time
    folder.mkdir()
    path = folder / "spring2019.jalostamo"
    programme(path, lang)
    window = MainWindow(Settings(language=lang))
    window.resize(1280, 800)
    window.show()
    window.open_file(path)
    shoot_agenda(window, path, lang)
    shoot_dates(window, lang)
    shoot_delete_team(window, lang)
    shoot_dot_vote(window, lang)
    shoot_file_dialog(window, lang)
    window.close_document()
    window.close()


def main() -> int:
    os.environ["JALOSTAMO_DATA_DIR"] = tempfile.mkdtemp(prefix="jalostamo-shots-")
    from jalostamo.ui.app import application

    application()
    for lang in sys.argv[1:] or ("fi", "sv", "en"):
        shoot(lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
