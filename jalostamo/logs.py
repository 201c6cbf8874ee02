"""Logging to a rotating file in the user data directory (never to the person's console);
crash logs for unexpected exceptions. Qt's own warnings reach the same file through
``ui/qt_messages.py``."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from datetime import datetime
from pathlib import Path

from jalostamo.paths import log_dir


def write_crash_log(exc: BaseException | None = None) -> Path:
    """Write the current (or given) exception with its traceback to a new log file."""
    path = log_dir() / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.log"
    text = ("".join(traceback.format_exception(exc)) if exc is not None
            else traceback.format_exc())
    path.write_text(text, encoding="utf-8")
    logging.getLogger("jalostamo").error("unexpected error, details in %s", path)
    return path


LOG_BYTES = 1_000_000  # one file's size before it is rotated
LOG_FILES = 5  # kept besides the current one: at most ~6 MB of logs
CRASH_LOGS_KEPT = 20


def configure_logging(level: int = logging.INFO) -> Path:
    """Log to ``jalostamo.log`` (rotated at 1 MB, five older files kept) and not to the
    console; returns the log file's path."""
    path = log_dir() / "jalostamo.log"
    root = logging.getLogger("jalostamo")
    root.setLevel(level)
    root.propagate = False  # no raw log lines on the person's terminal
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        try:
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8", delay=True)
        except OSError:  # a read-only or full profile must not stop the app
            return path
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    _prune_crash_logs()
    return path


def _prune_crash_logs() -> None:
    """Keep the newest crash logs only."""
    try:
        crashes = sorted(log_dir().glob("crash-*.log"))
        for old in crashes[:-CRASH_LOGS_KEPT]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
