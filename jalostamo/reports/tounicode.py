"""Searchable emoji: reportlab writes a character outside the Basic Multilingual Plane into a
font's ToUnicode map as its bare code point (``<1F44D>``), which no reader decodes; the map
must hold UTF-16BE (a surrogate pair, ``<D83DDC4D>``). Fixed in the written file, before the
PDF/A conversion."""

from __future__ import annotations

import re
from typing import Any

import pikepdf

_ENTRY = re.compile(rb"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{5,6})>")


def _utf16(match: re.Match[bytes]) -> bytes:
    code = int(match.group(2), 16)
    if code > 0x10FFFF:
        return match.group(0)
    return b"<" + match.group(1) + b"> <" + chr(code).encode("utf-16-be").hex().upper().encode() \
        + b">"


def fix_to_unicode(pdf: pikepdf.Pdf) -> int:
    """Rewrite every ToUnicode map that has such entries; returns how many maps changed."""
    changed = 0
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        resources: Any = page.obj.get("/Resources")
        fonts: Any = resources.get("/Font") if resources is not None else None
        for font in (fonts.values() if fonts is not None else ()):
            stream = font.get("/ToUnicode")
            if stream is None or stream.objgen in seen:
                continue
            seen.add(stream.objgen)
            data = stream.read_bytes()
            fixed = _ENTRY.sub(_utf16, data)
            if fixed != data:
                stream.write(fixed)
                changed += 1
    return changed
