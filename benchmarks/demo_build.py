"""Building the large demo programme against raw sqlite3 inserts of the same rows.

The demo run builds ``jalostamo demo --size large`` (13 teams, > 5,000 board items, > 150
generated photos, > 400 feedback notes) through the services, photos included. The baseline
copies every row of that file except the photos into an empty programme file of the same
schema with plain ``sqlite3`` ``executemany`` in one transaction: the cost of the rows alone,
with no validation, no services and no images. The ratio says how much the demo's realism
(generated JPEGs, photo processing, validation, events) costs over bare inserts.

    python benchmarks/demo_build.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import private_user_data

SKIPPED = {"media", "programmes", "alembic_version", "file_meta"}


def build(path: Path) -> tuple[float, float, object]:
    from jalostamo.services.demo import build_demo

    start, cpu = time.perf_counter(), time.process_time()
    summary = build_demo(path, size="large")
    return time.perf_counter() - start, time.process_time() - cpu, summary


def baseline(source: Path, target: Path) -> tuple[float, int]:
    """Insert the demo's rows (all tables but the photos) into an empty file with executemany."""
    from jalostamo.store import Document

    Document.create(target, "Baseline").close()
    src = sqlite3.connect(source)
    tables = [r[0] for r in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    data = {}
    for table in tables:
        if table in SKIPPED:
            continue
        cursor = src.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if rows:
            data[table] = (columns, rows)
    src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = NORMAL")
    dst.execute("PRAGMA foreign_keys = OFF")  # the photos the board items point at are skipped
    start = time.perf_counter()
    dst.execute("BEGIN")
    total = 0
    for table, (columns, rows) in data.items():
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        dst.executemany(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})', rows)
        total += len(rows)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - start
    dst.close()
    return elapsed, total


def main() -> None:
    private_user_data()
    workdir = Path(tempfile.mkdtemp(prefix="jalostamo-bench-demo-"))
    demo_path = workdir / "large.jalostamo"
    demo_seconds, demo_cpu, summary = build(demo_path)
    base_seconds, rows = baseline(demo_path, workdir / "baseline.jalostamo")
    print(f"large demo: {summary}")
    print(f"demo build (services, photos): {demo_seconds:.2f} s ({demo_cpu:.2f} s CPU)")
    print(f"baseline: {rows} rows with sqlite3 executemany, no images: {base_seconds:.3f} s")
    print(f"ratio: {demo_seconds / base_seconds:.1f}")


if __name__ == "__main__":
    main()
