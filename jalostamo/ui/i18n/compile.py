"""Compile every ``jalostamo/ui/i18n/*.ts`` to ``.qm`` with lrelease from the PySide6 wheel.

Run as a script (``python jalostamo/ui/i18n/compile.py``; ``python dev.py app/test`` does it) or
call :func:`compile_all`. A ``.qm`` that is newer than its ``.ts`` is left alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    """The command that runs lrelease: the binary inside the PySide6 package, else on PATH."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if os.name == "nt" else ("lrelease",):
        candidate = package / name
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    raise FileNotFoundError("lrelease not found in the PySide6 package nor on PATH")


def compile_all(folder: Path = HERE, *, force: bool = False) -> list[Path]:
    """Compile the ``.ts`` files of ``folder``; returns the ``.qm`` files written."""
    written = []
    command: list[str] | None = None
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        command = command or lrelease()
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> int:
    try:
        written = compile_all(force="--force" in sys.argv)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"compiling translations failed: {exc}", file=sys.stderr)
        return 1
    print(f"translations: {len(written)} compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
