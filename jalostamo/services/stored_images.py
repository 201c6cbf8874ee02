"""Photos that arrive as stored blobs (a JSON import, a merged file) and photos drawn into a
report: never trusted as they are.

- An original is kept byte for byte (so its id, the SHA-256, stays) only when it is exactly
  what :func:`~jalostamo.services.images.process_image` writes: a baseline JPEG with nothing
  but a bare JFIF header, or a PNG of IHDR, IDAT and IEND, nothing after its end, within the
  size limit. Such a file carries no EXIF, XMP, GPS, ICC profile, comment or text chunk.
- Previews and thumbnails are kept only when they are such JPEGs within their edge; anything
  else is made again from the original.
- Decoding is bounded: the size is read from the header first (Pillow opens lazily), JPEGs are
  decoded at a reduced scale when that is enough, and Pillow's warnings never reach the user:
  they become :class:`~jalostamo.services.images.ImageProblem`.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from PIL import Image, UnidentifiedImageError

from jalostamo.services.images import (
    DECODE_ERRORS,
    MAX_PIXELS,
    ORIGINAL_EDGE,
    PREVIEW_EDGE,
    PREVIEW_QUALITY,
    THUMBNAIL_EDGE,
    THUMBNAIL_QUALITY,
    ImageProblem,
    _bounded_size,
    _encode,
    _flatten,
    _megapixels,
    _resized,
    _too_large,
)

#: JPEG markers an original of ours has before its end: SOF0-2, DHT, DQT, DRI, SOS, APP0
_JPEG_MARKERS: Final = frozenset({0xC0, 0xC1, 0xC2, 0xC4, 0xDB, 0xDD, 0xDA, 0xE0})
_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_PNG_CHUNKS: Final = frozenset({b"IHDR", b"IDAT", b"IEND"})


@dataclass(frozen=True)
class CleanMedia:
    """The blobs of one photo as they may be stored."""

    original: bytes
    preview: bytes
    thumbnail: bytes
    mime_type: str
    width: int
    height: int


def is_bare_jpeg(data: bytes) -> bool:
    """A JPEG of only image segments and a JFIF header without a thumbnail, ending at EOI."""
    if not data.startswith(b"\xff\xd8"):
        return False
    pos, size = 2, len(data)
    while pos + 4 <= size:
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if marker not in _JPEG_MARKERS or length < 2:
            return False
        body = data[pos + 4:pos + 2 + length]
        if marker == 0xE0 and not (length == 16 and body.startswith(b"JFIF\x00")
                                   and body[12:14] == b"\x00\x00"):
            return False
        pos += 2 + length
        if marker == 0xDA:  # entropy-coded data up to the next real marker
            while True:
                found = data.find(b"\xff", pos)
                if found < 0 or found + 1 >= size:
                    return False
                following = data[found + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    pos = found + 2
                    continue
                if following == 0xD9:
                    return found + 2 == size  # nothing may follow the end
                pos = found
                break
    return False


def is_bare_png(data: bytes) -> bool:
    """A PNG of IHDR, IDAT and IEND chunks only, with nothing after IEND."""
    if not data.startswith(_PNG_SIGNATURE):
        return False
    pos, size = len(_PNG_SIGNATURE), len(data)
    while pos + 12 <= size:
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind not in _PNG_CHUNKS:
            return False
        pos += 12 + length
        if kind == b"IEND":
            return pos == size
    return False


@contextmanager
def _quiet() -> Iterator[None]:
    """Pillow's warnings are ours to handle: a decompression bomb is an error, the rest is
    silenced (``catch_warnings`` is process-wide: one thread at a time, as in images.py)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            yield
        except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
            raise ImageProblem("image.reason.too_large", pixels="?",
                               limit=_megapixels(MAX_PIXELS)) from None


def open_bounded(data: bytes, edge: int, *, formats: tuple[str, ...] = ("JPEG", "PNG")
                 ) -> tuple[Image.Image, tuple[int, int]]:
    """Decode ``data`` at no less than ``edge`` pixels on the long side but no more than the
    format needs (JPEG's reduced-scale decoding); refuse what is larger than
    :data:`MAX_PIXELS` by its header, before any pixel is decoded. Returns the image and its
    size as the header gives it. Call inside :func:`_quiet`."""
    try:
        img = Image.open(io.BytesIO(data), formats=list(formats))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large(exc) from None
    except UnidentifiedImageError:
        raise ImageProblem("image.reason.unsupported") from None
    except DECODE_ERRORS:
        raise ImageProblem("image.reason.corrupt") from None
    width, height = img.size
    if width <= 0 or height <= 0:
        raise ImageProblem("image.reason.corrupt")
    if width * height > MAX_PIXELS:
        raise ImageProblem("image.reason.too_large", pixels=_megapixels(width * height),
                           limit=_megapixels(MAX_PIXELS))
    try:
        if img.format == "JPEG":
            img.draft("RGB" if img.mode != "L" else "L", _bounded_size(img.size, edge))
        img.load()
    except DECODE_ERRORS:
        raise ImageProblem("image.reason.corrupt") from None
    return img, (width, height)


