"""A team laptop's window in its own process, for the "Follow me" test: joins the room with
the code in ``--code-file`` as ``--team`` through the real core, and says on stdout, one a
line:

    joined                     the laptop's copy is open
    centre X Y ZOOM            its board view shows a view of the facilitator (each time)
    announcement TEXT          a broadcast with an announcement arrived
    left                       after "esc": Esc pressed on the board, no longer following

Commands on stdin: ``esc``, ``quit``. The user data folder is ``JALOSTAMO_DATA_DIR``.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


class Commands(QObject):
    received = Signal(str)  # from the stdin thread, handled on the GUI thread


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code-file", type=Path, required=True)
    parser.add_argument("--team", required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])

    from jalostamo.live.api import RoomBroadcast
    from jalostamo.services.settings import Settings
    from jalostamo.ui import live
    from jalostamo.ui.live.backend import real_backend, set_backend
    from jalostamo.ui.live.follow_banner import ViewFollower
    from jalostamo.ui.main_window import MainWindow

    set_backend(real_backend(bind="127.0.0.1", announce=False))
    window = MainWindow(Settings.load())
    window.resize(1000, 700)
    window.show()
    room = live.install(window)
    follower = window.findChild(ViewFollower)
    assert follower is not None
    room.join_finished.connect(lambda error: say("joined" if error is None
                                                 else f"error {error.key}"))
    room.broadcast.connect(lambda update: say(f"announcement {update.announcement}")
                           if isinstance(update, RoomBroadcast) and update.announcement
                           else None)
    code, info = room.probe(args.code_file.read_text("ascii").strip())
    room.join(code, info, args.team)

    shown = [0]

    def report() -> None:  # a view applied since the last look: where the board is now
        if follower.applied == shown[0] or follower.board is None:
            return
        shown[0] = follower.applied
        editor = follower.editor_for(follower.board)
        if editor is not None:
            centre = editor.view.visible_scene_rect().center()
            say(f"centre {centre.x():.1f} {centre.y():.1f} {editor.view.zoom():.3f}")

    looks = QTimer()
    looks.setInterval(20)
    looks.timeout.connect(report)
    looks.start()

    def command(line: str) -> None:
        words = line.split()
        if not words:
            return
        if words[0] == "esc" and follower.board is not None:
            editor = follower.editor_for(follower.board)
            if editor is not None:
                editor.view.setFocus()
                QTest.keyClick(editor.view, Qt.Key.Key_Escape)
            say("left" if not follower.following() else "still following")
        elif words[0] == "quit":
            room.leave()
            app.quit()

    commands = Commands()
    commands.received.connect(command, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for line in sys.stdin:
            commands.received.emit(line)
        commands.received.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    app.exec()
    window.close_document()
    say("bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
