"""Fixtures for the data-safety UI: a main window with the Data safety menu installed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from jalostamo.ui.main_window import MainWindow
from tests.ui.desk.conftest import (  # noqa: F401
    _compiled_translations,
    dialogs,
    make_window,
    sample_file,
)

if TYPE_CHECKING:
    from jalostamo.ui.safety.menu import SafetyMenu


@pytest.fixture
def safety_window(make_window: Callable[..., MainWindow]) -> MainWindow:  # noqa: F811
    from jalostamo.ui import safety

    window = make_window()
    safety.install(window)
    if not hasattr(window, "documentOpened"):
        pytest.skip("MainWindow has no documentOpened signal yet")
    return window


def control(window: MainWindow) -> SafetyMenu:
    from jalostamo.ui.safety.menu import SafetyMenu

    found = window.findChild(SafetyMenu, "safetyControl")
    assert found is not None
    return found
