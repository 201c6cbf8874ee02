"""Programmes built once per test session and copied for each test that uses one.

Building a filled programme through the services takes seconds on a loaded machine; copying
the closed file (checkpointed, no ``-wal`` beside it) takes milliseconds. Each test still gets
its own file, so it may change it freely."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def own_user_data(factory: pytest.TempPathFactory) -> Iterator[None]:
    """A session fixture's own user-data folder (session fixtures are made before the autouse
    per-test folder of tests/conftest.py: never the real user's)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JALOSTAMO_DATA_DIR", str(factory.mktemp("template-userdata")))
        patch.setenv("JALOSTAMO_LANG", "fi")
        yield


def copy_of(template: Path, target: Path) -> Path:
    """``template`` copied to ``target`` with its permissions (a closed programme: one file)."""
    for side in ("-wal", "-shm", "-journal"):
        assert not Path(f"{template}{side}").exists(), f"{template.name}{side} left open"
    shutil.copyfile(template, target)
    shutil.copymode(template, target)
    return target
