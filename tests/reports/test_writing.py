"""Writing is atomic; bad requests are clear user errors; the CLI wraps it all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from jalostamo.cli import main
from jalostamo.errors import InvalidInput, UserError
from jalostamo.reports import ReportCancelled, build_report
from jalostamo.services import Services
from tests.reports.conftest import Demo
from tests.reports.pdfread import read_back

OLD = b"%PDF-1.4 the previous report\n"


def test_cancel_leaves_existing_output_untouched(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(OLD)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 20

    with pytest.raises(ReportCancelled) as caught:
        build_report(demo, out, kind="programme", progress=progress, overwrite=True)
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert "keskeytettiin" in caught.value.message("fi")
    assert isinstance(caught.value, UserError)


def test_progress_climbs_to_its_total(demo: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True  # go on

    build_report(demo, tmp_path / "r.pdf", kind="team", team="Turku", progress=progress)
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1] > 10


def test_killed_export_leaves_no_output(demo_file: Demo, tmp_path: Path) -> None:
    out = tmp_path / "killed.pdf"
    marker = tmp_path / "halfway"
    code = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from jalostamo.reports import build_report
        from jalostamo.services import Services
        def progress(done, total):
            if done > total // 2:
                Path({str(marker)!r}).touch()
                time.sleep(60)
            return True
        with Services.open({str(demo_file.path)!r}, readonly=True) as svc:
            build_report(svc, Path({str(out)!r}), kind="programme", progress=progress)
    """)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert marker.exists()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not out.exists()


@pytest.mark.parametrize(("kwargs", "key"), [
    ({"kind": "workshop", "workshop": 9}, "report.no_workshop"),
    ({"kind": "workshop"}, "report.workshop_required"),
    ({"kind": "team", "team": "Kuopio"}, "not_found.team"),
    ({"kind": "team"}, "report.team_required"),
    ({"kind": "programme", "lang": "de"}, "report.bad_lang"),
    ({"kind": "brochure"}, "report.bad_kind"),
])
def test_bad_requests_are_user_errors(demo: Services, tmp_path: Path, kwargs: dict[str, object],
                                      key: str) -> None:
    with pytest.raises(UserError) as caught:
        build_report(demo, tmp_path / "a.pdf", **kwargs)  # type: ignore[arg-type]
    assert caught.value.key == key
    assert caught.value.message("fi") != key  # a real sentence, in Finnish
    assert list(tmp_path.iterdir()) == []


def test_bad_output_paths_are_user_errors(demo: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError) as missing:
        build_report(demo, tmp_path / "missing" / "a.pdf", kind="programme")
    assert missing.value.key == "output.no_folder"
    with pytest.raises(UserError) as is_dir:
        build_report(demo, tmp_path, kind="programme")
    assert is_dir.value.key == "output.is_folder"
    with pytest.raises(InvalidInput) as no_workshop:
        build_report(demo, tmp_path / "a.pdf", kind="workshop", workshop=9)
    assert "1, 2, 3, 4" in no_workshop.value.message("en")


def test_cli_writes_report(demo_file: Demo, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tiimi.pdf"
    rc = main(["report", str(demo_file.path), "--kind", "team", "--team", "vantaa",
               "--lang", "sv", "--pseudonymise", "--out", str(out)])
    assert rc == 0
    pdf = read_back(out)
    assert pdf.lang == "sv" and pdf.pdfa_passed
    assert "Teamrapport" in pdf.metadata["Title"]
    assert "Sanna Saarinen" not in pdf.text
    assert str(out) in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["--kind", "team", "--team", "Kuopio"], "Tiimiä “Kuopio” ei löydy"),
    (["--kind", "workshop", "--workshop", "7"], "Työpajaa 7 ei ole"),
    (["--kind", "workshop"], "Valitse työpaja"),
])
def test_cli_refuses_with_one_clear_line(demo_file: Demo, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    rc = main(["report", str(demo_file.path), *args, "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 1
    assert message in err and "Traceback" not in err
    assert not out.exists()
