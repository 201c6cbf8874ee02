"""Build hook (the metadata is in pyproject.toml): a wheel carries what the app needs at run
time, made at build time, so that nothing is ever written into an installed package.

- ``assets/`` (fonts, help, method cards, templates, the indicator library) is copied into the
  package as ``jalostamo/assets`` (``jalostamo.paths`` looks there first);
- every ``jalostamo/ui/i18n/*.ts`` is compiled to ``.qm`` with lrelease (from the PySide6 in
  the build environment, else ``pyside6-lrelease``/``lrelease`` on PATH). A build without
  lrelease fails: a wheel without translations would run in English without a word.

An editable install (``pip install -e``, ``python dev.py``) uses the repository's ``assets/``
and ``python jalostamo/ui/i18n/compile.py`` instead.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _compile_translations(i18n_source: Path, target: Path) -> list[Path]:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("_jalostamo_compile", i18n_source / "compile.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("jalostamo/ui/i18n/compile.py is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    command = module.lrelease()
    for ts in sorted(i18n_source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class BuildWithAssets(build_py):
    """``build_py`` plus the assets and the compiled translations."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "jalostamo"
        assets = ROOT / "assets"
        if assets.is_dir():
            shutil.copytree(assets, package / "assets", dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        written = _compile_translations(ROOT / "jalostamo" / "ui" / "i18n", package / "ui" / "i18n")
        if not written:
            raise RuntimeError("no translations compiled (jalostamo/ui/i18n/*.ts missing?)")
        print(f"jalostamo: {len(written)} translations compiled, assets copied")


setup(cmdclass={"build_py": BuildWithAssets})
