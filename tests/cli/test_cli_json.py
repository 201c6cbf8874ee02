"""``jalostamo export-json`` / ``import-json`` as a user runs them, including killing an import."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from jalostamo.cli import main
from jalostamo.services import Services
from jalostamo.services.json_import import import_json
from jalostamo.store.check import check_file
from tests.services.test_json_io import fill_every_table

DATA = Path(__file__).resolve().parent.parent / "data" / "json"
ROOT = Path(__file__).resolve().parents[2]

EXPECTED = {
    "bad_utf8.json": "ei ole UTF-8-tekstiä (tavu 65)",
    "duplicate_keys.json": "\u201cformat_version\u201d kahdesti",
    "nan.json": "NaN ei ole JSON-arvo",
    "newer_format.json": "uudemman Jalostamon JSON-muotoa (7; tämä versio tuntee 1)",
    "not_json.json": "ei ole kelvollista JSONia (virhe rivillä 1, sarakkeessa 1)",
    "top_level_array.json": "ylimmän tason arvo ei ole objekti",
    "truncated.json": "ei ole kelvollista JSONia",
    "wrong_shape.json": "kentän schema_version arvo ei kelpaa",
}


@pytest.fixture
def filled_file(services: Services) -> Path:
    fill_every_table(services)
    services.close()
    return services.doc.path


def test_export_then_import_then_export(filled_file: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-json", str(filled_file), str(tmp_path / "a.json")]) == 0
    assert capsys.readouterr().out.startswith("Vietiin 75 riviä tiedostoon")
    assert main(["import-json", str(tmp_path / "a.json"), str(tmp_path / "b.jalostamo")]) == 0
    assert capsys.readouterr().out.startswith("Tuotiin 75 riviä tiedostoon")
    assert main(["export-json", str(tmp_path / "b.jalostamo"), str(tmp_path / "b.json")]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_import_refuses_existing_file(filled_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    main(["export-json", str(filled_file), str(tmp_path / "a.json")])
    before = filled_file.read_bytes()
    capsys.readouterr()
    assert main(["import-json", str(tmp_path / "a.json"), str(filled_file)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "on jo olemassa" in err
    assert filled_file.read_bytes() == before


def test_export_refuses_to_replace_without_force(filled_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.json"
    out.write_text("vanha")
    assert main(["export-json", str(filled_file), str(out)]) == 1
    assert "on jo olemassa" in capsys.readouterr().err
    assert out.read_text() == "vanha"
    assert main(["export-json", "--force", str(filled_file), str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "jalostamo"


def test_export_of_a_missing_or_foreign_file(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-json", str(tmp_path / "ei.jalostamo"), str(tmp_path / "a.json")]) == 1
    assert "ei löydy" in capsys.readouterr().err
    (tmp_path / "teksti.jalostamo").write_text("hei")
    assert main(["export-json", str(tmp_path / "teksti.jalostamo"), str(tmp_path / "a.json")]) == 1
    assert capsys.readouterr().err.startswith("jalostamo: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teksti.jalostamo"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_files_exit_1_with_one_finnish_line(tmp_path: Path, name: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "uusi.jalostamo"
    assert main(["import-json", str(DATA / name), str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("jalostamo: Tuontia ei tehty: ")
    assert captured.err.count("\n") == 1
    assert EXPECTED[name] in captured.err
    assert list(tmp_path.iterdir()) == []


def test_every_data_file_has_an_expectation() -> None:
    assert sorted(p.name for p in DATA.glob("*.json")) == sorted(EXPECTED)


def test_deep_nesting_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "syva.json"
    source.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    assert main(["import-json", str(source), str(tmp_path / "uusi.jalostamo")]) == 1
    assert "sisäkkäistetty liian syvälle" in capsys.readouterr().err


def test_messages_in_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "sv", "import-json", str(DATA / "not_json.json"),
                 str(tmp_path / "ny.jalostamo")]) == 1
    assert "Importen gjordes inte" in capsys.readouterr().err


def _run(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JALOSTAMO_LANG": "fi", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "jalostamo", *args], capture_output=True,
                          text=True, env=env, timeout=120, **kwargs)


def test_python_m_jalostamo_round_trip(filled_file: Path, tmp_path: Path) -> None:
    first = _run("export-json", str(filled_file), str(tmp_path / "a.json"))
    assert first.returncode == 0, first.stderr
    second = _run("import-json", str(tmp_path / "a.json"), str(tmp_path / "b.jalostamo"))
    assert second.returncode == 0, second.stderr
    assert "Tuotiin 75 riviä" in second.stdout
    bad = _run("import-json", str(DATA / "bad_utf8.json"), str(tmp_path / "c.jalostamo"))
    assert bad.returncode == 1
    assert bad.stderr.startswith("jalostamo: Tuontia ei tehty") and "Traceback" not in bad.stderr
    assert not (tmp_path / "c.jalostamo").exists()


# --- killing an import ---------------------------------------------------------------------------


def _big_export(filled_file: Path, folder: Path, items: int = 20_000) -> Path:
    main(["export-json", str(filled_file), str(folder / "small.json")])
    data = json.loads((folder / "small.json").read_text(encoding="utf-8"))
    template = data["tables"]["board_items"][0]
    data["tables"]["board_items"] += [
        {**template, "id": f"{i:08x}-0000-4000-8000-000000000000", "text": f"Lappu {i} ä"}
        for i in range(items)
    ]
    big = folder / "big.json"
    big.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / "small.json").unlink()
    return big


def _start_import(source: Path, target: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "JALOSTAMO_LANG": "fi", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "jalostamo", "import-json", str(source),
                             str(target)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for_temp_file(folder: Path, proc: subprocess.Popen[str]) -> bool:
    """True once the import is building its file (the moment worth killing it at)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(".importing") for p in folder.iterdir()):
            return True
        time.sleep(0.005)
    return False


@pytest.mark.skipif(os.name != "posix", reason="signals as on POSIX")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_import_leaves_no_file(filled_file: Path, tmp_path: Path, sig: int) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    source = _big_export(filled_file, folder)
    target = folder / "uusi.jalostamo"
    proc = _start_import(source, target)
    building = _wait_for_temp_file(folder, proc)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    left = sorted(p.name for p in folder.iterdir())
    if building and proc.returncode != 0:
        assert left == ["big.json"], left
    else:  # finished before the signal: then the file is complete
        assert left == ["big.json", "uusi.jalostamo"]
        check_file(target)
    assert building, "the import never reached the point of building its file"


@pytest.mark.skipif(os.name != "posix", reason="signals as on POSIX")
def test_a_hard_killed_import_leaves_no_target_and_its_leftover_is_swept(
        filled_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    source = _big_export(filled_file, folder)
    target = folder / "uusi.jalostamo"
    proc = _start_import(source, target)
    assert _wait_for_temp_file(folder, proc)
    proc.kill()
    proc.communicate(timeout=60)
    assert not target.exists()
    import_json(source, target)  # the next import removes what the dead one left
    assert sorted(p.name for p in folder.iterdir()) == ["big.json", "uusi.jalostamo"]
    check_file(target)
