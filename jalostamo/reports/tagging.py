"""Marked content for a tagged PDF (PDF/UA-1), emitted while reportlab lays out the story.

reportlab stays the layout engine. While a report is drawn, its canvas carries a
:class:`Tagger` (``canvas.a11y``) that records the logical structure in reading order and
writes ``BDC``/``EMC`` marked-content operators with MCIDs around each piece of real content:

- every flowable's ``_drawOn`` passes through :func:`_tagged_draw_on` (installed once by
  :func:`install`; it does nothing on a canvas without a tagger), which turns a heading into
  H1–H3, a paragraph into P (or LI in a list), and a flowable with ``a11y_role = "Figure"``
  into a Figure with its ``a11y_alt``;
- tables report their rows and cells through reportlab's table render callback
  (:class:`TableTags`): Table / THead / TBody / TR / TH (with Scope) / TD; backgrounds,
  rules and a header row repeated on a later page are artifacts;
- page headers, footers and decorations are drawn inside :func:`artifact`;
- link annotations are recorded with the element they belong to and a description.

:mod:`jalostamo.reports.structure` then writes the recorded tree into the PDF with pikepdf.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import TableRenderCB

from jalostamo.reports.passes import skip_drawing

#: the language of user-entered content, resolved by the tagger to the programme's language
CONTENT = "content"


class Node:
    """One structure element: its role, attributes and kids in reading order (a kid is a
    :class:`Node` or a marked-content reference ``(page index, mcid)``)."""

    __slots__ = ("alt", "group", "kids", "lang", "parent", "role", "scope", "text")

    def __init__(self, role: str, parent: Node | None = None) -> None:
        self.role = role
        self.parent = parent
        self.kids: list[Node | tuple[int, int]] = []
        self.alt: str | None = None
        self.lang: str | None = None
        self.scope: str | None = None
        self.text = ""  # plain text, for link descriptions and the tests' read-back
        self.group: object = None
        if parent is not None:
            parent.kids.append(self)

    def walk(self) -> Iterator[Node]:
        yield self
        for kid in self.kids:
            if isinstance(kid, Node):
                yield from kid.walk()


class Link:
    """A link annotation drawn on ``page`` inside ``owner``, described by ``text``."""

    __slots__ = ("owner", "page", "text")

    def __init__(self, page: int, owner: Node, text: str) -> None:
        self.page, self.owner, self.text = page, owner, text


class Tagger:
    """The structure of one layout pass (a new canvas, so a new tagger, for every pass)."""

    def __init__(self, lang: str, content_lang: str) -> None:
        self.lang = lang
        self.content_lang = content_lang
        self.root = Node("Document")
        self.stack: list[Node] = [self.root]
        self.mcids: dict[int, int] = {}  # page index -> next MCID
        self.marking = 0  # depth of open marked content (a leaf or an artifact)
        self.last_heading = 0
        self.links: list[Link] = []
        self.tables: dict[int, _TableState] = {}
        #: for each background, rule set or cell being drawn: whether it opened marked content
        self.open_marks: list[bool] = []
        #: the element whose content is being marked (None inside an artifact)
        self.current_leaf: Node | None = None

    # --- elements ------------------------------------------------------------------------

    @property
    def top(self) -> Node:
        return self.stack[-1]

    def open(self, role: str) -> Node:
        node = Node(role, self.top)
        self.stack.append(node)
        return node

    def close(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()

    def heading(self, level: int) -> str:
        """H1–H3, never skipping a level downwards (an h3 right after an H1 is an H2)."""
        level = max(1, min(level, self.last_heading + 1, 3))
        self.last_heading = level
        return f"H{level}"

    def resolve_lang(self, lang: str | None) -> str | None:
        if lang == CONTENT:
            lang = self.content_lang
        return lang if lang and lang != self.lang else None

    # --- marked content ------------------------------------------------------------------

    def begin(self, canv: Canvas, node: Node) -> None:
        page = canv.getPageNumber() - 1
        mcid = self.mcids.get(page, 0)
        self.mcids[page] = mcid + 1
        node.kids.append((page, mcid))
        canv.addLiteral(f"/{node.role} <</MCID {mcid}>> BDC")
        self.marking += 1

    def end(self, canv: Canvas) -> None:
        canv.addLiteral("EMC")
        self.marking -= 1

    def begin_artifact(self, canv: Canvas, kind: str = "Layout") -> bool:
        if self.marking:
            return False
        canv.addLiteral(f"/Artifact <</Type /{kind}>> BDC")
        self.marking += 1
        return True

    @contextlib.contextmanager
    def leaf(self, canv: Canvas, role: str, *, lang: str | None = None, alt: str | None = None,
             text: str = "", group: object = None) -> Iterator[Node | None]:
        """Content drawn inside belongs to a new element ``role`` (nested content inside
        another leaf or an artifact belongs to that one)."""
        if self.marking:
            yield None
            return
        if role == "LI":
            parent = self.top
            last = parent.kids[-1] if parent.kids else None
            if not (isinstance(last, Node) and last.role == "L" and last.group == group):
                last = Node("L", parent)
                last.group = group
            item = Node("LI", last)
            node = Node("LBody", item)
            node.lang = self.resolve_lang(lang)
        else:
            node = Node(role, self.top)
            node.lang = self.resolve_lang(lang)
        node.alt = alt
        node.text = text
        self.stack.append(node)
        self.begin(canv, node)
        self.current_leaf = node
        try:
            yield node
        finally:
            self.current_leaf = None
            self.end(canv)
            self.stack.pop()

    @contextlib.contextmanager
    def inner_figure(self, canv: Canvas, alt: str) -> Iterator[None]:
        """A figure drawn inside another element's content (a photo on a board drawing): the
        outer content pauses, the figure gets its own element and MCID, the outer resumes
        with a new MCID of the same element (marked content never nests)."""
        outer = self.current_leaf
        if outer is None or self.marking != 1:
            yield
            return
        self.end(canv)
        node = Node("Figure", outer)
        node.alt = alt
        self.begin(canv, node)
        try:
            yield
        finally:
            self.end(canv)
            self.begin(canv, outer)

    def link(self, canv: Canvas) -> None:
        owner = self.top
        self.links.append(Link(canv.getPageNumber() - 1, owner, owner.text))

    def draw(self, flowable: Flowable, canv: Canvas, original: Callable[[Flowable, Canvas], None]
             ) -> None:
        if isinstance(flowable, Table):
            if getattr(flowable, "_renderCB", None) is None:
                flowable._renderCB = LAYOUT
            original(flowable, canv)
            return
        role = _role(flowable)
        if role is None or self.marking:
            original(flowable, canv)
            return
        if role == "Artifact":
            opened = self.begin_artifact(canv)
            try:
                original(flowable, canv)
            finally:
                if opened:
                    self.end(canv)
            return
        if role.startswith("H") and role[1:].isdigit():
            role = self.heading(int(role[1:]))
        text = _plain(flowable)
        with self.leaf(canv, role, lang=getattr(flowable, "a11y_lang", None),
                       alt=getattr(flowable, "a11y_alt", None), text=text,
                       group=getattr(flowable, "a11y_group", None)):
            original(flowable, canv)


def _role(flowable: Flowable) -> str | None:
    role = getattr(flowable, "a11y_role", "")
    if role != "":
        return role
    if isinstance(flowable, Paragraph):
        name = str(getattr(flowable.style, "name", ""))
        return "H3" if name == "h3" else "P"
    return None


def _plain(flowable: Flowable) -> str:
    if isinstance(flowable, Paragraph):
        plain = getattr(flowable, "plain", None)
        if isinstance(plain, str):
            return plain
        with contextlib.suppress(Exception):
            return " ".join(flowable.getPlainText().split())
    return ""


@contextlib.contextmanager
def artifact(canv: Canvas, kind: str = "Pagination") -> Iterator[None]:
    """Drawing inside is decoration (page header, footer, background): an artifact."""
    tagger: Tagger | None = getattr(canv, "a11y", None)
    opened = tagger is not None and tagger.begin_artifact(canv, kind)
    try:
        yield
    finally:
        if opened and tagger is not None:
            tagger.end(canv)


@contextlib.contextmanager
def inner_figure(canv: Canvas, alt: str | None) -> Iterator[None]:
    """See :meth:`Tagger.inner_figure`; nothing on a canvas without a tagger."""
    tagger: Tagger | None = getattr(canv, "a11y", None)
    if tagger is None or not alt:
        yield
        return
    with tagger.inner_figure(canv, alt):
        yield


# --- tables ------------------------------------------------------------------------------

class _TableState:
    __slots__ = ("body", "head", "head_done", "node", "row_artifact")

    def __init__(self, node: Node) -> None:
        self.node = node
        self.head: Node | None = None
        self.body: Node | None = None
        self.head_done = False
        self.row_artifact = False


class TableTags(TableRenderCB):
    """Table structure from reportlab's render callback. ``header_rows`` rows are column
    headers (TH Scope Column; repeated on a later page they are artifacts); with
    ``row_headers`` the first cell of each row is a row header (TH Scope Row). A layout table
    adds no structure: its cells' flowables tag themselves."""

    def __init__(self, *, header_rows: int = 1, row_headers: bool = False,
                 layout: bool = False) -> None:
        self.header_rows = header_rows
        self.row_headers = row_headers
        self.layout = layout

    @staticmethod
    def _tagger(table: Table) -> Tagger | None:
        return getattr(getattr(table, "canv", None), "a11y", None)

    def _state(self, table: Table) -> tuple[Tagger, _TableState] | None:
        tagger = self._tagger(table)
        if tagger is None or self.layout:
            return None
        state = tagger.tables.get(id(self))
        if state is None:
            return None
        return tagger, state

    def startTable(self, table: Table) -> None:
        tagger = self._tagger(table)
        if tagger is None or self.layout or tagger.marking:
            return
        state = tagger.tables.get(id(self))
        if state is None:  # the first part of a table split over pages opens the element
            state = tagger.tables[id(self)] = _TableState(Node("Table", tagger.top))
        tagger.stack.append(state.node)

    def endTable(self, table: Table) -> None:
        found = self._state(table)
        if found is not None and found[0].top is found[1].node:
            found[0].close()

    # the state of a drawing in progress lives in the tagger (one per canvas), never here:
    # a callback is shared by the parts of a split table, and LAYOUT by every report

    def startBG(self, table: Table) -> None:
        tagger = self._tagger(table)
        if tagger is not None:
            tagger.open_marks.append(tagger.begin_artifact(table.canv, "Layout"))

    def endBG(self, table: Table) -> None:
        tagger = self._tagger(table)
        if tagger is not None and tagger.open_marks and tagger.open_marks.pop():
            tagger.end(table.canv)

    startLines = startBG
    endLines = endBG

    def startRow(self, table: Table, row: int) -> None:
        found = self._state(table)
        if found is None or found[0].top is not found[1].node:
            return
        tagger, state = found
        header = row < self.header_rows
        if header and state.head_done:  # a header row repeated on the next page
            state.row_artifact = tagger.begin_artifact(table.canv, "Pagination")
            return
        if header:
            if state.head is None:
                state.head = Node("THead", state.node)
            section = state.head
        else:
            state.head_done = True
            if state.body is None:
                state.body = Node("TBody", state.node)
            section = state.body
        tagger.stack.append(section)
        tagger.open("TR")

    def endRow(self, table: Table) -> None:
        found = self._state(table)
        if found is None:
            return
        tagger, state = found
        if state.row_artifact:
            tagger.end(table.canv)
            state.row_artifact = False
            return
        if tagger.top.role == "TR":
            tagger.close()  # TR
            tagger.close()  # THead / TBody

    def startCell(self, table: Table, row: int, col: int, value: Any, style: Any,
                  pos: Any, size: Any) -> None:
        found = self._state(table)
        if found is None or found[0].top.role != "TR":
            return
        tagger, _state = found
        header = row < self.header_rows
        if header:
            cell = tagger.open("TH")
            cell.scope = "Column"
        elif self.row_headers and col == 0:
            cell = tagger.open("TH")
            cell.scope = "Row"
        else:
            cell = tagger.open("TD")
        marked = not isinstance(value, list | tuple | Flowable) and bool(str(value or "").strip())
        if marked:
            tagger.begin(table.canv, cell)  # a plain string drawn by the table itself
        tagger.open_marks.append(marked)

    def endCell(self, table: Table) -> None:
        found = self._state(table)
        if found is None:
            return
        tagger = found[0]
        if tagger.top.role not in ("TH", "TD"):
            return
        if tagger.open_marks and tagger.open_marks.pop():
            tagger.end(table.canv)
        tagger.close()


