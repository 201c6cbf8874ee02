#!/usr/bin/env python3
"""Smoke test of the frozen app (``dist/jalostamo``, made by ``packaging/jalostamo.spec``),
offscreen, with its own data folder: start (in Finnish, from the bundle's translations) and
quit, the demo, a PDF report, ``check``, a team file merged back; prints the bundle's size.

    python packaging/smoke.py [dist/jalostamo] [--max-mb 300]

Exit 0 when every step worked; 1 with the step that failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "jalostamo")
    parser.add_argument("--max-mb", type=float, default=300.0,
                        help="fail when the bundle is bigger (MB, 10^6 bytes)")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle.resolve()
    windows = sys.platform == "win32"
    app = bundle / ("jalostamo.exe" if windows else "jalostamo")
    cli = bundle / ("jalostamo-cli.exe" if windows else "jalostamo")
    if not app.is_file():
        print(f"smoke: no frozen app at {app}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="jalostamo-smoke-") as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JALOSTAMO_"))}
        env.update(QT_QPA_PLATFORM="offscreen", JALOSTAMO_DATA_DIR=str(work / "data"),
                   PYTHONIOENCODING="utf-8")

        def step(name: str, *command: str | Path, extra: dict[str, str] | None = None) -> str:
            started = time.monotonic()
            result = subprocess.run([str(c) for c in command], cwd=work, env={**env, **(extra or {})},
                                    capture_output=True, text=True, encoding="utf-8",
                                    errors="replace", timeout=300)
            took = time.monotonic() - started
            if result.returncode != 0:
                print(f"smoke: {name} FAILED (exit {result.returncode}, {took:.1f} s)\n"
                      f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}", file=sys.stderr)
                raise SystemExit(1)
            print(f"smoke: {name} ok ({took:.1f} s)", flush=True)
            return result.stdout

        step("demo", cli, "demo", "demo.jalostamo")
        step("report", cli, "report", "demo.jalostamo", "--kind", "team", "--team", "Turku",
             "--lang", "fi", "--out", "turku.pdf")
        if not (work / "turku.pdf").read_bytes().startswith(b"%PDF"):
            print("smoke: the report is not a PDF", file=sys.stderr)
            return 1
        step("check", cli, "check", "demo.jalostamo")
        step("team file", cli, "team-file", "demo.jalostamo", "--team", "Turku", "turku.jalostamo")
        step("merge", cli, "merge", "demo.jalostamo", "turku.jalostamo")
        said = work / "smoke.json"  # the Windows app has no console: it writes its report here
        step("start and quit", app, "--lang", "fi", "demo.jalostamo",
             extra={"JALOSTAMO_SMOKE": str(said)})
        out = said.read_text(encoding="utf-8") if said.exists() else ""
        lines = [line for line in out.splitlines() if line.startswith("smoke: ")]
        report = json.loads(lines[-1].removeprefix("smoke: ")) if lines else {}
        ours = [p for p in report.get("translations", []) if Path(p).name.startswith("desk_fi")]
        if not report.get("frozen") or "&Tiedosto" not in report.get("menus", []) or not ours \
                or not Path(ours[0]).resolve().is_relative_to(bundle):
            print(f"smoke: the app did not start in Finnish from the bundle: {report}",
                  file=sys.stderr)
            return 1
    size = bundle_size(bundle)
    print(f"smoke: bundle size {size / 1e6:.0f} MB ({size:,} bytes) at {bundle}")
    if size > args.max_mb * 1e6:
        print(f"smoke: the bundle is bigger than {args.max_mb:.0f} MB", file=sys.stderr)
        return 1
    print("smoke: all steps passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