def fits_for_print(jpeg: bytes, edge: int) -> bool:
    """Whether a JPEG is RGB or grey and at most ``edge`` pixels on its long side (header only)."""
    try:
        with _quiet():
            probe = Image.open(io.BytesIO(jpeg), formats=["JPEG"])
            return probe.mode in ("RGB", "L") and 0 < max(probe.size) <= edge
    except (ImageProblem, *DECODE_ERRORS):
        return False


def reencoded_for_print(data: bytes, edge: int, quality: int = 85) -> bytes:
    """A new JPEG of at most ``edge`` pixels on the long side, in RGB, without any metadata,
    from any stored image (a report embeds only these)."""
    with _quiet():
        img, _size = open_bounded(data, edge,
                                  formats=("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF"))
        try:
            img = img.convert("RGBA") if img.mode in ("RGBA", "LA", "P", "PA") else img
            flat = _flatten(img) if img.mode == "RGBA" else img.convert("RGB")
            return _encode(_resized(flat, edge), "JPEG", quality)
        except DECODE_ERRORS:
            raise ImageProblem("image.reason.corrupt") from None


def _bare_jpeg_of_size(blob: bytes | None, size: tuple[int, int]) -> bool:
    """Whether ``blob`` is a bare JPEG of exactly ``size`` that decodes (checked at 1/8 scale)."""
    if not blob or not is_bare_jpeg(blob):
        return False
    try:
        with _quiet():
            probe = Image.open(io.BytesIO(blob), formats=["JPEG"])
            if probe.size != size or probe.mode not in ("RGB", "L"):
                return False
            probe.draft(probe.mode, (max(1, probe.width // 8), max(1, probe.height // 8)))
            probe.load()
            return True
    except (ImageProblem, *DECODE_ERRORS):
        return False


def clean_stored(original: bytes, preview: bytes | None, thumbnail: bytes | None
                 ) -> CleanMedia:
    """Check a photo that arrives as stored blobs; raise :class:`ImageProblem` when its
    original is not one Jalostamo writes (the caller re-encodes it with
    :func:`~jalostamo.services.images.process_image`, or refuses it). A preview or thumbnail
    that is not a bare JPEG of the size Jalostamo makes is made again from the original."""
    is_png = is_bare_png(original)
    if not (is_png or is_bare_jpeg(original)):
        raise ImageProblem("image.reason.not_bare")
    with _quiet():
        try:
            probe = Image.open(io.BytesIO(original), formats=["PNG" if is_png else "JPEG"])
        except DECODE_ERRORS:
            raise ImageProblem("image.reason.corrupt") from None
        size = probe.size
        if max(size) > ORIGINAL_EDGE or min(size) <= 0 or probe.mode not in (
                ("RGB", "RGBA") if is_png else ("RGB",)):
            raise ImageProblem("image.reason.not_bare")
        preview_size = _bounded_size(size, PREVIEW_EDGE)
        keep_preview = _bare_jpeg_of_size(preview, preview_size)
        keep_thumbnail = _bare_jpeg_of_size(thumbnail, _bounded_size(preview_size,
                                                                     THUMBNAIL_EDGE))
        # decode the original only as far as needed: to check it, or to make what is missing
        edge = THUMBNAIL_EDGE if keep_preview and keep_thumbnail else PREVIEW_EDGE
        img, _size = open_bounded(original, edge, formats=("PNG" if is_png else "JPEG",))
        try:
            new_preview, new_thumbnail = preview or b"", thumbnail or b""
            if not (keep_preview and keep_thumbnail):
                flat = _flatten(img) if img.mode == "RGBA" else img.convert("RGB")
                small = _resized(flat, PREVIEW_EDGE)
                if not keep_preview:
                    new_preview = _encode(small, "JPEG", PREVIEW_QUALITY)
                if not keep_thumbnail:
                    new_thumbnail = _encode(_resized(small, THUMBNAIL_EDGE), "JPEG",
                                            THUMBNAIL_QUALITY)
        except DECODE_ERRORS:
            raise ImageProblem("image.reason.corrupt") from None
    return CleanMedia(original, new_preview, new_thumbnail,
                      "image/png" if is_png else "image/jpeg", size[0], size[1])


def clean_merged_media(columns: Sequence[str], blobs: Sequence[bytes | None]
                       ) -> tuple[bytes | None, ...]:
    """The blob columns of a media row arriving by merge, as they may be stored: the original
    kept (its id is its hash), preview and thumbnail kept only when bare, else made again.
    Raises :class:`ImageProblem` for an original Jalostamo did not write (merge refuses it)."""
    values = dict(zip(columns, blobs, strict=True))
    original = values.get("original")
    if not original:  # an erased photo: nothing to show
        return tuple(blobs)
    clean = clean_stored(original, values.get("preview"), values.get("thumbnail"))
    values.update(preview=clean.preview, thumbnail=clean.thumbnail)
    return tuple(values[name] for name in columns)
