"""Photos that come from elsewhere (a JSON export, a merged file) or go into a report: ids are
hashes, never paths; the blobs are re-encoded so no metadata travels; decoding is bounded."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sqlite3
import warnings
import zlib
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import ExifTags, Image

from jalostamo.errors import UserError
from jalostamo.models import Board, BoardItem, ItemKind
from jalostamo.reports import build_report
from jalostamo.reports.images import ImageStore, print_ready
from jalostamo.services import Services
from jalostamo.services.images import ImageProblem
from jalostamo.services.json_export import export_file
from jalostamo.services.json_import import import_json
from jalostamo.services.stored_images import clean_stored

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
       b'exif:GPSLatitude="61,29.9N"/></rdf:RDF></x:xmpmeta>')
#: what must never reach a stored blob or a PDF's image stream
LEAKS = (b"Exif\x00\x00", b"http://ns.adobe.com/xap/1.0/", b"xmpmeta", b"GPSLatitude",
         b"Tampere-secret")


def tagged_jpeg(size: tuple[int, int], colour: tuple[int, int, int] = (30, 140, 200)) -> bytes:
    """A JPEG with EXIF (GPS, a camera note) and an XMP packet, as a phone writes them."""
    exif = Image.Exif()
    exif[ExifTags.Base.ImageDescription] = "Tampere-secret"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (61.0, 29.0, 54.0)
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", exif=exif.tobytes())
    data = out.getvalue()
    packet = b"http://ns.adobe.com/xap/1.0/\x00" + XMP
    segment = b"\xff\xe1" + (len(packet) + 2).to_bytes(2, "big") + packet
    return data[:2] + segment + data[2:]


def _programme_with_photo(services: Services) -> str:
    team = services.teams.add("Oulu")
    board = services.entities.create(Board, programme_id=services.doc.programme_id,
                                     team_id=team, title="Malli")
    plain = io.BytesIO()
    Image.new("RGB", (600, 400), (30, 140, 200)).save(plain, "JPEG")
    media_id = services.media.import_bytes(plain.getvalue(), "kuva.jpg", team_id=team)
    services.entities.create(BoardItem, board_id=board, kind=ItemKind.PHOTO, x=0, y=0,
                             width=300, height=200, media_id=media_id)
    return media_id


def _exported(services: Services, tmp_path: Path) -> tuple[dict[str, Any], str]:
    media_id = _programme_with_photo(services)
    path = services.doc.path
    services.close()
    out = tmp_path / "vienti.json"
    export_file(path, out)
    return json.loads(out.read_text(encoding="utf-8")), media_id


def _write(data: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _replace_media_id(data: dict[str, Any], old: str, new: str) -> None:
    for rows in data["tables"].values():
        for row in rows:
            for key, value in row.items():
                if value == old and (key == "id" or key.endswith("media_id")):
                    row[key] = new


def _image_streams(pdf_path: Path) -> list[bytes]:
    streams = []
    with pikepdf.open(pdf_path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                streams.append(obj.read_raw_bytes())
    return streams


def test_photo_metadata_from_a_json_export_never_reaches_the_file_or_the_pdf(
        services: Services, tmp_path: Path) -> None:
    data, media_id = _exported(services, tmp_path)
    row = next(r for r in data["tables"]["media"] if r["id"] == media_id)
    tagged = tagged_jpeg((600, 400))
    row["original"] = row["preview"] = base64.b64encode(tagged).decode()
    row["thumbnail"] = base64.b64encode(tagged_jpeg((300, 200))).decode()
    tagged_id = hashlib.sha256(tagged).hexdigest()
    _replace_media_id(data, media_id, tagged_id)
    target = tmp_path / "tuotu.jalostamo"
    import_json(_write(data, tmp_path / "merkitty.json"), target)

    with Services.open(target) as imported:
        (photo,) = imported.media.list()
        assert photo.id != tagged_id  # a new photo, so a new id; the board follows it
        blobs = [imported.media.blob(photo.id, kind)
                 for kind in ("original", "preview", "thumbnail")]
        assert photo.id == hashlib.sha256(blobs[0]).hexdigest()
        assert all(leak not in blob for blob in blobs for leak in LEAKS)
        items = imported.entities.list(BoardItem)
        assert [item.media_id for item in items] == [photo.id]
        pdf = tmp_path / "tiimi.pdf"
        result = build_report(imported, pdf, kind="team", team="Oulu")
    assert result.images == 1
    streams = _image_streams(pdf)
    assert streams, "the photo is in the report"
    assert all(leak not in stream for stream in streams for leak in LEAKS)


BAD_IDS = ["../../../../tmp/jalostamo-escape", "", "a\x00b", "C:\\Windows\\kuva", "f" * 63,
           "F" * 64]


def test_json_import_refuses_media_ids_that_are_not_hashes(services: Services,
                                                            tmp_path: Path) -> None:
    data, media_id = _exported(services, tmp_path)
    target = tmp_path / "tuotu.jalostamo"
    for bad_id in BAD_IDS:
        _replace_media_id(data, media_id, bad_id)
        with pytest.raises(UserError) as refused:
            import_json(_write(data, tmp_path / "huono.json"), target)
        message = refused.value.message("fi")
        # a row is named (the first that holds the id: the import reads the tables in the
        # file's order, as a stream) and what an id must be
        assert ("media[0].id" in message or "board_items[0].media_id" in message) \
            and "64" in message, bad_id
        assert not target.exists()
        media_id = bad_id


def test_a_photo_row_that_is_not_an_image_is_refused_by_row(services: Services,
                                                            tmp_path: Path) -> None:
    data, media_id = _exported(services, tmp_path)
    junk = b"not a photo at all"
    _replace_media_id(data, media_id, hashlib.sha256(junk).hexdigest())
    data["tables"]["media"][0]["original"] = base64.b64encode(junk).decode()
    with pytest.raises(UserError) as refused:
        import_json(_write(data, tmp_path / "roska.json"), tmp_path / "t.jalostamo")
    assert "rivillä 1 taulussa media" in refused.value.message("fi")


def test_an_own_export_round_trips_its_photos_byte_for_byte(services: Services,
                                                             tmp_path: Path) -> None:
    data, _media_id = _exported(services, tmp_path)
    import_json(tmp_path / "vienti.json", tmp_path / "kopio.jalostamo")
    export_file(tmp_path / "kopio.jalostamo", tmp_path / "toinen.json")
    again = json.loads((tmp_path / "toinen.json").read_text(encoding="utf-8"))
    assert again["tables"]["media"] == data["tables"]["media"]


def test_a_media_id_that_is_a_path_never_names_a_file_of_the_report(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a file made elsewhere (opened, not imported) cannot steer where photos go."""
    temp_root = tmp_path / "temp" / "deep"
    temp_root.mkdir(parents=True)
    monkeypatch.setattr("tempfile.tempdir", str(temp_root))
    evil = "../../escaped"
    blob = io.BytesIO()
    Image.new("RGB", (50, 40), (1, 2, 3)).save(blob, "JPEG")
    monkeypatch.setattr("jalostamo.reports.images.read_preview",
                        lambda _services, _id: blob.getvalue())
    store = ImageStore(services, known={evil}, withheld=set())
    try:
        drawn = store.reader(evil)
        assert drawn is not None
        assert Path(drawn).parent.parent == temp_root
    finally:
        store.close()
    assert not (tmp_path / "temp" / "escaped.jpg").exists()
    assert list((tmp_path / "temp").iterdir()) == [temp_root]


