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


def test_small_jpeg_is_encoded_again_without_its_metadata() -> None:
    exif = Image.Exif()
    exif[0x010E] = "Kuvaus joka ei kuulu raporttiin"  # ImageDescription
    source = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 80, 60)).save(source, "JPEG", exif=exif.tobytes())
    ready = print_ready(source.getvalue())
    assert b"Exif" not in ready and b"Kuvaus" not in ready
    assert Image.open(io.BytesIO(ready)).size == (800, 600)
