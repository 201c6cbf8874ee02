"""Take the Help screenshots (fi, sv, en) into
docs/screenshots/help_{getting_started,panel,checklist}_<lang>.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/help_screenshots.py [fi sv en]

The Getting started guide over the start screen as a new facilitator first sees it (nothing
open yet); then a small programme (one dated workshop with an activity, two teams) in a
1280×800 window: the help panel beside a team's visual model, and the Getting started
checklist with its first steps ticked.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def shoot(lang: str) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    from jalostamo.i18n import set_language
    from jalostamo.services import Services
    from jalostamo.services.settings import Settings
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    set_language(lang)
    install_translators(lang)
    path = Path(tempfile.mkdtemp(prefix="jalostamo-shots-")) / "kevat.jalostamo"
    with Services.create(path, "Kevään jalostamo", organiser="Kuntaliitto") as svc:
        theme = svc.programme.add_theme("Lapsiperheet")
        workshop = svc.programme.add_workshop(starts_at="09:00", venue="Kuntatalo",
                                              held_on=datetime.date(2027, 3, 13))
        svc.programme.add_agenda_item(workshop, "Sidosryhmäkartta", 45,
                                      method_key="stakeholder_map")
        svc.teams.add("Turku", theme_ids=[theme])
        svc.teams.add("Oulu", theme_ids=[theme])
    window = MainWindow(Settings(language=lang))
    window.resize(1280, 800)
    window.show()
    guide = window.show_getting_started()
    QApplication.processEvents()
    guide.grab().save(str(HERE / f"help_getting_started_{lang}.png"))
    guide.close()
    window.open_file(path)
    turku = window.services.teams.find("Turku").id
    window.show_page(f"team:{turku}:board")
    window.current_page().tab("board").findChild(QPushButton, "createBoard").click()
    window.show_help()
    QApplication.processEvents()
    window.grab().save(str(HERE / f"help_panel_{lang}.png"))
    checklist = window.show_getting_started()
    QApplication.processEvents()
    checklist.grab().save(str(HERE / f"help_checklist_{lang}.png"))
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