#: the callback of a table drawn for layout only (a cover band, boards side by side)
LAYOUT = TableTags(layout=True)


class TocTags(TableTags):
    """The table of contents: a TOC with one TOCI per entry."""

    def __init__(self) -> None:
        super().__init__(header_rows=0)

    def startTable(self, table: Table) -> None:
        tagger = self._tagger(table)
        if tagger is None or tagger.marking:
            return
        state = tagger.tables.get(id(self))
        if state is None:
            state = tagger.tables[id(self)] = _TableState(Node("TOC", tagger.top))
        tagger.stack.append(state.node)

    def startRow(self, table: Table, row: int) -> None:
        found = self._state(table)
        if found is None or found[0].top is not found[1].node:
            return
        found[0].open("TOCI")

    def endRow(self, table: Table) -> None:
        found = self._state(table)
        if found is not None and found[0].top.role == "TOCI":
            found[0].close()

    def startCell(self, table: Table, row: int, col: int, value: Any, style: Any,
                  pos: Any, size: Any) -> None:
        pass

    def endCell(self, table: Table) -> None:
        pass


# --- the canvas and the hook ---------------------------------------------------------------

class TaggedCanvas(Canvas):
    """A canvas that carries a :class:`Tagger` and records its link annotations."""

    def __init__(self, *args: Any, tagger: Tagger, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.a11y = tagger

    def linkAbsolute(self, *args: Any, **kwargs: Any) -> Any:
        self.a11y.link(self)
        return super().linkAbsolute(*args, **kwargs)

    def linkRect(self, *args: Any, **kwargs: Any) -> Any:
        self.a11y.link(self)
        return super().linkRect(*args, **kwargs)

    def linkURL(self, *args: Any, **kwargs: Any) -> Any:
        self.a11y.link(self)
        return super().linkURL(*args, **kwargs)


_ORIGINAL_DRAW_ON: Callable[[Flowable, Canvas], None] | None = None
_ORIGINAL_SPLIT: Callable[..., list[Flowable]] | None = None
ATTRIBUTES = ("a11y_role", "a11y_alt", "a11y_lang", "a11y_group")


def _split_keeping_tags(self: Paragraph, *args: Any, **kwargs: Any) -> list[Flowable]:
    """A paragraph split over pages: each part is tagged as the whole was."""
    assert _ORIGINAL_SPLIT is not None
    parts = _ORIGINAL_SPLIT(self, *args, **kwargs)
    tags = {k: v for k, v in self.__dict__.items() if k in ATTRIBUTES}
    if tags:
        for part in parts:
            part.__dict__.update(tags)
    return parts


def _tagged_draw_on(self: Flowable, canv: Canvas) -> None:
    assert _ORIGINAL_DRAW_ON is not None
    if skip_drawing(canv):
        return  # a pass that only lays out (reports/passes.py)
    tagger: Tagger | None = getattr(canv, "a11y", None)
    if tagger is None:
        _ORIGINAL_DRAW_ON(self, canv)
    else:
        tagger.draw(self, canv, _ORIGINAL_DRAW_ON)


def install() -> None:
    """Route every flowable's drawing through the tagger of its canvas (once; a canvas
    without a tagger draws exactly as before), and keep a paragraph's tags on the parts it
    is split into."""
    global _ORIGINAL_DRAW_ON, _ORIGINAL_SPLIT
    if _ORIGINAL_DRAW_ON is None:
        _ORIGINAL_DRAW_ON = Flowable._drawOn
        Flowable._drawOn = _tagged_draw_on
        _ORIGINAL_SPLIT = Paragraph.split
        Paragraph.split = _split_keeping_tags


def tag(flowable: Flowable, role: str | None = "", *, alt: str | None = None,
        lang: str | None = None, group: object = None) -> Flowable:
    """Set how ``flowable`` is tagged: its role (``None``: no element of its own; "" keeps
    the default), alternative text, language (:data:`CONTENT` for user-entered text)."""
    # through __dict__: reportlab's graphics (a chart's Drawing) refuse unknown attributes
    if role != "":
        flowable.__dict__["a11y_role"] = role
    if alt is not None:
        flowable.__dict__["a11y_alt"] = alt
    if lang is not None:
        flowable.__dict__["a11y_lang"] = lang
    if group is not None:
        flowable.__dict__["a11y_group"] = group
    return flowable
