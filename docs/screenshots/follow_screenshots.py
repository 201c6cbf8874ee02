"""Screenshots of Ctrl+Shift+T on a board and of a laptop following the facilitator's view
("Follow me"), in Finnish, Swedish and English:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/follow_screenshots.py

writes docs/screenshots/board_template_on_board_{fi,sv,en}.png and
live_follow_banner_{fi,sv,en}.png. Each language runs in a process of its own: a real room
on 127.0.0.1 over the demo programme, the facilitator's window showing a team's board with
"Follow me" on, and a team laptop's window (its own data folder) following it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def shots(lang: str) -> None:
    base = Path(tempfile.mkdtemp(prefix=f"jalostamo-follow-shots-{lang}-"))
    os.environ["JALOSTAMO_DATA_DIR"] = str(base / "facilitator")
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QPointF
    from PySide6.QtWidgets import QApplication

    from jalostamo.i18n import set_language
    from jalostamo.services.settings import Settings
    from jalostamo.ui import live
    from jalostamo.ui.app import application
    from jalostamo.ui.canvas.board_view import BoardEditor
    from jalostamo.ui.canvas.template_chooser import TemplateChooser
    from jalostamo.ui.demo import demo_path
    from jalostamo.ui.live.backend import real_backend, set_backend
    from jalostamo.ui.live.follow_banner import ViewFollower
    from jalostamo.ui.main_window import MainWindow
    from jalostamo.ui.translators import install_translators

    app = application()
    set_language(lang)
    install_translators(lang)
    set_backend(real_backend(bind="127.0.0.1", announce=False))

    def wait(condition: object, seconds: float = 60) -> None:
        deadline = QDeadlineTimer(int(seconds * 1000))
        while not condition():  # type: ignore[operator]
            if deadline.hasExpired():
                raise TimeoutError("not in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    facilitator = MainWindow(Settings(language=lang))
    facilitator.resize(1280, 800)
    facilitator.show()
    facilitator.open_file(demo_path())
    services = facilitator.services
    assert services is not None
    team = next(t for t in services.teams.list() if services.boards.boards(t.id))
    facilitator.show_page(f"team:{team.id}:board")
    settle()
    mine = next(e for e in facilitator.findChildren(BoardEditor) if e.isVisible())

    # Ctrl+Shift+T: the chooser over the board, the facilitator's own template last
    mine.save_as_template({"fi": "Turun malli", "sv": "Åbos modell", "en": "Turku's model"}[lang])
    chooser = TemplateChooser(mine, for_board=True)
    chooser.choose("builtin:phenomenon_canvas")
    chooser.show()
    settle()
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 300)
    settle()
    chooser.grab().save(str(HERE / f"board_template_on_board_{lang}.png"))
    chooser.close()

    live.start_room(facilitator)
    code = live.install(facilitator).state.join_code
    os.environ["JALOSTAMO_DATA_DIR"] = str(base / "laptop")
    laptop = MainWindow(Settings(language=lang))
    laptop.resize(1280, 800)
    laptop.show()
    room = live.install(laptop)
    found, info = room.probe(code.text())
    room.join(found, info, team.id)
    wait(lambda: laptop.services is not None and room.state is not None
         and room.state.connected)
    laptop.show_page("overview")  # "Follow me" brings it to the board
    live.install(facilitator).follow_link.set_on(True)
    follower = laptop.findChild(ViewFollower)
    assert follower is not None
    mine.view.zoom_to(0.6)
    mine.view.centerOn(QPointF(mine.scene.content_rect().center()))
    wait(lambda: follower.applied > 1 and follower.bar.isVisible())
    settle()
    laptop.grab().save(str(HERE / f"live_follow_banner_{lang}.png"))

    for window in (laptop, facilitator):
        live.install(window).leave()
        window.close()
    QApplication.processEvents()


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lang":
        shots(sys.argv[2])
        return 0
    for lang in ("fi", "sv", "en"):
        subprocess.run([sys.executable, __file__, "--lang", lang], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
