"""Photo processing with Pillow alone: open untrusted bytes safely, normalise, re-encode.

Everything here is a pure function of the input bytes (no Qt, no database). The output is
deterministic for a given input and Pillow build, so the same photo always gets the same
SHA-256 and is stored once. Output images carry no metadata at all: no EXIF (GPS, camera,
dates), no XMP, no ICC profile (colours are converted to sRGB first), no text chunks.

:func:`process_image` uses ``warnings.catch_warnings``, which is process-wide in Python 3.11:
call it from one thread at a time (e.g. one worker thread for imports in the UI).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import struct
import warnings
import zlib
from dataclasses import dataclass
from typing import Any, Final

from PIL import Image, ImageCms, ImageFile, ImageOps, UnidentifiedImageError

#: formats we open, by Pillow's plugin name (HEIF comes from pillow-heif)
FORMATS: Final = ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "HEIF")
MAX_FILE_BYTES: Final = 60 * 1024 * 1024
MAX_PIXELS: Final = 80_000_000
ORIGINAL_EDGE: Final = 3000
PREVIEW_EDGE: Final = 1600
THUMBNAIL_EDGE: Final = 320
JPEG_QUALITY: Final = 88
PREVIEW_QUALITY: Final = 85
THUMBNAIL_QUALITY: Final = 80

#: what decoders raise on damaged input (pillow-heif raises ValueError/RuntimeError)
DECODE_ERRORS: Final = (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError,
                        KeyError, TypeError, ZeroDivisionError, RuntimeError, zlib.error)

#: leading bytes of the formats we support: content that starts like one of them but does not
#: decode is "damaged", anything else is "not a supported image"
_SIGNATURES: Final = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a",
                      b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
_HEIF_BRANDS: Final = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")

_heif_registered = False


class ImageProblem(Exception):
    """Why an image cannot be imported: a key of ``image.reason.*`` and its parameters."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True)
class ProcessedImage:
    """A photo ready to store: the bounded original, a preview and a thumbnail."""

    original: bytes
    preview: bytes
    thumbnail: bytes
    mime_type: str  # of the original: image/jpeg, or image/png when it has transparency
    width: int
    height: int
    source_format: str  # what the input was: JPEG, PNG, WEBP, GIF, TIFF, HEIF

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.original).hexdigest()


def register_heif() -> None:
    """Let Pillow open HEIC/HEIF (photos from phones); done once per process."""
    global _heif_registered
    if not _heif_registered:
        from pillow_heif import register_heif_opener

        register_heif_opener(thumbnails=False)
        _heif_registered = True


def looks_like_image(data: bytes) -> bool:
    """Whether the leading bytes are those of a format we support (the content decides)."""
    if data.startswith(_SIGNATURES):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def process_image(data: bytes) -> ProcessedImage:
    """Decode, check and normalise one image; raise :class:`ImageProblem` when it is refused."""
    if not data:
        raise ImageProblem("image.reason.empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImageProblem("image.reason.file_too_large", size=_megabytes(len(data)),
                           limit=_megabytes(MAX_FILE_BYTES))
    register_heif()
    with warnings.catch_warnings():
        # Pillow warns about many harmless oddities (odd EXIF, palette transparency); a bomb
        # warning, though, must stop us. Nothing leaks to the caller's warning filters.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        img = _open(data)
        try:
            source_format = img.format or ""
            _check_pixels(img.width, img.height)
            _decode_smaller_when_possible(img)
            try:
                img.load()
            except Image.DecompressionBombError as exc:
                raise _too_large(exc) from None
            except MemoryError:
                raise _too_large(None) from None
            except DECODE_ERRORS:
                raise ImageProblem("image.reason.corrupt") from None
            return _normalise(img, source_format)
        finally:
            img.close()


