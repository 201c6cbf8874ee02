"""``export-json`` and ``import-json``: a programme as versioned, full-fidelity JSON."""

from __future__ import annotations

import argparse
import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export-json", help="write a programme file as JSON (every row, photos included)")
    p.add_argument("file", type=Path, help="the programme file (.jalostamo)")
    p.add_argument("out", type=Path, help="the JSON file to write")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(handler=cmd_export_json)

    p = subparsers.add_parser(
        "import-json", help="create a new programme file from a JSON export")
    p.add_argument("source", type=Path, help="the JSON file to read")
    p.add_argument("file", type=Path, help="the programme file to create (must not exist)")
    p.set_defaults(handler=cmd_import_json)


def cmd_export_json(args: argparse.Namespace) -> int:
    from jalostamo.services.json_export import export_file

    with _terminate_as_interrupt():
        result = export_file(args.file, args.out, overwrite=args.force)
    print(translate("export.done", rows=result.rows, path=result.path))
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from jalostamo.services.json_import import import_json

    with _terminate_as_interrupt():
        result = import_json(args.source, args.file)
    print(translate("import.done", rows=result.rows, path=result.path))
    return 0


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Let a polite kill (SIGTERM) unwind like Ctrl-C, so temporary files are removed."""

    def _interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
