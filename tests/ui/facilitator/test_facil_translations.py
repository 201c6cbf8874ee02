"""Every string the agenda screen, the attendance window and the export dialog pass to tr()
has a Finnish and a Swedish translation in one of the .ts files, with the same %1 marks."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "jalostamo" / "ui" / "i18n"
SOURCES = {"AgendaPage": "jalostamo/ui/agenda_page.py",
           "AttendancePanel": "jalostamo/ui/attendance_panel.py",
           "AttendanceDialog": "jalostamo/ui/attendance_panel.py",
           "ExportDialog": "jalostamo/ui/reports/export_dialog.py"}


def tr_strings(path: Path, class_name: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "tr" and call.args
                        and isinstance(call.args[0], ast.Constant)):
                    found.add(str(call.args[0].value))
    return found


def translations(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for ts in sorted(I18N.glob(f"*_{lang}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                table[(name, message.findtext("source") or "")] = translation.text or ""
    return table


def untranslated(lang: str, sources: dict[str, str]) -> tuple[list[str], list[str]]:
    """The tr() strings of ``sources`` (context -> file) without a ``lang`` translation, and
    those whose translation has other %1 marks."""
    table = translations(lang)
    missing, marks = [], []
    for context, source_file in sources.items():
        for source in tr_strings(ROOT / source_file, context):
            text = table.get((context, source), "").strip()
            if not text:
                missing.append(f"{context}: {source!r}")
            elif set(re.findall(r"%\d", source)) != set(re.findall(r"%\d", text)):
                marks.append(f"{context}: {source!r} -> {text!r}")
    return missing, marks


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_string_of_the_agenda_tools_is_translated(lang: str) -> None:
    missing, marks = untranslated(lang, SOURCES)
    assert missing == [] and marks == []
