"""A webcam snapshot through QtMultimedia, offered only where a camera exists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage


def camera_available() -> bool:
    """True when QtMultimedia loads and lists at least one video input."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:
        return False


class Snapshot:
    """Takes one still from the default camera and hands it to ``done(QImage)``."""

    def __init__(self, done: Callable[[QImage], None]) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession

        self._done = done
        self.camera = QCamera()
        self.capture = QImageCapture()
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.readyForCaptureChanged.connect(self._ready)
        self.camera.start()

    def _ready(self, ready: bool) -> None:
        if ready:
            self.capture.capture()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self.camera.stop()
        self._done(image)
