"""Compile every ``jalostamo/ui/i18n/*.ts`` to ``.qm`` with lrelease from the PySide6 wheel.

Run as a script (``python jalostamo/ui/i18n/compile.py``; ``python dev.py app/test`` does it) or
call :func:`compile_all`. A ``.qm`` is rebuilt whenever its ``.ts`` differs from the one it was
compiled from: the SHA-256 of the ``.ts`` is kept beside it (``*.qm.sha256``, not in git). File
times are not trusted: a checkout, a copy or a merge can leave a stale ``.qm`` newer than its
``.ts``.
"""

from __future__ import annotations

import hashlib
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


def _stamp(qm: Path) -> Path:
    return qm.with_name(qm.name + ".sha256")


def is_current(ts: Path) -> bool:
    """Whether ``ts``'s ``.qm`` exists and was compiled from exactly this ``.ts``."""
    qm = ts.with_suffix(".qm")
    try:
        return qm.is_file() and _stamp(qm).read_text(encoding="ascii").strip() == _digest(ts)
    except OSError:
        return False


def _digest(ts: Path) -> str:
    return hashlib.sha256(ts.read_bytes()).hexdigest()


def compile_all(folder: Path = HERE, *, force: bool = False) -> list[Path]:
    """Compile the ``.ts`` files of ``folder``; returns the ``.qm`` files written."""
    written = []
    command: list[str] | None = None
    for ts in sorted(folder.glob("*.ts")):
        if not force and is_current(ts):
            continue
        qm = ts.with_suffix(".qm")
        command = command or lrelease()
        _stamp(qm).unlink(missing_ok=True)  # never a stamp beside a .qm being rewritten
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        _stamp(qm).write_text(_digest(ts) + "\n", encoding="ascii")
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