def _open(data: bytes) -> ImageFile.ImageFile:
    try:
        return Image.open(io.BytesIO(data), formats=list(FORMATS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_large(exc) from None
    except UnidentifiedImageError:
        reason = "image.reason.corrupt" if looks_like_image(data) else "image.reason.unsupported"
        raise ImageProblem(reason) from None
    except DECODE_ERRORS:
        raise ImageProblem("image.reason.corrupt") from None


def _check_pixels(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageProblem("image.reason.corrupt")
    if width * height > MAX_PIXELS:
        raise ImageProblem("image.reason.too_large", pixels=_megapixels(width * height),
                           limit=_megapixels(MAX_PIXELS))


def _too_large(exc: BaseException | None) -> ImageProblem:
    match = re.search(r"\((\d+) pixels\)", str(exc or ""))
    pixels = _megapixels(int(match.group(1))) if match else "?"
    return ImageProblem("image.reason.too_large", pixels=pixels, limit=_megapixels(MAX_PIXELS))


def _decode_smaller_when_possible(img: ImageFile.ImageFile) -> None:
    """Let the JPEG decoder scale by 1/2, 1/4 or 1/8 while decoding a photo bigger than we keep.

    This saves most of the time and memory of a 24-megapixel phone photo; the result is still
    at least as large as the bounded original, which is then resized with a good filter.
    """
    if img.format != "JPEG" or getattr(img, "n_frames", 1) != 1:
        return
    target = _bounded_size(img.size, ORIGINAL_EDGE)
    if target != img.size:
        img.draft(None, target)


def _normalise(img: Image.Image, source_format: str) -> ProcessedImage:
    try:
        img = _reduced_early(img)
        # damaged EXIF: keep the pixels as they are rather than refuse the photo
        with contextlib.suppress(*DECODE_ERRORS):
            img = ImageOps.exif_transpose(img)
        img = _to_display_colours(img)
        original = _resized(img, ORIGINAL_EDGE)
    except MemoryError:
        raise _too_large(None) from None
    except DECODE_ERRORS:
        raise ImageProblem("image.reason.corrupt") from None
    has_alpha = original.mode == "RGBA"
    original_bytes = _encode(original, "PNG" if has_alpha else "JPEG", JPEG_QUALITY,
                             optimize=True)
    flat = _flatten(original) if has_alpha else original
    preview = _resized(flat, PREVIEW_EDGE)
    thumbnail = _resized(preview, THUMBNAIL_EDGE)
    return ProcessedImage(
        original=original_bytes,
        preview=_encode(preview, "JPEG", PREVIEW_QUALITY),
        thumbnail=_encode(thumbnail, "JPEG", THUMBNAIL_QUALITY),
        mime_type="image/png" if has_alpha else "image/jpeg",
        width=original.width, height=original.height, source_format=source_format,
    )


def _reduced_early(img: Image.Image) -> Image.Image:
    """Average big images down by a whole factor before any copy is made (memory and time).

    The EXIF of the source stays in ``info`` (``reduce`` keeps it), so rotation still applies.
    """
    factor = max(img.size) // ORIGINAL_EDGE
    if factor < 2 or img.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        return img
    reduced = img.reduce(factor)
    reduced.info = dict(img.info)
    return reduced


def _to_display_colours(img: Image.Image) -> Image.Image:
    """Any mode (CMYK, 16-bit, palette, grey + alpha, ...) to 8-bit sRGB RGB, or RGBA."""
    icc = img.info.get("icc_profile")
    if img.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        img = _sixteen_to_eight_bits(img)
    elif img.mode == "F":
        img = img.convert("L")
    has_alpha = img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        img.mode == "P" and "transparency" in img.info) or (
        img.mode in ("RGB", "L") and "transparency" in img.info)
    if icc and img.mode in ("RGB", "RGBA", "CMYK", "L"):
        converted = _to_srgb(img, icc)
        if converted is not None:
            img = converted
    target = "RGBA" if has_alpha else "RGB"
    if img.mode != target:
        img = img.convert(target)
    if target == "RGBA":
        alpha_low, _ = img.getchannel("A").getextrema()
        if alpha_low == 255:  # an alpha channel that hides nothing: store as a photo
            img = img.convert("RGB")
    img.info = {}
    return img


def _sixteen_to_eight_bits(img: Image.Image) -> Image.Image:
    wide = img.convert("I") if img.mode != "I" else img
    _low, high = wide.getextrema()
    if img.mode != "I" or (isinstance(high, int | float) and high > 255):
        wide = wide.point(lambda value: value * (1 / 256))
    return wide.convert("L")


def _to_srgb(img: Image.Image, icc: bytes) -> Image.Image | None:
    """Convert from an embedded colour profile to sRGB (e.g. Display P3 from phones)."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        srgb = ImageCms.createProfile("sRGB")
        if img.mode == "RGBA":
            rgb = ImageCms.profileToProfile(img.convert("RGB"), source, srgb, outputMode="RGB")
            if rgb is None:
                return None
            rgb.putalpha(img.getchannel("A"))
            return rgb
        return ImageCms.profileToProfile(img, source, srgb, outputMode="RGB")
    except (ImageCms.PyCMSError, *DECODE_ERRORS):
        return None  # a broken or unusual profile: fall back to a plain conversion


def _bounded_size(size: tuple[int, int], edge: int) -> tuple[int, int]:
    width, height = size
    longest = max(width, height)
    if longest <= edge:
        return size
    scale = edge / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _resized(img: Image.Image, edge: int) -> Image.Image:
    """Bounded to ``edge`` px on the long side. Bicubic: as good as Lanczos to the eye for
    these mild reductions, and a third faster (resizing is most of an import's time)."""
    size = _bounded_size(img.size, edge)
    if size == img.size:
        return img
    return img.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)


def _flatten(img: Image.Image) -> Image.Image:
    """Transparent pixels over white, for the JPEG preview and thumbnail."""
    background = Image.new("RGB", img.size, (255, 255, 255))
    background.paste(img, mask=img.getchannel("A"))
    return background


def _encode(img: Image.Image, fmt: str, quality: int, *, optimize: bool = False) -> bytes:
    out = io.BytesIO()
    img.info = {}  # nothing from the source travels along (Pillow's PNG writer reads info)
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=quality, optimize=optimize, progressive=False)
    else:
        img.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.0f}"
