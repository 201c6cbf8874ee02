"""The main window's menus after language switches (fi → sv → fi), open over the window, into
docs/screenshots/menus_<menu>_<lang>.png; and the run mode still counting after the switch.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/menu_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    os.environ["JALOSTAMO_DATA_DIR"] = tempfile.mkdtemp(prefix="jalostamo-shots-")
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QMenu

    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui.app import application
    from jalostamo.ui.demo import demo_path
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    app = application()
    demo = demo_path()
    set_language("fi")
    install_translators("fi")
    settings = Settings(language="fi")
    settings.remember_file(demo)
    window = MainWindow(settings)
    window.resize(1100, 640)
    window.show()
    window.open_file(demo)
    window.show_page("agenda")
    window.current_page().enter_run_mode()
    window.current_page().run_panel.timer.start()

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def menu_shot(menu_id: str, name: str, lang: str) -> None:
        bar = window.menuBar()
        menu = window.menus[menu_id]
        at = bar.mapTo(window, bar.actionGeometry(menu.menuAction()).bottomLeft())
        menu.popup(window.mapToGlobal(at))
        settle()
        picture = menu.grab()
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(at, picture)
        painter.end()
        shot.save(str(HERE / f"menus_{name}_{lang}.png"))
        menu.hide()

    for lang in ("sv", "fi"):  # switched while the programme is open and the timer runs
        window.switch_language(lang)
        settle()
        menu_shot("fileMenu", "file", lang)
        menu_shot("liveRoomMenu", "room", lang)
        menu_shot("editMenu", "edit", lang)
    assert not window.findChildren(QMenu, "fileMenu")[1:]  # one File menu
    window.current_page().run_panel.timer.pause()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
