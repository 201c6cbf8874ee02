"""Files from elsewhere and what the CLI says about them: pipes and devices are never read,
echoed names cannot reverse or flood a message, a name of two teams is not a guess, an
unexpected error is one line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.i18n import translate
from jalostamo.services import Services
from jalostamo.store.inputs import InputRefused, read_bounded

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero: POSIX")
CSV = Path(__file__).parent.parent / "data" / "csv" / "mittaukset_utf8_bom.csv"


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "kevat2019.jalostamo"
    with Services.create(path, "Kokeilujalostamo 2019") as svc:
        oulu = svc.teams.add("Oulu")
        svc.monitoring.add_indicator(oulu, "Koettu osallisuus")
        svc.teams.add("Tampere")
        svc.teams.add("Tampere", name="Tampereen nuoret")
        svc.teams.add("Turku", name="Turku\u202egnp.exe")
    return path


def _run(code: str, *, env: dict[str, str] | None = None, timeout: float = 120
         ) -> subprocess.CompletedProcess[bytes]:
    """Python code in a child process: a hang ends as a failed test, not a stopped run."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          timeout=timeout, check=False,
                          env={**os.environ, "JALOSTAMO_LANG": "en", **(env or {})})


# --- inputs that are not regular files ----------------------------------------------------

def _commands(programme: Path, source: Path, tmp_path: Path) -> list[list[str]]:
    return [
        ["import-measurements", str(programme), "--team", "Oulu", str(source)],
        ["import-json", str(source), str(tmp_path / "uusi.jalostamo")],
        ["merge", str(programme), str(source)],
    ]


def _run_commands(commands: list[list[str]]) -> subprocess.CompletedProcess[bytes]:
    return _run(f"""
        from jalostamo.cli import main
        for argv in {commands!r}:
            print(main(argv), flush=True)
    """, timeout=90)


