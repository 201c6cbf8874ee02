"""``jalostamo import-photo FILE --team TEAM PHOTO...`` as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.services import Services
from tests.data.images import make


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "ohjelma.jalostamo"
    with Services.create(path, "Kokeilujalostamo 2025") as svc:
        svc.teams.add("Tampere")
        svc.teams.add("Oulu", name="Oulun kaupunki")
    return path


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    good = make.good_images()
    return make.write(tmp_path / "kuvat", {
        "kierretty_gps.jpg": good["kierretty_gps.jpg"],
        "kuva.webp": good["kuva.webp"],
        "tyhjä.jpg": b"",
        "teksti.png": b"ei kuva",
        "pommi.png": make.png_header_claiming(100_000, 100_000),
    })


def team_photos(path: Path, city: str) -> list[tuple[int, int]]:
    with Services.open(path) as svc:
        team = svc.teams.find(city)
        return [(m.width, m.height) for m in svc.media.list(team_id=team.id)]


def test_imports_photos_for_a_team_by_city(programme: Path, photos: dict[str, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-photo", str(programme), "--team", "tampere",
                 str(photos["kierretty_gps.jpg"]), str(photos["kuva.webp"])])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err == ""
    assert out.splitlines() == [
        "Tuotiin kierretty_gps.jpg (80×120).",
        "Tuotiin kuva.webp (120×80).",
        "2 kuvaa tuotu, 0 hylätty.",
    ]
    assert sorted(team_photos(programme, "Tampere")) == [(80, 120), (120, 80)]
    assert team_photos(programme, "Oulu") == []


def test_bad_photos_are_refused_by_name_and_the_good_ones_land(
        programme: Path, photos: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-photo", str(programme), "--team", "Oulun kaupunki",
                 *(str(p) for p in photos.values())])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines()[-1] == "2 kuvaa tuotu, 3 hylätty."
    lines = err.splitlines()
    assert len(lines) == 3
    assert "jalostamo: Kuvaa tyhjä.jpg ei tuotu: tiedosto on tyhjä." in lines
    assert any(line.startswith("jalostamo: Kuvaa teksti.png ei tuotu: tiedosto ei ole tuettu")
               for line in lines)
    assert any("pommi.png" in line and "liian suuri (10000 megapikseliä" in line
               for line in lines)
    assert "Traceback" not in err
    assert len(team_photos(programme, "Oulu")) == 2


def test_team_by_id_and_messages_in_swedish(programme: Path, photos: dict[str, Path],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with Services.open(programme) as svc:
        team_id = svc.teams.find("Tampere").id
    code = main(["--lang", "sv", "import-photo", str(programme), "--team", team_id,
                 str(photos["kuva.webp"]), str(photos["tyhjä.jpg"])])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == ["Importerade kuva.webp (120×80).",
                                "1 bild importerad, 1 avvisad."]
    assert err.strip() == "jalostamo: Bilden tyhjä.jpg importerades inte: filen är tom."


def test_missing_team_changes_nothing(programme: Path, photos: dict[str, Path],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-photo", str(programme), "--team", "Turku",
                 str(photos["kuva.webp"])])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.strip() == ("jalostamo: Tiimiä \u201cTurku\u201d ei löydy. "
                           "Tiimit: Tampere, Oulun kaupunki.")
    assert team_photos(programme, "Tampere") == []


def test_missing_photo_file_is_refused_by_name(programme: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import-photo", str(programme), "--team", "Tampere",
                 str(tmp_path / "ei_ole.jpg")])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == "jalostamo: Kuvaa ei_ole.jpg ei tuotu: tiedostoa ei löydy."


def test_photos_are_required(programme: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import-photo", str(programme), "--team", "Tampere"])
    assert exited.value.code == 2
    capsys.readouterr()
