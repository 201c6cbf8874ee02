"""Measurements from an Excel workbook (.xlsx): the first sheet (or the one whose name says
measurements) is read as the CSV import reads a file, with the same headers, checks and
messages (:mod:`measurements_csv`): numbers and dates in cells keep their value, text cells
are read as text ("3,2", "13.3.2019"), and a row number is the sheet's row number.

Only values are read (``data_only``): a formula counts as the value Excel last saved for it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime

from jalostamo.services.measurements_csv import MAX_ROWS, CsvRefused

XLSX_MAGIC = b"PK\x03\x04"
_SHEET_NAMES = ("mittaukset", "mätningar", "measurements")


def is_xlsx(data: bytes) -> bool:
    return data.startswith(XLSX_MAGIC)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",").removesuffix(",0")
    return str(value)


def xlsx_as_csv(data: bytes, label: str) -> bytes:
    """The chosen sheet as the Finnish CSV the CSV import reads (UTF-8, semicolons)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise CsvRefused(label, 0, "dataout.xlsx_unreadable") from exc
    try:
        sheets = book.worksheets
        if not sheets:
            raise CsvRefused(label, 0, "monitoring.csv.reason.empty")
        sheet = next((s for s in sheets if s.title.strip().casefold() in _SHEET_NAMES),
                     sheets[0])
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise CsvRefused(label, 0, "monitoring.csv.reason.too_many_rows",
                                 limit=MAX_ROWS)
            # a newline inside a cell would shift the row numbers the messages name
            writer.writerow([_cell_text(v).replace("\r", " ").replace("\n", " ") for v in row])
        return out.getvalue().encode("utf-8")
    finally:
        book.close()
