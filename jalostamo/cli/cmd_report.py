"""``report``: write a programme, workshop or team report, or a workshop's printable agenda
(PDF/A-2b)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jalostamo.i18n import translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("report", help="write a PDF report (PDF/A-2b)")
    p.add_argument("file", type=Path, help="the programme file (opened read-only)")
    p.add_argument("--kind", required=True, choices=("programme", "workshop", "team", "agenda"),
                   help="what to write; agenda: one workshop's printable agenda")
    p.add_argument("--workshop", type=int, default=None,
                   help="workshop number (kinds workshop and agenda)")
    p.add_argument("--team", default=None, help="team city, name or id (kind team)")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default=None, dest="report_lang",
                   help="language of the report (default: --lang, else the programme's language)")
    p.add_argument("--pseudonymise", action="store_true",
                   help="replace people's names with stable pseudonyms")
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from jalostamo.i18n import normalise
    from jalostamo.reports import build_report
    from jalostamo.services import Services

    with Services.open(args.file, readonly=True) as services:
        lang = args.report_lang or args.lang or normalise(services.programme.get().language)
        result = build_report(services, args.out, kind=args.kind, workshop=args.workshop,
                              team=args.team, lang=lang, pseudonymise=args.pseudonymise,
                              overwrite=args.force)
    print(translate("report.written", path=result.path, pages=result.pages))
    for media_id, problem in result.photos_left_out:
        shown = "".join(c if c.isalnum() else "?" for c in media_id[:16])
        print("jalostamo: " + translate("report.photos_left_out", id=shown,
                                        reason=translate(problem.reason, **problem.params)),
              file=sys.stderr)
    return 0
