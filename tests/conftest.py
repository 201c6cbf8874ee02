"""Shared fixtures: a private user-data directory, Finnish by default, offscreen Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("JALOSTAMO_DATA_DIR", str(data_dir))
    monkeypatch.setenv("JALOSTAMO_LANG", "fi")
    from jalostamo.i18n import set_language

    set_language(None)
    yield data_dir
    workers = sys.modules.get("jalostamo.ui.workers")
    if workers is not None:  # long work of this test (the backup at close) ends in this test,
        workers.finish()  # in its own user-data folder, never in the next one's
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
    set_language(None)


@pytest.fixture
def programme_path(tmp_path: Path) -> Path:
    return tmp_path / "ohjelma.jalostamo"


@pytest.fixture
def services(programme_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A fresh programme file opened through the services (closed afterwards): a copy of one
    made once per session with ``Services.create`` (tests/templates.py)."""
    from jalostamo.services import Services
    from tests.templates import copy_of

    copy_of(tmp_path_factory, programme_path.name, _new_programme, programme_path)
    svc = Services.open(programme_path)
    yield svc
    svc.close()


def _new_programme(path: Path) -> None:
    from jalostamo.services import Services

    Services.create(path, "Testijalostamo", organiser="Kuntaliitto").close()


@pytest.fixture(autouse=True)
def _no_translators_left_behind() -> Iterator[None]:
    """A test that switches the app's language must not leave its translators to the next."""
    yield
    import sys

    translators = sys.modules.get("jalostamo.ui.translators")
    if translators is not None:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            translators.install_translators("en")
