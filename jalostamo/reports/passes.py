"""Fewer and cheaper layout passes for :class:`~jalostamo.reports.document.ReportDocument`.

reportlab lays a document out again until its contents and "page X of Y" are stable, and
draws every pass although only the last one is written. Here:

- the contents start with one entry per heading of the story (pages not yet known), so the
  first pass already has the contents' final height and the second is normally the last;
- the first pass only lays out (:func:`skip_drawing`): nothing is drawn on its canvas, and a
  pass that was not drawn is never the one written;
- the frame that reportlab copies for every table cell it measures is copied shallowly.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Frame, KeepTogether
from reportlab.platypus.flowables import Flowable

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
