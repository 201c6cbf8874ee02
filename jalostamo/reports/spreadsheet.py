"""Writing the export tables as an Excel workbook (.xlsx, openpyxl) or as CSV in the dialect
Finnish Excel opens directly: semicolons, decimal comma, dates as 13.3.2019, UTF-8 with a BOM,
CRLF line ends.

A text that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is never
a formula: in the workbook it is stored as a string cell; in CSV it gets a leading apostrophe,
which spreadsheets show as text (the OWASP rule against CSV injection). Every file goes
through the one output-path check and appears complete or not at all
(:meth:`Services.output`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from jalostamo.errors import InvalidInput
from jalostamo.reports.export_tables import TABLES, Cell, Table, export_tables
from jalostamo.services import Services

FORMATS = ("xlsx", "csv")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: characters XML 1.0 cannot hold: an .xlsx with them would not open
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: the most characters one Excel cell holds
CELL_LIMIT = 32_767


def _text(value: str) -> str:
    value = _ILLEGAL.sub("", value)
    return value if len(value) <= CELL_LIMIT else value[:CELL_LIMIT - 1] + "…"


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def csv_cell(value: Cell) -> str:
    """One cell as Finnish Excel reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",").removesuffix(",0")
    if isinstance(value, datetime | date):
        return f"{value.day}.{value.month}.{value.year}"
    text = _text(str(value))
    return "'" + text if is_formula_like(text) else text


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([csv_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for table in tables:
        sheet = book.create_sheet(_SHEET_NAME_BAD.sub(" ", table.title)[:31] or table.key)
        sheet.append([_text(h) for h in table.headers])
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        for number, row in enumerate(table.rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=number, column=column)
                if isinstance(value, str):
                    cell.value = _text(value)
                    cell.data_type = "s"  # never a formula, whatever it begins with
                    if "\n" in value:
                        cell.alignment = wrap
                elif isinstance(value, datetime | date):
                    cell.value = value
                    cell.number_format = "d.m.yyyy"
                else:
                    cell.value = value
        for column, header in enumerate(table.headers, start=1):
            longest = max([len(header)] + [len(str(r[column - 1])) for r in table.rows[:200]
                                           if r[column - 1] is not None])
            sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = \
                min(max(10, longest + 2), 60)
    book.save(path)


def _format_of(path: Path, fmt: str | None) -> str:
    chosen = (fmt or path.suffix.lstrip(".") or "xlsx").lower()
    if chosen not in FORMATS:
        raise InvalidInput("dataout.bad_format", format=chosen)
    return chosen


def _tables_of(table: str | None) -> tuple[str, ...]:
    if table is None:
        return TABLES
    if table not in TABLES:
        raise InvalidInput("dataout.bad_table", table=table, known=", ".join(TABLES))
    return (table,)


def csv_path(path: Path, key: str) -> Path:
    """Where one table of a many-table CSV export goes: ``NAME-feedback.csv`` beside NAME."""
    return path.with_name(f"{path.stem}-{key}{path.suffix or '.csv'}")


def export(services: Services, path: Path | str, *, lang: str = "fi", pseudonymise: bool = False,
           fmt: str | None = None, table: str | None = None, team: str | None = None,
           overwrite: bool = False) -> list[tuple[Path, int]]:
    """Write the tables to ``path`` (.xlsx: one sheet each; .csv: the one ``table``, or one
    file per table named by :func:`csv_path`). Returns each file written with its data rows."""
    path = Path(path)
    chosen = _format_of(path, fmt)
    only = _tables_of(table)
    tables = export_tables(services, lang=lang, pseudonymise=pseudonymise, team=team,
                           only=only)
    rows = sum(len(t.rows) for t in tables)
    if chosen == "xlsx":
        with services.output(path, overwrite=overwrite) as tmp:
            write_xlsx(tables, tmp)
        return [(path, rows)]
    written = []
    with contextlib.ExitStack() as stack:
        # every target is checked before any is written: a refused one leaves all untouched
        places = [(one, path if len(tables) == 1 else csv_path(path, one.key)) for one in tables]
        temps = [stack.enter_context(services.output(target, overwrite=overwrite))
                 for _one, target in places]
        for (one, target), tmp in zip(places, temps, strict=True):
            tmp.write_bytes(csv_bytes(one))
            written.append((target, len(one.rows)))
    return written
