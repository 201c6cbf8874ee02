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


def _missing_translations(folder: Path, lang: str) -> list[str]:
    """The translation sources of ``lang`` whose compiled ``.qm`` is missing. Nothing is
    compiled here: the installed package may not be writable (Program Files), so a wheel and
    the frozen app carry the ``.qm`` files (``setup.py``), and a clone compiles them with
    ``python dev.py`` (``jalostamo/ui/i18n/compile.py``)."""
    return [ts.name for ts in sorted(folder.glob(f"*_{lang}.ts"))
            if not ts.with_suffix(".qm").exists()]


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
    missing = _missing_translations(folder, lang)
    if missing:  # the rest of the UI stays in English; say so in the log
        log.warning("translations not compiled, shown in English: %s (run python "
                    "jalostamo/ui/i18n/compile.py)", ", ".join(missing))
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
