"""``export``: feedback notes, insights, reviews, rubric scores, measurements and dot-vote
results as an Excel workbook or as CSV (Finnish Excel dialect), with the reports' privacy."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    from jalostamo.reports.export_tables import TABLES

    p = subparsers.add_parser(
        "export", help="export the programme's data as tables (.xlsx or CSV for Excel)")
    p.add_argument("file", type=Path, help="the programme file (opened read-only)")
    p.add_argument("--out", required=True, type=Path,
                   help="the file to write (.xlsx, or .csv: one file per table)")
    p.add_argument("--format", choices=("xlsx", "csv"), default=None, dest="table_format",
                   help="xlsx or csv (default: from the name of OUT)")
    p.add_argument("--table", choices=TABLES, default=None,
                   help="only this table (a CSV file then holds just it)")
    p.add_argument("--team", default=None, help="only this team: its city, name or id")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default=None, dest="export_lang",
                   help="language of the column names (default: --lang, else the programme's "
                        "language)")
    p.add_argument("--pseudonymise", action="store_true",
                   help="replace people's names with stable pseudonyms")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from jalostamo.i18n import normalise
    from jalostamo.reports.spreadsheet import export
    from jalostamo.services import Services

    with Services.open(args.file, readonly=True) as services:
        lang = args.export_lang or args.lang or normalise(services.programme.get().language)
        written = export(services, args.out, lang=lang, pseudonymise=args.pseudonymise,
                         fmt=args.table_format, table=args.table, team=args.team,
                         overwrite=args.force)
    for path, rows in written:
        print(translate("dataout.written", path=path, rows=rows))
    return 0
