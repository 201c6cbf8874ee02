"""Import measurements from a CSV file as Finnish offices write it.

Semicolon separator, decimal comma, dates d.m.yyyy, UTF-8 with or without a BOM, or the
Windows-1252 that a Finnish Excel saves. Headers in Finnish, Swedish or English
(``indikaattori;päivämäärä;arvo``, ``indicator;date;value``, ``pvm`` ...); optional
``huomautus``/``note`` and ``lähde``/``source`` columns. The indicator is matched by name
(case-insensitive), by id or by library key among the team's indicators.

The whole file is checked before anything is stored: the first problem refuses it whole, with
its line number and reason. A measurement already stored with the same indicator, date and
value is skipped (importing a file twice = once); the same date with another value refuses the
file. The rest is stored in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jalostamo.errors import ImportRefused
from jalostamo.i18n import translate
from jalostamo.models import Indicator, Measurement
from jalostamo.services.entities import Entities
from jalostamo.store.inputs import InputRefused, read_bounded

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000

#: normalised header -> column role
HEADER_NAMES: dict[str, str] = {
    **dict.fromkeys(("indikaattori", "mittari", "indicator", "indikator", "mätare", "measure",
                     "indicator_id", "indikaattorin nimi", "mittarin nimi"), "indicator"),
    **dict.fromkeys(("päivämäärä", "päiväys", "pvm", "päivä", "mittauspäivä", "mittauspvm",
                     "ajankohta", "date", "datum", "mätdatum", "measured_on",
                     "measured on", "day"), "date"),
    **dict.fromkeys(("arvo", "lukema", "tulos", "mittausarvo", "value", "värde", "result"),
                    "value"),
    **dict.fromkeys(("huomautus", "huomautukset", "kommentti", "lisätieto", "lisätiedot",
                     "note", "notes", "comment", "anmärkning", "kommentar"), "note"),
    **dict.fromkeys(("lähde", "tietolähde", "source", "källa"), "source"),
}
REQUIRED = ("indicator", "date", "value")

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_FI_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME_SUFFIX = re.compile(r"\s+\d{1,2}[:.]\d{2}([:.]\d{2})?$")


class CsvRefused(ImportRefused):
    """The file was refused whole: ``line`` (1 = the header) and a reason key with params."""

    key = "monitoring.csv.refused"

    def __init__(self, path: str, line: int, reason: str, **reason_params: Any) -> None:
        super().__init__(self.key, path=path, line=line, reason=reason)
        self.path = path
        self.line = line
        self.reason = reason
        self.reason_params = reason_params

    def message(self, lang: str | None = None) -> str:
        reason = translate(self.reason, lang, **self.reason_params)
        if self.line <= 0:
            return translate("monitoring.csv.refused_file", lang, path=self.path, reason=reason)
        return translate(self.key, lang, path=self.path, line=self.line, reason=reason)


@dataclass(frozen=True)
class CsvRow:
    line: int
    indicator_id: str
    measured_on: date
    value: float
    note: str
    source: str


@dataclass(frozen=True)
class CsvImportResult:
    created: int
    skipped: int  # already stored with the same indicator, date and value
    ids: tuple[str, ...]
    per_indicator: dict[str, int]  # indicator name -> measurements created
    ignored_columns: tuple[str, ...]
    encoding: str


def decode_csv(data: bytes, label: str) -> tuple[str, str]:
    """Text and encoding of ``data``: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # a NUL means a binary file (or UTF-16 without a BOM)
            return text, encoding
    raise CsvRefused(label, 0, "monitoring.csv.reason.not_text")


def normalise_header(text: str) -> str:
    text = text.replace("\ufeff", "").strip().casefold()
    text = re.sub(r"\(.*?\)|\[.*?\]", "", text).strip().rstrip(".:").strip()
    return re.sub(r"\s+", " ", text)


def parse_number(text: str) -> float:
    """``12,5``, ``1 234,5``, ``−3``, ``45 %`` (a Finnish office's way) or ``12.5``."""
    cleaned = text.strip().replace("\u2212", "-")
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", cleaned).removesuffix("%")
    if "," in cleaned:
        if "." in cleaned or cleaned.count(",") > 1:
            raise ValueError(text)
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.match(cleaned):
        raise ValueError(text)
    return float(cleaned)


