"""A PDF's text as a reader's search sees it: words hyphenated at a line end joined again,
then every run of white space one space (a narrow column wraps a name)."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

_HYPHENATED = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")


def plain_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(_HYPHENATED.sub(r"\1\2", text).split())
