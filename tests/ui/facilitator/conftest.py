"""The facilitator's day: the desk's fixtures (a main window over a real programme file)."""

from tests.ui.desk.conftest import _compiled_translations, make_window, sample_file, window

__all__ = ["_compiled_translations", "make_window", "sample_file", "window"]
