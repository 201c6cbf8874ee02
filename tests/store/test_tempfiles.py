"""Temporary files left behind (a killed run, a file Windows kept open) are swept later."""

from __future__ import annotations

import os
from pathlib import Path

from jalostamo.store.tempfiles import MAX_AGE_S, sweep

NOW = 2_000_000_000.0


def _aged(path: Path, age: float) -> Path:
    os.utime(path, (NOW - age, NOW - age))
    return path


def test_old_leftovers_are_removed_and_young_ones_and_others_kept(tmp_path: Path) -> None:
    old_dir = tmp_path / "jalostamo-read-abc"
    old_dir.mkdir()
    (old_dir / "ohjelma.jalostamo").write_bytes(b"x")
    _aged(old_dir, MAX_AGE_S + 60)
    old_file = tmp_path / "jalostamo-report-1.pdf"
    old_file.write_bytes(b"%PDF")
    _aged(old_file, MAX_AGE_S + 60)
    young = tmp_path / "jalostamo-merge-xyz"
    young.mkdir()
    _aged(young, 60)
    other = tmp_path / "someone-else.tmp"
    other.write_bytes(b"")
    _aged(other, MAX_AGE_S * 10)

    assert sorted(sweep(tmp_path, now=NOW)) == ["jalostamo-read-abc", "jalostamo-report-1.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jalostamo-merge-xyz", "someone-else.tmp"]


def test_a_folder_that_cannot_be_listed_is_no_error(tmp_path: Path) -> None:
    assert sweep(tmp_path / "missing", now=NOW) == []
