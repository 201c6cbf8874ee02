"""Benchmark: ``export-json`` of the large demo against a bare sqlite3 + json.dumps dump.

Builds the large demo (5,000+ board items, 150+ photos) in a temporary folder, or, when the
demo builder is not available, a file with rows of the same size. Then times, median of a few
runs:

- export: ``jalostamo.services.json_export.export_file`` (sorted, typed, base64, atomic write);
- baseline: the same tables read with plain ``sqlite3`` (``SELECT *``), blobs as base64, each
  row written with ``json.dumps`` to a file (no sorting of keys, no fsync, no checks);
- import (for information): ``import_json`` of the export into a new file.

Prints seconds and MB; the last line is ``ratio: R`` = export / baseline.

    .venv/bin/python benchmarks/json_export.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import median_seconds, private_user_data


def build_source(folder: Path) -> Path:
    path = folder / "large.jalostamo"
    try:
        from jalostamo.services.demo import build_demo
    except ImportError:
        return synthesize(path)
    summary = build_demo(path, size="large")
    print(f"source: large demo, {summary.board_items} board items, {summary.photos} photos")
    return path


def synthesize(path: Path, items: int = 5000, photos: int = 150) -> Path:
    """Rows of the large demo's size, through the services, when the demo is missing."""
    from jalostamo.models import Board, BoardItem, Media, Team
    from jalostamo.services import Services

    with Services.create(path, "Synteettinen jalostamo") as svc:
        team = svc.entities.create(Team, programme_id=svc.doc.programme_id, city="Jyväskylä")
        board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=team)
        for i in range(photos):
            blob = hashlib.sha256(str(i).encode()).digest() * 6000  # ~190 kB, like a photo
            svc.entities.create(Media, id=hashlib.sha256(blob).hexdigest(), team_id=team,
                                mime_type="image/jpeg", width=3000, height=2000,
                                original=blob, preview=blob[:60000], thumbnail=blob[:8000])
        svc.entities.create_many(BoardItem, [
            {"board_id": board, "kind": "note", "x": i * 1.5, "y": i * 2.25,
             "text": f"Lappu {i}: kokeilu Åbossa 😀", "style": {"font": 12, "bold": i % 2 == 0}}
            for i in range(items)])
    print(f"source: synthesized, {items} board items, {photos} photos")
    return path


def baseline_dump(source: Path, out: Path) -> None:
    """The least one can do: every table with sqlite3, blobs base64, json.dumps per row."""
    conn = sqlite3.connect(source)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT IN ('alembic_version', 'file_meta') ORDER BY name")]
        with out.open("w", encoding="utf-8") as stream:
            stream.write("{\n")
            for table in tables:
                cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
                names = [d[0] for d in cursor.description]
                stream.write(f'"{table}": [\n')
                for row in cursor:
                    values = [base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v
                              for v in row]
                    stream.write(json.dumps(dict(zip(names, values, strict=True)),
                                            ensure_ascii=False))
                    stream.write(",\n")
                stream.write("],\n")
            stream.write("}\n")
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    private_user_data()
    from jalostamo.services.json_export import export_file
    from jalostamo.services.json_import import import_json

    folder = Path(tempfile.mkdtemp(prefix="jalostamo-bench-json-"))
    try:
        source = build_source(folder)
        db_mb = source.stat().st_size / 1e6

        def export(i: int) -> None:
            export_file(source, folder / f"export{i}.json")

        def baseline(i: int) -> None:
            baseline_dump(source, folder / f"baseline{i}.json")

        baseline(99)  # warm the page cache for both
        ours = median_seconds(export, args.repeat)
        base = median_seconds(baseline, args.repeat)
        json_mb = (folder / "export0.json").stat().st_size / 1e6
        base_mb = (folder / "baseline0.json").stat().st_size / 1e6
        imported = median_seconds(
            lambda i: import_json(folder / "export0.json", folder / f"imported{i}.jalostamo"),
            args.repeat)
        same = (folder / "export0.json").read_bytes() == (folder / "export1.json").read_bytes()
        print(f"database: {db_mb:.1f} MB")
        print(f"export-json: {ours:.3f} s, {json_mb:.1f} MB (deterministic: {same})")
        print(f"baseline sqlite3 + json.dumps: {base:.3f} s, {base_mb:.1f} MB")
        print(f"import-json (for information): {imported:.3f} s")
        print(f"ratio: {ours / base:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
