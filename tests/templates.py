"""Programmes built once per test session and copied for each test that uses one.

Building a filled programme through the services takes seconds on a loaded machine; copying
the closed file (checkpointed, no ``-wal`` beside it) takes milliseconds. Each test still gets
its own file, so it may change it freely, and it is the file's own device: the template's
device id is given to the test's user-data folder, as if the test had built the file itself
(rows of another device are remembered for merging). A test whose device is already another
one gets the file built afresh."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from jalostamo.paths import user_data_dir

_BUILT: dict[tuple[Path, str], Path] = {}


def template(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The programme ``build(path)`` writes, built once per test session (in its own
    user-data folder: never the real user's nor a test's)."""
    key = (factory.getbasetemp(), name)
    if key not in _BUILT:
        folder = factory.mktemp(f"template-{Path(name).stem}")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("JALOSTAMO_DATA_DIR", str(folder / "userdata"))
            (folder / "userdata").mkdir()
            build(folder / name)
        shutil.copyfile(folder / "userdata" / "device-id", folder / "device-id")
        _BUILT[key] = folder / name
    return _BUILT[key]


def copy_of(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None],
            target: Path) -> Path:
    """A copy of the template at ``target`` (with its permissions), on the template's device."""
    made = template(factory, name, build)
    device = (made.parent / "device-id").read_text(encoding="ascii")
    mine = user_data_dir() / "device-id"
    if not mine.exists():
        mine.write_text(device, encoding="ascii")
    elif mine.read_text(encoding="ascii").strip() != device.strip():
        build(target)  # this test is another device already: build as it always did
        return target
    for side in ("-wal", "-shm", "-journal"):
        assert not Path(f"{made}{side}").exists(), f"{made.name}{side} left open"
    shutil.copyfile(made, target)
    shutil.copymode(made, target)
    return target