def _png_header(width: int, height: int) -> bytes:
    """The start of a PNG of that size: enough for a header check, far too little to decode."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (len(body).to_bytes(4, "big") + kind + body
                + zlib.crc32(kind + body).to_bytes(4, "big"))

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"\x78\x9c") + \
        chunk(b"IEND", b"")


def test_huge_images_are_refused_from_their_header_without_a_warning(tmp_path: Path) -> None:
    """169 megapixels: refused by size before decoding, never Pillow's bomb warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        with pytest.raises(ImageProblem) as refused:
            print_ready(_png_header(13000, 13000))
    assert refused.value.reason == "image.reason.too_large"
    assert refused.value.params["pixels"] == "169"


def test_large_jpeg_previews_are_decoded_at_a_reduced_scale() -> None:
    big = io.BytesIO()
    Image.new("RGB", (4000, 3000), (90, 90, 90)).save(big, "JPEG", quality=50)
    ready = Image.open(io.BytesIO(print_ready(big.getvalue())))
    assert ready.format == "JPEG" and max(ready.size) == 1600


def test_stored_blobs_with_metadata_are_not_kept() -> None:
    with pytest.raises(ImageProblem):
        clean_stored(tagged_jpeg((100, 80)), None, None)


def _team_file_with_photo(tmp_path: Path) -> tuple[Path, Path, str, str]:
    from tests.services.test_merge import hand_out, make_programme

    master, ids = make_programme(tmp_path)
    team_file = hand_out(master, ids["turku"], tmp_path / "turku.jalostamo")
    with Services.open(team_file, device_id="dev-turku") as team:
        plain = io.BytesIO()
        Image.new("RGB", (600, 400), (30, 140, 200)).save(plain, "JPEG")
        media_id = team.media.import_bytes(plain.getvalue(), "kuva.jpg", team_id=ids["turku"])
    return master, team_file, media_id, ids["turku"]


def test_photo_metadata_arriving_by_merge_is_removed(tmp_path: Path) -> None:
    master, team_file, media_id, _team = _team_file_with_photo(tmp_path)
    conn = sqlite3.connect(team_file)
    conn.execute("UPDATE media SET preview = ?, thumbnail = ? WHERE id = ?",
                 (tagged_jpeg((600, 400)), tagged_jpeg((320, 213)), media_id))
    conn.commit()
    conn.close()
    with Services.open(master) as svc:
        svc.merge.merge([team_file])
        blobs = [svc.media.blob(media_id, kind) for kind in ("original", "preview", "thumbnail")]
    assert all(leak not in blob for blob in blobs for leak in LEAKS)
    assert Image.open(io.BytesIO(blobs[1])).size == (600, 400)


def test_a_merged_original_with_metadata_is_refused(tmp_path: Path) -> None:
    master, team_file, media_id, _team = _team_file_with_photo(tmp_path)
    tagged = tagged_jpeg((600, 400))
    conn = sqlite3.connect(team_file)
    conn.execute("UPDATE media SET id = ?, original = ? WHERE id = ?",
                 (hashlib.sha256(tagged).hexdigest(), tagged, media_id))
    conn.commit()
    conn.close()
    with Services.open(master) as svc, pytest.raises(UserError) as refused:
        svc.merge.merge([team_file])
    assert refused.value.key == "merge.hostile"
    with Services.open(master) as svc:
        assert svc.media.list() == []  # nothing of the source came in


def test_a_photo_that_cannot_be_drawn_is_named_and_the_report_still_written(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.cli import main

    media_id = _programme_with_photo(services)
    path = services.doc.path
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE media SET preview = ? WHERE id = ?", (_png_header(13000, 13000),
                                                              media_id))
    conn.commit()
    conn.close()
    out = tmp_path / "tiimi.pdf"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert main(["report", str(path), "--kind", "team", "--team", "Oulu",
                     "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ei otettu raporttiin" in err and "169 megapikseliä" in err
    assert out.read_bytes().startswith(b"%PDF")
