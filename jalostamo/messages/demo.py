"""Messages of the demo programme (``jalostamo demo``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "demo.bad_size": {
        "fi": "Tuntematon koko \u201c{size}\u201d; valitse jokin näistä: {sizes}.",
        "sv": "Okänd storlek \u201d{size}\u201d; välj en av: {sizes}.",
        "en": "Unknown size \u201c{size}\u201d; choose one of: {sizes}.",
    },
}