def parse_date(text: str) -> date:
    """``1.3.2019``, ``01.03.2019``, ``1.3.2019 0:00`` (Excel) or ``2019-03-01``."""
    cleaned = _TIME_SUFFIX.sub("", text.strip())
    match = _FI_DATE.match(cleaned)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _ISO_DATE.match(cleaned)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def _dialect_delimiter(header_line: str) -> str:
    for delimiter in (";", "\t", ","):
        if delimiter in header_line:
            return delimiter
    return ";"


class _IndicatorIndex:
    def __init__(self, indicators: Sequence[Indicator]) -> None:
        self.by_id = {ind.id: ind for ind in indicators}
        self.by_name: dict[str, list[Indicator]] = {}
        for ind in indicators:
            for label in {_fold(ind.name), _fold(ind.library_key)} - {""}:
                self.by_name.setdefault(label, []).append(ind)
        self.known = ", ".join(ind.name for ind in indicators) or "-"

    def find(self, ref: str, label: str, line: int) -> Indicator:
        if ref.strip() in self.by_id:
            return self.by_id[ref.strip()]
        matches = self.by_name.get(_fold(ref), [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise CsvRefused(label, line, "monitoring.csv.reason.ambiguous_indicator",
                             indicator=ref.strip())
        raise CsvRefused(label, line, "monitoring.csv.reason.unknown_indicator",
                         indicator=ref.strip(), known=self.known)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).casefold()


Record = tuple[int, list[str]]  # a CSV record and its line number


def parse_measurements_csv(data: bytes, indicators: Sequence[Indicator], label: str,
                           existing: Sequence[Measurement] = ()
                           ) -> tuple[list[CsvRow], int, tuple[str, ...], str]:
    """Check the whole file; returns (new rows, rows already stored, ignored columns, encoding).

    Raises :class:`CsvRefused` for the first problem, with its line number and reason.
    """
    if len(data) > MAX_BYTES:
        raise CsvRefused(label, 0, "monitoring.csv.reason.too_large", limit=MAX_BYTES // 1024)
    records, encoding = _records(data, label)
    header_line, header = records[0]
    roles, ignored = _columns(header, header_line, label)
    if len(records) - 1 > MAX_ROWS:
        raise CsvRefused(label, 0, "monitoring.csv.reason.too_many_rows", limit=MAX_ROWS)

    finder = _IndicatorIndex(indicators)
    stored = {(m.indicator_id, m.measured_on): m.value for m in existing if m.deleted_at is None}
    seen: dict[tuple[str, date], int] = {}
    rows: list[CsvRow] = []
    skipped = 0
    for line, record in records[1:]:
        if len(record) > len(header) and any(c.strip() for c in record[len(header):]):
            raise CsvRefused(label, line, "monitoring.csv.reason.extra_cells",
                             found=len(record), expected=len(header))
        indicator, measured_on, value = _measurement(record, roles, finder, label, line)
        key = (indicator.id, measured_on)
        if key in seen:
            raise CsvRefused(label, line, "monitoring.csv.reason.duplicate_row",
                             indicator=indicator.name, date=_fi_date(measured_on),
                             other=seen[key])
        seen[key] = line
        if key in stored:
            if stored[key] == value:
                skipped += 1
                continue
            raise CsvRefused(label, line, "monitoring.csv.reason.conflicts_stored",
                             indicator=indicator.name, date=_fi_date(measured_on),
                             stored=_fi_number(stored[key]), value=_fi_number(value))
        rows.append(CsvRow(line, indicator.id, measured_on, value,
                           _cell(record, roles, "note"), _cell(record, roles, "source")))
    if not rows and not skipped:
        raise CsvRefused(label, 0, "monitoring.csv.reason.no_rows")
    return rows, skipped, tuple(ignored), encoding


def _records(data: bytes, label: str) -> tuple[list[Record], str]:
    """The file's non-empty records (the header first) and its encoding."""
    text, encoding = decode_csv(data, label)
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip(" ;,\t")), None)
    if first is None:
        raise CsvRefused(label, 0, "monitoring.csv.reason.empty")
    reader = csv.reader(io.StringIO(text, newline=""),
                        delimiter=_dialect_delimiter(lines[first]), strict=True)
    try:
        records = [(reader.line_num, record) for record in reader]
    except csv.Error as exc:
        raise CsvRefused(label, reader.line_num, "monitoring.csv.reason.malformed",
                         detail=str(exc)) from None
    records = [(n, r) for n, r in records if any(cell.strip() for cell in r)]
    if not records:
        raise CsvRefused(label, 0, "monitoring.csv.reason.empty")
    return records, encoding


