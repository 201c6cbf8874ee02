"""Take the live venue mode's screenshots (fi, sv, en) into docs/screenshots/live_*_<lang>.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/live_screenshots.py [fi sv en]

A real room on 127.0.0.1 over the demo programme: the facilitator's window hosts it, three
team laptops (windows with their own data folders) join with the code on the join screen,
move to their screens, and follow the timer the facilitator starts from the console.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


ANNOUNCEMENT = {
    "fi": "Kahvitauko klo 10.30 – palatkaa sen jälkeen omiin pöytiin.",
    "sv": "Kaffepaus kl. 10.30 – gå sedan tillbaka till era egna bord.",
    "en": "Coffee break at 10.30 – then back to your own tables, please.",
}


def main() -> int:
    langs = sys.argv[1:] or ["fi", "sv", "en"]
    if len(langs) > 1:  # a room per run: each language in a process of its own
        for lang in langs:
            subprocess.run([sys.executable, __file__, lang], check=True)
        return 0
    return shoot(langs[0])


def shoot(lang: str) -> int:
    base = Path(tempfile.mkdtemp(prefix="jalostamo-live-shots-"))
    os.environ["JALOSTAMO_DATA_DIR"] = str(base / "facilitator")
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui import live
    from jalostamo.ui.app import application
    from jalostamo.ui.demo import demo_path
    from jalostamo.ui.live.backend import real_backend, set_backend
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    app = application()
    set_language(lang)
    install_translators(lang)
    set_backend(real_backend(bind="127.0.0.1", announce=False))

    def wait(condition: object, seconds: float = 30) -> None:
        deadline = QDeadlineTimer(int(seconds * 1000))
        while not condition():  # type: ignore[operator]
            if deadline.hasExpired():
                raise TimeoutError("the room did not answer in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    facilitator = MainWindow(Settings(language=lang))
    facilitator.resize(1280, 800)
    facilitator.show()
    facilitator.open_file(demo_path())
    live.start_room(facilitator)
    facilitator_room = live.install(facilitator)
    code = facilitator_room.state.join_code
    teams = facilitator.services.teams.list()

    laptops = []
    for number, (team, screen) in enumerate(zip(teams[:3], ("board", "card", "tests"),
                                                strict=False), start=1):
        os.environ["JALOSTAMO_DATA_DIR"] = str(base / f"laptop{number}")
        window = MainWindow(Settings(language=lang))
        window.resize(1280, 800)
        window.show()
        room = live.install(window)
        found, info = room.probe(code.text())
        room.join(found, info, team.id)
        wait(lambda w=window: w.services is not None)
        window.show_page(f"team:{team.id}:{screen}")
        laptops.append(window)

    screen = live.show_join_screen(facilitator)
    wait(lambda: screen.people.topLevelItemCount() == len(laptops))
    settle()
    screen.grab().save(str(HERE / f"live_join_{lang}.png"))

    console = live.show_console(facilitator)
    console.timer_button.click()
    console.announcement.setText(ANNOUNCEMENT[lang])
    console.send_button.click()
    overview = QApplication.translate("Navigator", "Programme overview")
    wait(lambda: console.table.rowCount() == len(laptops)
         and console.table.item(0, 2).text() != overview)
    settle()
    console.grab().save(str(HERE / f"live_console_{lang}.png"))

    team_window = laptops[0]
    banner = team_window.findChild(live.follower.RoomBanner)  # type: ignore[attr-defined]
    wait(lambda: banner.isVisible() and bool(banner.announcement.text()))
    settle()
    team_window.grab().save(str(HERE / f"live_team_timer_{lang}.png"))

    for window in [*laptops, facilitator]:
        live.install(window).leave()
        window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
