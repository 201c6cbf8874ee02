"""Latency of one edit through the services against a raw sqlite3 UPDATE + COMMIT.

An edit = a sticky note's text changed and committed (what every keystroke-pause in the app
costs). Both run on the same programme file with 5,000 notes, WAL mode, synchronous=NORMAL.

    python benchmarks/edit_latency.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_seconds, private_user_data

REPEAT = 1000


def main() -> None:
    private_user_data()
    from jalostamo.models import Board, BoardItem, ItemKind
    from jalostamo.services import Services

    path = Path(tempfile.mkdtemp()) / "bench.jalostamo"
    svc = Services.create(path, "Benchmark")
    team = svc.teams.add("Turku")
    board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=team)
    ids = svc.entities.create_many(
        BoardItem,
        [{"board_id": board, "kind": ItemKind.NOTE, "text": f"Lappu {i}"} for i in range(5000)],
    )

    def through_services(i: int) -> None:
        svc.entities.update(BoardItem, ids[i % len(ids)], text=f"Muokattu {i}")

    service_median = median_seconds(through_services, REPEAT)
    svc.close()

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")

    def raw(i: int) -> None:
        conn.execute("BEGIN")
        conn.execute("UPDATE board_items SET text = ? WHERE id = ?", (f"Raaka {i}", ids[i % len(ids)]))
        conn.execute("COMMIT")

    raw_median = median_seconds(raw, REPEAT)
    conn.close()
    print(f"edit through services: median {service_median * 1e6:.0f} µs over {REPEAT}")
    print(f"raw sqlite3 UPDATE+COMMIT: median {raw_median * 1e6:.0f} µs over {REPEAT}")
    print(f"ratio: {service_median / raw_median:.1f}")


if __name__ == "__main__":
    main()
