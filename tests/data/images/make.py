"""The image corpus of the photo-import tests, generated in code (small, reproducible).

``good_images()`` are photos a user may bring (each must import), ``bad_images()`` are files
that must be refused by name with a clear reason. ``write(directory, corpus)`` puts them on disk.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw

RED = (220, 20, 20)
BLUE = (20, 40, 220)
GPS_LATITUDE = (60.0, 10.0, 5.5)
MAKER = "Jalostamo Test Camera"
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret place</x:xmpmeta>'


def _register_heif() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = MAKER
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (24.0, 56.0, 1.0)
    return exif


def marked(size: tuple[int, int] = (120, 80)) -> Image.Image:
    """Blue with a red top-left quadrant, so that rotations can be told apart."""
    img = Image.new("RGB", size, BLUE)
    ImageDraw.Draw(img).rectangle((0, 0, size[0] // 2 - 1, size[1] // 2 - 1), fill=RED)
    return img


def encode(img: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **params)
    return out.getvalue()


def photo(size: tuple[int, int] = (4000, 3000), seed: int = 0) -> bytes:
    """A JPEG with some detail (a gradient and shapes), like a camera photo."""
    rng = random.Random(seed)
    img = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(20, max(21, size[0] // 8))
        draw.ellipse((x - r, y - r, x + r, y + r),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return encode(img, "JPEG", quality=90)


# --- good -------------------------------------------------------------------------------------

def rotated_jpeg_with_gps() -> bytes:
    """Stored 120×80 with EXIF orientation 6: shown upright it is 80×120, red at top-right."""
    return encode(marked(), "JPEG", quality=95, exif=exif_with_gps(orientation=6), xmp=XMP,
                  icc_profile=srgb_profile())


def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def png_with_alpha() -> bytes:
    img = Image.new("RGBA", (64, 48), (*RED, 255))
    ImageDraw.Draw(img).rectangle((32, 0, 63, 47), fill=(0, 0, 0, 0))
    return encode(img, "PNG")


def webp() -> bytes:
    return encode(marked(), "WEBP", quality=90)


def animated_gif() -> bytes:
    frames = [Image.new("RGB", (50, 40), colour) for colour in (RED, BLUE, (20, 200, 20))]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100,
                  loop=0)


def tiff() -> bytes:
    return encode(marked(), "TIFF", compression="tiff_lzw")


def sixteen_bit_png() -> bytes:
    """A 16-bit grey ramp from black to white (a careless conversion makes it all white)."""
    img = Image.new("I;16", (256, 16))
    img.putdata([x * 256 for _y in range(16) for x in range(256)])
    return encode(img, "PNG")


def cmyk_jpeg() -> bytes:
    return encode(Image.new("CMYK", (40, 30), (0, 255, 255, 0)), "JPEG", quality=95)


def heic() -> bytes:
    _register_heif()
    return encode(marked(), "HEIF", exif=exif_with_gps().tobytes())


def big_jpeg() -> bytes:
    return photo((6000, 4000), seed=7)


def big_png() -> bytes:
    """7000×1000 with the marked pattern: stored as 3000×429, red quadrant top-left."""
    return encode(marked((7000, 1000)), "PNG", compress_level=1)


def multi_picture_jpeg() -> bytes:
    """An MPO (two pictures in one JPEG, as some cameras and phones write): the first is used."""
    return encode(marked(), "MPO", save_all=True,
                  append_images=[Image.new("RGB", (120, 80), (20, 200, 20))])


def grey_with_alpha_png() -> bytes:
    img = Image.new("LA", (40, 20), (128, 0))
    img.paste((200, 255), (0, 0, 20, 20))
    return encode(img, "PNG")


def transparent_palette_gif() -> bytes:
    img = Image.new("P", (40, 20), 0)
    img.putpalette([255, 255, 255, *RED])
    img.paste(1, (0, 0, 20, 20))
    return encode(img, "GIF", transparency=0)


def rotated_webp_with_gps() -> bytes:
    return encode(marked(), "WEBP", quality=95, exif=exif_with_gps(orientation=6).tobytes())


def rotated_tiff_with_gps() -> bytes:
    return encode(marked(), "TIFF", exif=exif_with_gps(orientation=6))


def png_named_jpg() -> bytes:
    return encode(marked((30, 20)), "PNG")


def good_images() -> dict[str, bytes]:
    makers: Mapping[str, Callable[[], bytes]] = {
        "kierretty_gps.jpg": rotated_jpeg_with_gps,
        "läpinäkyvä.png": png_with_alpha,
        "kuva.webp": webp,
        "animaatio.gif": animated_gif,
        "kuva.tiff": tiff,
        "16bit.png": sixteen_bit_png,
        "cmyk.jpg": cmyk_jpeg,
        "puhelin.heic": heic,
        "iso.jpg": big_jpeg,
        "leveä.png": big_png,
        "oikeasti_png.jpg": png_named_jpg,
        "kaksoiskuva.jpg": multi_picture_jpeg,
        "harmaa_alfa.png": grey_with_alpha_png,
        "paletti.gif": transparent_palette_gif,
        "kierretty.webp": rotated_webp_with_gps,
        "kierretty.tif": rotated_tiff_with_gps,
    }
    return {name: make() for name, make in makers.items()}


# --- bad --------------------------------------------------------------------------------------

def png_chunk(kind: bytes, payload: bytes) -> bytes:
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def png_header_claiming(width: int, height: int, idat: bytes = b"") -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` (a decompression bomb's header)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunks = png_chunk(b"IHDR", ihdr)
    if idat:
        chunks += png_chunk(b"IDAT", idat)
    return b"\x89PNG\r\n\x1a\n" + chunks + png_chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header (SOF0) is patched to claim ``width``×``height``."""
    data = bytearray(encode(marked(), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def gif_claiming(width: int, height: int) -> bytes:
    """A small GIF whose screen and image descriptor claim ``width``×``height``."""
    data = bytearray(encode(marked(), "GIF"))
    data[6:10] = struct.pack("<HH", width, height)
    descriptor = data.index(b"\x2c", 13)
    data[descriptor + 5:descriptor + 9] = struct.pack("<HH", width, height)
    return bytes(data)


def truncated_jpeg() -> bytes:
    data = photo((400, 300), seed=3)
    return data[: len(data) // 2]


def lying_png_header() -> bytes:
    """A PNG header saying 1000×1000 over a few bytes of pixel data."""
    return png_header_claiming(1000, 1000, zlib.compress(b"\x00" * 30))


def bad_images() -> dict[str, tuple[bytes, str]]:
    """Bad files and the reason key each must be refused with."""
    rng = random.Random(42)
    return {
        "tyhjä.jpg": (b"", "image.reason.empty"),
        "katkennut.jpg": (truncated_jpeg(), "image.reason.corrupt"),
        "satunnainen.jpg": (rng.randbytes(5000), "image.reason.unsupported"),
        "teksti.png": ("Tämä ei ole kuva.\n".encode(), "image.reason.unsupported"),
        "pommi.png": (png_header_claiming(100_000, 100_000), "image.reason.too_large"),
        "lähes_pommi.png": (png_header_claiming(10_000, 9_000), "image.reason.too_large"),
        "yli_rajan.png": (png_header_claiming(9_000, 9_000), "image.reason.too_large"),
        "valehtelija.png": (lying_png_header(), "image.reason.corrupt"),
        "pommi.jpg": (jpeg_claiming(60_000, 60_000), "image.reason.too_large"),
        "pommi.gif": (gif_claiming(65_535, 65_535), "image.reason.too_large"),
        "jpeg_alku.jpg": (b"\xff\xd8\xff\xe0" + rng.randbytes(200), "image.reason.corrupt"),
        "piirros.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
                        "image.reason.unsupported"),
        "raportti.pdf": (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                         "image.reason.unsupported"),
    }


def write(directory: Path, corpus: Mapping[str, bytes]) -> dict[str, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in corpus.items():
        path = directory / name
        path.write_bytes(data)
        paths[name] = path
    return paths
