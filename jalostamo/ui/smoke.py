"""``JALOSTAMO_SMOKE=1`` (or ``=FILE``): the app starts, paints, says what it shows (on
stdout, or into FILE) and quits (exit 0).

For the tests of an installed wheel and of the frozen app (``packaging/smoke.py``): one JSON
line on stdout with the window title, the menu titles (in the language in use) and the files
of the translations loaded, so a test sees that the Finnish ``.qm`` files came from the
installed package.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

ENV = "JALOSTAMO_SMOKE"


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def report(window: QMainWindow) -> dict[str, object]:
    from jalostamo.ui.translators import _installed

    return {
        "title": window.windowTitle(),
        "menus": [action.text() for action in window.menuBar().actions()],
        "translations": [translator.filePath() for translator in _installed],
        "frozen": bool(getattr(sys, "frozen", False)),
    }


def quit_after_first_paint(window: QMainWindow) -> None:
    def done() -> None:
        line = "smoke: " + json.dumps(report(window), ensure_ascii=True)
        target = os.environ.get(ENV, "")
        if target != "1":  # a file name: the Windows app has no console to print to
            Path(target).write_text(line + "\n", encoding="utf-8")
        if sys.stdout is not None:
            print(line, flush=True)
        window.close()

    QTimer.singleShot(0, done)
