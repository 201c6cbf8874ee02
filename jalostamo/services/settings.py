"""The user's settings: one typed object with defaults and a schema version, stored as JSON.

The file lives in the user data directory (``settings.json``); tests point that directory at a
temporary folder through ``JALOSTAMO_DATA_DIR``. A damaged or unknown file never stops the app:
it falls back to the defaults for whatever it cannot read. No Qt here; window geometry and state
are kept as base64 text that the UI encodes and decodes.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from jalostamo import settings_file
from jalostamo.i18n import LANGUAGES

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAX_RECENT = 10
ZOOM_RANGE = (0.75, 3.0)
FONT_SCALE_RANGE = (0.75, 2.0)


def settings_path() -> Path:
    return settings_file.settings_path()


@dataclass
class Settings:
    """What the app remembers between runs."""

    language: str | None = None  # None: follow the system locale
    recent_files: list[str] = field(default_factory=list)
    last_file: str | None = None
    reopen_last: bool = True
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    presentation_zoom: float = 1.6
    font_scale: float = 1.0
    #: the Getting started checklist has been shown once (it opens by itself only the first time)
    guide_seen: bool = False
    #: programme files (resolved paths) whose workshop was run in run mode / whose workshop
    #: report was exported: the checklist's last two steps, which the file itself does not show
    workshops_run: list[str] = field(default_factory=list)
    reports_exported: list[str] = field(default_factory=list)
    version: int = SCHEMA_VERSION

    # --- recent files ---------------------------------------------------------------------

    def remember_file(self, path: Path | str) -> None:
        """Put ``path`` first in the recent files and make it the file to reopen."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]
        self.last_file = text

    def existing_recent_files(self) -> list[Path]:
        return [Path(p) for p in self.recent_files if Path(p).is_file()]

    # --- persistence ----------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        raw = settings_file.read_section(settings_file.APP, path)
        return cls.from_dict(migrate(raw)) if raw else cls()

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Take every known, well-typed value from ``raw``; defaults for the rest."""
        settings = cls()
        for f in fields(cls):
            if f.name not in raw or f.name == "version":
                continue
            value = raw[f.name]
            default = getattr(settings, f.name)
            if f.name == "language":
                settings.language = value if value in LANGUAGES else None
            elif f.name == "last_file":
                settings.last_file = value if isinstance(value, str) else None
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(settings, f.name, value)
            elif isinstance(default, float):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    setattr(settings, f.name, float(value))
            elif isinstance(default, list):
                if isinstance(value, list):
                    setattr(settings, f.name, [v for v in value if isinstance(v, str)])
            elif isinstance(default, str) and isinstance(value, str):
                setattr(settings, f.name, value)
        settings.presentation_zoom = _clamp(settings.presentation_zoom, ZOOM_RANGE)
        settings.font_scale = _clamp(settings.font_scale, FONT_SCALE_RANGE)
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write atomically (the other parts of the settings file kept); failures are only
        logged."""
        try:
            settings_file.write_section(settings_file.APP, asdict(self), path)
        except OSError as exc:
            log.warning("could not save settings to %s: %s", path or settings_path(), exc)


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring settings written by an older version up to :data:`SCHEMA_VERSION`."""
    version = raw.get("version", 0)
    if not isinstance(version, int) or version < 1:
        # version 0 (never released) called the language "lang"
        if "lang" in raw and "language" not in raw:
            raw["language"] = raw.pop("lang")
        raw["version"] = 1
    return raw


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))
