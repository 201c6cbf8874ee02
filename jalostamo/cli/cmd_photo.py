"""``import-photo FILE --team TEAM PHOTO...``: bring photos into a programme file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jalostamo.i18n import current_language, translate


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import-photo",
        help="import photos (JPEG, PNG, WebP, GIF, TIFF, HEIC) for a team",
        description="Import photos for a team. Each photo is rotated upright, stripped of its "
                    "metadata (GPS included) and reduced in size. Damaged, unsupported or too "
                    "large files are refused by name while the others are imported; the exit "
                    "code is 1 if any was refused.",
    )
    p.add_argument("file", type=Path, help="the programme file (*.jalostamo)")
    p.add_argument("--team", required=True, help="the team: its city, its name or its id")
    p.add_argument("photos", type=Path, nargs="+", metavar="PHOTO")
    p.set_defaults(handler=cmd_import_photo)


def cmd_import_photo(args: argparse.Namespace) -> int:
    from jalostamo.services import Services

    lang = current_language()
    with Services.open(args.file) as svc:
        team = svc.teams.find(args.team)
        from jalostamo.store.backups import backup_document

        backup_document(svc.doc, reason="import")
        report = svc.media.import_files(args.photos, team_id=team.id)
    for photo in report.photos:
        print(translate("image.imported", lang, name=photo.name, width=photo.width,
                        height=photo.height))
    for _name, error in report.refused:
        print(f"jalostamo: {error.message(lang)}", file=sys.stderr)
    print(translate("image.summary", lang, imported=len(report.imported),
                    refused=len(report.refused)))
    return 1 if report.refused else 0
