"""Messages of photo import (reasons that core's ``image.reason.*`` does not cover).

``media.reason.*`` are parts of a sentence: they fill the ``{reason}`` of ``image.refused``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "media.reason.missing": {
        "fi": "tiedostoa ei löydy.",
        "sv": "filen finns inte.",
        "en": "the file does not exist.",
    },
    "media.reason.folder": {
        "fi": "se on kansio, ei kuvatiedosto.",
        "sv": "det är en mapp, inte en bildfil.",
        "en": "it is a folder, not an image file.",
    },
}
