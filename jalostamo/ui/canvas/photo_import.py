"""Photo files onto a board without freezing the window.

A worker reads the files and has them decoded (Pillow, :func:`process_image`: JPEG drafts,
EXIF rotation, bounding, re-encoding; about 0.3 s of CPU for a 12-MP phone photo) in a helper
process: Pillow's optimised JPEG encoding holds Python's global lock for half a second, which
would stop the UI thread as surely as running on it. Then the worker stores the new photos in
one transaction (``MediaService.store_processed``); a cancel before that leaves the file as it
was. The UI thread then puts the photos on the board as one undo step.
"""

from __future__ import annotations

import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from jalostamo.errors import ImageRefused, UserError
from jalostamo.services.images import ImageProblem, ProcessedImage, process_image
from jalostamo.services.media import ImportedPhoto, MediaService, refusal
from jalostamo.ui.canvas.items.photo import TINY
from jalostamo.ui.workers import Task

#: ``process_image`` changes the process-wide warning filters: one decode at a time
_decoding = threading.Lock()
_helper: ProcessPoolExecutor | None = None


def _decode_in_helper(data: bytes) -> tuple[str, Any]:
    """Runs in the helper process: the image, or the reason it is refused (picklable)."""
    try:
        return "ok", process_image(data)
    except ImageProblem as problem:
        return "problem", (problem.reason, problem.params)


def decode_one(media: MediaService, data: bytes, name: str) -> ProcessedImage:
    """Decode one photo in the helper process (started on first use, kept for the session);
    in this process when no helper can be started. Refusals name the photo."""
    global _helper
    with _decoding:
        try:
            if _helper is None:
                _helper = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
            kind, value = _helper.submit(_decode_in_helper, data).result()
        except (OSError, BrokenProcessPool):
            _helper = None
            return media.processed_image(data, name)
    if kind == "problem":
        reason, params = value
        raise refusal(name, reason, **params)
    assert isinstance(value, ProcessedImage)
    return value


@dataclass
class PhotoBatch:
    photos: list[ImportedPhoto] = field(default_factory=list)
    refused: list[tuple[str, UserError]] = field(default_factory=list)
    #: media id -> (preview, tiny copy) decoded on the worker, for the board's photo cache
    images: dict[str, tuple[QImage, QImage]] = field(default_factory=dict)


def board_images(preview: bytes) -> tuple[QImage, QImage]:
    """The preview as the board shows it, and its tiny copy (QImage is safe off the UI
    thread, QPixmap is not): decoding a 1600 px preview took 80 ms of the UI thread."""
    image = QImage.fromData(preview)
    tiny = image.scaled(TINY, TINY, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
    return image, tiny


def decode_files(media: MediaService, paths: list[Path], task: Task
                 ) -> tuple[list[tuple[str, ProcessedImage]], list[tuple[str, UserError]]]:
    """Read and decode each file (on a worker); refused files are named, not fatal."""
    images: list[tuple[str, ProcessedImage]] = []
    refused: list[tuple[str, UserError]] = []
    steps = len(paths) + 1
    for index, raw in enumerate(paths):
        task.check()
        path = Path(raw)
        try:
            data = media.read_photo_file(path)
            images.append((path.name, decode_one(media, data, path.name)))
        except ImageRefused as exc:
            refused.append((path.name, exc))
        task.progress(index + 1, steps)
    return images, refused


def import_files(media: MediaService, paths: list[Path], team_id: str | None,
                 task: Task) -> PhotoBatch:
    """The whole job of a worker: decode every file, then store the new photos at once."""
    images, refused = decode_files(media, paths, task)
    task.check()  # the last moment a cancel leaves the file untouched
    photos = media.store_processed(images, team_id=team_id) if images else []
    shown = {image.sha256: board_images(image.preview) for _name, image in images}
    task.progress(len(paths) + 1, len(paths) + 1)
    return PhotoBatch(photos, refused, shown)
