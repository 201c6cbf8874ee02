"""``new``, ``open`` and ``check``: programme files themselves."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("new", help="create a new, empty programme file")
    p.add_argument("file", type=Path)
    p.add_argument("--name", required=True, help="name of the programme")
    p.add_argument("--organiser", default="")
    p.set_defaults(handler=cmd_new)

    p = subparsers.add_parser("open", help="start the app (optionally with a programme file)")
    p.add_argument("file", type=Path, nargs="?")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default=None, dest="app_lang")
    p.add_argument("--read-only", action="store_true", help="open without changing the file")
    p.set_defaults(handler=cmd_open)

    p = subparsers.add_parser("check", help="check a programme file (schema, integrity, every "
                              "value, links); lists what is wrong and exits 1")
    p.add_argument("file", type=Path)
    p.add_argument("--max", type=int, default=20, metavar="N",
                   help="list at most N problems (default 20)")
    p.set_defaults(handler=cmd_check)


def cmd_new(args: argparse.Namespace) -> int:
    from jalostamo.store import Document
    from jalostamo.store.output import check_new_file

    check_new_file(args.file)
    Document.create(args.file, args.name, organiser=args.organiser).close()
    print(translate("created", path=args.file))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from jalostamo.i18n import current_language
    from jalostamo.store.check import check_file

    lang = current_language()
    report = check_file(args.file, limit=max(1, args.max))
    if not report.count:
        print(translate("check.ok", path=args.file, version=report.schema_version,
                        teams=report.teams))
        return 0
    for problem in report.problems:
        print(problem.render(lang))
    if report.count > len(report.problems):
        print(translate("check.more", count=report.count - len(report.problems)))
    print("jalostamo: " + translate("check.bad", path=args.file, count=report.count,
                                    first=report.problems[0].render(lang)), file=sys.stderr)
    return 1


def cmd_open(args: argparse.Namespace) -> int:
    from jalostamo.ui.launch import launch

    return launch(args.file, lang=args.app_lang or args.lang, read_only=args.read_only)
