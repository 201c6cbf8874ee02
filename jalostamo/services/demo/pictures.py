"""Generated photographs for the demo: Lego builds and sticky-note walls (Pillow, no files).

Every picture is drawn from a seeded random generator, so that the same seed gives the same
JPEG bytes and different seeds give different content hashes.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from jalostamo.paths import asset

BRICK_COLOURS = ["#D01012", "#0055BF", "#F2CD37", "#237841", "#FE8A18", "#FFFFFF",
                 "#05131D", "#A0A5A9", "#C870A0", "#5A93DB"]
NOTE_COLOURS = ["#FFE066", "#FFA8A8", "#A5D8FF", "#B2F2BB", "#FFD8A8", "#E599F7"]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """The bundled DejaVu Sans (it has ä, ö, å); Pillow's default font as a fallback."""
    try:
        return ImageFont.truetype(str(asset("fonts", "DejaVuSans.ttf")), size)
    except OSError:
        return ImageFont.load_default(size=size)


def _jpeg(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, optimize=False)
    return buffer.getvalue()


def _soften(image: Image.Image) -> Image.Image:
    """A camera's slight softness on full-size photos; small stress photos stay sharp (fast)."""
    return image.filter(ImageFilter.BoxBlur(1)) if image.width >= 1200 else image


def _table_background(draw: ImageDraw.ImageDraw, width: int, height: int,
                      rng: random.Random) -> None:
    """A light wooden workshop table with a few grain lines."""
    base = (222 + rng.randint(-8, 8), 196 + rng.randint(-8, 8), 160 + rng.randint(-8, 8))
    draw.rectangle((0, 0, width, height), fill=base)
    for _ in range(40):
        y = rng.randint(0, height)
        shade = rng.randint(-18, -6)
        colour = tuple(max(0, c + shade) for c in base)
        draw.line((0, y, width, y + rng.randint(-30, 30)), fill=colour, width=rng.randint(1, 3))


def _brick(draw: ImageDraw.ImageDraw, x: float, y: float, cols: int, rows: int, unit: float,
           colour: str) -> None:
    w, h = cols * unit, rows * unit
    draw.rectangle((x + 3, y + 4, x + w + 3, y + h + 4), fill="#00000040")  # shadow
    draw.rectangle((x, y, x + w, y + h), fill=colour, outline="#00000070", width=2)
    r = unit * 0.3
    for i in range(cols):
        for j in range(rows):
            cx, cy = x + (i + 0.5) * unit, y + (j + 0.5) * unit
            draw.ellipse((cx - r + 1, cy - r + 2, cx + r + 1, cy + r + 2), fill="#00000035")
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour, outline="#00000050")


def _figure(draw: ImageDraw.ImageDraw, x: float, y: float, unit: float, rng: random.Random) -> None:
    """A little minifigure seen from above: head, torso, legs."""
    torso = rng.choice(BRICK_COLOURS[:5] + BRICK_COLOURS[7:])
    draw.rectangle((x, y + unit * 0.9, x + unit * 1.2, y + unit * 1.9), fill=torso,
                   outline="#00000080")
    draw.rectangle((x + unit * 0.1, y + unit * 1.9, x + unit * 1.1, y + unit * 2.6),
                   fill=rng.choice(["#0055BF", "#05131D", "#A0A5A9"]), outline="#00000080")
    draw.ellipse((x + unit * 0.2, y, x + unit * 1.0, y + unit * 0.85), fill="#F2CD37",
                 outline="#00000080")
    draw.point((x + unit * 0.45, y + unit * 0.35), fill="#000000")
    draw.point((x + unit * 0.75, y + unit * 0.35), fill="#000000")


def lego_build(seed: int, labels: list[str], *, size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A photo of a Lego build on a green baseplate with figures and paper labels."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image, "RGBA")
    _table_background(draw, width, height, rng)
    unit = width / 40
    plate = (width * 0.08, height * 0.1, width * 0.92, height * 0.9)
    draw.rectangle((plate[0] + 8, plate[1] + 10, plate[2] + 8, plate[3] + 10), fill="#00000050")
    draw.rectangle(plate, fill="#3C8D3C")
    r = unit * 0.28
    y = plate[1] + unit / 2
    while y < plate[3]:
        x = plate[0] + unit / 2
        while x < plate[2]:
            draw.ellipse((x - r, y - r, x + r, y + r), outline="#2E6F2E", width=2)
            x += unit
        y += unit
    columns = int((plate[2] - plate[0]) / unit)
    rows = int((plate[3] - plate[1]) / unit)
    for _ in range(rng.randint(28, 40)):
        cols, brick_rows = rng.choice([(2, 2), (2, 4), (4, 2), (1, 4), (2, 6), (1, 2), (3, 2)])
        col = rng.randint(0, max(0, columns - cols))
        row = rng.randint(0, max(0, rows - brick_rows))
        _brick(draw, plate[0] + col * unit, plate[1] + row * unit, cols, brick_rows, unit,
               rng.choice(BRICK_COLOURS))
    for _ in range(rng.randint(4, 8)):
        _figure(draw, rng.uniform(plate[0], plate[2] - unit * 2),
                rng.uniform(plate[1], plate[3] - unit * 3), unit, rng)
    font = _font(max(12, int(unit * 0.7)))
    # labels in distinct cells of a 3 × 4 grid over the plate, so that they never overlap
    cells = rng.sample(range(12), min(12, len(labels)))
    cell_w, cell_h = (plate[2] - plate[0]) / 3, (plate[3] - plate[1]) / 4
    for label, cell in zip(labels, cells, strict=False):
        lx = plate[0] + (cell % 3) * cell_w + rng.uniform(unit, cell_w / 3)
        ly = plate[1] + (cell // 3) * cell_h + rng.uniform(unit / 2, cell_h / 2)
        box = draw.textbbox((lx, ly), label, font=font)
        draw.rectangle((box[0] - 8, box[1] - 6, box[2] + 8, box[3] + 6), fill="#FFFFFF",
                       outline="#888888")
        draw.text((lx, ly), label, fill="#202020", font=font)
    return _jpeg(_soften(image))


def sticky_wall(seed: int, texts: list[str], *, size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A photo of a wall of sticky notes under workshop light."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size, (236, 236, 230))
    draw = ImageDraw.Draw(image, "RGBA")
    for i in range(0, height, 6):  # uneven light from the window
        shade = int(18 * i / height)
        draw.line((0, i, width, i), fill=(236 - shade, 236 - shade, 228 - shade), width=6)
    note = width / 9
    font = _font(max(10, int(note / 9)))
    columns = int(width / (note * 1.25))
    rows = int(height / (note * 1.25))
    k = 0
    for row in range(rows):
        for col in range(columns):
            if rng.random() < 0.15:
                continue
            x = col * note * 1.25 + note * 0.2 + rng.uniform(-8, 8)
            y = row * note * 1.25 + note * 0.2 + rng.uniform(-8, 8)
            draw.rectangle((x + 4, y + 6, x + note + 4, y + note + 6), fill="#00000030")
            draw.rectangle((x, y, x + note, y + note), fill=rng.choice(NOTE_COLOURS))
            text = texts[k % len(texts)] if texts else ""
            k += 1
            words, lines, line = text.split(), [], ""
            for word in words:
                if len(line) + len(word) > 14:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
            for n, part in enumerate(lines[:5]):
                draw.text((x + 8, y + 8 + n * note / 7), part, fill="#1A1A1A", font=font)
    return _jpeg(_soften(image))
