"""Shared fixtures: a private user-data directory, Finnish by default, offscreen Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UI_TESTS = Path(__file__).parent / "ui"


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
                        request: pytest.FixtureRequest) -> Iterator[Path]:
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
        if UI_TESTS in request.node.path.parents:  # the only tests that make Qt objects
            _dispose_qt_objects()
    set_language(None)


def _dispose_qt_objects() -> None:
    """After the test's events are processed, delete what its Qt objects left behind now, at
    a known point, not whenever the cyclic garbage collector happens to run in a later test (a
    worker crashed that way, once in ~20 runs, in another test's middle).

    Undo stacks made without a Qt parent (tests make them; the app's belong to its window)
    are emptied before their garbage is freed: freeing a stack and its Python-made commands
    in one collection deletes the commands in an order PySide6 does not survive (a segfault in
    ``QUndoStack::clear``). So the garbage is first kept (``DEBUG_SAVEALL``), the stacks in it
    emptied while everything is whole, and only then freed."""
    import gc

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QUndoStack

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        for thing in gc.garbage:
            if isinstance(thing, QUndoStack) and shiboken6.isValid(thing):
                thing.clear()
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # what is left lives on (module and session fixtures, imported modules): the next test's
    # collections need not look at it again (two full collections a test doubled the run's time)
    gc.freeze()


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
