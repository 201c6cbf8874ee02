"""Shared steps of the packaging tests: a clean copy of the sources, and running a program
with nothing of the repository or the developer's setup on its path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def clean_sources(target: Path) -> Path:
    """The repository's files as a fresh clone has them (tracked and new files; nothing that
    git ignores: no compiled translations, no build folders, no .venv), copied to ``target``."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8", "surrogateescape").split("\0")):
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree
            continue
        copy = target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, copy)
    return target


def isolated_env(data_dir: Path) -> dict[str, str]:
    """The environment of a user's run: offscreen, its own data folder, no PYTHONPATH."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "JALOSTAMO_", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", JALOSTAMO_DATA_DIR=str(data_dir),
               PYTHONIOENCODING="utf-8")
    return env


def run(command: list[str | Path], *, cwd: Path, env: dict[str, str],
        timeout: float = 180) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=timeout)
    assert result.returncode == 0, (
        f"{command} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def smoke_report(stdout: str) -> dict[str, object]:
    """The line ``JALOSTAMO_SMOKE=1`` prints (``jalostamo/ui/smoke.py``)."""
    [line] = [line for line in stdout.splitlines() if line.startswith("smoke: ")]
    report = json.loads(line.removeprefix("smoke: "))
    assert isinstance(report, dict)
    return report


def scripts_dir(venv: Path) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin")
