"""Whether a backup copy is sound, remembered by its name, size and modification time.

Every copy is checked (``quick_check``) when it is written; rotation and the restore list
need the same answer again and again. Reading twenty copies of a 1 GB programme at every
rotation would cost more than the copy itself, so the verdict is kept in ``checked.json`` in
the backup folder (and in memory): a copy is read again only when its size or time changed,
or when it was never seen by this installation (copied in by hand).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path

from jalostamo.paths import backup_dir

VERDICTS_FILE = "checked.json"

_lock = threading.Lock()
#: folder -> {file name: (size, mtime_ns, good)}
_memory: dict[str, dict[str, tuple[int, int, bool]]] = {}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _load(folder: Path) -> dict[str, tuple[int, int, bool]]:
    key = str(folder)
    if key not in _memory:
        verdicts: dict[str, tuple[int, int, bool]] = {}
        with contextlib.suppress(OSError, ValueError):
            raw = json.loads((folder / VERDICTS_FILE).read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                for name, value in raw.items():
                    if isinstance(name, str) and isinstance(value, list) and len(value) == 3 \
                            and all(isinstance(v, int) for v in value):
                        verdicts[name] = (value[0], value[1], bool(value[2]))
        _memory[key] = verdicts
    return _memory[key]


def cached_verdict(path: Path) -> bool | None:
    """The remembered verdict of ``path`` while it is unchanged, else None."""
    stamp = _stamp(path)
    if stamp is None:
        return None
    with _lock:
        known = _load(path.parent).get(path.name)
    if known is None or known[:2] != stamp:
        return None
    return known[2]


def remember_verdict(path: Path, good: bool) -> None:
    """Note the verdict of ``path`` as it is now (best effort: a lost note means a re-check)."""
    stamp = _stamp(path)
    if stamp is None:
        return
    folder = path.parent
    with _lock:
        verdicts = _load(folder)
        verdicts[path.name] = (*stamp, good)
        if folder.resolve() != backup_dir().resolve():
            return  # only the backup folder keeps its notes on disk
        alive = {entry.name for entry in folder.iterdir()}
        for name in [n for n in verdicts if n not in alive]:
            del verdicts[name]
        target = folder / VERDICTS_FILE
        tmp = folder / f".{VERDICTS_FILE}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            tmp.write_text(json.dumps({k: list(v) for k, v in verdicts.items()}),
                           encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()


def forget_all() -> None:
    """Drop what is remembered in memory (tests; a new backup folder)."""
    with _lock:
        _memory.clear()
