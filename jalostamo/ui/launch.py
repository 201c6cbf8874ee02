"""Start the desktop app."""

from __future__ import annotations

from pathlib import Path


def launch(path: Path | None, *, lang: str | None = None, read_only: bool = False) -> int:
    from jalostamo.ui.app import run

    return run(path, lang=lang, read_only=read_only)
