"""The build backend: setuptools, plus PySide6-Essentials (for lrelease) only where a wheel is
built and no lrelease is at hand. ``setup.py`` compiles the translations into the wheel; an
editable install (``python dev.py``) compiles them in place instead, so it does not download
Qt a second time just to build."""

from __future__ import annotations

import importlib.util
import shutil
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the rest of the PEP 517/660 hooks)
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

LRELEASE = ["PySide6-Essentials>=6.8,<6.13"]


def _lrelease_requirements() -> list[str]:
    if importlib.util.find_spec("PySide6") is not None:
        return []
    if shutil.which("pyside6-lrelease") or shutil.which("lrelease"):
        return []
    return list(LRELEASE)


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *_lrelease_requirements()]