@posix_only
def test_a_pipe_as_input_is_refused_at_once(programme: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "mittaukset.csv"
    os.mkfifo(fifo)
    result = _run_commands(_commands(programme, fifo, tmp_path))
    assert result.stdout.decode().split() == ["1", "1", "1"]
    err = result.stderr.decode().strip().splitlines()
    assert len(err) == 3, err
    assert all("not a regular file" in line for line in err)
    assert not (tmp_path / "uusi.jalostamo").exists()


@posix_only
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_device_as_input_is_refused_unread(programme: Path, tmp_path: Path) -> None:
    zero = tmp_path / "tulokset.json"
    zero.symlink_to("/dev/zero")
    result = _run_commands(_commands(programme, zero, tmp_path))
    assert result.stdout.decode().split() == ["1", "1", "1"]
    err = result.stderr.decode().strip().splitlines()
    assert len(err) == 3 and all("not a regular file" in line for line in err), err


def test_read_bounded_reads_up_to_the_limit_and_refuses_more(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000) == b"x" * 1000
    with pytest.raises(InputRefused) as err:
        read_bounded(path, 999)
    assert err.value.reason_key == "inputs.reason.too_large"
    with pytest.raises(InputRefused) as err:
        read_bounded(tmp_path, 10)
    assert "it is a folder" in err.value.message("en")
    with pytest.raises(InputRefused) as err:
        read_bounded(tmp_path / "ei-ole.csv", 10)
    assert "does not exist" in err.value.message("en")


# --- a name of several teams --------------------------------------------------------------

def test_a_team_name_of_two_teams_is_ambiguous_and_lists_them(
        programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tampere.jalostamo"
    assert main(["--lang", "en", "team-file", str(programme), "--team", "tampere", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "matches several teams" in err[0]
    assert "Tampereen nuoret (Tampere)" in err[0]
    with Services.open(programme, readonly=True) as svc:
        plain = next(t for t in svc.teams.list() if t.city == "Tampere" and not t.name)
    assert f"Tampere (id {plain.id[:8]})" in err[0]
    assert not out.exists()
    assert main(["team-file", str(programme), "--team", plain.id[:8], str(out)]) == 0
    assert out.exists()


# --- echoed text --------------------------------------------------------------------------

def test_echoed_names_cannot_reverse_break_or_flood_a_message(
        programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.jalostamo"
    wanted = "Pori\u202egnp.exe\n" + "Rauma" * 2000
    assert main(["--lang", "en", "team-file", str(programme), "--team", wanted, str(out)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "\u202e" not in err
    assert "Turku\ufffdgnp.exe" in err  # the known team, its override shown, not obeyed
    assert len(err) < 800


@pytest.mark.parametrize("char", ["\u202a", "\u202e", "\u2066", "\u2069", "\u200e", "\u200f",
                                  "\u061c", "\x00", "\x1b", "\x9b"])
def test_control_and_direction_characters_are_not_echoed(char: str) -> None:
    text = translate("file.missing", "en", path=f"kuva{char}gnp.exe")
    assert char not in text
    assert "kuva\ufffdgnp.exe" in text


def test_a_long_value_keeps_its_start_and_end() -> None:
    from jalostamo.i18n import echo

    path = "/" + "kansio/" * 100 + "raportti.pdf"
    shown = echo(path)
    assert len(shown) == 200
    assert shown.startswith("/kansio/") and shown.endswith("raportti.pdf") and "\u2026" in shown


# --- the merge names the file at fault ----------------------------------------------------

def test_a_fault_in_the_merge_target_names_the_target(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from jalostamo.models import Board, BoardItem, ItemKind

    target = tmp_path / "fasilitaattori.jalostamo"
    with Services.create(target, "Kevät 2019", device_id="dev-facilitator") as svc:
        turku = svc.teams.add("Turku")
        board = svc.entities.create(Board, programme_id=svc.doc.programme_id, team_id=turku)
        notes = svc.entities.create_many(BoardItem, [
            {"board_id": board, "kind": ItemKind.NOTE, "text": f"Lappu {i}"} for i in range(3)])
        svc.team_files.make_team_file(turku, tmp_path / "turku.jalostamo")
    with Services.open(tmp_path / "turku.jalostamo", device_id="dev-turku") as team:
        team.entities.update(BoardItem, notes[0], text="Muutettu")
    conn = sqlite3.connect(target)  # text that is not UTF-8 in the target, not in the source
    conn.execute("UPDATE board_items SET text = CAST(X'FFFE41' AS TEXT) WHERE id = ?",
                 (notes[1],))
    conn.commit()
    conn.close()
    before = _rows(target)
    assert main(["--lang", "en", "merge", str(target), str(tmp_path / "turku.jalostamo")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    # the target is named (the open-time scan finds it before any merging), not the source
    assert str(target) in err[0] and f"jalostamo check {target}" in err[0]
    assert "turku.jalostamo" not in err[0] and "cannot be merged" not in err[0]
    assert _rows(target) == before


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, text as bytes (the damaged text cannot be decoded)."""
    import sqlite3

    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.text_factory = bytes
    try:
        tables = [r[0].decode() for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


# --- one line, whatever happens -----------------------------------------------------------

def test_an_unexpected_error_is_one_line_with_the_log(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run("""
        import sys
        import jalostamo.cli.cmd_file as commands
        def broken(args):
            raise RuntimeError("a bug in the check")
        commands.cmd_check = broken
        from jalostamo.cli import main
        sys.exit(main(["check", "ohjelma.jalostamo"]))
    """, env={"JALOSTAMO_DATA_DIR": str(data)})
    assert result.returncode == 1
    assert result.stdout == b""
    err = result.stderr.decode().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("jalostamo: Something went wrong. The details are in the log: ")
    log = Path(err[0].rsplit(": ", 1)[1])
    assert log.parent == data / "logs"
    assert "RuntimeError: a bug in the check" in log.read_text(encoding="utf-8")


def test_paths_a_cp1252_console_cannot_show_do_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "Łódź-Čiekurs-ŋ.jalostamo"
    result = _run(f"""
        import sys
        from jalostamo.cli import main
        code = main(["new", {str(path)!r}, "--name", "Ohjelma"])
        code += main(["check", {str(path)!r}])
        code += 10 * main(["check", {str(path) + "x"!r}])
        sys.exit(code)
    """, env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 10, result.stderr.decode("cp1252")
    out = result.stdout.decode("cp1252").splitlines()
    assert len(out) == 2 and "OK" in out[1]
    err = result.stderr.decode("cp1252").splitlines()
    assert len(err) == 1 and "does not exist" in err[0]
