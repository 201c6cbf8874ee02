"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def private_user_data() -> Path:
    """Point the app's user data (device id, backups, logs) at a throwaway directory."""
    path = Path(tempfile.mkdtemp(prefix="jalostamo-bench-data-"))
    os.environ["JALOSTAMO_DATA_DIR"] = str(path)
    return path


def median_seconds(fn: Callable[[int], object], repeat: int) -> float:
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
