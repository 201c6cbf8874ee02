"""Offscreen screenshots of the board (issue 17) in fi, sv and en: toolbar, context menu, board
menu, template chooser, into docs/screenshots/board_<screen>_<lang>.png.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_board_shots.py [fi sv en]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

# the board's own texts, as a team of each language would write them
TEXTS = {
    "fi": ("Malli", "Nuoret kokevat yksinäisyyttä", "Harrastusseteli", "vähentää"),
    "sv": ("Modell", "Unga känner sig ensamma", "Hobbysedel", "minskar"),
    "en": ("Model", "Young people feel lonely", "Hobby voucher", "reduces"),
}


def shoot(lang: str) -> None:
    tmp = Path(tempfile.mkdtemp())
    os.environ["JALOSTAMO_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest

    from jalostamo.i18n import set_language
    from jalostamo.services import Services
    from jalostamo.ui.app import application
    from jalostamo.ui.bridge import ChangeBridge
    from jalostamo.ui.canvas.board_view import BoardEditor
    from jalostamo.ui.canvas.template_chooser import TemplateChooser
    from jalostamo.ui.team_page import TeamPage
    from jalostamo.ui.translators import install_translators

    app = application()
    set_language(lang)
    install_translators(lang)

    def settle(times: int = 5) -> None:
        for _ in range(times):
            app.processEvents()

    title, first, second, label = TEXTS[lang]
    svc = Services.create(tmp / "demo.jalostamo", "Jalostamo 2026")
    team = svc.teams.add("Turku")
    board = svc.boards.create_board(team, title, "phenomenon_canvas")
    stack = QUndoStack()
    bridge = ChangeBridge(svc)
    editor = BoardEditor(svc, stack, bridge, board)
    editor.resize(1000, 700)
    editor.show()
    a = editor.commands.add("note", x=60.0, y=160.0, text=first)
    b = editor.commands.add("note", x=660.0, y=160.0, text=second)
    editor.select([a, b])
    editor.connect_selected(label)
    editor.fit()
    settle()
    editor.grab().save(str(HERE / f"board_editor_{lang}.png"))
    editor.toolbar.grab().save(str(HERE / f"board_toolbar_{lang}.png"))
    # the context menu of a note, as it opens
    editor.scene.clearSelection()
    menu = editor.context_menu(editor.scene.by_id[a])
    menu.popup(QPoint(0, 0))
    settle()
    menu.grab().save(str(HERE / f"board_context_menu_{lang}.png"))
    menu.close()
    oulu = svc.teams.add("Oulu")
    page = TeamPage(svc, stack, bridge, oulu)
    page.resize(1100, 760)
    page.show()
    page.show_tab("board")
    QTest.qWait(300)  # the list lays its previews out for its width a moment after a resize
    page.grab().save(str(HERE / f"board_template_chooser_{lang}.png"))
    chooser = TemplateChooser(None)
    chooser.show()
    settle()
    chooser.grab().save(str(HERE / f"board_template_dialog_{lang}.png"))
    chooser.close()
    editor.board_menu.popup(QPoint(0, 0))
    settle(3)
    editor.board_menu.grab().save(str(HERE / f"board_menu_{lang}.png"))
    editor.board_menu.close()
    page.close()
    editor.release()
    bridge.detach()
    svc.close()


def main() -> int:
    langs = sys.argv[1:] or ["fi", "sv", "en"]
    if len(langs) > 1:  # each language in a process of its own (a fresh data folder)
        for lang in langs:
            subprocess.run([sys.executable, __file__, lang], check=True)
        return 0
    shoot(langs[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
