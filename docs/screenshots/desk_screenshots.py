"""Take the desk's screenshots (fi, sv, en) into docs/screenshots/desk_<screen>_<lang>.png.

    xvfb-run -s "-screen 0 1400x900x24" python docs/screenshots/desk_screenshots.py

Uses the demo programme (built into a temporary user data directory) and a 1280×800 window.
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
    from PySide6.QtWidgets import QApplication

    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui.app import application
    from jalostamo.ui.demo import demo_path
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    app = application()
    demo = demo_path()
    for lang in ("fi", "sv", "en"):
        set_language(lang)
        install_translators(lang)
        settings = Settings(language=lang)
        settings.remember_file(demo)
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()

        def shot(name: str, window: MainWindow = window, lang: str = lang) -> None:
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(HERE / f"desk_{name}_{lang}.png"))

        shot("start")
        window.open_file(demo)
        shot("overview")
        window.show_page("setup")
        window.current_page().tabs.setCurrentIndex(2)
        shot("setup")
        window.show_page("guide")
        window.current_page().set_phase(window.current_page().phase.__class__("define"))
        shot("guide")
        window.show_page("agenda")
        shot("agenda")
        window.current_page().enter_run_mode()
        window.current_page().run_panel.timer.set_remaining(7 * 60 + 42)
        shot("run")
        window.current_page().leave_run_mode()
        team = window.services.teams.list()[0]
        window.show_page(f"team:{team.id}")
        shot("team")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
