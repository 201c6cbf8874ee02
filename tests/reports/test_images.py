"""Photos go into reports at print resolution, never as the large original."""

from __future__ import annotations

import io

from PIL import Image

from jalostamo.reports.images import MAX_PIXELS, print_ready


def test_large_transparent_photo_becomes_bounded_jpeg() -> None:
    source = io.BytesIO()
    Image.new("RGBA", (4000, 3000), (10, 200, 30, 128)).save(source, "PNG")
    ready = Image.open(io.BytesIO(print_ready(source.getvalue())))
    assert ready.format == "JPEG" and ready.mode == "RGB"
    assert max(ready.size) == MAX_PIXELS
    assert ready.size[0] / ready.size[1] == 4000 / 3000


def test_small_jpeg_is_passed_through_unchanged() -> None:
    source = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 80, 60)).save(source, "JPEG")
    assert print_ready(source.getvalue()) == source.getvalue()
