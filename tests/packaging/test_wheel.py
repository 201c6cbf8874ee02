"""The wheel built from a clean checkout is complete (issue #18): installed, not editable, in
a fresh virtual environment, it starts the app offscreen in Finnish from its own compiled
translations, makes the demo and a PDF report, and writes nothing into the installed package.

Marked ``packaging`` (deselected by default; ``.ci/run`` runs it): about 30 s here. To keep it
fast the new environment borrows the dependencies of the running one (a ``.pth`` line to its
site-packages, its ``.pth`` files not run, so its editable Jalostamo is not seen), and the
wheel is built without build isolation with the running environment's setuptools and lrelease.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.packaging.helpers import clean_sources, isolated_env, run, scripts_dir, smoke_report

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(importlib.util.find_spec("build") is None,
                       reason="needs the package extra (pip install -e .[package])"),
]


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_the_wheel_from_a_clean_checkout_runs_installed(tmp_path: Path) -> None:
    src = clean_sources(tmp_path / "src")
    assert not list((src / "jalostamo" / "ui" / "i18n").glob("*.qm"))  # nothing precompiled
    dist = tmp_path / "dist"
    env = isolated_env(tmp_path / "data")
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, src], cwd=src, env=env)
    [wheel] = dist.glob("jalostamo-*.whl")
    [sdist] = dist.glob("jalostamo-*.tar.gz")
    assert sdist.stat().st_size > 100_000  # the wheel was built from it: the sdist is complete

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = scripts_dir(target) / ("python.exe" if sys.platform == "win32" else "python")
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=tmp_path, env=env).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "borrowed-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         "--quiet", wheel], cwd=tmp_path, env=env)

    package = site / "jalostamo"
    assert sorted(p.name for p in (package / "ui" / "i18n").glob("*_fi.qm")) == sorted(
        p.with_suffix(".qm").name for p in (src / "jalostamo" / "ui" / "i18n").glob("*_fi.ts"))
    assert (package / "assets" / "fonts" / "DejaVuSans.ttf").is_file()
    installed = _snapshot(package)

    work = tmp_path / "work"
    work.mkdir()
    where = run([python, "-c", "import jalostamo; print(jalostamo.__file__)"], cwd=work, env=env)
    assert Path(where.stdout.strip()).parent == package  # the installed copy, not the clone
    jalostamo = scripts_dir(target) / ("jalostamo.exe" if sys.platform == "win32" else "jalostamo")
    run([jalostamo, "demo", "demo.jalostamo"], cwd=work, env=env)
    run([jalostamo, "report", "demo.jalostamo", "--kind", "team", "--team", "Turku",
         "--lang", "fi", "--out", "turku.pdf"], cwd=work, env=env)
    assert (work / "turku.pdf").read_bytes().startswith(b"%PDF")

    smoke = smoke_report(run([jalostamo, "--lang", "fi", "demo.jalostamo"], cwd=work,
                             env={**env, "JALOSTAMO_SMOKE": "1"}).stdout)
    assert "&Tiedosto" in smoke["menus"]  # type: ignore[operator]
    loaded = [Path(p) for p in smoke["translations"]]  # type: ignore[attr-defined]
    ours_loaded = [p for p in loaded if p.parent == package / "ui" / "i18n"]
    assert {p.name for p in ours_loaded} >= {"desk_fi.qm", "canvas_fi.qm"}
    assert _snapshot(package) == installed  # nothing written into the installed package
