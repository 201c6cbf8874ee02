"""Where bundled assets and per-user data live (no Qt here)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Jalostamo"

_PACKAGE_DIR = Path(__file__).resolve().parent
#: the assets: inside the package when installed (a wheel, the frozen app; ``setup.py`` copies
#: them there), else the repository's ``assets/`` beside the package (a clone, editable install)
ASSETS_DIR = (_PACKAGE_DIR / "assets" if (_PACKAGE_DIR / "assets").is_dir()
              else _PACKAGE_DIR.parent / "assets")


PROGRAMME_SUFFIX = ".jalostamo"


def is_programme_path(path: Path | str) -> bool:
    """Whether ``path`` names a programme file: ``.jalostamo`` in any letter case (Windows
    users and file managers write ``.JALOSTAMO`` too)."""
    return Path(path).suffix.lower() == PROGRAMME_SUFFIX


def with_programme_suffix(path: Path) -> Path:
    """``path`` as a programme file: the suffix added when it is missing, kept as written."""
    return path if is_programme_path(path) else path.with_name(path.name + PROGRAMME_SUFFIX)


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
