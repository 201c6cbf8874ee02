"""The domain runs without Qt, and the supported Qt/Python pair is not the crashing one."""

from __future__ import annotations

import subprocess
import sys
import textwrap

DOMAIN_PACKAGES = ["jalostamo.models", "jalostamo.store", "jalostamo.services",
                   "jalostamo.reports", "jalostamo.cli", "jalostamo.i18n"]


def test_domain_imports_without_pyside6() -> None:
    code = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        sys.modules["PySide6"] = None  # any import of PySide6 now fails
        for name in {DOMAIN_PACKAGES!r}:
            module = importlib.import_module(name)
            for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
                if ".migrations" in info.name:
                    continue
                importlib.import_module(info.name)
        print("ok", len(sys.modules))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_pyside6_and_python_pair_is_not_the_known_crash() -> None:
    """PySide6 6.12.0 on CPython 3.11 aborts with ``none_dealloc`` (platform notes)."""
    import PySide6

    qt = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and qt >= (6, 12)), (
        f"PySide6 {PySide6.__version__} on Python 3.11 is the known none_dealloc crash"
    )


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    code = textwrap.dedent("""
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QGraphicsRectItem
        app = QApplication([])
        for i in range(30000):
            r = QGraphicsRectItem(0, 0, 1, 1)
            r.setPos(1, 2)
        print("survived")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
