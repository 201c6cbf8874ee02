"""Marking strings for translation where they are declared as data.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate`` finds the
call by its name and puts the text in the context's translations. (PySide6's own version is typed
as returning ``object``; this one keeps the types of the tables that use it.)
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
