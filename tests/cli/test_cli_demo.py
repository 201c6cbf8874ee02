"""``jalostamo demo FILE [--size normal|large]`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.i18n import translate
from jalostamo.store.check import check_file


def test_demo_writes_a_checked_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.jalostamo"
    assert main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Esimerkkiohjelma luotiin tiedostoon")
    assert "7 tiimiä" in out
    assert check_file(path).teams == 7


@pytest.mark.slow  # builds the large demo: over 20 s on the shared 2-core machine
def test_demo_large(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "iso.jalostamo"
    assert main(["--lang", "en", "demo", str(path), "--size", "large"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demo programme written to")
    assert check_file(path).teams >= 12


def test_demo_refuses_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "olemassa.jalostamo"
    path.write_bytes(b"ei kosketa")
    assert main(["demo", str(path)]) == 1
    err = capsys.readouterr().err
    assert translate("file.exists", "fi", path=path) in err
    assert "Traceback" not in err
    assert path.read_bytes() == b"ei kosketa"


def test_demo_rejects_unknown_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", str(tmp_path / "x.jalostamo"), "--size", "huge"])
    assert exit_.value.code == 2
    assert not (tmp_path / "x.jalostamo").exists()


def test_demo_into_missing_folder_is_a_clear_error(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "puuttuu" / "demo.jalostamo"
    assert main(["demo", str(target)]) == 1
    err = capsys.readouterr().err
    assert translate("output.no_folder", "fi", path=target.parent) in err
    assert "Traceback" not in err and not target.parent.exists()
