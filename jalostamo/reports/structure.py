"""Write the structure a :class:`~jalostamo.reports.tagging.Tagger` recorded into the PDF
(pikepdf): StructTreeRoot with the elements in reading order, ParentTree, RoleMap, link
annotations as Link elements (OBJR) with descriptions, MarkInfo, DisplayDocTitle, /Lang."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from jalostamo.reports.tagging import Node, Tagger


def write_structure(pdf: pikepdf.Pdf, tagger: Tagger, *, lang: str) -> None:
    pages = [page.obj for page in pdf.pages]
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    owners: dict[int, dict[int, pikepdf.Object]] = defaultdict(dict)  # page -> mcid -> elem
    made: dict[int, pikepdf.Object] = {}

    def element(node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role),
                                            P=parent))
        made[id(node)] = elem
        first_page = next((k[0] for k in node.kids if isinstance(k, tuple)), None)
        if first_page is not None and first_page < len(pages):
            elem.Pg = pages[first_page]
        if node.alt is not None:
            elem.Alt = String(node.alt)
        if node.lang:
            elem.Lang = String(node.lang)
        if node.scope:
            elem.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
        kids = Array()
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(element(kid, elem))
                continue
            page, mcid = kid
            if page >= len(pages):
                continue
            owners[page][mcid] = elem
            if page == first_page:
                kids.append(mcid)
            else:
                kids.append(Dictionary(Type=Name.MCR, Pg=pages[page], MCID=mcid))
        elem.K = kids
        return elem

    document = element(tagger.root, root)
    root.K = Array([document])

    nums = Array()
    for index, page in enumerate(pages):
        page.StructParents = index
        by_mcid = owners.get(index, {})
        count = max(by_mcid) + 1 if by_mcid else 0
        # every MCID of a page is one element's; a gap (never expected) points at the root
        nums.append(index)
        nums.append(pdf.make_indirect(Array([by_mcid.get(m, document) for m in range(count)])))
    next_key = len(pages)
    next_key = _links(pdf, pages, tagger, made, document, nums, next_key)
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = next_key
    root.RoleMap = Dictionary()

    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    preferences = pdf.Root.get("/ViewerPreferences")
    if not isinstance(preferences, Dictionary):
        preferences = Dictionary()
    preferences.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferences
    pdf.Root.Lang = String(lang)


def _links(pdf: pikepdf.Pdf, pages: Sequence[pikepdf.Object], tagger: Tagger,
           made: dict[int, pikepdf.Object], document: pikepdf.Object, nums: Array,
           next_key: int) -> int:
    """Each link annotation becomes a Link element (an OBJR to it) inside the element it was
    drawn in, with its description as the annotation's /Contents and the element's /Alt."""
    recorded: dict[int, list[tuple[pikepdf.Object, str]]] = defaultdict(list)
    for link in tagger.links:
        recorded[link.page].append((made.get(id(link.owner), document), link.text))
    for index, page in enumerate(pages):
        annots = page.get("/Annots")
        if not isinstance(annots, Array) or not len(annots):
            continue
        page.Tabs = Name.S
        queue = recorded.get(index, [])
        for n, annot in enumerate(a for a in annots if a.get("/Subtype") == Name.Link):
            owner, text = queue[n] if n < len(queue) else (document, "")
            text = text or str(annot.get("/Contents", "")) or "Link"
            annot.Contents = String(text)
            annot.StructParent = next_key
            element = pdf.make_indirect(Dictionary(
                Type=Name.StructElem, S=Name.Link, P=owner, Pg=page, Alt=String(text),
                K=Array([Dictionary(Type=Name.OBJR, Obj=annot, Pg=page)])))
            kids = owner.get("/K")
            if not isinstance(kids, Array):
                kids = Array([] if kids is None else [kids])
            kids.append(element)
            owner.K = kids
            nums.append(next_key)
            nums.append(element)
            next_key += 1
    return next_key
