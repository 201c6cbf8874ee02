"""Every command that writes a file follows one rule (``store/output.py``): never the open
programme itself (also through a symlink or a hard link), never another programme file, never
an existing file without ``--force``, and never a half-written file."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.i18n import translate
from jalostamo.services import Services

#: every command that writes a file: argv for (programme, json export, target)
WRITERS: dict[str, Callable[[Path, Path, Path], list[str]]] = {
    "report": lambda prog, _json, out: ["report", str(prog), "--kind", "programme",
                                        "--out", str(out)],
    "export-json": lambda prog, _json, out: ["export-json", str(prog), str(out)],
    "team-file": lambda prog, _json, out: ["team-file", str(prog), "--team", "Oulu", str(out)],
    "new": lambda _prog, _json, out: ["new", str(out), "--name", "Uusi"],
    "demo": lambda _prog, _json, out: ["demo", str(out)],
    "import-json": lambda _prog, json_file, out: ["import-json", str(json_file), str(out)],
}
#: the commands that may replace an existing (non-programme) file when asked
FORCEABLE = ("report", "export-json", "team-file")


@pytest.fixture(scope="module")
def _made_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("made")
    with pytest.MonkeyPatch.context() as patch:  # before the per-test user data folder exists
        patch.setenv("JALOSTAMO_DATA_DIR", str(tmp_path_factory.mktemp("made-userdata")))
        svc = Services.create(folder / "ohjelma.jalostamo", "Testijalostamo")
        svc.teams.add("Oulu")
        svc.close()
    return folder / "ohjelma.jalostamo"


@pytest.fixture
def programme(_made_once: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A closed programme file with a team (a copy of one made once) and its JSON export."""
    path = tmp_path / _made_once.name
    shutil.copyfile(_made_once, path)
    json_file = tmp_path / "vienti.json"
    assert main(["export-json", str(path), str(json_file)]) == 0
    return path, json_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("jalostamo: ") and "Traceback" not in err
    return err


def _links(prog: Path, tmp_path: Path) -> list[Path]:
    """The programme itself, and the same file under other names."""
    names = [prog]
    if hasattr(os, "symlink"):
        link = tmp_path / "linkki.pdf"
        try:
            link.symlink_to(prog)
            names.append(link)
        except OSError:  # Windows without the symlink privilege
            pass
    hard = tmp_path / "kova.pdf"
    try:
        os.link(prog, hard)
        names.append(hard)
    except OSError:
        pass
    return names


@pytest.mark.parametrize("command", list(WRITERS))
def test_no_command_writes_over_the_programme(command: str, programme: tuple[Path, Path],
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    prog, json_file = programme
    before = _digest(prog)
    targets = _links(prog, tmp_path)
    assert len(targets) >= 2 or os.name == "nt"
    for target in targets:
        argv = WRITERS[command](prog, json_file, target)
        for extra in ([], ["--force"]) if command in FORCEABLE else ([],):
            _refused([*argv, *extra], capsys)
            assert _digest(prog) == before
            assert target.exists() and _digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".partial" in p.name) == []


@pytest.mark.parametrize("command", FORCEABLE)
def test_another_programme_is_never_replaced_even_with_force(
        command: str, programme: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    prog, json_file = programme
    other = tmp_path / "toinen.jalostamo"
    assert main(["new", str(other), "--name", "Toinen"]) == 0
    renamed = tmp_path / "toinen.pdf"  # our header, another name: still a programme
    other.rename(renamed)
    before = _digest(renamed)
    err = _refused([*WRITERS[command](prog, json_file, renamed), "--force"], capsys)
    assert translate("output.is_programme", "fi", path=renamed) in err
    assert _digest(renamed) == before


def test_report_replaces_an_existing_file_only_with_force(
        programme: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    prog, json_file = programme
    out = tmp_path / "raportti.pdf"
    out.write_bytes(b"vanha raportti")
    err = _refused(WRITERS["report"](prog, json_file, out), capsys)
    assert translate("output.exists", "fi", path=out) in err
    assert out.read_bytes() == b"vanha raportti"
    assert main([*WRITERS["report"](prog, json_file, out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_team_file_replaces_an_existing_file_only_with_force(
        programme: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    prog, json_file = programme
    out = tmp_path / "tiimi.bin"
    out.write_bytes(b"jotain muuta")
    _refused(WRITERS["team-file"](prog, json_file, out), capsys)
    assert out.read_bytes() == b"jotain muuta"
    assert main([*WRITERS["team-file"](prog, json_file, out), "--force"]) == 0
    assert out.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_report_held_open_elsewhere_is_named_and_left_as_it_was(
        programme: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Windows refuses to replace a file a PDF viewer has open (PermissionError)."""
    prog, json_file = programme
    out = tmp_path / "auki.pdf"
    out.write_bytes(b"viewer has me")

    def locked(src: Path, dst: Path) -> None:
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr("jalostamo.store.output._replace", locked)
    err = _refused([*WRITERS["report"](prog, json_file, out), "--force"], capsys)
    assert translate("output.in_use", "fi", path=out) in err
    assert "sulje tiedosto toisessa ohjelmassa" in err
    assert out.read_bytes() == b"viewer has me"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["auki.pdf", "vienti.json", prog.name])


def test_a_failure_while_writing_leaves_no_partial_file(
        programme: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    prog, json_file = programme
    out = tmp_path / "kesken.pdf"

    def disk_full(raw: Path, target: Path, *, lang: str) -> int:
        target.write_bytes(b"%PDF-half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("jalostamo.reports.build.make_pdfa", disk_full)
    _refused(WRITERS["report"](prog, json_file, out), capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["vienti.json", prog.name])


def test_side_files_of_the_programme_are_refused(programme: tuple[Path, Path],
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    prog, json_file = programme
    lock = Path(f"{prog}.lock")
    lock.write_text("{}")
    err = _refused([*WRITERS["export-json"](prog, json_file, lock), "--force"], capsys)
    assert translate("output.is_source", "fi", path=lock) in err
    assert lock.read_text() == "{}"
