"""Where bundled assets and per-user data live (no Qt here)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Jalostamo"

_PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = _PACKAGE_DIR.parent / "assets"


def asset(*parts: str) -> Path:
    """Path of a bundled asset (fonts, method cards, templates, indicator library)."""
    return ASSETS_DIR.joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data directory (settings, logs, backups).

    ``JALOSTAMO_DATA_DIR`` overrides it; tests point it at a temporary directory.
    """
    override = os.environ.get("JALOSTAMO_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
