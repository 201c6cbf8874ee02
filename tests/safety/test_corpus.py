"""Files edited outside the app (tests/safety/corpus.py) against every command.

Each variant: ``check`` finds it and says where; opening refuses it untouched. Every command
on a variant exits 0, or exits 1 with one line that is not a crash; it never writes outside
where it was asked to, and a file it refuses is left byte for byte. The default run takes
every schema variant and a seeded sample of the rest, bounded in time; ``-m slow`` runs the
whole matrix in subprocesses with a timeout.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.errors import UserError
from jalostamo.services import Services
from jalostamo.store.check import check_file
from tests.safety.corpus import Variant, build_base, make_variant, photo_bytes, variants

ALL = variants()
SCHEMA = [v for v in ALL if v.name.startswith("schema/")]
COMMANDS = ("check", "report-programme", "report-workshop", "report-team", "export-json",
            "team-file", "import-photo", "import-measurements", "merge-source", "merge-target")
#: seconds the default run spends on command x variant pairs
BUDGET = 20.0


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JALOSTAMO_DATA_DIR", str(folder / "userdata"))
        build_base(folder / "base.jalostamo")
    (folder / "kuva.jpg").write_bytes(photo_bytes(2))
    (folder / "mittaukset.csv").write_text(
        "indikaattori;päivämäärä;arvo\nKoettu osallisuus;1.5.2019;55\n", encoding="utf-8")
    yield folder


def _sample(seed: int, size: int) -> list[Variant]:
    rest = [v for v in ALL if v not in SCHEMA]
    return SCHEMA + random.Random(seed).sample(rest, size)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _argv(command: str, folder: Path, variant: Path, base: Path) -> tuple[list[str], Path, list[str]]:
    """The command line, the file that must stay untouched on failure, the outputs allowed."""
    target = folder / "kohde.jalostamo"
    if command == "check":
        return ["check", str(variant)], variant, []
    if command.startswith("report-"):
        kind = command.split("-")[1]
        extra = {"programme": [], "workshop": ["--workshop", "1"], "team": ["--team", "Turku"]}
        return (["report", str(variant), "--kind", kind, *extra[kind], "--out",
                 str(folder / "raportti.pdf")], variant, ["raportti.pdf"])
    if command == "export-json":
        return ["export-json", str(variant), str(folder / "vienti.json")], variant, ["vienti.json"]
    if command == "team-file":
        return (["team-file", str(variant), "--team", "Turku", str(folder / "tiimi.jalostamo")],
                variant, ["tiimi.jalostamo"])
    if command == "import-photo":
        return (["import-photo", str(variant), "--team", "Turku", str(base.parent / "kuva.jpg")],
                variant, [])
    if command == "import-measurements":
        return (["import-measurements", str(variant), str(base.parent / "mittaukset.csv"),
                 "--team", "Turku"], variant, [])
    if command == "merge-source":
        shutil.copyfile(base, target)
        return ["merge", str(target), str(variant)], target, []
    shutil.copyfile(base, target)  # merge-target: the variant is the file merged into
    return ["merge", str(variant), str(target)], variant, []


def _judge(command: str, code: int, out: str, err: str, crashed: bool, untouched: bool,
           new_files: set[str], allowed: list[str], name: str) -> None:
    where = f"{command} on {name}: exit {code}\n{out}\n{err}"
    assert not crashed, where
    assert code in (0, 1), where
    assert "Traceback" not in out + err, where
    assert new_files <= set(allowed), where
    if code == 1:
        lines = err.splitlines() if command == "check" else (out + err).splitlines()
        if command == "check":
            assert len(err.splitlines()) == 1, where
        else:
            assert len(lines) == 1, where
        assert lines[-1].startswith("jalostamo: "), where
        assert untouched, where
        assert not new_files, where


def _run_in_process(command: str, variant: Variant, base: Path, folder: Path,
                    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "muokattu.jalostamo"
    make_variant(base, variant, path)
    argv, keep, allowed = _argv(command, folder, path, base)
    before, kept = _snapshot(folder), keep.read_bytes()
    crashes: list[bool] = []
    import jalostamo.logs

    def crash_log(exc: BaseException | None = None) -> Path:
        crashes.append(True)
        return folder / "crash.log"

    monkeypatch.setattr(jalostamo.logs, "write_crash_log", crash_log)
    capsys.readouterr()
    code = main(argv)
    out, err = capsys.readouterr()
    new = set(_snapshot(folder)) - set(before)
    _judge(command, code, out, err, bool(crashes), keep.read_bytes() == kept, new, allowed,
           variant.name)
    for leftover in folder.iterdir():
        if leftover.is_file():
            leftover.unlink()


@pytest.mark.parametrize("variant", _sample(19, 24), ids=lambda v: v.name)
def test_check_finds_it_and_opening_refuses_it_untouched(base: Path, tmp_path: Path,
                                                         variant: Variant) -> None:
    path = tmp_path / "muokattu.jalostamo"
    make_variant(base / "base.jalostamo", variant, path)
    before = path.read_bytes()
    try:
        report = check_file(path)
    except UserError:
        pass  # refused before the rows (e.g. not a schema SQLite can read)
    else:
        assert report.count >= 1 and report.problems
        assert "{" not in report.problems[0].render("fi")
    with pytest.raises(UserError) as err:
        Services.open(path).close()
    message = err.value.message("fi")
    assert str(path) in message and "Traceback" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["muokattu.jalostamo"]


def test_commands_on_a_sample_of_variants(base: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2019)
    pairs = [(command, variant) for command in COMMANDS for variant in SCHEMA[:3]]
    pairs += [(rng.choice(COMMANDS), rng.choice(ALL)) for _ in range(400)]
    started, ran = time.monotonic(), 0
    for command, variant in pairs:
        if time.monotonic() - started > BUDGET:
            break
        work = tmp_path / f"run{ran}"
        work.mkdir()
        _run_in_process(command, variant, base / "base.jalostamo", work, capsys, monkeypatch)
        ran += 1
    print(f"corpus: {len(ALL)} variants, {ran} command runs in the sample")
    assert ran >= len(COMMANDS)


@pytest.mark.slow
@pytest.mark.parametrize("variant", ALL, ids=lambda v: v.name)
def test_every_command_on_every_variant(base: Path, tmp_path: Path, variant: Variant) -> None:
    for command in COMMANDS:
        work = tmp_path / command
        work.mkdir()
        path = work / "muokattu.jalostamo"
        make_variant(base / "base.jalostamo", variant, path)
        argv, keep, allowed = _argv(command, work, path, base / "base.jalostamo")
        before, kept = _snapshot(work), keep.read_bytes()
        result = subprocess.run([sys.executable, "-m", "jalostamo", *argv], capture_output=True,
                                text=True, timeout=120, check=False, cwd=work)
        new = set(_snapshot(work)) - set(before)
        crashed = "error.unexpected" in result.stderr or "Odottamaton virhe" in result.stderr
        _judge(command, result.returncode, result.stdout, result.stderr, crashed,
               keep.read_bytes() == kept, new, allowed, variant.name)


def test_the_corpus_covers_every_table_and_edit() -> None:
    from jalostamo.models.rules import all_rules

    tables = {v.name.split(".")[0] for v in ALL if "." in v.name.split("/")[0]}
    assert tables == set(all_rules())
    kinds = {v.name.split("/")[1] for v in ALL}
    assert {"blob_in_text", "invalid_utf8", "bad_enum", "not_json", "dangling_reference",
            "id_is_a_path", "huge_number", "wrong_type", "date_finnish_form",
            "timestamp_eilen"} <= kinds
    print(f"corpus: {len(ALL)} variants ({len(SCHEMA)} of the schema)")
