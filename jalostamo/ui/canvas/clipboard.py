"""The system clipboard for board items: items travel as JSON under our own MIME type (with
their texts as plain text for other programs); an image or plain text can be pasted too."""

from __future__ import annotations

import atexit
import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from jalostamo.errors import InvalidInput
from jalostamo.ui.canvas.editor_dialogs import png_bytes

CLIPBOARD_MIME = "application/x-jalostamo-board-items"
MAX_TEXT = 2000


def put_items(payload: dict[str, Any]) -> None:
    """Put copied items (``BoardService.copy``) on the clipboard."""
    global _release_registered
    data = QMimeData()
    data.setData(CLIPBOARD_MIME, json.dumps(payload).encode("utf-8"))
    data.setText("\n".join(i["text"] or i["label"] for i in payload["items"]
                           if i["text"] or i["label"]))
    QGuiApplication.clipboard().setMimeData(data)
    if not _release_registered:
        atexit.register(release_at_exit)
        _release_registered = True


_release_registered = False


def release_at_exit() -> None:
    """Swap our items on the clipboard for their plain text before Python stops.

    The items travel in a ``QMimeData`` made in Python; left on the clipboard, Qt deletes it
    in its own exit handlers, after Python has finalised, and PySide's wrapper crashes the
    process there (a segfault as the app quits). The plain text is made by Qt itself and stays
    on the clipboard for other programs.
    """
    if QGuiApplication.instance() is None:
        return
    board = QGuiApplication.clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(CLIPBOARD_MIME):
        board.setText(data.text())


def take() -> tuple[str, Any] | None:
    """What the clipboard offers: ``("items", payload)``, ``("image", png bytes)``,
    ``("text", str)`` or None. A damaged item payload is refused with a clear message."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None:  # nothing was ever copied (Qt gives no empty data then on some platforms)
        return None
    if data.hasFormat(CLIPBOARD_MIME):
        try:
            payload = json.loads(bytes(data.data(CLIPBOARD_MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise InvalidInput("boards.bad_payload") from None
        return "items", payload
    if data.hasImage():
        return "image", png_bytes(QImage(data.imageData()))
    if data.hasText() and data.text().strip():
        return "text", data.text().strip()[:MAX_TEXT]
    return None
