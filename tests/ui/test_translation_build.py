"""Compiling the translations: a .qm is rebuilt whenever its .ts changed, whatever the file times."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from jalostamo.ui.i18n.compile import HERE, compile_all, is_current


def _copy_one(tmp_path: Path) -> Path:
    ts = tmp_path / "desk_fi.ts"
    shutil.copyfile(HERE / "desk_fi.ts", ts)
    return ts


def test_a_stale_qm_newer_than_its_ts_is_compiled_again(tmp_path: Path) -> None:
    ts = _copy_one(tmp_path)
    assert compile_all(tmp_path) == [tmp_path / "desk_fi.qm"]
    assert is_current(ts) and compile_all(tmp_path) == []
    first = (tmp_path / "desk_fi.qm").read_bytes()
    # a checkout writes an older .ts under a .qm that looks newer
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>", "<translation>X", 1), encoding="utf-8")
    qm = tmp_path / "desk_fi.qm"
    later = ts.stat().st_mtime + 60
    os.utime(qm, (later, later))
    assert not is_current(ts)
    assert compile_all(tmp_path) == [qm]
    assert qm.read_bytes() != first and is_current(ts)


def test_a_qm_without_its_stamp_is_not_trusted(tmp_path: Path) -> None:
    ts = _copy_one(tmp_path)
    (tmp_path / "desk_fi.qm").write_bytes(b"not a qm")
    assert not is_current(ts)
    assert compile_all(tmp_path) == [tmp_path / "desk_fi.qm"]
    assert (tmp_path / "desk_fi.qm").read_bytes() != b"not a qm"
