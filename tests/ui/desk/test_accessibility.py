"""Accessibility: every input on the main screens has a name a screen reader can say, every
button has a text, and the app starts and closes cleanly from the command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jalostamo.store.lock import lock_path
from tests.ui.desk.test_languages import main_screens

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def nameless(window: QWidget) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        module = type(widget).__module__
        if module.startswith("jalostamo.ui.") and module.count(".") > 2:
            continue  # screens of the other areas (board, tests, reviews, indicators)
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QAbstractItemView) \
                or isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # parts of a composite widget (the edit in a spin box, table headers)
        if isinstance(widget, QAbstractButton) and not (widget.text() or widget.accessibleName()):
            if type(widget).__name__ not in ("QToolButton",):  # scroll arrows, tab scrollers
                missing.append(f"button {widget.objectName()}")
        elif isinstance(widget, INPUTS) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def test_inputs_of_the_main_screens_have_accessible_names(window, sample_file):
    window.open_file(sample_file)
    problems = []
    for screen in main_screens(window):
        page = window.current_page()
        problems += [f"[{screen}] {p}" for p in nameless(page)]
    assert not problems, "\n".join(problems)


def test_app_starts_from_the_command_line_and_closes_cleanly_on_sigterm(sample_file,
                                                                        tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr_file:
        app = subprocess.Popen([sys.executable, "-m", "jalostamo", str(sample_file), "--lang",
                                "en"], env=env, stdout=subprocess.DEVNULL, stderr=stderr_file)
        try:
            deadline = time.monotonic() + 60
            # the document is open (not only its snapshot) once the -wal file exists
            wal = sample_file.with_name(sample_file.name + "-wal")
            while not wal.exists() and time.monotonic() < deadline:
                assert app.poll() is None, errors.read_text(errors="replace")
                time.sleep(0.1)
            assert lock_path(sample_file).exists(), "the app did not open the programme"
            # at once: the kill may land in the middle of opening the document
            app.send_signal(signal.SIGTERM)
            assert app.wait(timeout=30) == 0
        finally:
            if app.poll() is None:  # never leave a hanging child behind a failed assertion
                app.kill()
                app.wait(timeout=30)
    stderr = errors.read_text(errors="replace")
    assert "Traceback" not in stderr
    assert not lock_path(sample_file).exists()  # closed properly: the lock is released
    assert not sample_file.with_name(sample_file.name + "-wal").exists()  # checkpointed
