"""Reading a report's structure tree back (pikepdf) and checking what a PDF/UA-1 validator
(veraPDF) would check: the checks the ``pdfua`` package leaves out are written here.

- every piece of page content (text, images, painted paths) is inside marked content: real
  content with an MCID owned by an element, or an Artifact (7.1-3);
- every MCID on a page is owned by exactly one element, and the ParentTree agrees (7.1);
- headings: H1 first, never skipping a level downwards (7.4.2-1), and the bookmarks' titles
  are the headings' texts in order;
- tables: Table > (THead|TBody) > TR > (TH|TD), TH with Scope (7.5);
- figures have alternative text (7.3); lists are L > LI > LBody (7.6);
- link annotations are Link elements (OBJR) with /Contents, pages with annotations /Tabs /S
  (7.18);
- the catalog: /Lang, MarkInfo Marked, DisplayDocTitle; XMP with pdfuaid:part 1 (5, 7.1).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pdfua
import pikepdf
from pikepdf import Array, Dictionary, Name

from jalostamo.reports.pdfa import passes as pdfa_passes

#: operators that paint (text shown, an XObject or inline image, a path painted, a shading)
PAINT = {"Tj", "TJ", "'", '"', "Do", "BI", "sh", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}


@dataclass
class Element:
    role: str
    alt: str | None = None
    lang: str | None = None
    scope: str | None = None
    kids: list[Element] = field(default_factory=list)
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, mcid)
    text: str = ""

    def walk(self) -> list[Element]:
        out = [self]
        for kid in self.kids:
            out += kid.walk()
        return out

    def all_text(self) -> str:
        return " ".join(filter(None, [self.text, *(k.all_text() for k in self.kids)]))


@dataclass
class Structure:
    root: Element
    problems: list[str]
    lang: str
    artifacts: int
    outline: list[str]

    def roles(self) -> Counter[str]:
        return Counter(e.role for e in self.root.walk())

    def elements(self, role: str) -> list[Element]:
        return [e for e in self.root.walk() if e.role == role]

    def headings(self) -> list[Element]:
        return [e for e in self.root.walk() if e.role in ("H1", "H2", "H3")]


def _outline(pdf: pikepdf.Pdf) -> list[str]:
    titles: list[str] = []
    with pdf.open_outline() as outline:
        stack = list(reversed(outline.root))
        while stack:
            item = stack.pop()
            titles.append(str(item.title))
            stack += list(reversed(item.children))
    return titles


def _cmap(font: pikepdf.Object) -> dict[int, str]:
    """A font's ToUnicode map (the one-byte codes of reportlab's subset fonts)."""
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return out
    text = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, start in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for n, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(int(start, 16) + n)
    return out


def _page_content(pdf: pikepdf.Pdf, page: pikepdf.Page, index: int, problems: list[str]
                  ) -> tuple[dict[int, str], int]:
    """MCIDs of a page with their texts; paint operators outside marked content are
    problems; returns also the number of artifact sequences."""
    fonts = {str(name): _cmap(font)
             for name, font in (page.Resources.get("/Font") or Dictionary()).items()}
    cmap: dict[int, str] = {}
    mcids: dict[int, list[str]] = {}
    stack: list[tuple[str, int | None]] = []
    artifacts = 0
    unmarked = 0
    for instruction in pikepdf.parse_content_stream(page):
        operands = list(instruction.operands)
        op = str(instruction.operator)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            mcid = None
            if op == "BDC" and isinstance(operands[1], Dictionary) and "/MCID" in operands[1]:
                mcid = int(operands[1].MCID)
                if any(m is not None for _t, m in stack):
                    problems.append(f"page {index + 1}: MCID {mcid} nested in another")
                if mcid in mcids:
                    problems.append(f"page {index + 1}: MCID {mcid} used twice")
                mcids[mcid] = []
            if tag == "/Artifact":
                artifacts += 1
            stack.append((tag, mcid))
        elif op == "EMC":
            if not stack:
                problems.append(f"page {index + 1}: EMC without BDC")
            else:
                stack.pop()
        elif op == "Tf":
            cmap = fonts.get(str(operands[0]), {})
        elif op in PAINT:
            if not stack:
                unmarked += 1
            elif op in ("Tj", "TJ", "'", '"'):
                owner = next((m for _t, m in reversed(stack) if m is not None), None)
                if owner is not None:
                    mcids[owner].append(_shown(operands, op, cmap))
    if stack:
        problems.append(f"page {index + 1}: marked content left open")
    if unmarked:
        problems.append(f"page {index + 1}: {unmarked} paint operator(s) neither tagged nor "
                        "artifact")
    return {m: "".join(parts) for m, parts in mcids.items()}, artifacts


def _shown(operands: list[pikepdf.Object], op: str, cmap: dict[int, str]) -> str:
    target = operands[0] if op in ("Tj", "TJ", "'") else operands[2]
    if isinstance(target, Array):
        parts = [x for x in target if isinstance(x, pikepdf.String)]
    else:
        assert isinstance(target, pikepdf.String), target  # Tj, ' and " show one string
        parts = [target]
    return "".join(cmap.get(b, "") for part in parts for b in bytes(part))


def read_structure(path: Path) -> Structure:
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        lang = str(root.get("/Lang", ""))
        if not lang:
            problems.append("catalog has no /Lang")
        mark = root.get("/MarkInfo")
        if not (isinstance(mark, Dictionary) and bool(mark.get("/Marked", False))):
            problems.append("MarkInfo Marked is not true")
        prefs = root.get("/ViewerPreferences")
        if not (isinstance(prefs, Dictionary) and bool(prefs.get("/DisplayDocTitle", False))):
            problems.append("DisplayDocTitle is not true")
        xmp = root.Metadata.read_bytes().decode("utf-8") if "/Metadata" in root else ""
        if "<pdfuaid:part>1</pdfuaid:part>" not in xmp:
            problems.append("no pdfuaid:part 1 in XMP")
        if "/StructTreeRoot" not in root:
            problems.append("no StructTreeRoot")
            return Structure(Element("None"), problems, lang, 0, _outline(pdf))
        pages = list(pdf.pages)
        page_index = {p.obj.objgen: n for n, p in enumerate(pages)}
        contents: list[dict[int, str]] = []
        artifacts = 0
        for n, page in enumerate(pages):
            found, count = _page_content(pdf, page, n, problems)
            contents.append(found)
            artifacts += count
        tree = root.StructTreeRoot
        parent_tree = _nums(tree.ParentTree)
        owned: set[tuple[int, int]] = set()

        def element(obj: pikepdf.Object, page: int | None) -> Element:
            role = str(obj.S)[1:]
            scope = None
            if isinstance(obj.get("/A"), Dictionary) and "/Scope" in obj.A:
                scope = str(obj.A.Scope)[1:]
            node = Element(role, alt=str(obj.Alt) if "/Alt" in obj else None,
                           lang=str(obj.Lang) if "/Lang" in obj else None, scope=scope)
            if "/Pg" in obj:
                page = page_index.get(obj.Pg.objgen, page)
            k = obj.get("/K")
            kids: Iterable[pikepdf.Object] = (k if isinstance(k, Array) else [] if k is None
                                              else [k])
            texts = []
            for kid in kids:
                if isinstance(kid, int):
                    ref = (page if page is not None else -1, int(kid))
                elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
                    ref = (page_index[kid.Pg.objgen], int(kid.MCID))
                elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
                    annot = kid.Obj
                    if "/StructParent" not in annot or "/Contents" not in annot:
                        problems.append("link annotation without StructParent or Contents")
                    elif parent_tree.get(int(annot.StructParent)) != obj.objgen:
                        problems.append("ParentTree does not point at a link's element")
                    continue
                else:
                    node.kids.append(element(kid, page))
                    continue
                if ref in owned:
                    problems.append(f"MCID {ref} owned twice")
                owned.add(ref)
                if ref[0] < 0 or ref[1] not in contents[ref[0]]:
                    problems.append(f"{role}: MCID {ref} not on its page")
                    continue
                owner = parent_tree.get(int(pages[ref[0]].obj.StructParents))
                if not (isinstance(owner, list) and ref[1] < len(owner)
                        and owner[ref[1]] == obj.objgen):
                    problems.append(f"{role}: ParentTree disagrees for MCID {ref}")
                node.mcids.append(ref)
                texts.append(contents[ref[0]][ref[1]])
            node.text = " ".join(t for t in texts if t)
            return node

        top = element(tree.K[0] if isinstance(tree.K, Array) else tree.K, None)
        for n, found in enumerate(contents):
            for mcid in found:
                if (n, mcid) not in owned:
                    problems.append(f"page {n + 1}: MCID {mcid} owned by no element")
        for page in pages:
            annots = page.obj.get("/Annots")
            if isinstance(annots, Array) and len(annots) and page.obj.get("/Tabs") != Name.S:
                problems.append("a page with annotations has no /Tabs /S")
        outline = _outline(pdf)
    structure = Structure(top, problems, lang, artifacts, outline)
    problems += _semantics(structure)
    return structure


def _nums(parent_tree: pikepdf.Object) -> dict[int, object]:
    """The ParentTree as {key: objgen of the element, or a list of them for a page}."""
    out: dict[int, object] = {}
    stack = [parent_tree]
    while stack:
        node = stack.pop()
        if "/Kids" in node:
            stack += list(node.Kids)
        nums = node.get("/Nums", Array())
        for i in range(0, len(nums), 2):
            value = nums[i + 1]
            out[int(nums[i])] = [v.objgen for v in value] if isinstance(value, Array) \
                else value.objgen
    return out


def _semantics(s: Structure) -> list[str]:
    problems = []
    levels = [int(h.role[1]) for h in s.headings()]
    if levels and levels[0] != 1:
        problems.append("the first heading is not H1")
    for before, after in itertools.pairwise(levels):
        if after > before + 1:
            problems.append(f"heading level skipped: H{before} to H{after}")
    for e in s.root.walk():
        if e.role == "Figure" and not (e.alt or "").strip():
            problems.append("Figure without alternative text")
        if e.role == "Table":
            if not e.kids or any(k.role not in ("THead", "TBody", "TFoot", "TR")
                                 for k in e.kids):
                problems.append("Table with an unexpected child")
            cells = [c for section in e.kids for row in section.kids for c in row.kids]
            if not any(c.role == "TH" for c in cells):
                problems.append("Table without header cells")
            if any(c.role == "TH" and c.scope not in ("Row", "Column", "Both") for c in cells):
                problems.append("TH without Scope")
        if e.role in ("THead", "TBody") and any(k.role != "TR" for k in e.kids):
            problems.append(f"{e.role} with a child that is not TR")
        if e.role == "TR" and any(k.role not in ("TH", "TD") for k in e.kids):
            problems.append("TR with a child that is not TH or TD")
        if e.role == "L" and any(k.role != "LI" for k in e.kids):
            problems.append("L with a child that is not LI")
        if e.role == "LI" and any(k.role not in ("Lbl", "LBody") for k in e.kids):
            problems.append("LI with a child that is not Lbl or LBody")
        if e.role in ("P", "H1", "H2", "H3", "LBody") and not e.mcids and e.kids == []:
            problems.append(f"empty {e.role}")
    return problems


def squeeze(text: str) -> str:
    return "".join(text.split())


def check_accessible(path: Path, lang: str, *, content_lang: str = "fi",
                     roles: tuple[str, ...] = ("H1", "H2", "P", "Table", "TR", "TH", "TD",
                                               "Figure")) -> Structure:
    """Everything a reader with a screen reader, and an archive, rely on: no finding of the
    ``pdfua`` package, PDF/A-2b, the structure checks above, headings matching bookmarks,
    figures described, user content declared in its own language."""
    findings = pdfua.validate(str(path)).findings
    assert [(f.rule_id, f.message) for f in findings] == []
    assert pdfa_passes(path)
    s = read_structure(path)
    assert s.problems == []
    assert s.lang == lang
    found = s.roles()
    for role in roles:
        assert found[role] >= 1, role
    assert s.artifacts > 0  # page headers, footers, table backgrounds
    # the bookmarks are the headings, in the same order (the cover's title first)
    headings = [squeeze(h.text) for h in s.headings()]
    position = 0
    for title in map(squeeze, s.outline):
        assert title in headings[position:], title
        position = headings.index(title, position) + 1
    assert s.headings()[0].role == "H1"
    for figure in s.elements("Figure"):
        assert (figure.alt or "").strip()
    # content in the programme's language inside a report in another one is declared so
    spans = {e.lang for e in s.root.walk() if e.lang}
    assert spans == (set() if lang == content_lang else {content_lang})
    return s
