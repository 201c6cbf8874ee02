"""The CLI's own behaviour: exit codes, one clear line, the app invocation forms."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jalostamo.cli import _is_app_invocation, main


@pytest.mark.parametrize(("argv", "app"), [
    ([], True),
    (["ohjelma.jalostamo"], True),
    (["--lang", "sv", "ohjelma.jalostamo"], True),
    (["--lang", "sv"], True),
    (["check", "ohjelma.jalostamo"], False),
    (["--lang", "en", "demo", "x.jalostamo"], False),
])
def test_app_invocation_forms(argv: list[str], app: bool) -> None:
    assert _is_app_invocation(argv) is app


def test_new_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "uusi.jalostamo"
    assert main(["new", str(path), "--name", "Syksy 2019"]) == 0
    assert main(["check", str(path)]) == 0
    assert "kunnossa" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.parametrize("content", [b"", b"\x00" * 5000, b"SQLite format 3\x00" + b"\x07" * 200])
def test_check_refuses_bad_files_with_one_line(tmp_path: Path, content: bytes,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rikki.jalostamo"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("jalostamo: ")
    assert "Traceback" not in err[0]
    assert path.read_bytes() == content


def test_messages_follow_lang_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "puuttuu.jalostamo"
    assert main(["--lang", "sv", "check", str(missing)]) == 1
    assert "finns inte" in capsys.readouterr().err
    assert main(["--lang", "en", "check", str(missing)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


def test_module_entry_point_runs(tmp_path: Path) -> None:
    path = tmp_path / "a.jalostamo"
    result = subprocess.run([sys.executable, "-m", "jalostamo", "new", str(path), "--name", "X"],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_a_programme_named_in_capitals_opens_the_app_and_keeps_its_suffix(tmp_path) -> None:
    from pathlib import Path

    from jalostamo.cli import _is_app_invocation
    from jalostamo.paths import is_programme_path, with_programme_suffix

    assert _is_app_invocation(["KEVAT.JALOSTAMO"])
    assert _is_app_invocation(["--lang", "sv", "Kevät.Jalostamo"])
    assert not _is_app_invocation(["check", "KEVAT.JALOSTAMO"])
    assert is_programme_path("a/b/KEVAT.JALOSTAMO") and not is_programme_path("kevat.json")
    assert with_programme_suffix(Path("KEVAT.JALOSTAMO")) == Path("KEVAT.JALOSTAMO")
    assert with_programme_suffix(Path("kevat")) == Path("kevat.jalostamo")
