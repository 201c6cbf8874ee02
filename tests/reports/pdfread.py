"""Reading a written report back the way a user or an archive would."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from pypdf import PdfReader

from jalostamo.reports.pdfa import passes as pdfa_passes


@dataclass
class ReadBack:
    text: str
    pages: int
    outline: list[str]
    fonts: dict[str, bool]  # base font name -> embedded
    lang: str
    metadata: dict[str, str]
    image_xobjects: int
    pdfa_passed: bool
    #: the text as extracted, words broken at line ends with a hyphen still broken ("Lap-\nsi");
    #: ``text`` joins them, as a reader's search does
    raw_text: str = ""


def _outline_titles(items: list[Any]) -> list[str]:
    titles: list[str] = []
    for item in items:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(str(item.title))
    return titles


#: a word hyphenated at a line end (a letter, a hyphen, the line break, a letter)
_HYPHENATED = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")


def read_back(path: Path) -> ReadBack:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    fonts: dict[str, bool] = {}
    images: set[tuple[int, int]] = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
        for ref in (resources.get("/XObject") or {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                images.add((ref.idnum, ref.generation))
    info: Mapping[str, object] = reader.metadata or {}
    metadata = {k: str(info.get(f"/{k}", "")) for k in ("Title", "Author", "Subject",
                                                         "Keywords")}
    with pikepdf.open(path) as pdf:
        lang = str(pdf.Root.get("/Lang", ""))
    # PDF/A-2b by pikepdf's validator, but for the PDF/UA identification it does not know
    passed = pdfa_passes(path)
    raw = text
    text = _HYPHENATED.sub(r"\1\2", text)
    return ReadBack(text=text, raw_text=raw, pages=len(reader.pages), outline=_outline_titles(reader.outline),
                    fonts=fonts, lang=lang, metadata=metadata, image_xobjects=len(images),
                    pdfa_passed=passed)
