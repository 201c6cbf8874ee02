"""``demo``: write the demo programme (spring 2019), or a large stress programme."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo", help="write the demo programme (spring 2019, six cities and Tampere University)")
    p.add_argument("file", type=Path, help="the new programme file (must not exist)")
    p.add_argument("--size", choices=("normal", "large"), default="normal",
                   help="normal: the real programme; large: a stress programme "
                        "(12+ teams, 5,000 board items, 150 photos)")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from jalostamo.services.demo import build_demo
    from jalostamo.store.output import check_new_file

    check_new_file(args.file)
    summary = build_demo(args.file, size=args.size)
    print(translate("demo.done", path=summary.path, teams=summary.teams,
                    items=summary.board_items, photos=summary.photos,
                    notes=summary.feedback_notes))
    return 0
