"""``import-measurements``: measurements of a team's indicators from a Finnish CSV file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import-measurements",
        help="import measurements of a team's indicators from a CSV file "
             "(indikaattori;päivämäärä;arvo, decimal comma, d.m.yyyy)",
    )
    p.add_argument("file", type=Path, help="the programme file (*.jalostamo)")
    p.add_argument("csv", type=Path, help="the CSV or Excel (.xlsx) file of measurements")
    p.add_argument("--team", required=True, help="the team: its city, name or id")
    p.add_argument("--dry-run", action="store_true",
                   help="check the CSV file and report, but store nothing")
    p.set_defaults(handler=cmd_import_measurements)


def cmd_import_measurements(args: argparse.Namespace) -> int:
    from jalostamo.services import Services
    from jalostamo.services.measurements_csv import import_measurements

    with Services.open(args.file, readonly=args.dry_run) as svc:
        team = svc.teams.find(args.team)
        if not args.dry_run:
            from jalostamo.store.backups import backup_document

            backup_document(svc.doc, reason="import")
        result = import_measurements(svc.entities, team.id, args.csv, dry_run=args.dry_run)
    key = "monitoring.csv.checked" if args.dry_run else "monitoring.csv.done"
    print(translate(key, path=args.csv.name, created=result.created, skipped=result.skipped))
    for name, count in result.per_indicator.items():
        print(translate("monitoring.csv.per_indicator", indicator=name, count=count))
    if result.ignored_columns:
        print(translate("monitoring.csv.ignored_columns",
                        columns="; ".join(result.ignored_columns)))
    return 0
