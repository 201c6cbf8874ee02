"""Numbers, dates and percentages as the report's language writes them (Babel, CLDR data):
"59,8" and "13.3.2019" in Finnish and Finland-Swedish, "59.8" and "13 Mar 2019" in English.

The language is the report's, set once around building it (:func:`use_language`), so the
report modules, the charts and the exports call :func:`number` / :func:`day` without passing
it along. Also the ticks of a chart axis (:func:`nice_ticks`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

#: the CLDR locale of each report language: Finland's Swedish writes dates as Finnish does
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
_DATE_FORMATS = {"fi": "short", "sv": "short", "en": "medium"}

_language: ContextVar[str] = ContextVar("report_language", default="fi")


@contextlib.contextmanager
def use_language(lang: str) -> Iterator[None]:
    token = _language.set(lang if lang in LOCALES else "fi")
    try:
        yield
    finally:
        _language.reset(token)


def set_language(lang: str) -> None:
    """The language of the report being built in this thread (until the next one)."""
    _language.set(lang if lang in LOCALES else "fi")


def language() -> str:
    return _language.get()


def _locale(lang: str | None) -> str:
    return LOCALES.get(lang or _language.get(), "fi_FI")


def number(value: float | None, digits: int | None = None, *, lang: str | None = None,
           grouping: bool = True) -> str:
    """``value`` with the language's decimal sign; ``digits`` fixes the decimals shown, else
    up to three are shown as needed. None is a dash."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if digits is None:
        pattern = "#,##0.###" if grouping else "0.###"
    else:
        pattern = ("#,##0" if grouping else "0") + ("." + "0" * digits if digits else "")
    text = format_decimal(value, format=pattern, locale=_locale(lang))
    return "0" if text in ("-0", "−0") else text


def percent(value: float | None, digits: int = 0, *, lang: str | None = None) -> str:
    """A share (0.598) as a percentage ("60 %" / "59,8 %" by the language's rules)."""
    if value is None:
        return "–"
    pattern = "#,##0" + ("." + "#" * digits if digits else "") + "%"
    return format_percent(value, format=pattern, locale=_locale(lang))


def day(value: date | None, *, lang: str | None = None) -> str:
    if value is None:
        return ""
    lang = lang or _language.get()
    return format_date(value, format=_DATE_FORMATS.get(lang, "short"), locale=_locale(lang))


def nice_ticks(low: float, high: float, *, count: int = 5, counts: bool = False
               ) -> list[float]:
    """Round tick values covering ``low``…``high`` (steps of 1, 2, 2.5 or 5 × 10ⁿ). For
    ``counts`` (never negative, whole) the axis starts at 0 and steps are whole numbers."""
    if counts:
        low = max(0.0, min(low, 0.0))
        high = max(high, 1.0)
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high - low < 1e-12:
        low, high = low - 1, high + 1
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw),
                10 * magnitude)
    if counts:
        step = max(1.0, math.ceil(step))
    first = math.floor(low / step) * step
    ticks: list[float] = []
    value = first
    while value < high + step * 0.999 and len(ticks) < 50:
        ticks.append(round(value, 10))
        if value >= high - 1e-12:
            break
        value += step
    if counts:
        ticks = [t for t in ticks if t >= 0]
    return ticks
