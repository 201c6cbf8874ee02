#!/usr/bin/env python3
"""Set up and run Jalostamo from a clone, the same way on Windows, macOS and Linux.

    python dev.py app [ARGS...]    set up (first time) and start the app
    python dev.py test [ARGS...]   set up (first time) and run the tests (offscreen), one worker
                                   per CPU (pytest-xdist; -n 0 runs them in one process)
    python dev.py lint             ruff, mypy (package and tests), and the layers (import-linter)
    python dev.py freeze           the frozen app in dist/jalostamo (PyInstaller), smoke-tested

Setup makes a virtual environment in .venv, installs Jalostamo with its test extras in
editable mode, and compiles the Qt translations. It is redone when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".jalostamo-setup"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    exe = "python.exe" if os.name == "nt" else "python"
    return VENV / scripts / exe


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def setup() -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"Jalostamo needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing Jalostamo and its dependencies ...", flush=True)
        if run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip") != 0:
            sys.exit("Could not upgrade pip in .venv.")
        if run(python, "-m", "pip", "install", "--quiet", "-e", ".[dev]") != 0:
            sys.exit("Could not install Jalostamo's dependencies (see the messages above).")
        STAMP.write_text(wanted)
    compile_translations(python)
    return python


def compile_translations(python: Path) -> None:
    script = ROOT / "jalostamo" / "ui" / "i18n" / "compile.py"
    if script.exists() and run(python, script) != 0:
        sys.exit("Could not compile the translations.")


def parallel(rest: list[str]) -> list[str]:
    """pytest-xdist's options: one worker per CPU, each test file whole on one worker (its
    module fixtures built once), and a worker that crashes fails the run at once (a restarted
    worker once left a run hanging); none when the caller chose (``-n 0``: one process)."""
    chosen = any(arg.startswith(("-n", "--numprocesses", "--dist")) or arg.endswith("no:xdist")
                 for arg in rest)
    return [] if chosen else ["-n", "auto", "--dist", "loadfile", "--max-worker-restart=0"]


def freeze(python: Path, rest: list[str]) -> int:
    """Build the one-folder app with PyInstaller (packaging/jalostamo.spec) and smoke-test it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    started = time.monotonic()
    code = run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", ROOT / "dist", "--workpath", ROOT / "build" / "pyinstaller",
               ROOT / "packaging" / "jalostamo.spec", env=env)
    if code != 0:
        return code
    print(f"freeze: built in {time.monotonic() - started:.0f} s", flush=True)
    return run(python, ROOT / "packaging" / "smoke.py", ROOT / "dist" / "jalostamo", *rest, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test", "lint", "freeze"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    python = setup()
    if command == "app":
        return run(python, "-m", "jalostamo", *rest)
    if command == "test":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return run(python, "-m", "pytest", *parallel(rest), *rest, env=env)
    if command == "freeze":
        return freeze(python, rest)
    code = run(python, "-m", "ruff", "check", "jalostamo", "tests", "benchmarks", "dev.py")
    code = code or run(python, "-m", "mypy")
    lint_imports = venv_python().parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    return code or run(lint_imports)  # the layers (pyproject's [tool.importlinter])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