def _columns(header: list[str], header_line: int, label: str) -> tuple[dict[str, int], list[str]]:
    """Each known column's role and position, and the headings of the columns ignored."""
    roles: dict[str, int] = {}
    ignored: list[str] = []
    for position, heading in enumerate(header):
        role = HEADER_NAMES.get(normalise_header(heading))
        if role is None:
            if heading.strip():
                ignored.append(heading.strip())
            continue
        if role in roles:
            raise CsvRefused(label, header_line, "monitoring.csv.reason.duplicate_column",
                             column=heading.strip())
        roles[role] = position
    missing = [role for role in REQUIRED if role not in roles]
    if missing:
        raise CsvRefused(label, header_line, "monitoring.csv.reason.missing_column",
                         column=translate(f"monitoring.csv.column.{missing[0]}"),
                         found="; ".join(c.strip() for c in header) or "-")
    return roles, ignored


def _measurement(record: list[str], roles: dict[str, int], finder: _IndicatorIndex,
                 label: str, line: int) -> tuple[Indicator, date, float]:
    """A record's indicator, date and value, each checked in that order."""
    ref, date_text, value_text = (_cell(record, roles, role) for role in REQUIRED)
    if not ref:
        raise CsvRefused(label, line, "monitoring.csv.reason.empty_cell",
                         column=translate("monitoring.csv.column.indicator"))
    indicator = finder.find(ref, label, line)
    if not date_text:
        raise CsvRefused(label, line, "monitoring.csv.reason.empty_cell",
                         column=translate("monitoring.csv.column.date"))
    try:
        measured_on = parse_date(date_text)
    except ValueError:
        raise CsvRefused(label, line, "monitoring.csv.reason.bad_date",
                         value=date_text) from None
    if not value_text:
        raise CsvRefused(label, line, "monitoring.csv.reason.empty_cell",
                         column=translate("monitoring.csv.column.value"))
    try:
        value = parse_number(value_text)
    except ValueError:
        raise CsvRefused(label, line, "monitoring.csv.reason.bad_number",
                         value=value_text) from None
    return indicator, measured_on, value


def _cell(record: list[str], roles: dict[str, int], role: str) -> str:
    position = roles.get(role)
    if position is None or position >= len(record):
        return ""
    return record[position].strip()


def _fi_date(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def _fi_number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def import_measurements(entities: Entities, team_id: str, path: Path | str,
                        *, dry_run: bool = False) -> CsvImportResult:
    """Check ``path`` whole, then store its measurements for the team in one transaction."""
    path = Path(path)
    label = path.name
    try:  # a regular file, at most MAX_BYTES of it: never a pipe or /dev/zero
        data = read_bounded(path, MAX_BYTES)
    except InputRefused as exc:
        if exc.reason_key == "inputs.reason.missing":
            raise CsvRefused(label, 0, "monitoring.csv.reason.missing") from None
        if exc.reason_key == "inputs.reason.too_large":
            raise CsvRefused(label, 0, "monitoring.csv.reason.too_large",
                             limit=MAX_BYTES // 1024) from None
        raise CsvRefused(label, 0, exc.reason_key, **exc.reason_params) from None
    return import_measurements_bytes(entities, team_id, data, label, dry_run=dry_run)


def import_measurements_bytes(entities: Entities, team_id: str, data: bytes, label: str,
                              *, dry_run: bool = False) -> CsvImportResult:
    from jalostamo.services.measurements_xlsx import is_xlsx, xlsx_as_csv

    if is_xlsx(data):  # an Excel workbook: its sheet is read as this CSV would be
        data = xlsx_as_csv(data, label)
    indicators = entities.list(Indicator, team_id=team_id, order_by=("position", "created_at"))
    ids = {ind.id for ind in indicators}
    existing = [m for m in entities.list(Measurement) if m.indicator_id in ids]
    rows, skipped, ignored, encoding = parse_measurements_csv(data, indicators, label, existing)
    source_default = f"CSV: {label}"
    created: list[str] = []
    if rows and not dry_run:
        created = entities.create_many(Measurement, [
            {"indicator_id": r.indicator_id, "measured_on": r.measured_on, "value": r.value,
             "note": r.note, "source": r.source or source_default} for r in rows])
    names = {ind.id: ind.name for ind in indicators}
    per_indicator: dict[str, int] = {}
    for r in rows:
        per_indicator[names[r.indicator_id]] = per_indicator.get(names[r.indicator_id], 0) + 1
    return CsvImportResult(created=len(rows), skipped=skipped, ids=tuple(created),
                           per_indicator=per_indicator, ignored_columns=ignored,
                           encoding=encoding)
