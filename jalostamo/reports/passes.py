"""Fewer and cheaper layout passes for :class:`~jalostamo.reports.document.ReportDocument`.

reportlab lays a document out again until its contents and "page X of Y" are stable, and
draws every pass although only the last one is written. Here:

- the contents start with one entry per heading of the story (pages not yet known), so the
  first pass already has the contents' final height and the second is normally the last;
- the first pass only lays out (:func:`skip_drawing`): nothing is drawn on its canvas, and a
  pass that was not drawn is never the one written;
- the frame that reportlab copies for every table cell it measures is copied shallowly;
- a paragraph laid out again at the same width keeps its lines (:func:`install`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Frame, KeepTogether, Paragraph
from reportlab.platypus.flowables import Flowable
from reportlab.rl_config import _FUZZ

#: the page of a contents entry before the first pass has placed its heading
UNKNOWN_PAGE = -1


class LayoutFrame(Frame):
    """A frame whose deep copy is shallow: its state is numbers and one list, which is copied.

    ``reportlab.platypus.flowables._listWrapOn`` deep-copies the document's frame for every
    table cell it measures (tens of thousands in a programme report)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> LayoutFrame:
        clone = copy.copy(self)
        for name, value in vars(self).items():
            if isinstance(value, list | dict):
                setattr(clone, name, copy.copy(value))
        return clone


def flat(story: list[Flowable]) -> Iterator[Flowable]:
    """The story's flowables in the order they are laid out (inside KeepTogether too)."""
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            yield from flat(list(flowable._content))
        else:
            yield flowable


def contents_seed(story: list[Flowable], entry: Any) -> list[tuple[int, str, int, str]]:
    """The contents entries the story's headings will give, with their pages unknown.

    ``entry(heading, key)`` returns a heading's ``(level, text)`` for the contents, or None
    when it has no entry; keys are numbered over every heading, as the document numbers its
    bookmarks."""
    from jalostamo.reports.document import Heading

    seed = []
    number = 0
    for flowable in flat(story):
        if isinstance(flowable, Heading):
            key = f"h{number}"
            number += 1
            made = entry(flowable, key)
            if made is not None:
                seed.append((made[0], made[1], UNKNOWN_PAGE, key))
    return seed


def skip_drawing(canv: Any) -> bool:
    """True on the canvas of a pass that only lays out (see ``ReportDocument.draft``)."""
    return bool(getattr(getattr(canv, "_doctemplate", None), "draft", False))


_ORIGINAL_WRAP: Any = None


def _remembered_wrap(self: Paragraph, avail_width: float, avail_height: float
                     ) -> tuple[float, float]:
    """``Paragraph.wrap``, remembered per paragraph: the second pass lays the same paragraphs
    out at the same widths. The lines depend only on the width, the style and the fragments
    (their identity and kinds: splitting a paragraph changes the kind of a fragment)."""
    frags = getattr(self, "frags", None)
    if not isinstance(frags, list):
        result: tuple[float, float] = _ORIGINAL_WRAP(self, avail_width, avail_height)
        return result
    key = (avail_width, id(self.style), id(frags), tuple(map(type, frags)),
           getattr(self, "autoLeading", None))
    memo = self.__dict__.get("_wrap_memo")
    if memo is not None and memo[0] == key:
        _, self.width, self._wrapWidths, self.blPara, self.height = memo
        return self.width, self.height
    size: tuple[float, float] = _ORIGINAL_WRAP(self, avail_width, avail_height)
    if avail_width >= _FUZZ:
        self.__dict__["_wrap_memo"] = (key, self.width, self._wrapWidths, self.blPara,
                                       self.height)
    return size


def install() -> None:
    """Remember paragraph layouts between passes (once per process)."""
    global _ORIGINAL_WRAP
    if _ORIGINAL_WRAP is None:
        _ORIGINAL_WRAP = Paragraph.wrap
        Paragraph.wrap = _remembered_wrap
