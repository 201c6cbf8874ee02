"""The PDF/UA identification in XMP (``pdfuaid:part = 1``) with the PDF/A extension schema
that PDF/A-2 requires for a property it does not predefine (ISO 19005-2, 6.6.2.3.2).

pikepdf's PDF/A validator is an allowlist narrower than PDF/A-2: it refuses every extension
schema and the ``pdfuaid`` property. The document is therefore made and validated as PDF/A-2b
first; this packet is added afterwards, and :func:`own_findings` names the findings that are
about exactly this addition (and nothing else), which the final check accepts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

EXTENSION = """<rdf:Description rdf:about="" \
xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" \
xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
"""

_OWN = re.compile(r"\b(pdfuaid|pdfaExtension|pdfaSchema|pdfaProperty)\b|"
                  r"http://www\.aiim\.org/pdf(ua/ns/id|a/ns/(extension|schema#|property#))")


def with_ua_identification(packet: bytes) -> bytes:
    """The XMP ``packet`` with the PDF/UA identification and its extension schema."""
    text = packet.decode("utf-8")
    if "pdfuaid:part" in text:
        return packet
    at = text.rindex("</rdf:RDF>")
    return (text[:at] + EXTENSION + text[at:]).encode("utf-8")


def own_findings(findings: Sequence[object]) -> list[object]:
    """The findings of pikepdf's validator that are about the identification added here."""
    return [f for f in findings if _OWN.search(str(f))]
