"""Re-take the report page images in docs/reports (fi and sv) from the demo programme.

Run from the repository root: ``python docs/reports/make_pages.py``. Needs ``pdftoppm``
(poppler-utils) to turn PDF pages into PNG images; the reports themselves come from the CLI.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = [("programme", []), ("workshop", ["--workshop", "1"]), ("team", ["--team", "Oulu"])]
PAGES = 3


def jalostamo(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "jalostamo", *args], check=True)


def main() -> None:
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed to render the pages")
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.jalostamo"
        jalostamo("demo", str(demo))
        for lang in ("fi", "sv"):
            for kind, extra in REPORTS:
                pdf = Path(tmp) / f"{kind}-{lang}.pdf"
                jalostamo("report", str(demo), "--kind", kind, *extra, "--lang", lang,
                          "--out", str(pdf))
                prefix = HERE / f"{kind}-{lang}"
                subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", str(PAGES),
                                str(pdf), str(prefix)], check=True)
    print("\n".join(sorted(p.name for p in HERE.glob("*.png"))))


if __name__ == "__main__":
    main()
