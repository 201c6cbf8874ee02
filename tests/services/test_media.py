"""Photo import on real programme files: what lands, what is refused and why, what is kept."""

from __future__ import annotations

import hashlib
import io
from itertools import zip_longest
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ExifTags, Image

from jalostamo.errors import ImageRefused, NotFound
from jalostamo.i18n import set_language, translate
from jalostamo.models import Media
from jalostamo.services import Services
from jalostamo.services.images import MAX_FILE_BYTES, ORIGINAL_EDGE, PREVIEW_EDGE, THUMBNAIL_EDGE
from jalostamo.services.media import BlobKind, PhotoRefused
from tests.data.images import make

GOOD = make.good_images()
BAD = make.bad_images()


@pytest.fixture
def team_id(services: Services) -> str:
    return services.teams.add("Tampere")


def stored(svc: Services, media_id: str, kind: BlobKind = "original") -> Image.Image:
    img = Image.open(io.BytesIO(svc.media.blob(media_id, kind)))
    img.load()
    return img


def assert_no_metadata(img: Image.Image) -> None:
    assert len(img.getexif()) == 0
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment"):
        assert key not in img.info, key


def pixel_at(img: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    """The bands of one pixel of a multi-band picture (RGB, RGBA)."""
    value = img.getpixel(xy)
    assert isinstance(value, tuple), value
    return value


def is_red(pixel: tuple[int, ...]) -> bool:
    return pixel[0] > 150 and pixel[1] < 90 and pixel[2] < 90


def is_blue(pixel: tuple[int, ...]) -> bool:
    return pixel[2] > 150 and pixel[0] < 90


# --- good photos ------------------------------------------------------------------------------

def test_exif_orientation_is_applied_and_all_metadata_dropped(services: Services,
                                                               team_id: str) -> None:
    data = make.rotated_jpeg_with_gps()
    assert make.MAKER.encode() in data and b"secret place" in data  # the input has them
    assert "icc_profile" in Image.open(io.BytesIO(data)).info
    media_id = services.media.import_bytes(data, "kierretty_gps.jpg", team_id=team_id)

    for kind in ("original", "preview", "thumbnail"):
        img = stored(services, media_id, kind)
        assert img.size == (80, 120), kind  # upright: the 120×80 sensor image turned 90°
        rgb = img.convert("RGB")
        assert is_red(pixel_at(rgb, (img.width - 5, 5))), kind  # red quadrant now top-right
        assert is_blue(pixel_at(rgb, (5, 5))), kind
        assert_no_metadata(img)
        raw = services.media.blob(media_id, kind)
        assert make.MAKER.encode() not in raw and b"secret place" not in raw
        assert b"Exif" not in raw

    row = services.media.get(media_id)
    assert (row.width, row.height, row.mime_type, row.team_id) == (80, 120, "image/jpeg", team_id)


@pytest.mark.parametrize("name", ["kierretty.webp", "kierretty.tif"])
def test_orientation_and_gps_of_webp_and_tiff(services: Services, name: str) -> None:
    media_id = services.media.import_bytes(GOOD[name], name)
    img = stored(services, media_id)
    assert img.size == (80, 120)
    assert is_red(pixel_at(img, (img.width - 5, 5)))
    assert_no_metadata(img)


def test_heic_from_a_phone_is_imported_without_its_gps(services: Services) -> None:
    data = make.heic()
    from pillow_heif import register_heif_opener

    register_heif_opener()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # input has GPS
    media_id = services.media.import_bytes(data, "puhelin.heic")
    img = stored(services, media_id)
    assert img.format == "JPEG" and img.size == (120, 80)
    assert_no_metadata(img)


@pytest.mark.parametrize("name", sorted(GOOD))
def test_every_supported_kind_of_photo_is_imported(services: Services, name: str) -> None:
    media_id = services.media.import_bytes(GOOD[name], name)
    row = services.media.get(media_id)
    original = stored(services, media_id)
    assert media_id == hashlib.sha256(services.media.blob(media_id, "original")).hexdigest()
    assert original.size == (row.width, row.height)
    assert max(original.size) <= ORIGINAL_EDGE
    assert original.mode in ("RGB", "RGBA")
    assert_no_metadata(original)
    preview = stored(services, media_id, "preview")
    thumbnail = stored(services, media_id, "thumbnail")
    assert preview.format == thumbnail.format == "JPEG"
    assert max(preview.size) <= PREVIEW_EDGE and max(thumbnail.size) <= THUMBNAIL_EDGE


def test_big_photo_is_stored_bounded_with_smaller_preview_and_thumbnail(services: Services
                                                                        ) -> None:
    media_id = services.media.import_bytes(GOOD["iso.jpg"], "iso.jpg")
    assert stored(services, media_id).size == (3000, 2000)
    assert stored(services, media_id, "preview").size == (1600, 1067)
    assert stored(services, media_id, "thumbnail").size == (320, 213)
    assert len(services.media.blob(media_id, "original")) < len(GOOD["iso.jpg"])


def test_big_png_is_bounded_and_keeps_its_picture(services: Services) -> None:
    img = stored(services, services.media.import_bytes(GOOD["leveä.png"], "leveä.png"))
    assert (img.format, img.size) == ("JPEG", (3000, 429))
    assert is_red(pixel_at(img, (100, 100))) and is_blue(pixel_at(img, (2900, 400)))
    assert is_blue(pixel_at(img, (2900, 100))) and is_blue(pixel_at(img, (100, 400)))


def test_transparency_is_kept_as_png(services: Services) -> None:
    media_id = services.media.import_bytes(GOOD["läpinäkyvä.png"], "läpinäkyvä.png")
    img = stored(services, media_id)
    assert (img.format, img.mode) == ("PNG", "RGBA")
    assert pixel_at(img, (10, 10))[3] == 255 and pixel_at(img, (50, 10))[3] == 0
    assert services.media.get(media_id).mime_type == "image/png"
    # the preview has no transparency: the clear half is white, not black
    preview = stored(services, media_id, "preview").convert("RGB")
    assert min(pixel_at(preview, (50, 10))) > 240


def test_sixteen_bit_cmyk_and_animated_keep_their_look(services: Services) -> None:
    ramp = stored(services, services.media.import_bytes(GOOD["16bit.png"], "16bit.png"))
    grey = ramp.convert("L")
    darkest, brightest = grey.getextrema()
    assert not isinstance(darkest, tuple) and not isinstance(brightest, tuple)  # one band
    assert darkest < 10 and brightest > 245  # a ramp, not a white or black sheet
    middle = grey.getpixel((128, 8))
    assert isinstance(middle, int) and 100 < middle < 160

    cmyk = stored(services, services.media.import_bytes(GOOD["cmyk.jpg"], "cmyk.jpg"))
    assert is_red(pixel_at(cmyk, (20, 15)))  # C=0 M=100% Y=100% K=0 is red

    gif = stored(services, services.media.import_bytes(GOOD["animaatio.gif"], "a.gif"))
    assert is_red(pixel_at(gif, (25, 20)))  # the first frame


def test_other_transparent_kinds_and_multi_picture_jpeg(services: Services) -> None:
    for name in ("harmaa_alfa.png", "paletti.gif"):
        img = stored(services, services.media.import_bytes(GOOD[name], name))
        assert (img.format, img.mode) == ("PNG", "RGBA"), name
        assert pixel_at(img, (5, 5))[3] == 255 and pixel_at(img, (30, 5))[3] == 0, name
    mpo = stored(services, services.media.import_bytes(GOOD["kaksoiskuva.jpg"], "k.jpg"))
    assert (mpo.format, mpo.size) == ("JPEG", (120, 80))
    assert is_red(pixel_at(mpo, (5, 5))) and is_blue(pixel_at(mpo, (100, 70)))


def test_photo_of_a_person_keeps_the_link(services: Services, team_id: str) -> None:
    services.teams.add_member(team_id, "Maija Meikäläinen")
    [(_member, person)] = services.teams.members(team_id)
    media_id = services.media.import_bytes(GOOD["kuva.webp"], "maija.webp", team_id=team_id,
                                           person_id=person.id, caption="Maija testaa")
    row = services.media.get(media_id)
    assert (row.person_id, row.caption) == (person.id, "Maija testaa")


def test_content_decides_not_the_extension(services: Services) -> None:
    media_id = services.media.import_bytes(GOOD["oikeasti_png.jpg"], "oikeasti_png.jpg")
    assert stored(services, media_id).size == (30, 20)


def test_same_photo_twice_is_one_row_and_a_deleted_one_comes_back(services: Services,
                                                                   team_id: str) -> None:
    first = services.media.import_photo(GOOD["kuva.webp"], "a.webp")
    again = services.media.import_photo(GOOD["kuva.webp"], "b.webp")
    assert again.id == first.id and first.created and not again.changed
    assert len(services.media.list()) == 1

    services.media.delete(first.id)
    assert services.media.list() == []
    back = services.media.import_photo(GOOD["kuva.webp"], "c.webp", team_id=team_id,
                                       caption="Työpaja 2")
    assert back.id == first.id and back.restored and not back.created
    [row] = services.media.list(team_id=team_id)
    assert row.caption == "Työpaja 2"


def test_output_is_deterministic_across_files(tmp_path: Path) -> None:
    ids = []
    for n in range(2):
        with Services.create(tmp_path / f"{n}.jalostamo", "Ohjelma") as svc:
            ids.append([svc.media.import_bytes(GOOD[name], name) for name in sorted(GOOD)
                        if name != "iso.jpg"])
    assert ids[0] == ids[1]


def test_list_filters_by_team_and_does_not_load_blobs(services: Services, team_id: str) -> None:
    other = services.teams.add("Oulu")
    mine = services.media.import_bytes(GOOD["kuva.webp"], "kuva.webp", team_id=team_id)
    services.media.import_bytes(GOOD["kuva.tiff"], "kuva.tiff", team_id=other)
    services.media.import_bytes(GOOD["cmyk.jpg"], "cmyk.jpg")
    assert [m.id for m in services.media.list(team_id=team_id)] == [mine]
    assert len(services.media.list()) == 3
    row = services.media.list(team_id=team_id)[0]
    assert "original" not in row.__dict__ and "preview" not in row.__dict__


# --- bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_refused_by_name_with_its_reason(services: Services, name: str) -> None:
    data, reason_key = BAD[name]
    with pytest.raises(PhotoRefused) as caught:
        services.media.import_bytes(data, name)
    error = caught.value
    assert isinstance(error, ImageRefused)
    assert (error.params["name"], error.reason_key) == (name, reason_key)
    reason = translate(reason_key, "fi", **error.reason_params)
    assert "{" not in reason
    assert error.message("fi") == f"Kuvaa {name} ei tuotu: {reason}"
    assert services.media.list() == []


def test_bomb_is_refused_with_sizes_and_no_warning_leaks(services: Services) -> None:
    # pytest turns warnings into errors: a leaked DecompressionBombWarning would fail here
    for name in ("pommi.png", "lähes_pommi.png", "yli_rajan.png"):
        with pytest.raises(ImageRefused) as caught:
            services.media.import_bytes(BAD[name][0], name)
        assert "megapikseliä; enintään 80" in caught.value.message("fi")
    with pytest.raises(ImageRefused) as caught:
        services.media.import_bytes(BAD["pommi.png"][0], "pommi.png")
    assert "(10000 megapikseliä" in caught.value.message("fi")


def test_truncated_files_of_every_format_are_refused_as_damaged(services: Services) -> None:
    samples = {name: GOOD[name] for name in ("kuva.webp", "kuva.tiff", "puhelin.heic",
                                             "läpinäkyvä.png")}
    samples["still.gif"] = make.encode(make.marked(), "GIF")
    for name, data in samples.items():
        with pytest.raises(ImageRefused) as caught:
            services.media.import_bytes(data[: len(data) * 2 // 3], name)
        assert caught.value.params["name"] == name
    assert services.media.list() == []


FUZZ_SEEDS = ("kuva.webp", "kuva.tiff", "läpinäkyvä.png", "cmyk.jpg", "animaatio.gif",
              "puhelin.heic", "kierretty_gps.jpg")


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(FUZZ_SEEDS),
       flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      min_size=1, max_size=8),
       keep=st.floats(0.05, 1))
def test_damaged_bytes_never_crash_and_never_half_write(services: Services, name: str,
                                                        flips: list[tuple[float, int]],
                                                        keep: float) -> None:
    data = bytearray(GOOD[name])
    for where, value in flips:
        data[int(where * len(data))] = value
    data = data[: max(1, int(len(data) * keep))]
    before = len(services.media.list())
    try:
        media_id = services.media.import_bytes(bytes(data), name)
    except ImageRefused as refused:
        assert refused.params["name"] == name
        assert len(services.media.list()) == before
    else:  # damage the decoder tolerates: a complete, clean photo was stored
        assert_no_metadata(stored(services, media_id))
        assert stored(services, media_id, "thumbnail").format == "JPEG"


def test_animated_gif_with_damaged_later_frames_keeps_its_first_frame(services: Services
                                                                       ) -> None:
    data = GOOD["animaatio.gif"]
    media_id = services.media.import_bytes(data[: len(data) * 2 // 3], "animaatio.gif")
    assert is_red(pixel_at(stored(services, media_id), (25, 20)))


def test_refusal_speaks_the_users_language(services: Services) -> None:
    for lang, text in (("sv", "Bilden tom.jpg importerades inte: filen är tom."),
                       ("en", "The photo tom.jpg was not imported: the file is empty."),
                       ("fi", "Kuvaa tom.jpg ei tuotu: tiedosto on tyhjä.")):
        set_language(lang)
        with pytest.raises(ImageRefused) as caught:
            services.media.import_bytes(b"", "tom.jpg")
        assert caught.value.message(lang) == text


def test_mixed_batch_imports_the_good_and_names_each_bad(services: Services, team_id: str,
                                                          tmp_path: Path) -> None:
    good = make.write(tmp_path / "good", GOOD)
    bad = make.write(tmp_path / "bad", {name: data for name, (data, _) in BAD.items()})
    missing = tmp_path / "ei_ole.jpg"
    folder = tmp_path / "kansio.jpg"
    folder.mkdir()
    mixed = zip_longest(good.values(), bad.values(), [missing, folder])
    paths = [path for group in mixed for path in group if path is not None]

    report = services.media.import_files(paths, team_id=team_id)

    assert sorted(name for name, _ in report.imported) == sorted(GOOD)
    assert sorted(name for name, _ in report.refused) == sorted([*BAD, missing.name,
                                                                 folder.name])
    reasons = {name: err.message("fi") for name, err in report.refused}
    assert reasons["ei_ole.jpg"] == "Kuvaa ei_ole.jpg ei tuotu: tiedostoa ei löydy."
    assert reasons["kansio.jpg"].endswith("se on kansio, ei kuvatiedosto.")
    assert all(isinstance(err, ImageRefused) for _, err in report.refused)
    assert not report.ok
    stored_ids = {m.id for m in services.media.list(team_id=team_id)}
    assert stored_ids == {media_id for _, media_id in report.imported}
    assert services.entities.count(Media) == len(GOOD)


def test_unknown_team_refuses_the_whole_batch(services: Services, tmp_path: Path) -> None:
    paths = make.write(tmp_path, {"kuva.webp": GOOD["kuva.webp"]})
    with pytest.raises(NotFound):
        services.media.import_files(list(paths.values()), team_id="no-such-team")
    assert services.media.list() == []


def test_oversized_file_is_refused_before_reading(services: Services, tmp_path: Path) -> None:
    huge = tmp_path / "jättiläinen.jpg"
    with huge.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ImageRefused) as caught:
        services.media.import_file(huge)
    assert "liian suuri" in caught.value.message("fi")
    assert "jättiläinen.jpg" in caught.value.message("fi")


def test_blob_of_unknown_or_deleted_photo(services: Services) -> None:
    media_id = services.media.import_bytes(GOOD["kuva.webp"], "kuva.webp")
    services.media.delete(media_id)
    with pytest.raises(NotFound):
        services.media.blob(media_id, "thumbnail")
    assert services.media.blob(media_id, "thumbnail", include_deleted=True)
    with pytest.raises(NotFound):
        services.media.blob("0" * 64, "original")
