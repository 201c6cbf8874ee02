"""Messages of the demo programme (``jalostamo demo``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "demo.bad_size": {
        "fi": "Tuntematon koko \u201c{size}\u201d; valitse jokin näistä: {sizes}.",
        "sv": "Okänd storlek \u201d{size}\u201d; välj en av: {sizes}.",
        "en": "Unknown size \u201c{size}\u201d; choose one of: {sizes}.",
    },
    "demo.no_folder": {
        "fi": "Kansiota {folder} ei ole; esimerkkiohjelmaa ei luotu.",
        "sv": "Mappen {folder} finns inte; exempelprogrammet skapades inte.",
        "en": "The folder {folder} does not exist; the demo programme was not written.",
    },
}
