"""Start the desktop app: language, translations, error handling, the main window.

Nothing imported before the first paint loads SQLAlchemy or alembic: the window paints the
programme from a plain-sqlite3 snapshot and opens the document right after (see
:meth:`MainWindow.open_quickly`).

The modules without Qt that the first frame needs are imported before PySide6 (the
``jalostamo.services.opening`` and ``jalostamo.services.settings`` lines sort before ``jalostamo.ui``):
once PySide6 is loaded, its import hook reads the source of every module imported after it.
"""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import jalostamo.services.opening  # noqa: F401  (the first frame's store modules; see above)
from jalostamo.i18n import normalise, set_language, system_language
from jalostamo.logs import configure_logging
from jalostamo.services.settings import Settings
from jalostamo.ui.errors import install_excepthook
from jalostamo.ui.main_window import MainWindow
from jalostamo.ui.translators import install_translators

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def choose_language(requested: str | None, settings: Settings) -> str:
    """``--lang`` first, then the settings, then the system locale; Finnish by default."""
    if requested:
        return normalise(requested)
    if settings.language:
        return normalise(settings.language)
    return system_language()


def application() -> QApplication:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Jalostamo")
    QCoreApplication.setOrganizationName("Jalostamo")
    return app  # type: ignore[return-value]


def create_window(path: Path | None = None, *, lang: str | None = None, read_only: bool = False,
                  settings: Settings | None = None) -> MainWindow:
    """Everything ``run`` does except the event loop (tests and the benchmark use this). With a
    file, the window shows its snapshot and opens the document after its first paint (or at
    :meth:`MainWindow.finish_opening`)."""
    settings = settings or Settings.load()
    language = choose_language(lang, settings)
    set_language(language)
    application()
    install_translators(language)
    install_excepthook()
    target = path
    if target is None and settings.reopen_last and settings.last_file:
        last = Path(settings.last_file)
        target = last if last.is_file() else None
    # the document opens after the first paint
    return MainWindow(settings, first_file=target, read_only=read_only)


def run(path: Path | None, *, lang: str | None = None, read_only: bool = False) -> int:
    """Start the app; returns its exit code when the last window closes."""
    configure_logging()
    app = application()
    from jalostamo.ui.qt_messages import route_qt_messages

    route_qt_messages()
    window = create_window(path, lang=lang, read_only=read_only)
    window.show()
    window.after_first_paint()  # then Getting started opens if it is the first run ever
    from PySide6.QtCore import QTimer

    # Ctrl+C in a terminal or a polite kill closes the programme cleanly (checkpoint, lock).
    # Python runs the handler between any two bytecodes, e.g. in the middle of opening the
    # document: the close is queued for the event loop, where no step is half done.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, window.close))

    heartbeat = QTimer()  # lets Python run its signal handlers while Qt waits for events
    heartbeat.start(300)
    heartbeat.timeout.connect(lambda: None)
    from jalostamo.ui import smoke

    if smoke.wanted():  # the packaging tests: start, paint, report, quit
        smoke.quit_after_first_paint(window)
    code = app.exec()
    window.close_document()  # whatever ended the loop, the file is checkpointed and unlocked
    from jalostamo.ui import workers

    workers.finish()  # the backup at close, still being written
    return code
