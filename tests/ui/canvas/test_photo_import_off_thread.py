"""Photos dropped on a board are decoded on a worker: the window keeps ticking, Cancel
leaves the file as it was, and the photos land as one undo step."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from jalostamo.models import Media
from jalostamo.ui.canvas import photo_import
from jalostamo.ui.progress import JobProgress
from tests.data.images.make import photo
from tests.ui.canvas.conftest import EditorHarness


def photo_files(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"kuva{n}.jpg"
        path.write_bytes(photo((1600, 1200), seed=n))
        paths.append(path)
    return paths


class Gate:
    """Holds every decode until released (waits on a condition, never on the clock; the
    timeout only ends a test that would otherwise hang when decoding blocks the UI thread)."""

    def __init__(self, harness: EditorHarness, monkeypatch: Any) -> None:
        self.open = threading.Event()
        self.entered = threading.Event()
        self.on_ui_thread = False
        real = photo_import.decode_one

        def gated(media: Any, data: bytes, name: str) -> Any:
            self.on_ui_thread = self.on_ui_thread or threading.current_thread() is threading.main_thread()
            self.entered.set()
            self.open.wait(timeout=10)
            return real(media, data, name)

        monkeypatch.setattr(photo_import, "decode_one", gated)


def live_media(harness: EditorHarness) -> int:
    return len(harness.services.entities.list(Media))


def test_the_window_keeps_ticking_while_photos_are_decoded(harness: EditorHarness, qtbot: Any,
                                                           tmp_path: Path,
                                                           monkeypatch: Any) -> None:
    gate = Gate(harness, monkeypatch)
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        ticks.append(True)
        if len(ticks) >= 5:
            gate.open.set()  # the UI thread ran five times while the decode waited

    timer.timeout.connect(tick)
    timer.start()
    before = len(harness.rows())
    job = harness.editor.import_photos(photo_files(tmp_path, 3))
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    timer.stop()
    assert not gate.on_ui_thread
    assert len(ticks) >= 5
    assert job.error is None and len(job.result) == 3
    assert len(harness.rows()) == before + 3
    assert harness.stack.count() == 1  # one undo step for the batch
    harness.stack.undo()
    assert len(harness.rows()) == before


def test_cancel_leaves_the_file_unchanged(harness: EditorHarness, qtbot: Any, tmp_path: Path,
                                          monkeypatch: Any) -> None:
    gate = Gate(harness, monkeypatch)
    before_media, before_items = live_media(harness), len(harness.rows())
    job = harness.editor.import_photos(photo_files(tmp_path, 3))
    qtbot.waitUntil(gate.entered.is_set)
    progress = harness.editor.window().findChild(JobProgress)
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None, "the progress has no Cancel button"
    cancel.click()
    gate.open.set()
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.was_cancelled
    assert live_media(harness) == before_media and len(harness.rows()) == before_items
    assert harness.stack.count() == 0


def test_a_refused_file_is_named_and_the_others_land(harness: EditorHarness, qtbot: Any,
                                                     tmp_path: Path) -> None:
    good = photo_files(tmp_path, 1)
    bad = tmp_path / "rikki.jpg"
    bad.write_bytes(b"\xff\xd8\xff not really a photo")
    job = harness.editor.import_photos([bad, *good])
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert len(job.result) == 1 and live_media(harness) == 1
    assert "rikki.jpg" in harness.editor.status.text()
