"""The system clipboard for board items: items travel as JSON under our own MIME type (with
their texts as plain text for other programs); an image or plain text can be pasted too."""

from __future__ import annotations

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
    data = QMimeData()
    data.setData(CLIPBOARD_MIME, json.dumps(payload).encode("utf-8"))
    data.setText("\n".join(i["text"] or i["label"] for i in payload["items"]
                           if i["text"] or i["label"]))
    QGuiApplication.clipboard().setMimeData(data)


def take() -> tuple[str, Any] | None:
    """What the clipboard offers: ``("items", payload)``, ``("image", png bytes)``,
    ``("text", str)`` or None. A damaged item payload is refused with a clear message."""
    data = QGuiApplication.clipboard().mimeData()
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
