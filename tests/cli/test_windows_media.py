"""A municipal Windows laptop's files (issue #18): read-only network folders, a target another
program holds open, a cp1252 console, and the suffix in any letter case."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image

from jalostamo.cli import main
from jalostamo.i18n import translate
from jalostamo.services import Services

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def _made_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("made")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JALOSTAMO_DATA_DIR", str(tmp_path_factory.mktemp("made-userdata")))
        svc = Services.create(folder / "ohjelma.jalostamo", "Testijalostamo")
        svc.teams.add("Oulu")
        svc.close()
    return folder / "ohjelma.jalostamo"


@pytest.fixture
def programme(_made_once: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "P-asema"
    folder.mkdir()
    path = folder / _made_once.name
    shutil.copyfile(_made_once, path)
    return path


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "kuva.png"
    Image.new("RGB", (8, 8), "red").save(path)
    return path


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("jalostamo: ") and "Traceback" not in err
    return err


def _digest(path: Path) -> bytes:
    return path.read_bytes()


# --- a read-only share ---------------------------------------------------------------------------


def test_a_read_only_share_is_named_not_an_unexpected_error(
        programme: Path, photo: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """On Windows ``os.access`` does not see a share's permissions: the first refused write
    is the lock file beside the programme (PermissionError, WinError 5)."""
    from jalostamo.store import lock

    def denied(self: lock.FileLock, *, force: bool = False) -> None:
        raise PermissionError(13, "Access is denied", str(self.lock_file))

    monkeypatch.setattr(lock.FileLock, "acquire", denied)
    before = _digest(programme)
    err = _refused(["import-photo", str(programme), "--team", "Oulu", str(photo)], capsys)
    assert translate("install.read_only_place", "fi", path=programme,
                     folder=programme.parent) in err
    assert "kopioi tiedosto omaan kansioosi" in err
    assert _digest(programme) == before
    assert sorted(p.name for p in programme.parent.iterdir()) == [programme.name]


@pytest.mark.skipif(AS_ROOT or sys.platform == "win32", reason="root writes anywhere; POSIX modes")
def test_a_read_only_folder_is_named(programme: Path, photo: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = programme.parent
    folder.chmod(0o555)
    try:
        err = _refused(["import-photo", str(programme), "--team", "Oulu", str(photo)], capsys)
        assert translate("install.read_only_place", "fi", path=programme, folder=folder) in err
        err = _refused(["new", str(folder / "uusi.jalostamo"), "--name", "Uusi"], capsys)
        assert translate("install.folder_not_writable", "fi", path=folder / "uusi.jalostamo",
                         folder=folder) in err
    finally:
        folder.chmod(0o755)


def test_a_new_file_on_a_read_only_share_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.store import backups

    def denied(path: Path) -> None:
        raise PermissionError(13, "Access is denied", str(path))

    monkeypatch.setattr(backups, "create_private", denied)
    target = tmp_path / "uusi.jalostamo"
    err = _refused(["new", str(target), "--name", "Uusi"], capsys)
    assert translate("install.folder_not_writable", "fi", path=target, folder=tmp_path) in err
    assert list(tmp_path.iterdir()) == []


def test_a_report_into_a_read_only_share_is_named(programme: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from jalostamo.store import output

    def denied(target: Path) -> Path:
        raise PermissionError(13, "Access is denied", str(target.parent / ".x.partial"))

    monkeypatch.setattr(output, "temp_beside", denied)
    out = tmp_path / "raportti.pdf"
    err = _refused(["report", str(programme), "--kind", "programme", "--out", str(out)], capsys)
    assert translate("install.folder_not_writable", "fi", path=out, folder=tmp_path) in err
    assert not out.exists()


# --- a target another program holds open ----------------------------------------------------------


@pytest.mark.parametrize("argv", [
    lambda prog, out: ["report", str(prog), "--kind", "programme", "--out", str(out), "--force"],
    lambda prog, out: ["export-json", str(prog), str(out), "--force"],
    lambda prog, out: ["team-file", str(prog), "--team", "Oulu", str(out), "--force"],
], ids=["report", "export-json", "team-file"])
def test_a_target_held_open_says_close_it_in_the_other_program(
        argv: object, programme: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Windows refuses to replace a file a PDF viewer or Excel has open: a sharing violation
    (PermissionError with winerror 32) from ``os.replace``."""
    out = tmp_path / "auki.tiedosto"
    out.write_bytes(b"viewer has me")
    real_replace = os.replace

    def sharing_violation(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == out:
            error = PermissionError(13, "The process cannot access the file because it is "
                                        "being used by another process", str(dst))
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", sharing_violation)
    err = _refused(argv(programme, out), capsys)  # type: ignore[operator]
    assert translate("output.in_use", "fi", path=out) in err
    assert "sulje tiedosto toisessa ohjelmassa" in err
    assert out.read_bytes() == b"viewer has me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["P-asema", "auki.tiedosto"]


# --- a cp1252 console --------------------------------------------------------------------------------


def _cp1252_console(monkeypatch: pytest.MonkeyPatch) -> tuple[io.BytesIO, io.BytesIO]:
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="cp1252", errors="strict"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="cp1252", errors="strict"))
    return out, err


def test_a_cp1252_console_shows_other_letters_as_question_marks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Łódź ŠŽ"
    folder.mkdir()
    out, err = _cp1252_console(monkeypatch)
    assert main(["--lang", "en", "check", str(folder / "puuttuu.jalostamo")]) == 1
    assert main(["--lang", "en", "new", str(folder / "Ōsaka.jalostamo"), "--name", "Ł"]) == 0
    sys.stdout.flush()
    sys.stderr.flush()
    printed = err.getvalue().decode("cp1252")
    assert printed.count("\n") == 1 and "?ód? ŠŽ" in printed and "does not exist" in printed
    assert "?saka.jalostamo" in out.getvalue().decode("cp1252")
    assert (folder / "Ōsaka.jalostamo").exists()


# --- the suffix in any letter case ---------------------------------------------------------------------


def test_the_suffix_in_capitals_is_a_programme_file(programme: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    upper = tmp_path / "OHJELMA.JALOSTAMO"
    shutil.copyfile(programme, upper)
    assert main(["check", str(upper)]) == 0
    # a programme file in capitals is never written over, even with --force
    err = _refused(["report", str(programme), "--kind", "programme", "--out", str(upper),
                    "--force"], capsys)
    assert "ohjelmatiedosto" in err.lower() or "programme" in err.lower()
    from jalostamo.cli import _is_app_invocation

    assert _is_app_invocation([str(upper)])
    assert _is_app_invocation(["--lang", "sv", str(tmp_path / "Kevät.Jalostamo")])
