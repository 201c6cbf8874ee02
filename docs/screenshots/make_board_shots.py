"""Finnish offscreen screenshots of the board (issue 17): toolbar, context menu, board menu,
template chooser. Run from the repository root: python docs/screenshots/make_board_shots.py docs/screenshots"""
import os, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
tmp = Path(tempfile.mkdtemp())
os.environ["JALOSTAMO_DATA_DIR"] = str(tmp / "data")
from PySide6.QtCore import QPoint
from PySide6.QtGui import QUndoStack, QPixmap, QPainter, QColor
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from jalostamo.i18n import set_language
from jalostamo.ui.translators import install_translators
set_language("fi")
keep = install_translators("fi")
from jalostamo.services import Services
from jalostamo.ui.bridge import ChangeBridge
from jalostamo.ui.canvas.board_view import BoardEditor
from jalostamo.ui.canvas.template_chooser import TemplateChooser
out = Path(sys.argv[1])
svc = Services.create(tmp / "demo.jalostamo", "Jalostamo 2026")
team = svc.teams.add("Turku")
board = svc.boards.create_board(team, "Malli", "phenomenon_canvas")
stack = QUndoStack()
bridge = ChangeBridge(svc)
editor = BoardEditor(svc, stack, bridge, board)
editor.resize(1000, 700)
editor.show()
a = editor.commands.add("note", x=60.0, y=160.0, text="Nuoret kokevat yksinäisyyttä")
b = editor.commands.add("note", x=660.0, y=160.0, text="Harrastusseteli")
editor.select([a, b])
editor.connect_selected("vähentää")
editor.fit()
for _ in range(5):
    app.processEvents()
editor.grab().save(str(out / "board_editor.png"))
editor.toolbar.grab().save(str(out / "board_toolbar.png"))
# the context menu of a note, drawn beside the board where it was opened
editor.scene.clearSelection()
menu = editor.context_menu(editor.scene.by_id[a])
menu.popup(QPoint(0, 0))
for _ in range(5):
    app.processEvents()
shot = menu.grab()
shot.save(str(out / "board_context_menu.png"))
menu.close()
print("menu entries:", [x.text() for x in menu.actions() if not x.isSeparator()])
# the tooltip text of each tool
print([x.toolTip() for x in editor.toolbar.actions() if x.toolTip()])
from jalostamo.ui.team_page import TeamPage
oulu = svc.teams.add("Oulu")
page = TeamPage(svc, stack, bridge, oulu)
page.resize(1100, 760)
page.show()
page.show_tab("board")
from PySide6.QtTest import QTest
QTest.qWait(300)  # the list lays its previews out for its width a moment after a resize
page.grab().save(str(out / "board_template_chooser.png"))
chooser = TemplateChooser(None)
chooser.show()
for _ in range(5):
    app.processEvents()
chooser.grab().save(str(out / "board_template_dialog.png"))
editor.board_menu.popup(QPoint(0, 0))
for _ in range(3):
    app.processEvents()
editor.board_menu.grab().save(str(out / "board_menu.png"))
editor.board_menu.close()
editor.release()
bridge.detach()
svc.close()
