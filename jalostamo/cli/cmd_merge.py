"""``team-file``, ``send`` and ``merge``: offline teamwork."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("team-file", help="write a file of the programme for one team's laptop")
    p.add_argument("file", type=Path)
    p.add_argument("--team", required=True, help="city name or id of the team")
    p.add_argument("out", type=Path)
    p.add_argument("--force", action="store_true",
                   help="replace OUT if it exists (never a programme file)")
    p.set_defaults(handler=cmd_team_file)

    p = subparsers.add_parser("send", help="write a team file's work for the facilitator: only "
                              "what the team changed since the hand-out")
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--force", action="store_true",
                   help="replace OUT if it exists (work sent before; never a programme file)")
    p.set_defaults(handler=cmd_send)

    p = subparsers.add_parser("merge", help="merge team files (or other copies) into a programme")
    p.add_argument("target", type=Path)
    p.add_argument("sources", type=Path, nargs="+")
    p.add_argument("--preview", action="store_true", help="show what would change; write nothing")
    p.set_defaults(handler=cmd_merge)


def cmd_team_file(args: argparse.Namespace) -> int:
    from jalostamo.services import Services
    from jalostamo.store.output import check_output

    # before opening: the target is checked against the programme (never written over it)
    check_output(args.out, overwrite=args.force, sources=[args.file])
    with Services.open(args.file, readonly=True) as svc:  # only read: never locked or changed
        team = svc.teams.find(args.team)
        svc.team_files.make_team_file(team.id, args.out, overwrite=args.force)
        print(translate("teamfile.done", team=team.display_name, path=args.out))
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    """"Send my work" from the command line: a team file's return file (a whole snapshot from
    a file handed out before return files, or from a programme file)."""
    from jalostamo.services import Services
    from jalostamo.services.team_return import is_return_file
    from jalostamo.store.output import check_output

    # --force replaces work sent before (a return file), never a programme or team file
    check_output(args.out, overwrite=args.force, sources=[args.file],
                 replaces_snapshot=is_return_file(args.out))
    with Services.open(args.file, readonly=True) as svc:  # only read: the app may have it open
        svc.team_files.send_work(args.out)
    print(translate("teamfile.sent", path=args.out))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from jalostamo.services import Services
    from jalostamo.services.merge_source import check_source
    from jalostamo.store.inputs import require_regular_file

    for source in args.sources:  # a pipe or a device is refused by name before anything opens,
        require_regular_file(source)  # and a refused source leaves the target byte for byte
        check_source(source)
    with Services.open(args.target) as svc:
        summary = (svc.merge.preview if args.preview else svc.merge.merge)(args.sources)
    rows: dict[tuple[str, str], dict[str, int]] = {}
    for (team, table, op), count in sorted(summary.counts.items()):
        rows.setdefault((team, table), {"added": 0, "changed": 0, "deleted": 0})[op] += count
    for (team, table), ops in rows.items():
        print(translate("merge.line", team=team or translate("merge.common"),
                        kind=translate(f"table.{table}"), added=ops["added"],
                        changed=ops["changed"], deleted=ops["deleted"]))
    from jalostamo.services.merge_report import note_lines

    for line in note_lines(summary):
        print(line)
    if summary.nothing_new:
        print(translate("merge.nothing_new"))
    key = "merge.preview" if args.preview else "merge.summary"
    print(translate(key, sources=len(summary.sources), added=summary.total("added"),
                    changed=summary.total("changed"), deleted=summary.total("deleted"),
                    conflicts=summary.conflicts))
    sys.stdout.flush()
    return 0
