"""Photo import cost against a bare Pillow decode + re-encode of the same files.

Twenty generated 4000×3000 JPEGs (12 megapixels, like a phone photo) are imported through
``MediaService.import_files`` into a fresh programme file (checks, EXIF rotation, bounding to
3000 px, original + preview + thumbnail, SQLite write). The baseline is, for the same files,
``Image.open(path).load()`` followed by ``save()`` as a JPEG to memory: what the simplest
"just store it" importer would cost.

    python benchmarks/photo_import.py
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import private_user_data

COUNT = 20
SIZE = (4000, 3000)


def baseline(paths: list[Path]) -> float:
    from PIL import Image

    start = time.perf_counter()
    for path in paths:
        with Image.open(path) as img:
            img.load()
            img.save(io.BytesIO(), "JPEG", quality=88)
    return time.perf_counter() - start


def imported(paths: list[Path], workdir: Path, run: int) -> float:
    from jalostamo.services import Services

    with Services.create(workdir / f"bench{run}.jalostamo", "Benchmark") as svc:
        team = svc.teams.add("Lahti")
        start = time.perf_counter()
        report = svc.media.import_files(paths, team_id=team)
        elapsed = time.perf_counter() - start
        assert len(report.imported) == COUNT and not report.refused
    return elapsed


def main() -> None:
    private_user_data()
    from tests.data.images.make import photo

    workdir = Path(tempfile.mkdtemp(prefix="jalostamo-photo-bench-"))
    paths = []
    for n in range(COUNT):
        path = workdir / f"photo{n:02}.jpg"
        path.write_bytes(photo(SIZE, seed=n))
        paths.append(path)
    size_mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"{COUNT} JPEGs {SIZE[0]}×{SIZE[1]}, {size_mb:.1f} MB in all")

    # interleave, best of three each, so that a noisy neighbour hits both alike
    base_runs, import_runs = [], []
    for run in range(3):
        base_runs.append(baseline(paths))
        import_runs.append(imported(paths, workdir, run))
    base, mine = min(base_runs), min(import_runs)
    print(f"baseline open+load+save: {base / COUNT * 1000:.0f} ms per photo")
    print(f"MediaService.import_files: {mine / COUNT * 1000:.0f} ms per photo")
    print(f"ratio: {mine / base:.2f}")


if __name__ == "__main__":
    main()
