"""The log: rotated, Qt's warnings in it, nothing on the person's console."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from jalostamo import logs


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JALOSTAMO_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(logs, "LOG_BYTES", 2_000)
    root = logging.getLogger("jalostamo")
    saved, propagate = list(root.handlers), root.propagate
    root.handlers.clear()
    try:
        path = logs.configure_logging()
        for i in range(400):
            logging.getLogger("jalostamo.test").info("rivi %d %s", i, "x" * 40)
        files = sorted(p.name for p in path.parent.glob("jalostamo.log*"))
        assert files[0] == "jalostamo.log" and len(files) == logs.LOG_FILES + 1
        assert all(p.stat().st_size <= 2_200 for p in path.parent.glob("jalostamo.log*"))
        assert "rivi 399" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved
        root.propagate = propagate


def test_qt_warnings_go_to_the_log_and_not_to_the_console(tmp_path: Path) -> None:
    script = (
        "import logging, sys\n"
        "from PySide6.QtCore import qWarning\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from jalostamo.logs import configure_logging\n"
        "from jalostamo.ui.qt_messages import route_qt_messages\n"
        "app = QApplication(sys.argv)\n"
        "path = configure_logging()\n"
        "route_qt_messages()\n"
        "qWarning('Kokeiluvaroitus Qt:lta')\n"
        "logging.getLogger('jalostamo.x').warning('oma varoitus')\n"
        "for h in logging.getLogger('jalostamo').handlers: h.flush()\n"
        "print(path)\n"
    )
    env = {**__import__("os").environ, "JALOSTAMO_DATA_DIR": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    log_text = Path(done.stdout.strip()).read_text(encoding="utf-8")
    assert "WARNING jalostamo.qt: Kokeiluvaroitus Qt:lta" in log_text
    assert "oma varoitus" in log_text
    assert "Kokeiluvaroitus" not in done.stderr and "oma varoitus" not in done.stderr
