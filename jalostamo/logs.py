"""Logging to a file in the user data directory; crash logs for unexpected exceptions."""

from __future__ import annotations

import logging
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


def configure_logging(level: int = logging.INFO) -> Path:
    path = log_dir() / "jalostamo.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("jalostamo")
    root.setLevel(level)
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path
