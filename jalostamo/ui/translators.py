"""Qt translations: one QTranslator per ``jalostamo/ui/i18n/*_<lang>.qm`` plus Qt's own.

English is the source language and needs no file. Switching the language removes the
translators installed before and installs the new ones.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"

_installed: list[QTranslator] = []


def qm_files(lang: str, folder: Path = I18N_DIR) -> list[Path]:
    return sorted(folder.glob(f"*_{lang}.qm"))


def _ensure_compiled(folder: Path) -> None:
    """Compile stale or missing .qm files (a fresh clone run without ``dev.py``)."""
    stale = [ts for ts in folder.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return
    try:
        from jalostamo.ui.i18n.compile import compile_all

        compile_all(folder)
    except Exception:  # missing lrelease must not stop the app; it runs in English then
        log.exception("could not compile translations")


def install_translators(lang: str, folder: Path = I18N_DIR) -> list[QTranslator]:
    """Make ``lang`` (fi, sv, en) the language of every Qt string; returns the translators."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI"}.get(lang, "en_GB")))
    if lang == "en":
        return []
    _ensure_compiled(folder)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)] + [(qm.stem, str(folder)) for qm in qm_files(lang, folder)]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, directory)
    return list(_installed)
